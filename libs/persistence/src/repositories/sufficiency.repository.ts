import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  defaultCooperatives, OPEN_STAGES, SHORTAGE_CATEGORIES,
  type ChildInNeed, type Cooperative, type OpenStage, type PipelineHousehold, type StageOutlooks, type SufficiencyGeography, type SupplyHousehold,
} from '@app/domain';
import { readFlowHistory, type FlowHistory } from './sufficiency-history.queries';

/** Everything the sufficiency arithmetic needs for all of England, read in a few set-based queries. */
export interface SufficiencyInputs {
  readonly geography: SufficiencyGeography;
  readonly councilNames: ReadonlyMap<string, string>;
  readonly households: SupplyHousehold[];
  readonly children: ChildInNeed[];
  readonly pipeline: PipelineHousehold[];
  readonly outlooks: StageOutlooks;
  /** Which stages fell back to DEFAULT_STAGE_OUTLOOKS for want of history. */
  readonly defaultedStages: OpenStage[];
  /** Carers leaving and children coming and going over the last year, where a year is recorded. */
  readonly flowHistory: FlowHistory;
}

/**
 * Used for a stage with no finished history in the last 24 months (a new installation): rough
 * national shapes (about 6% of enquiries become applications; most applicants who reach stage 2
 * are approved; a typical assessment takes 6–8 months). Replace as soon as history exists.
 */
export const DEFAULT_STAGE_OUTLOOKS: StageOutlooks = {
  'enquiry-received': { conversionToApproval: 0.03, daysToApproval: 270 },
  contacted: { conversionToApproval: 0.04, daysToApproval: 260 },
  'initial-visit': { conversionToApproval: 0.15, daysToApproval: 240 },
  'application-submitted': { conversionToApproval: 0.4, daysToApproval: 210 },
  'stage-1': { conversionToApproval: 0.55, daysToApproval: 180 },
  'stage-2': { conversionToApproval: 0.75, daysToApproval: 110 },
  panel: { conversionToApproval: 0.9, daysToApproval: 14 },
};

/** The milestone column saying when an enquiry reached each open stage. */
const REACHED: Record<OpenStage, string> = {
  'enquiry-received': 'created_at', contacted: 'contacted_at', 'initial-visit': 'initial_visit_at',
  'application-submitted': 'application_submitted_at', 'stage-1': 'stage1_started_at', 'stage-2': 'stage2_started_at', panel: 'panel_stage_at',
};

// A household is a connected person (family and friends) when temporarily approved for a named child
// or caring for a child in a U1–U3 placement; otherwise it is counted as mainstream.
const HOUSEHOLDS_SQL = `
  SELECT h.id, h.council_code AS "councilCode", CASE WHEN s.kind = 'agency' THEN 'independent-agency' ELSE 'in-house' END AS "serviceKind",
         (h.approval_status = 'temporarily-approved' OR cardinality(h.temporary_for_child_ids) > 0
           OR EXISTS (SELECT 1 FROM placement p WHERE p.household_id = h.id AND p.ended_at IS NULL AND p.placement_type IN ('U1','U2','U3'))) AS connected,
         h.approval_status = 'on-hold' AS "onHold", array_to_string(h.shortage_categories, ',') AS "shortageCategories", array_to_string(h.fostering_types, ',') AS "fosteringTypes",
         h.max_children::int AS places, jsonb_array_length(h.current_placements)::int AS filled, h.weekly_cost_pounds::float8 AS cost
    FROM fostering_household h JOIN fostering_service s ON s.id = h.service_id
   WHERE h.approval_status <> 'deregistered'`;

