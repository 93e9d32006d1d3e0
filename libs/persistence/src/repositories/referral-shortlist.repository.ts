import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A home a placement officer has put on a referral's shortlist. */
export interface ShortlistEntry {
  readonly householdId: string;
  readonly addedBy: string;
  readonly addedAt: Date;
}

/** The homes an officer is considering for one referral, kept between searches. */
@Injectable()
export class ReferralShortlistRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds a home; adding it again changes nothing. */
  async add(em: EntityManager, referralId: string, householdId: string, addedBy: string): Promise<void> {
    await em.query(
      `INSERT INTO referral_shortlist (referral_id, household_id, added_by) VALUES ($1, $2, $3) ON CONFLICT (referral_id, household_id) DO NOTHING`,
      [referralId, householdId, addedBy]);
  }

  async remove(em: EntityManager, referralId: string, householdId: string): Promise<void> {
    await em.query(`DELETE FROM referral_shortlist WHERE referral_id = $1 AND household_id = $2`, [referralId, householdId]);
  }

  /** The referral's shortlist, in the order homes were added. */
  forReferral(referralId: string, em: EntityManager = this.dataSource.manager): Promise<ShortlistEntry[]> {
    return em.query(
      `SELECT household_id AS "householdId", added_by AS "addedBy", added_at AS "addedAt"
         FROM referral_shortlist WHERE referral_id = $1 ORDER BY added_at, household_id`,
      [referralId]);
  }
}
