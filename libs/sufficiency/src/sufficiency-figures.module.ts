import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { RecomputeSufficiencyUseCase } from './recompute-sufficiency.use-case';
import { TakeSufficiencySnapshotUseCase } from './take-sufficiency-snapshot.use-case';

const USE_CASES = [RecomputeSufficiencyUseCase, TakeSufficiencySnapshotUseCase];

/**
 * Recomputing and snapshotting sufficiency, shared by apps/matching (the API and dashboard) and
 * apps/workers (the daily snapshot job), which may not import each other.
 */
@Module({
  imports: [PersistenceModule],
  providers: USE_CASES,
  exports: USE_CASES,
})
export class SufficiencyFiguresModule {}
