import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface NewPlacement {
  readonly householdId: string;
  readonly referralId: string;
  readonly referralChildId: string;
  readonly childAge: number;
  readonly siblingGroupId: string | null;
  readonly placingCouncilCode: string;
  readonly placementType: string;
  readonly providerType: string;
  readonly distanceMiles: number;
  readonly withinPlacingCouncil: boolean;
  readonly atADistance: boolean;
  readonly outsideTermsUntil: string | null;
  readonly bookedBy: string;
}

export interface PlacementRecord extends NewPlacement {
  readonly id: string;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly endReason: string | null;
}

const COLUMNS = `id, household_id AS "householdId", referral_id AS "referralId", referral_child_id AS "referralChildId", child_age AS "childAge",
  sibling_group_id AS "siblingGroupId", placing_council_code AS "placingCouncilCode", placement_type AS "placementType",
  provider_type AS "providerType", distance_miles::float8 AS "distanceMiles", within_placing_council AS "withinPlacingCouncil",
  at_a_distance AS "atADistance", to_char(outside_terms_until, 'YYYY-MM-DD') AS "outsideTermsUntil", booked_by AS "bookedBy",
  started_at AS "startedAt", ended_at AS "endedAt", end_reason AS "endReason"`;

@Injectable()
export class PlacementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(em: EntityManager, p: NewPlacement): Promise<PlacementRecord> {
    const [row] = await em.query(
      `INSERT INTO placement (household_id, referral_id, referral_child_id, child_ref, child_age, sibling_group_id, placing_council_code,
         placement_type, provider_type, distance_miles, within_placing_council, at_a_distance, outside_terms_until, booked_by)
       VALUES ($1, $2, $3::uuid, $3::text, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${COLUMNS}`,
      [p.householdId, p.referralId, p.referralChildId, p.childAge, p.siblingGroupId, p.placingCouncilCode, p.placementType, p.providerType,
        p.distanceMiles, p.withinPlacingCouncil, p.atADistance, p.outsideTermsUntil, p.bookedBy],
    );
    return row;
  }

  /** The referral's children living in a placement now. */
  async placedChildIds(em: EntityManager, referralId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await em.query(
      `SELECT referral_child_id AS id FROM placement WHERE referral_id = $1 AND ended_at IS NULL`, [referralId]);
    return new Set(rows.map((r) => r.id));
  }

  /** A placement of the council's (null: any council), locked when inside a transaction that will change it. */
  async find(id: string, placingCouncilCode: string | null, em: EntityManager = this.dataSource.manager, lock = false): Promise<PlacementRecord | null> {
    const [row] = await em.query(
      `SELECT ${COLUMNS} FROM placement WHERE id = $1 AND ($2::text IS NULL OR placing_council_code = $2)${lock ? ' FOR UPDATE' : ''}`,
      [id, placingCouncilCode]);
    return row ?? null;
  }

  /** The referral's placements, current and ended, in the order they began. */
  forReferral(referralId: string): Promise<PlacementRecord[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM placement WHERE referral_id = $1 ORDER BY started_at, id`, [referralId]);
  }

  async end(em: EntityManager, id: string, at: Date, reason: string): Promise<void> {
    await em.query(`UPDATE placement SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL`, [id, at, reason]);
  }

  /** The children placed in a household now, as the search's cache of them holds them. */
  async currentInHousehold(em: EntityManager, householdId: string): Promise<{ childRef: string; age: number; siblingGroupId: string | null }[]> {
    return em.query(
      `SELECT child_ref AS "childRef", child_age AS age, sibling_group_id AS "siblingGroupId"
         FROM placement WHERE household_id = $1 AND ended_at IS NULL ORDER BY started_at, id`, [householdId]);
  }
}
