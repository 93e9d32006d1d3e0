import { performance } from 'node:perf_hooks';
import { sleep, sleepUnless, type FlowContext } from '../flow-context';

const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const FOSTERING_TYPES = ['short-term', 'long-term'] as const;
const END_RETRIES = 5;

/** A placement officer searches again for one of the council's open (seeded) referrals. */
export async function searchSeededReferral(ctx: FlowContext): Promise<void> {
  const referral = ctx.random.pick(ctx.data.seededReferrals);
  const officer = await ctx.tokens.bearer('placement-officer', `council:${referral.councilCode}`);
  await ctx.caller.call('matching', 'search', { method: 'POST', path: `/api/v1/referrals/${referral.id}/match-search`, headers: officer, json: {} }, [200]);
}

interface SearchPage { candidates: { householdId: string }[] }

/**
 * A placement from start to end: the officer records a referral for one child, searches, books
 * the best home the search offered, and some time later (the child returns home) ends the
 * placement, so the home's place is free again for the next search.
 */
export async function bookAndEndPlacement(ctx: FlowContext, holdSeconds: number): Promise<void> {
  const council = ctx.random.pick(ctx.data.placementCouncils);
  const officer = await ctx.tokens.bearer('placement-officer', `council:${council.code}`);
  const created = await ctx.caller.call('matching', 'referral', { method: 'POST', path: '/api/v1/referrals', headers: officer, json: {
    placingCouncilCode: council.code,
    children: [{ ageYears: ctx.random.int(0, 17) }],
    familyHomePostcode: `${ctx.random.pick(council.outcodes)} ${ctx.random.int(1, 9)}${ctx.random.pick([...INWARD_LETTERS])}${ctx.random.pick([...INWARD_LETTERS])}`,
    fosteringType: ctx.random.pick(FOSTERING_TYPES),
  } }, [201]);
  if (!created) return;
  const referralId = (JSON.parse(created.body) as { id: string }).id;
  ctx.ledger.referrals.push(referralId);
  const searchedAt = performance.now();
  const searched = await ctx.caller.call('matching', 'search', { method: 'POST', path: `/api/v1/referrals/${referralId}/match-search`, headers: officer, json: {} }, [200]);
  if (!searched) return;
  const home = (JSON.parse(searched.body) as SearchPage).candidates.map((c) => c.householdId).find((h) => ctx.reservations.tryReserve(h, searchedAt));
  if (!home) return;
  let placements: string[] | null = null;
  try {
    const booked = await ctx.caller.call('matching', 'booking', { method: 'POST', path: '/api/v1/placements', headers: officer, json: { referralId, householdId: home } }, [201]);
    placements = booked && (JSON.parse(booked.body) as { placements: { id: string }[] }).placements.map((p) => p.id);
  } finally {
    ctx.reservations.release(home, performance.now(), placements !== null);
  }
  if (!placements) return;
  ctx.ledger.placed(placements, home);
  await sleepUnless(holdSeconds * 1000 * (0.5 + ctx.random.next()), ctx.loadOver);
  for (const id of placements) await endPlacement(ctx, officer, id, home);
}

/** Ends a placement; after a failure (an outage) tries again, accepting "already ended" if the failed try had in fact committed. */
async function endPlacement(ctx: FlowContext, officer: Record<string, string>, id: string, home: string): Promise<void> {
  for (let attempt = 0; attempt < END_RETRIES && !ctx.loadOver(); attempt++) {
    if (attempt > 0) await sleep(2_000 * attempt);
    await ctx.reservations.hold(home);
    try {
      const ended = await ctx.caller.call('matching', 'end_placement', {
        method: 'POST', path: `/api/v1/placements/${id}/end`, headers: officer, json: { reason: 'Returned home' },
      }, attempt === 0 ? [200] : [200, 409]);
      if (ended) {
        if (ended.status === 409 && !ended.body.includes('PLACEMENT.ALREADY_ENDED')) throw new Error(`ending a placement again answered 409 without PLACEMENT.ALREADY_ENDED`);
        ctx.ledger.ended(id);
        return;
      }
    } finally {
      // An ending only frees room, so a home whose ending failed stays usable.
      ctx.reservations.release(home, performance.now(), true);
    }
  }
}

/** An analyst reads the sufficiency dashboard's figures: their cooperative, its trends, a council, England; now and then as CSV. */
export async function readSufficiency(ctx: FlowContext): Promise<void> {
  const region = ctx.random.pick(ctx.data.regions);
  const roll = ctx.random.next();
  const csv = ctx.random.next() < 0.1 ? '?format=csv' : '';
  const [scope, path] = roll < 0.4 ? [`region:${region}`, `/api/v1/sufficiency/cooperatives/${region}${csv}`]
    : roll < 0.6 ? [`region:${region}`, `/api/v1/sufficiency/cooperatives/${region}/trends`]
      : roll < 0.9 ? ['england', `/api/v1/sufficiency/councils/${ctx.random.pick(ctx.data.councils)}${csv}`]
        : ['england', `/api/v1/sufficiency/england${csv}`];
  const analyst = await ctx.tokens.bearer('rcc-analyst', scope);
  await ctx.caller.call('matching', 'sufficiency', { method: 'GET', path, headers: analyst }, [200]);
}