// Sibling groups: children placed now plus children still waiting on an open referral. A child lives
// with all their siblings in care when nobody in the group is waiting and all live in one home.
const CHILDREN_SQL = `
  WITH waiting AS MATERIALIZED (
    SELECT rc.id::text AS id, r.placing_council_code AS council, rc.shortage_categories AS categories, r.fostering_type AS type, r.sibling_group_id AS grp
      FROM referral r JOIN referral_child rc ON rc.referral_id = r.id
     WHERE r.status = 'open'
       AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.referral_child_id = rc.id AND p.ended_at IS NULL)),
  placed AS MATERIALIZED (
    SELECT p.id::text AS id, coalesce(p.placing_council_code, r.placing_council_code, h.council_code) AS council, p.household_id,
           coalesce(rc.shortage_categories, ARRAY_REMOVE(ARRAY[CASE WHEN p.sibling_group_id IS NOT NULL THEN 'sibling-groups' END,
             CASE WHEN p.child_age BETWEEN 13 AND 17 THEN 'teenagers' END], NULL)) AS categories,
           coalesce(r.fostering_type, 'long-term') AS type, p.sibling_group_id AS grp, p.distance_miles::float8 AS miles,
           CASE WHEN coalesce(p.within_placing_council, h.council_code = coalesce(p.placing_council_code, r.placing_council_code)) THEN 'inside'
                WHEN p.at_a_distance THEN 'at-a-distance' ELSE 'adjoining' END AS relation,
           p.placement_type IN ('U1','U2','U3') AS connected
      FROM placement p JOIN fostering_household h ON h.id = p.household_id
      LEFT JOIN referral_child rc ON rc.id = p.referral_child_id LEFT JOIN referral r ON r.id = p.referral_id
     WHERE p.ended_at IS NULL),
  groups AS (
    SELECT grp, count(*) AS members, count(*) FILTER (WHERE household_id IS NULL) AS waiting,
           min(household_id::text) = max(household_id::text) AS one_home
      FROM (SELECT grp, household_id FROM placed WHERE grp IS NOT NULL UNION ALL SELECT grp, NULL FROM waiting WHERE grp IS NOT NULL) m
     GROUP BY grp)
  SELECT w.id, w.council, array_to_string(w.categories, ',') AS categories, w.type, false AS placed, NULL::float8 AS miles, NULL AS relation, false AS connected, NULL::text AS grp, false AS together
    FROM waiting w
  UNION ALL
  SELECT p.id, p.council, array_to_string(p.categories, ','), p.type, true, p.miles, p.relation, p.connected,
         CASE WHEN g.members > 1 THEN p.grp::text END, coalesce(g.waiting = 0 AND g.one_home, false)
    FROM placed p LEFT JOIN groups g ON g.grp = p.grp`;

const PIPELINE_SQL = `
  SELECT council_code AS "councilCode", status AS stage, interests, greatest(1, spare_bedrooms)::int AS "expectedPlaces"
    FROM enquiry WHERE council_code IS NOT NULL AND status = ANY ($1::text[])`;

// Of enquiries that reached a stage in the 24 months before $1 and have since finished (approved or
// closed), the share approved and the median days to approval, for every stage in one scan. Still-open
// ones are left out: they have not failed yet, and counting them would understate conversion.
const within = (column: string) => `${column} >= $1 AND ${column} < $2`;
// $1..$2 is the last 24 months (730 days); an enquiry reaching a stage then was made at most a year
// before (panel is due within 8 months of applying), which bounds the scan.
const HISTORY_MS = 730 * 24 * 60 * 60 * 1000;
const OUTLOOKS_SQL = `SELECT ${OPEN_STAGES.map((stage, i) => {
  const column = REACHED[stage];
  return `count(*) FILTER (WHERE ${within(column)} AND approved_at IS NOT NULL)::int AS approved${i},
    count(*) FILTER (WHERE ${within(column)} AND (approved_at IS NOT NULL OR closed_at IS NOT NULL))::int AS finished${i},
    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM approved_at - ${column}) / 86400) FILTER (WHERE ${within(column)} AND approved_at IS NOT NULL) AS days${i}`;
}).join(',\n')}
  FROM enquiry WHERE created_at >= $1::timestamptz - interval '12 months'`;

const DEFINED_COOPERATIVES_SQL = `
  SELECT c.id, c.name, array_agg(m.council_code ORDER BY m.council_code) AS "councilCodes"
    FROM regional_care_cooperative c JOIN regional_care_cooperative_council m ON m.cooperative_id = c.id
   GROUP BY c.id ORDER BY c.id`;

/** The loader's statements (exported for the benchmark to time and explain on their own). */
export const SUFFICIENCY_SQL = () => ({ households: HOUSEHOLDS_SQL, children: CHILDREN_SQL, pipeline: PIPELINE_SQL, outlooks: OUTLOOKS_SQL });

// Arrays come back comma-joined: parsing 100,000 PostgreSQL array literals in node-postgres was the slow part.
const NONE: readonly string[] = [];
const list = (joined: string | null): readonly string[] => (joined ? joined.split(',') : NONE);

interface ChildRow {
  id: string; council: string; categories: string; type: string; placed: boolean; miles: number | null;
  relation: string | null; connected: boolean; grp: string | null; together: boolean;
}

