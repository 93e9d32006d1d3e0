import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FosteringServiceEntity } from '../entities/fostering-service.entity';

export interface ServiceRef {
  readonly id: string;
  readonly code: string;
}

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

  /** Routes a council's enquiries to a service (its own team or a regional hub). */
  async setRouting(councilCode: string, serviceId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO enquiry_routing (council_code, service_id) VALUES ($1, $2)
       ON CONFLICT (council_code) DO UPDATE SET service_id = EXCLUDED.service_id, updated_at = now()`,
      [councilCode, serviceId],
    );
  }
}
