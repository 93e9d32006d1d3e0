import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { BoundingBox, HouseholdProfile } from '@app/domain';
import { queryPrepared, type PreparedStatement } from '../prepared-statement';
import { HOUSEHOLD_ROW_COLUMNS, toHouseholdProfile, type HouseholdRow } from './household-profile.mapper';

/** What SQL may safely rule out before the matching rules look (never anything the rules would keep). */
export interface CandidateFilter {
  /** Only homes approved for this type (not for emergencies, which may go outside the terms). */
  readonly fosteringType: string | null;
  /** Only homes whose age range overlaps the children's (not for emergencies). */
  readonly youngest: number | null;
  readonly oldest: number | null;
}

const OFFERABLE = `h.approval_status IN ('approved', 'temporarily-approved')`;
const FILTERS = `($5::text IS NULL OR $5 = ANY (h.fostering_types))
   AND ($6::int IS NULL OR h.max_age >= $6) AND ($7::int IS NULL OR h.min_age <= $7)`;

const IN_BOX: PreparedStatement = {
  name: 'hearth.household.candidates-in-box',
  text: `SELECT ${HOUSEHOLD_ROW_COLUMNS} FROM fostering_household h JOIN fostering_service s ON s.id = h.service_id
    WHERE ${OFFERABLE} AND h.latitude BETWEEN $1 AND $2 AND h.longitude BETWEEN $3 AND $4 AND ${FILTERS}`,
};

const EVERYWHERE: PreparedStatement = {
  name: 'hearth.household.candidates-everywhere',
  text: `SELECT ${HOUSEHOLD_ROW_COLUMNS} FROM fostering_household h JOIN fostering_service s ON s.id = h.service_id
    WHERE ${OFFERABLE} AND $1::float8 IS NULL AND $2::float8 IS NULL AND $3::float8 IS NULL AND $4::float8 IS NULL AND ${FILTERS}`,
};

/** Households as the match search and the booking read them. */
@Injectable()
export class HouseholdRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Offerable homes inside a box (null: all of England), as matching profiles. */
  async candidates(box: BoundingBox | null, filter: CandidateFilter): Promise<HouseholdProfile[]> {
    const params = [box?.minLatitude ?? null, box?.maxLatitude ?? null, box?.minLongitude ?? null, box?.maxLongitude ?? null,
      filter.fosteringType, filter.youngest, filter.oldest];
    const rows = await queryPrepared<HouseholdRow>(this.dataSource.manager, box ? IN_BOX : EVERYWHERE, params);
    return rows.map(toHouseholdProfile);
  }

  /** Raw rows for the same filter: the benchmark's floor (the SQL alone, no rules). */
  async candidateRowCount(box: BoundingBox | null, filter: CandidateFilter): Promise<number> {
    const params = [box?.minLatitude ?? null, box?.maxLatitude ?? null, box?.minLongitude ?? null, box?.maxLongitude ?? null,
      filter.fosteringType, filter.youngest, filter.oldest];
    return (await queryPrepared<HouseholdRow>(this.dataSource.manager, box ? IN_BOX : EVERYWHERE, params)).length;
  }

  /** Named homes whatever their distance (connected persons, s22C(7)), if they can be offered. */
  async byIds(ids: readonly string[], em: EntityManager = this.dataSource.manager): Promise<HouseholdProfile[]> {
    if (ids.length === 0) return [];
    const rows: HouseholdRow[] = await em.query(
      `SELECT ${HOUSEHOLD_ROW_COLUMNS} FROM fostering_household h JOIN fostering_service s ON s.id = h.service_id WHERE h.id = ANY ($1::uuid[])`, [ids]);
    return rows.map(toHouseholdProfile);
  }

  /** The home, locked until the booking's transaction ends: two bookings of one home queue up here. */
  async lockForBooking(em: EntityManager, id: string): Promise<(HouseholdProfile & { serviceCouncilCode: string | null; agencySector: string | null }) | null> {
    const rows: (HouseholdRow & { serviceCouncilCode: string | null; agencySector: string | null })[] = await em.query(
      `SELECT ${HOUSEHOLD_ROW_COLUMNS}, s.council_code AS "serviceCouncilCode", s.agency_sector AS "agencySector"
         FROM fostering_household h JOIN fostering_service s ON s.id = h.service_id WHERE h.id = $1 FOR UPDATE OF h`, [id]);
    const row = rows[0];
    return row ? { ...toHouseholdProfile(row), serviceCouncilCode: row.serviceCouncilCode, agencySector: row.agencySector } : null;
  }

  /** Replaces the cached list of children placed now, inside the booking's transaction. */
  async setCurrentPlacements(em: EntityManager, id: string, placements: readonly { childRef: string; age: number; siblingGroupId: string | null }[]): Promise<void> {
    await em.query(`UPDATE fostering_household SET current_placements = $2::jsonb, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, JSON.stringify(placements)]);
  }
}