/** Reads sufficiency inputs (aggregatable facts only: no names, no addresses) for all of England. */
@Injectable()
export class SufficiencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadInputs(asOf: Date): Promise<SufficiencyInputs> {
    // One repeatable-read snapshot, so households, children and pipeline agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      // JIT compiling these scans costs more (≈0.4 s measured) than it saves; in turn: one connection runs one query at a time.
      await em.query('SET LOCAL jit = off');
      const geo = await this.geography(em);
      const households = await this.households(em);
      const children = await this.children(em);
      const pipeline = await this.pipeline(em);
      const flowHistory = await readFlowHistory(em, asOf, households.length);
      return { ...geo, households, children, pipeline, ...(await this.outlooks(em, asOf)), flowHistory };
    });
  }

  /** Councils, their names and the default cooperatives: enough to say which areas exist. */
  loadGeography(): Promise<Pick<SufficiencyInputs, 'geography' | 'councilNames'>> {
    return this.geography(this.dataSource.manager);
  }

  private async geography(em: EntityManager): Promise<Pick<SufficiencyInputs, 'geography' | 'councilNames'>> {
    const rows: { code: string; name: string; regionCode: string; regionName: string }[] = await em.query(
      `SELECT c.code, c.name, c.region_code AS "regionCode", r.name AS "regionName" FROM council c JOIN region r ON r.code = c.region_code ORDER BY c.code`);
    const councils = rows.map((r) => ({ code: r.code, regionCode: r.regionCode })) as unknown as SufficiencyGeography['councils'];
    const regionNames = new Map(rows.map((r) => [r.regionCode, r.regionName])) as unknown as Parameters<typeof defaultCooperatives>[1];
    // The default cooperatives (one per ONS region) first, then those an administrator defined.
    const defined: Cooperative[] = await em.query(DEFINED_COOPERATIVES_SQL);
    const cooperatives = [...defaultCooperatives(councils, regionNames), ...defined];
    return { geography: { councils, cooperatives }, councilNames: new Map(rows.map((r) => [r.code, r.name])) };
  }

  private async households(em: EntityManager): Promise<SupplyHousehold[]> {
    const rows: Record<string, unknown>[] = await em.query(HOUSEHOLDS_SQL);
    return rows.map((r) => ({
      id: r.id, councilCode: r.councilCode, serviceKind: r.serviceKind, approvalKind: r.connected ? 'connected-person' : 'mainstream',
      onHold: r.onHold, shortageCategories: list(r.shortageCategories as string), fosteringTypes: list(r.fosteringTypes as string), places: r.places,
      filledPlaces: r.filled, weeklyCostPounds: r.cost,
    }) as SupplyHousehold);
  }

  private async children(em: EntityManager): Promise<ChildInNeed[]> {
    const rows: ChildRow[] = await em.query(CHILDREN_SQL);
    return rows.map((r) => ({
      id: r.id, placingCouncilCode: r.council, shortageCategories: list(r.categories), fosteringType: r.type,
      placement: r.placed
        ? { distanceMiles: r.miles, councilRelation: r.relation, connectedPerson: r.connected, siblings: r.grp ? { groupId: r.grp, livingWithAll: r.together } : null }
        : null,
    }) as unknown as ChildInNeed);
  }

  private async pipeline(em: EntityManager): Promise<PipelineHousehold[]> {
    const shortage = new Set<string>(SHORTAGE_CATEGORIES);
    const rows: (PipelineHousehold & { interests: string[] })[] = await em.query(PIPELINE_SQL, [OPEN_STAGES]);
    return rows.map(({ interests, ...h }) => ({ ...h, openTo: interests.filter((i) => shortage.has(i)) }) as PipelineHousehold);
  }

  private async outlooks(em: EntityManager, asOf: Date): Promise<Pick<SufficiencyInputs, 'outlooks' | 'defaultedStages'>> {
    const [row]: Record<string, number | string | null>[] = await em.query(OUTLOOKS_SQL, [new Date(asOf.getTime() - HISTORY_MS), asOf]);
    const outlooks = { ...DEFAULT_STAGE_OUTLOOKS } as Record<OpenStage, StageOutlooks[OpenStage]>;
    const defaultedStages: OpenStage[] = [];
    OPEN_STAGES.forEach((stage, i) => {
      const finished = Number(row[`finished${i}`]);
      if (finished === 0) { defaultedStages.push(stage); return; }
      const days = row[`days${i}`] === null ? DEFAULT_STAGE_OUTLOOKS[stage].daysToApproval : Math.max(0, Math.round(Number(row[`days${i}`])));
      outlooks[stage] = { conversionToApproval: Number(row[`approved${i}`]) / finished, daysToApproval: days };
    });
    return { outlooks, defaultedStages };
  }
}
