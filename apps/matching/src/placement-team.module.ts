import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PersistenceModule } from '@app/persistence';
import { AuditEventsController } from './audit/audit-events.controller';
import { MatchingPolicyController } from './policy/matching-policy.controller';
import { HouseholdsController } from './households/households.controller';
import { RegisterHouseholdUseCase } from './households/register-household.use-case';
import { BookPlacementUseCase } from './placements/book-placement.use-case';
import { EndPlacementUseCase } from './placements/end-placement.use-case';
import { PlacementsController } from './placements/placements.controller';
import { CreateReferralUseCase } from './referrals/create-referral.use-case';
import { GetReferralUseCase } from './referrals/get-referral.use-case';
import { ReferralsController } from './referrals/referrals.controller';
import { FindCandidatesService } from './search/find-candidates.service';
import { MatchContextFactory } from './search/match-context.factory';
import { MatchSearchUseCase } from './search/match-search.use-case';

/** Referrals, the match search and placements: the placement team's whole job. */
@Module({
  imports: [AuthModule, PersistenceModule],
  controllers: [HouseholdsController, ReferralsController, PlacementsController, AuditEventsController, MatchingPolicyController],
  providers: [
    CreateReferralUseCase, GetReferralUseCase, MatchSearchUseCase, FindCandidatesService, MatchContextFactory, BookPlacementUseCase,
    EndPlacementUseCase, RegisterHouseholdUseCase,
  ],
  // The staff pages call the same use cases as the JSON API, so scope rules and the audit trail are one.
  exports: [CreateReferralUseCase, GetReferralUseCase, MatchSearchUseCase, MatchContextFactory, BookPlacementUseCase, EndPlacementUseCase],
})
export class PlacementTeamModule {}
