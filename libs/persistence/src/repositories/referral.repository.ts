import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  AccessibilityFeature, ChildId, ChildNeed, CouncilCode, FosteringType, HouseholdId, Referral, ReferralId, ShortageCategory, SiblingGroupId,
} from '@app/domain';
import { queryPrepared, type PreparedStatement } from '../prepared-statement';
import type { AuditEvent } from './audit-trail.repository';

/** A referral as stored: the matching rules' view of it plus what the team needs around it. */
export interface StoredReferral {
  readonly referral: Referral;
  readonly status: 'open' | 'placed' | 'closed';
  readonly familyHomePostcode: string | null;
  readonly schoolPostcode: string | null;
  readonly neededBy: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
}

/** A referral with what its placing council has set for matching. */
export interface ReferralForSearch {
  readonly stored: StoredReferral;
  readonly policyOverrides: Record<string, unknown> | null;
  readonly neighbours: string[];
  /** Changes whenever anything read here changes (see SEARCH_FINGERPRINT): a copy kept in memory is current while it matches. */
  readonly fingerprint: string;
}

/** One line of a council's list of open referrals: no postcodes or needs, only what tells them apart. */
export interface ReferralSummary {
  readonly id: string;
  readonly placingCouncilCode: string;
  readonly fosteringType: string;
  readonly emergency: boolean;
  readonly neededBy: string | null;
  readonly createdAt: Date;
  readonly childAges: number[];
}

export interface NewReferralChild {
  readonly ageYears: number;
  readonly needs: readonly string[];
  readonly shortageCategories: readonly string[];
  readonly mustBeOnlyChild: boolean;
  readonly onlyWithOlderChildren: boolean;
  readonly noPets: boolean;
  readonly requiredAccessibility: readonly string[];
}

export interface NewReferral {
  readonly placingCouncilCode: string;
  readonly familyHome: { postcode: string; latitude: number; longitude: number };
  readonly school: { postcode: string; latitude: number; longitude: number } | null;
  readonly fosteringType: string;
  readonly neededBy: string | null;
  readonly emergency: boolean;
  readonly splitAllowed: boolean;
  readonly languages: readonly string[];
  readonly religion: string | null;
  readonly culturalBackground: string | null;
  readonly exclusionZones: readonly { latitude: number; longitude: number; radiusMiles: number }[];
  readonly connectedHouseholdIds: readonly string[];
  readonly children: readonly NewReferralChild[];
  readonly createdBy: string;
}

/** One round trip: the children come along as JSON, whose types (smallint, text[], boolean) survive it unchanged. */
const FIND_REFERRAL = `SELECT r.*, r.xmin, to_char(r.needed_by, 'YYYY-MM-DD') AS needed_by_text,
    (SELECT coalesce(json_agg(c ORDER BY c.position), '[]'::json) FROM referral_child c WHERE c.referral_id = r.id) AS children_json
  FROM referral r WHERE r.id = $1 AND ($2::text IS NULL OR r.placing_council_code = $2)`;

/**
 * Everything a search reads about its referral, as one text: the row versions (xmin moves on every
 * update, by any path) of the referral, its children and its council's policy, and the council's
 * neighbours themselves.
 */
const SEARCH_FINGERPRINT = (found: string) => `concat_ws('/', ${found}.xmin::text,
    coalesce((SELECT string_agg(c.xmin::text, ',' ORDER BY c.position) FROM referral_child c WHERE c.referral_id = ${found}.id), '-'),
    coalesce((SELECT p.xmin::text FROM matching_policy p WHERE p.council_code = ${found}.placing_council_code), '-'),
    array_to_string(array(SELECT a.neighbour_code FROM council_adjacency a WHERE a.council_code = ${found}.placing_council_code ORDER BY 1), ','))`;

const AUDIT_ROW = (found: string) => `INSERT INTO audit_event (actor, role, action, entity_type, entity_id, client_ip)
                          SELECT $3, $4, $5, 'referral', ${found}.id, $6 FROM ${found} WHERE $7 RETURNING 1`;

