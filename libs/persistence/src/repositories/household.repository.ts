import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { HouseholdProfile } from '@app/domain';
import { queryPlannedArrays, queryPrepared, type PreparedStatement } from '../prepared-statement';
import { candidateStatement, type CandidateArea, type CandidateFilter } from './household-candidates.sql';
import { HouseholdProfileCache } from './household-profile-cache';
import { HOUSEHOLD_ROW_COLUMNS, toHouseholdProfile, type HouseholdRow } from './household-profile.mapper';

export type { CandidateArea, CandidateFilter } from './household-candidates.sql';

const PROFILES_BY_KEY: PreparedStatement = {
  name: 'hearth.household.profiles-by-search-key',
  text: `SELECT ${HOUSEHOLD_ROW_COLUMNS}, h.search_key AS "searchKey", h.version FROM fostering_household h JOIN fostering_service s ON s.id = h.service_id
    WHERE h.search_key = ANY ($1::int[])`,
};

/** A household as registered by its fostering service. */
export interface HouseholdRegistration {
  readonly serviceId: string;
  readonly externalRef: string | null;
  /** Set when the household was approved through the recruitment funnel. */
  readonly enquiryId?: string | null;
  readonly councilCode: string;
  readonly postcode: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly approvalStatus: string;
  readonly temporaryUntil: string | null;
  readonly terms: { minAge: number; maxAge: number; maxChildren: number; fosteringTypes: readonly string[] };
  readonly shortageCategories: readonly string[];
  readonly experiencedWithNeeds: readonly string[];
  readonly accessibility: readonly string[];
  readonly languages: readonly string[];
  readonly religion: string | null;
  readonly culturalBackgrounds: readonly string[];
  readonly pets: readonly string[];
  readonly ownChildrenAges: readonly number[];
  readonly yearsFostering: number;
  readonly weeklyCostPounds: number;
}

const REGISTER = `
  INSERT INTO fostering_household (service_id, external_ref, council_code, postcode, latitude, longitude, approval_status, temporary_until,
    min_age, max_age, max_children, fostering_types, shortage_categories, experienced_with_needs, accessibility, languages, religion,
    cultural_backgrounds, pets, own_children_ages, years_fostering, weekly_cost_pounds, enquiry_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
  ON CONFLICT (service_id, external_ref) DO UPDATE SET council_code = EXCLUDED.council_code, postcode = EXCLUDED.postcode,
    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, approval_status = EXCLUDED.approval_status,
    temporary_until = EXCLUDED.temporary_until, min_age = EXCLUDED.min_age, max_age = EXCLUDED.max_age, max_children = EXCLUDED.max_children,
    fostering_types = EXCLUDED.fostering_types, shortage_categories = EXCLUDED.shortage_categories,
    experienced_with_needs = EXCLUDED.experienced_with_needs, accessibility = EXCLUDED.accessibility, languages = EXCLUDED.languages,
    religion = EXCLUDED.religion, cultural_backgrounds = EXCLUDED.cultural_backgrounds, pets = EXCLUDED.pets,
    own_children_ages = EXCLUDED.own_children_ages, years_fostering = EXCLUDED.years_fostering,
    weekly_cost_pounds = EXCLUDED.weekly_cost_pounds, version = fostering_household.version + 1, updated_at = now()
  RETURNING id`;

/** Households as the match search and the booking read them. */
@Injectable()
export class HouseholdRepository {
  /** Per process; safe to share between searches because profiles are never modified. */
  private readonly profiles = new HouseholdProfileCache();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Registers a household, or updates the one with the same service and external reference. */
  async upsert(h: HouseholdRegistration, em: EntityManager = this.dataSource.manager): Promise<string> {
    const [row] = await em.query(REGISTER, [h.serviceId, h.externalRef, h.councilCode, h.postcode, h.latitude, h.longitude, h.approvalStatus,
      h.temporaryUntil, h.terms.minAge, h.terms.maxAge, h.terms.maxChildren, h.terms.fosteringTypes, h.shortageCategories, h.experiencedWithNeeds,
      h.accessibility, h.languages, h.religion, h.culturalBackgrounds, h.pets, h.ownChildrenAges, h.yearsFostering, h.weeklyCostPounds,
      h.enquiryId ?? null]);
    return row.id;
  }

  /** A connected person's temporary approval for named children, on the household their approval made (or will make). */
  async setTemporaryApproval(em: EntityManager, householdId: string, approval: { from: string; until: string; extended: boolean; childIds: readonly string[] }): Promise<void> {
    await em.query(
      `UPDATE fostering_household SET approval_status = 'temporarily-approved', temporary_from = $2, temporary_until = $3, temporary_extended = $4,
              temporary_for_child_ids = $5, version = version + 1, updated_at = now() WHERE id = $1`,
      [householdId, approval.from, approval.until, approval.extended, approval.childIds]);
  }

  /** The household approved (or temporarily approved) through this applicant's enquiry, locked for a change. */
  async findForEnquiry(em: EntityManager, enquiryId: string): Promise<{ id: string; approvalStatus: string; temporaryFrom: string | null; temporaryUntil: string | null; temporaryExtended: boolean; childIds: string[] } | null> {
    const [row] = await em.query(
      `SELECT id, approval_status AS "approvalStatus", to_char(temporary_from, 'YYYY-MM-DD') AS "temporaryFrom",
              to_char(temporary_until, 'YYYY-MM-DD') AS "temporaryUntil", temporary_extended AS "temporaryExtended", temporary_for_child_ids AS "childIds"
         FROM fostering_household WHERE enquiry_id = $1 FOR UPDATE`, [enquiryId]);
    return row ?? null;
  }

  /**
   * Offerable homes in the area that pass the filter, as matching profiles: PostgreSQL says which
   * homes and at which version; only homes changed since this process last decoded them are read in full.
   */
  async candidates(area: CandidateArea, filter: CandidateFilter): Promise<HouseholdProfile[]> {
    const { text, values } = candidateStatement(area, filter);
    const found = await queryPlannedArrays<[searchKey: number, version: number]>(this.dataSource.manager, text, values);
    // Plain loops: this runs for every home a search lists (hundreds), and is most of its own cost.
    const profiles: HouseholdProfile[] = new Array(found.length);
    let missing: number[] | null = null;
    for (let i = 0; i < found.length; i++) {
      const profile = this.profiles.get(found[i][0], found[i][1]);
      if (profile !== undefined) profiles[i] = profile;
      else (missing ??= []).push(found[i][0]);
    }
    if (missing === null) return profiles;
    // Read after the list: a home changed in between arrives newer than listed, which the rules then judge as it is now.
    const fresh = new Map<number, HouseholdProfile>();
    for (const row of await queryPrepared<HouseholdRow & { searchKey: number; version: number }>(this.dataSource.manager, PROFILES_BY_KEY, [missing])) {
      const profile = toHouseholdProfile(row);
      this.profiles.set(row.searchKey, row.version, profile);
      fresh.set(row.searchKey, profile);
    }
    return found.map((f, i) => profiles[i] ?? fresh.get(f[0])).filter((p): p is HouseholdProfile => p !== undefined);
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
