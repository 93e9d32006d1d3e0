import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PersistenceModule } from '@app/persistence';
import { SufficiencyFiguresModule } from '@app/sufficiency';
import { GetAreaSufficiencyUseCase } from './get-area-sufficiency.use-case';
import { GetSufficiencyTrendsUseCase } from './get-sufficiency-trends.use-case';
import { SufficiencyController } from './sufficiency.controller';
import { CooperativeDefinitionCheck } from './cooperatives/cooperative-definition.check';
import { CooperativesController } from './cooperatives/cooperatives.controller';
import { DefineCooperativeUseCase } from './cooperatives/define-cooperative.use-case';
import { GetCooperativeUseCase } from './cooperatives/get-cooperative.use-case';
import { ListCooperativesUseCase } from './cooperatives/list-cooperatives.use-case';
import { RedefineCooperativeUseCase } from './cooperatives/redefine-cooperative.use-case';
import { RemoveCooperativeUseCase } from './cooperatives/remove-cooperative.use-case';

export const SUFFICIENCY_USE_CASES = [GetAreaSufficiencyUseCase, GetSufficiencyTrendsUseCase];
const COOPERATIVE_USE_CASES = [ListCooperativesUseCase, GetCooperativeUseCase, DefineCooperativeUseCase, RedefineCooperativeUseCase, RemoveCooperativeUseCase];

/** Sufficiency for regional care cooperatives: the JSON/CSV API, snapshots and the cooperatives admin API (the dashboard pages are in pages/sufficiency). */
@Module({
  imports: [AuthModule, PersistenceModule, SufficiencyFiguresModule],
  controllers: [SufficiencyController, CooperativesController],
  providers: [...SUFFICIENCY_USE_CASES, ...COOPERATIVE_USE_CASES, CooperativeDefinitionCheck],
  exports: SUFFICIENCY_USE_CASES,
})
export class SufficiencyModule {}