/** The full read, audited unless $7 is false (when a search already wrote its audit row). */
const FOR_MATCH_SEARCH: PreparedStatement = {
  name: 'hearth.referral.for-match-search',
  text: `WITH found AS (${FIND_REFERRAL}),
              audited AS (${AUDIT_ROW('found')})
         SELECT found.*,
                (SELECT p.overrides FROM matching_policy p WHERE p.council_code = found.placing_council_code) AS policy_overrides,
                array(SELECT a.neighbour_code FROM council_adjacency a WHERE a.council_code = found.placing_council_code ORDER BY 1) AS neighbour_codes,
                ${SEARCH_FINGERPRINT('found')} AS fingerprint
           FROM found`,
};

/** The audit row of a search and the referral's fingerprint, without reading the referral itself. */
const AUDIT_MATCH_SEARCH: PreparedStatement = {
  name: 'hearth.referral.audit-match-search',
  text: `WITH found AS (SELECT r.id, r.xmin, r.placing_council_code FROM referral r WHERE r.id = $1 AND ($2::text IS NULL OR r.placing_council_code = $2)),
              audited AS (${AUDIT_ROW('found')})
         SELECT ${SEARCH_FINGERPRINT('found')} AS fingerprint FROM found`,
};

@Injectable()
export class ReferralRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(em: EntityManager, r: NewReferral): Promise<string> {
    const [row] = await em.query(
      `INSERT INTO referral (placing_council_code, sibling_group_id, family_home_postcode, family_home_latitude, family_home_longitude,
         school_postcode, school_latitude, school_longitude, fostering_type, needed_by, emergency, split_allowed, languages, religion,
         cultural_background, exclusion_zones, connected_household_ids, created_by)
       VALUES ($1, CASE WHEN $2 THEN gen_random_uuid() END, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb, $17::uuid[], $18)
       RETURNING id`,
      [r.placingCouncilCode, r.children.length > 1, r.familyHome.postcode, r.familyHome.latitude, r.familyHome.longitude,
        r.school?.postcode ?? null, r.school?.latitude ?? null, r.school?.longitude ?? null, r.fosteringType, r.neededBy, r.emergency,
        r.splitAllowed, r.languages, r.religion, r.culturalBackground, JSON.stringify(r.exclusionZones), r.connectedHouseholdIds, r.createdBy],
    );
    for (const [position, c] of r.children.entries()) {
      await em.query(
        `INSERT INTO referral_child (referral_id, position, age_years, needs, shortage_categories, must_be_only_child,
           only_with_older_children, no_pets, required_accessibility) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [row.id, position, c.ageYears, c.needs, c.shortageCategories, c.mustBeOnlyChild, c.onlyWithOlderChildren, c.noPets, c.requiredAccessibility],
      );
    }
    return row.id;
  }

  /** The referral if the council may see it (null: any council). */
  async find(id: string, placingCouncilCode: string | null, em: EntityManager = this.dataSource.manager, lock = false): Promise<StoredReferral | null> {
    const [r] = await em.query(`${FIND_REFERRAL}${lock ? ' FOR UPDATE OF r' : ''}`, [id, placingCouncilCode]);
    return r ? toStoredReferral(r, r.children_json) : null;
  }

  /**
   * What a match search reads before it looks for homes: the referral if the council may see it,
   * its placing council's matching policy and neighbours; and the audit row of this read, written
   * only when the referral was found. One statement: on the search's path a round trip is throughput.
   */
  async findForMatchSearch(id: string, placingCouncilCode: string | null, event: SearchAuditEvent | null): Promise<ReferralForSearch | null> {
    const [r] = await queryPrepared<Row>(this.dataSource.manager, FOR_MATCH_SEARCH, [id, placingCouncilCode, ...auditValues(event)]);
    return r ? { stored: toStoredReferral(r, r.children_json), policyOverrides: r.policy_overrides ?? null, neighbours: r.neighbour_codes, fingerprint: r.fingerprint } : null;
  }

  /**
   * Writes a search's audit row and answers the referral's fingerprint, or null if the council may
   * not see it (then nothing is written). For a search that already holds the referral in memory.
   */
  async auditMatchSearch(id: string, placingCouncilCode: string | null, event: SearchAuditEvent): Promise<string | null> {
    const [r] = await queryPrepared<{ fingerprint: string }>(this.dataSource.manager, AUDIT_MATCH_SEARCH, [id, placingCouncilCode, ...auditValues(event)]);
    return r?.fingerprint ?? null;
  }

  /** How many of these ids are referred children (to check ids sent from elsewhere). */
  async countChildren(ids: readonly string[]): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM referral_child WHERE id = ANY ($1::uuid[])`, [ids]);
    return row.n;
  }

