import type { EntityManager } from 'typeorm';
import type { ChildFlowRecord, CouncilCode, ShortageCategory } from '@app/domain';

/**
 * What the last 12 months say about carers leaving and children coming and going, for the
 * sufficiency projection. Each part is null while the platform holds less than a year of it, and
 * the caller falls back to a configured rate: a few months of history would misstate a year.
 */
export interface FlowHistory {
  /** Households deregistered in the year ÷ (households approved now + those deregistered in it). */
  readonly carerLeavingRate: number | null;
  /** Children on referrals made in the year, by placing council and categories. */
  readonly childrenEntering: ChildFlowRecord[] | null;
  /** Children whose placement ended in the year, or whose referral closed without a placement. */
  readonly childrenLeaving: ChildFlowRecord[] | null;
}

// Read through the partial index on deregistered_at: a few rows, not every household.
const CARERS_SQL = `
  SELECT count(*) FILTER (WHERE deregistered_at >= $1 AND deregistered_at < $2)::int AS "left", min(deregistered_at) <= $1 AS "fullYear"
    FROM fostering_household WHERE deregistered_at IS NOT NULL`;

// The platform has a year of children's history once its oldest referral is a year old.
const CHILDREN_HISTORY_SQL = `SELECT min(created_at) <= $1 AS "fullYear" FROM referral`;

const ENTERING_SQL = `
  SELECT r.placing_council_code AS council, array_to_string(rc.shortage_categories, ',') AS categories, count(*)::int AS children
    FROM referral r JOIN referral_child rc ON rc.referral_id = r.id
   WHERE r.created_at >= $1 AND r.created_at < $2
   GROUP BY 1, 2`;

// A child moving home ends one placement and is referred again: the two cancel out, as they should.
// Categories of a placement without a referral child are worked out as the loader does for current ones.
const LEAVING_SQL = `
  SELECT coalesce(p.placing_council_code, r.placing_council_code, h.council_code) AS council,
         array_to_string(coalesce(rc.shortage_categories, ARRAY_REMOVE(ARRAY[CASE WHEN p.sibling_group_id IS NOT NULL THEN 'sibling-groups' END,
           CASE WHEN p.child_age BETWEEN 13 AND 17 THEN 'teenagers' END], NULL)), ',') AS categories, count(*)::int AS children
    FROM placement p JOIN fostering_household h ON h.id = p.household_id
    LEFT JOIN referral_child rc ON rc.id = p.referral_child_id LEFT JOIN referral r ON r.id = p.referral_id
   WHERE p.ended_at >= $1 AND p.ended_at < $2
   GROUP BY 1, 2
  UNION ALL
  SELECT r.placing_council_code, array_to_string(rc.shortage_categories, ','), count(*)::int
    FROM referral r JOIN referral_child rc ON rc.referral_id = r.id
   WHERE r.status = 'closed' AND r.updated_at >= $1 AND r.updated_at < $2
     AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.referral_child_id = rc.id)
   GROUP BY 1, 2`;

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Reads the year before `asOf` in the caller's transaction; `approved` is the households approved now (already loaded). */
export async function readFlowHistory(em: EntityManager, asOf: Date, approved: number): Promise<FlowHistory> {
  const window = [new Date(asOf.getTime() - YEAR_MS), asOf];
  const [carers]: { left: number; fullYear: boolean | null }[] = await em.query(CARERS_SQL, window);
  const [children]: { fullYear: boolean | null }[] = await em.query(CHILDREN_HISTORY_SQL, [window[0]]);
  const records = async (sql: string) => ((await em.query(sql, window)) as { council: string; categories: string | null; children: number }[])
    .map((r) => ({ councilCode: r.council as CouncilCode, shortageCategories: (r.categories ? r.categories.split(',') : []) as ShortageCategory[], children: r.children }));
  const exposed = approved + carers.left;
  return {
    carerLeavingRate: carers.fullYear && exposed > 0 ? carers.left / exposed : null,
    childrenEntering: children.fullYear ? await records(ENTERING_SQL) : null,
    childrenLeaving: children.fullYear ? await records(LEAVING_SQL) : null,
  };
}
