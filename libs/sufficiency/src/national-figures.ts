import { readFileSync } from 'node:fs';
import { nationalPlacementFigures, type NationalFigure, type PlacementQualityKey } from '@app/domain';
import { findFromRepoRoot } from '@app/web';
import { parseNationalDistributions } from './national-distributions.csv';

let cached: Partial<Record<PlacementQualityKey, NationalFigure>> | null = null;

/**
 * The DfE national placement figures, from ../shared/data/cla_national_distributions.csv when it is
 * there (a fixed reference file read once, not state). A fresh clone without it simply shows no
 * DfE column: the England figures computed from the platform's own data are still shown.
 */
export function nationalFigures(): Partial<Record<PlacementQualityKey, NationalFigure>> {
  if (cached) return cached;
  try {
    cached = nationalPlacementFigures(parseNationalDistributions(readFileSync(findFromRepoRoot('../shared/data/cla_national_distributions.csv'), 'utf8')));
  } catch {
    cached = {};
  }
  return cached;
}
