import type { SeedRandom } from './seed-random';

/** Terms of approval and what the carers offer, as a fostering service records them. */
export interface SeedHouseholdProfile {
  readonly minAge: number;
  readonly maxAge: number;
  readonly maxChildren: number;
  readonly fosteringTypes: readonly string[];
  readonly shortageCategories: readonly string[];
  readonly experiencedWithNeeds: readonly string[];
  readonly accessibility: readonly string[];
  readonly languages: readonly string[];
  readonly religion: string | null;
  readonly culturalBackgrounds: readonly string[];
  readonly pets: readonly string[];
  readonly ownChildrenAges: readonly number[];
  readonly yearsFostering: number;
}

type Weighted<T> = readonly (readonly [number, T])[];

/** Age ranges carers are approved for: most take any age, some only babies, young children or teenagers. */
const AGE_RANGES: Weighted<readonly [number, number]> = [[0.42, [0, 18]], [0.14, [0, 11]], [0.14, [5, 18]], [0.16, [11, 18]], [0.1, [0, 5]], [0.04, [12, 18]]];
/** Mostly 1–3 places; about 2.1 per household, as in Ofsted's 2024-25 figures (69,825 places, 33,435 households). */
const PLACES: Weighted<number> = [[0.3, 1], [0.4, 2], [0.25, 3], [0.05, 4]];
export const OTHER_LANGUAGES = ['pl', 'ur', 'pa', 'bn', 'ar', 'so', 'ro', 'gu', 'ta', 'tr', 'fa', 'ps', 'ku', 'ti', 'fr', 'pt', 'yo', 'tw'];
export const RELIGIONS: Weighted<string> = [[0.5, 'Christian'], [0.2, 'Muslim'], [0.06, 'Hindu'], [0.04, 'Sikh'], [0.02, 'Jewish'], [0.02, 'Buddhist'], [0.16, 'No religion']];
export const CULTURES: Weighted<string> = [
  [0.7, 'White British'], [0.04, 'White Irish'], [0.04, 'White other European'], [0.03, 'Black Caribbean'], [0.04, 'Black African'],
  [0.04, 'Pakistani'], [0.03, 'Indian'], [0.02, 'Bangladeshi'], [0.04, 'Mixed White and Black Caribbean'], [0.01, 'Gypsy or Irish Traveller'],
];

/** One household's terms and offer, drawn from a realistic mix. */
export function householdProfile(random: SeedRandom): SeedHouseholdProfile {
  const [minAge, maxAge] = random.weighted(AGE_RANGES);
  const maxChildren = random.weighted(PLACES);
  const fosteringTypes = fosteringTypesFor(random, minAge, maxAge);
  return {
    minAge, maxAge, maxChildren, fosteringTypes,
    shortageCategories: shortageCategories(random, minAge, maxAge, maxChildren, fosteringTypes),
    experiencedWithNeeds: random.subset([['autism', 0.12], ['learning-disability', 0.1], ['complex-health', 0.05], ['sensory-impairment', 0.04]]),
    accessibility: random.subset([['step-free', 0.1], ['ground-floor-bedroom', 0.08], ['wheelchair-accessible', 0.03], ['adapted-bathroom', 0.03]]),
    languages: random.chance(0.15) ? ['en', random.pick(OTHER_LANGUAGES)] : ['en'],
    religion: random.chance(0.55) ? random.weighted(RELIGIONS) : null,
    culturalBackgrounds: random.chance(0.7) ? [random.weighted(CULTURES)] : [],
    pets: random.subset([['dog', 0.3], ['cat', 0.25], ['other', 0.1]]),
    ownChildrenAges: random.chance(0.35) ? Array.from({ length: random.int(1, 3) }, () => random.int(0, 20)).sort((a, b) => a - b) : [],
    yearsFostering: Math.min(40, Math.floor(-Math.log(1 - random.next()) * 7)),
  };
}

function fosteringTypesFor(random: SeedRandom, minAge: number, maxAge: number): string[] {
  const types = random.subset([['emergency', 0.3], ['short-term', 0.9], ['long-term', 0.7], ['short-breaks', 0.2]]);
  if (maxAge >= 12 && random.chance(0.06)) types.push('remand');
  if (minAge === 0 && random.chance(0.07)) types.push('parent-and-child');
  return types.length > 0 ? types : ['short-term'];
}

function shortageCategories(random: SeedRandom, minAge: number, maxAge: number, maxChildren: number, types: readonly string[]): string[] {
  const found: string[] = [];
  if (random.chance(maxChildren >= 3 ? 0.65 : 0.12)) found.push('sibling-groups');
  if (maxAge >= 16 && random.chance(minAge >= 10 ? 0.85 : 0.2)) found.push('teenagers');
  if (maxAge >= 16 && random.chance(0.08)) found.push('uasc');
  if (types.includes('parent-and-child')) found.push('parent-and-child');
  if (random.chance(0.15)) found.push('complex-trauma');
  return found;
}

/** Weekly cost to the placing council: agencies' fees run well above in-house allowances. */
export function weeklyCost(random: SeedRandom, agency: boolean): number {
  const pounds = agency ? random.int(780, 1150) : random.int(420, 700);
  return pounds + random.int(0, 99) / 100;
}
