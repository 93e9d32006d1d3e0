import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FosteringServiceEntity } from '../entities/fostering-service.entity';
import { queryPrepared, type PreparedStatement } from '../prepared-statement';

export interface ServiceRef {
  readonly id: string;
  readonly code: string;
}

/** What routing an enquiry from one postcode needs to know, read in one round trip. */
export interface EnquiryRoutingFacts {
  /** The postcode's own entry in the directory, else its outward code's; null if neither is there. */
  readonly location: { readonly councilCode: string | null; readonly country: string } | null;
  /** The service taking that council's enquiries, or null if none is configured. */
  readonly routed: ServiceRef | null;
  /** The service with the given triage code, or null if it is missing. */
  readonly triage: ServiceRef | null;
}

interface RoutingFactsRow {
  councilCode: string | null; country: string | null;
  routedId: string | null; routedCode: string | null; triageId: string | null; triageCode: string | null;
}

const ROUTING_FACTS: PreparedStatement = {
  name: 'hearth.enquiry.routing-facts',
  text: `SELECT loc.council_code AS "councilCode", loc.country, routed.id AS "routedId", routed.code AS "routedCode",
         triage.id AS "triageId", triage.code AS "triageCode"
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
           SELECT council_code, country FROM postcode_location WHERE postcode = $1
           UNION ALL
           SELECT council_code, country FROM outcode_location WHERE outward_code = $2
           LIMIT 1) AS loc ON true
    LEFT JOIN enquiry_routing r ON r.council_code = loc.council_code
    LEFT JOIN fostering_service routed ON routed.id = r.service_id
    LEFT JOIN fostering_service triage ON triage.code = $3`,
};

@Injectable()
export class FosteringServiceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByCode(code: string): Promise<FosteringServiceEntity | null> {
    return this.dataSource.getRepository(FosteringServiceEntity).findOneBy({ code });
  }

  findById(id: string): Promise<FosteringServiceEntity | null> {
    return this.dataSource.getRepository(FosteringServiceEntity).findOneBy({ id });
  }

  /** The service that takes enquiries for a council, or null if none is configured. */
  async serviceForCouncil(councilCode: string): Promise<ServiceRef | null> {
    const rows: ServiceRef[] = await this.dataSource.query(
      `SELECT s.id, s.code FROM enquiry_routing r JOIN fostering_service s ON s.id = r.service_id WHERE r.council_code = $1`,
      [councilCode],
    );
    return rows[0] ?? null;
  }

  /**
   * Where the postcode is, which service takes that council's enquiries, and the triage service,
   * in one query: it is on the path of every public submission, and each round trip costs.
   */
  async routingFacts(postcode: string | null, outwardCode: string | null, triageCode: string): Promise<EnquiryRoutingFacts> {
    const [row] = await queryPrepared<RoutingFactsRow>(this.dataSource.manager, ROUTING_FACTS, [postcode, outwardCode, triageCode]);
    return {
      location: row.country === null ? null : { councilCode: row.councilCode, country: row.country },
      routed: row.routedId === null ? null : { id: row.routedId, code: row.routedCode! },
      triage: row.triageId === null ? null : { id: row.triageId, code: row.triageCode! },
    };
  }

  /** Routes a council's enquiries to a service (its own team or a regional hub). */
  async setRouting(councilCode: string, serviceId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO enquiry_routing (council_code, service_id) VALUES ($1, $2)
       ON CONFLICT (council_code) DO UPDATE SET service_id = EXCLUDED.service_id, updated_at = now()`,
      [councilCode, serviceId],
    );
  }
}
