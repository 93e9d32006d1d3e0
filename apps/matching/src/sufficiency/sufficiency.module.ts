import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PersistenceModule } from '@app/persistence';
import { GetAreaSufficiencyUseCase } from './get-area-sufficiency.use-case';
import { GetSufficiencyTrendsUseCase } from './get-sufficiency-trends.use-case';
import { RecomputeSufficiencyUseCase } from './recompute-sufficiency.use-case';
import { SufficiencyController } from './sufficiency.controller';
import { TakeSufficiencySnapshotUseCase } from './take-sufficiency-snapshot.use-case';

export const SUFFICIENCY_USE_CASES = [RecomputeSufficiencyUseCase, GetAreaSufficiencyUseCase, GetSufficiencyTrendsUseCase, TakeSufficiencySnapshotUseCase];

/** Sufficiency for regional care cooperatives: the JSON/CSV API and snapshots (the dashboard pages are in pages/sufficiency). */
@Module({
  imports: [AuthModule, PersistenceModule],
  controllers: [SufficiencyController],
  providers: SUFFICIENCY_USE_CASES,
  exports: SUFFICIENCY_USE_CASES,
})
export class SufficiencyModule {}
