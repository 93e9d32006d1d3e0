import { createMatchingApp } from '../../../apps/matching/src/create-matching-app';
import { describeFuzzSuite } from './fuzz-suite';
import { createMatchingFixtures } from './matching-fixtures';
import { matchingFuzzPlan } from './matching.fuzz-plan';

describeFuzzSuite({
  app: 'matching',
  create: createMatchingApp,
  fixtures: createMatchingFixtures,
  plan: matchingFuzzPlan,
  timeoutMs: 90_000,
  // The fuzzer looks for crashes, not fresh figures: one England recompute, then snapshots.
  overrides: { sufficiencyMaxAgeSeconds: 3600 },
});