  /** A council's open referrals, newest first (null: every council's), for the placement team's start page. */
  listForCouncil(placingCouncilCode: string | null, limit = 200): Promise<ReferralSummary[]> {
    return this.dataSource.query(
      `SELECT r.id, r.placing_council_code AS "placingCouncilCode", r.fostering_type AS "fosteringType", r.emergency,
              to_char(r.needed_by, 'YYYY-MM-DD') AS "neededBy", r.created_at AS "createdAt",
              array(SELECT c.age_years::int FROM referral_child c WHERE c.referral_id = r.id ORDER BY c.position) AS "childAges"
         FROM referral r WHERE r.status = 'open' AND ($1::text IS NULL OR r.placing_council_code = $1)
        ORDER BY r.created_at DESC, r.id LIMIT $2`,
      [placingCouncilCode, limit]);
  }

  async setStatus(em: EntityManager, id: string, status: 'open' | 'placed' | 'closed'): Promise<void> {
    await em.query(`UPDATE referral SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }
}

export type SearchAuditEvent = Omit<AuditEvent, 'entityType' | 'entityId'>;

function auditValues(event: SearchAuditEvent | null): unknown[] {
  return [event?.actor ?? null, event?.role ?? null, event?.action ?? null, event?.clientIp ?? null, event !== null];
}

/** Rows straight from SELECT *: snake_case columns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

function toStoredReferral(r: Row, children: Row[]): StoredReferral {
  const referral: Referral = {
    id: r.id as ReferralId,
    placingCouncilCode: r.placing_council_code as CouncilCode,
    children: children.map((c) => ({
      id: c.id as ChildId,
      age: c.age_years,
      needs: c.needs as ChildNeed[],
      shortageCategories: c.shortage_categories as ShortageCategory[],
      constraints: {
        mustBeOnlyChild: c.must_be_only_child, onlyWithOlderChildren: c.only_with_older_children, noPets: c.no_pets,
        requiredAccessibility: c.required_accessibility as AccessibilityFeature[],
      },
    })),
    siblingGroupId: r.sibling_group_id as SiblingGroupId | null,
    familyHome: { latitude: r.family_home_latitude, longitude: r.family_home_longitude },
    school: r.school_latitude === null ? null : { latitude: r.school_latitude, longitude: r.school_longitude },
    fosteringType: r.fostering_type as FosteringType,
    emergency: r.emergency,
    splitAllowed: r.split_allowed,
    languages: r.languages,
    religion: r.religion,
    culturalBackground: r.cultural_background,
    exclusionZones: (r.exclusion_zones as { latitude: number; longitude: number; radiusMiles: number }[])
      .map((z) => ({ centre: { latitude: z.latitude, longitude: z.longitude }, radiusMiles: z.radiusMiles })),
    connectedPersonHouseholdIds: r.connected_household_ids as HouseholdId[],
  };
  return {
    referral, status: r.status, familyHomePostcode: r.family_home_postcode, schoolPostcode: r.school_postcode,
    neededBy: r.needed_by_text, createdBy: r.created_by, createdAt: r.created_at,
  };
}
