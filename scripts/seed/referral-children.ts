import type { AgeBand } from './geography';
import type { ReferralChildRow } from './seed-rows';
import type { SeedRandom } from './seed-random';

/** What kind of request a referral is; it decides the children's ages and categories. */
export type ReferralKind = 'single' | 'siblings' | 'uasc' | 'parent-and-child';

/** The children of one referral: ages from the DfE age bands, needs and constraints in realistic shares. */
export function referralChildren(random: SeedRandom, kind: ReferralKind, bands: readonly AgeBand[]): ReferralChildRow[] {
  if (kind === 'uasc') return [child(random, 0, random.chance(0.85) ? random.int(16, 17) : random.int(13, 15), ['uasc', 'teenagers'])];
  // The baby is the child placed; the young parent comes with them.
  if (kind === 'parent-and-child') return [child(random, 0, random.int(0, 1), ['parent-and-child'])];
  const eldest = ageFrom(random, bands);
  if (kind === 'single') return [child(random, 0, eldest, categoriesFor(random, eldest, false))];
  const size = random.weighted([[0.6, 2], [0.28, 3], [0.12, 4]] as const);
  const ages = [Math.max(eldest, size - 1)];
  for (let k = 1; k < size; k++) ages.push(Math.max(0, ages[k - 1] - random.int(1, 4)));
  return ages.map((age, position) => child(random, position, age, categoriesFor(random, age, true)));
}

function ageFrom(random: SeedRandom, bands: readonly AgeBand[]): number {
  const band = random.weighted(bands.map((b) => [b.weight, b] as const));
  return random.int(band.minAge, band.maxAge);
}

function categoriesFor(random: SeedRandom, age: number, sibling: boolean): string[] {
  const found: string[] = [];
  if (sibling && random.chance(0.9)) found.push('sibling-groups');
  if (age >= 13 && random.chance(0.85)) found.push('teenagers');
  if (random.chance(age >= 5 ? 0.18 : 0.06)) found.push('complex-trauma');
  return found;
}

function child(random: SeedRandom, position: number, ageYears: number, shortageCategories: string[]): ReferralChildRow {
  const needs = random.subset([
    ['autism', 0.06], ['learning-disability', 0.06], ['complex-health', 0.02], ['sensory-impairment', 0.015], ['limited-mobility', 0.01], ['wheelchair-user', 0.006],
  ]);
  return {
    id: random.uuid(),
    position,
    ageYears,
    needs,
    shortageCategories,
    mustBeOnlyChild: position === 0 && random.chance(0.03),
    onlyWithOlderChildren: ageYears >= 8 && random.chance(0.05),
    noPets: random.chance(0.05),
    requiredAccessibility: needs.includes('wheelchair-user') && random.chance(0.5) ? ['wheelchair-accessible'] : [],
  };
}
