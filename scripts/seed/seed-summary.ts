import type { Client } from 'pg';
import type { SeedGeography } from './geography';
import { SEED_EXTERNAL_REF_PREFIX } from './households';
import type { SeedOptions } from './options';
import { SEED_AUTHOR } from './referrals';

const HOUSEHOLD_COUNTS = `
    SELECT count(*)::int AS total, count(DISTINCT h.council_code)::int AS councils,
           count(*) FILTER (WHERE approval_status = 'approved')::int AS approved,
           count(*) FILTER (WHERE approval_status = 'temporarily-approved')::int AS temporary,
           count(*) FILTER (WHERE approval_status = 'temporarily-approved' AND temporary_until < current_date)::int AS expired,
           count(*) FILTER (WHERE approval_status = 'on-hold')::int AS "onHold",
           count(*) FILTER (WHERE approval_status = 'deregistered')::int AS deregistered,
           count(*) FILTER (WHERE s.kind = 'agency')::int AS agency,
           sum(max_children)::int AS places, sum(jsonb_array_length(current_placements))::int AS filled,
           count(*) FILTER (WHERE limit_exemptions <> '[]')::int AS exempted
      FROM fostering_household h JOIN fostering_service s ON s.id = h.service_id WHERE h.external_ref LIKE '${SEED_EXTERNAL_REF_PREFIX}%'`;

const REFERRAL_COUNTS = `
    SELECT count(*)::int AS total, count(DISTINCT placing_council_code)::int AS councils,
           count(*) FILTER (WHERE n > 1)::int AS siblings, count(*) FILTER (WHERE 'uasc' = ANY (cats))::int AS uasc,
           count(*) FILTER (WHERE fostering_type = 'parent-and-child')::int AS "parentAndChild",
           count(*) FILTER (WHERE 'complex-trauma' = ANY (cats))::int AS trauma, count(*) FILTER (WHERE emergency)::int AS emergency,
           count(*) FILTER (WHERE school_latitude IS NOT NULL)::int AS school, count(*) FILTER (WHERE exclusion_zones <> '[]')::int AS zones,
           count(*) FILTER (WHERE connected_household_ids <> '{}')::int AS connected, sum(n)::int AS children
      FROM referral r, LATERAL (SELECT count(DISTINCT rc.id) AS n, array_agg(DISTINCT c) FILTER (WHERE c IS NOT NULL) AS cats
                                 FROM referral_child rc LEFT JOIN LATERAL unnest(rc.shortage_categories) c ON true WHERE rc.referral_id = r.id) k
     WHERE r.created_by = '${SEED_AUTHOR}' AND r.status = 'open'`;

/** What the seed left in the database, counted there rather than trusted from memory. */
export async function describeSeed(
  db: Client, options: SeedOptions, geography: SeedGeography, written: Record<string, number>, exemptions: number,
): Promise<string> {
  const { rows: [h] } = await db.query(HOUSEHOLD_COUNTS);
  const { rows: [r] } = await db.query(REFERRAL_COUNTS);
  const pct = (n: number, of: number) => `${of ? Math.round((100 * n) / of) : 0}%`;
  return [
    `Synthetic England (--scale ${options.scale.name}): ${geography.councils.length} councils; sized and placed by ${geography.sources.join(', ')}`,
    `  households        ${h.total} in ${h.councils} councils: ${h.approved} approved, ${h.temporary} temporarily approved connected persons ` +
      `(${h.expired} expired), ${h.onHold} on hold, ${h.deregistered} deregistered; ${h.agency} (${pct(h.agency, h.total)}) with agencies`,
    `  places            ${h.places}, ${h.filled} filled now (${pct(h.filled, h.places)}); ${h.exempted} households with a limit exemption (${exemptions} naming open referrals)`,
    `  agencies          ${written.fostering_service} (${written.agency_council} agency-council links)`,
    `  open referrals    ${r.total} in ${r.councils} councils, ${r.children} children: ${r.siblings} sibling groups (${pct(r.siblings, r.total)}), ` +
      `${r.uasc} UASC, ${r.parentAndChild} parent and child, ${r.trauma} complex trauma, ${r.emergency} emergencies, ` +
      `${r.school} with a school, ${r.zones} with exclusion zones, ${r.connected} with connected persons`,
    `  rows written      ${Object.entries(written).map(([table, n]) => `${table} ${n}`).join(', ')}`,
  ].join('\n');
}
