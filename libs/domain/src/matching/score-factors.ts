/**
 * What orders homes within a tier. The first six follow s22C(8)–(9) of the Children Act 1989
 * (near home, education, siblings, a disabled child's needs, within the council's area);
 * language, religion and culture are the s22(5)(c) considerations, weighed and never a filter.
 */
export const SCORE_FACTORS = [
  'near-family-home',
  'near-school',
  'within-placing-council',
  'siblings-together',
  'disability-needs',
  'shortage-category-fit',
  'language-religion-culture',
  'carer-experience',
  'weekly-cost',
  'within-terms',
] as const;
export type ScoreFactor = (typeof SCORE_FACTORS)[number];

/** Relative importance of each factor; only their proportions matter. */
export type FactorWeights = Readonly<Record<ScoreFactor, number>>;

/** Each factor as officers read it. */
export const SCORE_FACTOR_LABELS: Record<ScoreFactor, string> = {
  'near-family-home': 'Near the family home',
  'near-school': 'Near the school',
  'within-placing-council': "Within the placing council's area",
  'siblings-together': 'Keeps brothers and sisters together',
  'disability-needs': "Suits the child's disability needs",
  'shortage-category-fit': 'Approved or experienced for these children',
  'language-religion-culture': 'Language, religion and culture',
  'carer-experience': 'Years fostering',
  'weekly-cost': 'Weekly cost',
  'within-terms': 'Within the terms of approval',
};
