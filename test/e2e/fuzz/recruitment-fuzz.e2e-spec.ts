import { createRecruitmentApp } from '../../../apps/recruitment/src/create-recruitment-app';
import { describeFuzzSuite } from './fuzz-suite';
import { createRecruitmentFixtures } from './recruitment-fixtures';
import { recruitmentFuzzPlan } from './recruitment.fuzz-plan';

describeFuzzSuite({
  app: 'recruitment',
  create: createRecruitmentApp,
  fixtures: createRecruitmentFixtures,
  plan: recruitmentFuzzPlan,
  timeoutMs: 90_000,
});
