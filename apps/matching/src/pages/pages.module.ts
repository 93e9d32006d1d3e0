import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { GovukViews } from '@app/web';
import { PlacementTeamModule } from '../placement-team.module';
import { MatchPagesController } from './matches/match-pages.controller';
import { MatchPagesService } from './matches/match-pages.service';
import { createMatchingViews } from './matching-views';
import { PageRenderer } from './page-renderer';
import { GetPlacementUseCase } from './placements/get-placement.use-case';
import { ListReferralPlacementsUseCase } from './placements/list-referral-placements.use-case';
import { PlacementPagesController } from './placements/placement-pages.controller';
import { PlacementPagesService } from './placements/placement-pages.service';
import { ListReferralsUseCase } from './referrals/list-referrals.use-case';
import { ReferralPagesController } from './referrals/referral-pages.controller';
import { ReferralPagesService } from './referrals/referral-pages.service';
import { StaffPageGuard } from './session/staff-page.guard';
import { StaffSessionStore } from './session/staff-session.store';
import { GetShortlistUseCase } from './shortlist/get-shortlist.use-case';
import { ShortlistHomeUseCase } from './shortlist/shortlist-home.use-case';
import { OidcSignInService } from './sign-in/oidc-sign-in.service';
import { SignInPagesService } from './sign-in/sign-in-pages.service';
import { SignInController } from './sign-in/sign-in.controller';

/** GOV.UK-style pages for placement officers: sign in, referrals, the match search, compare, shortlist, book, end. */
@Module({
  // The JSON API's use cases, called directly (never over HTTP), so scope rules and the audit trail are the same.
  imports: [PersistenceModule, PlacementTeamModule],
  controllers: [SignInController, ReferralPagesController, MatchPagesController, PlacementPagesController],
  providers: [
    ListReferralsUseCase, GetShortlistUseCase, ShortlistHomeUseCase, GetPlacementUseCase, ListReferralPlacementsUseCase,
    { provide: GovukViews, useFactory: createMatchingViews }, PageRenderer, StaffSessionStore, StaffPageGuard, OidcSignInService,
    SignInPagesService, ReferralPagesService, MatchPagesService, PlacementPagesService,
  ],
})
export class PagesModule {}
