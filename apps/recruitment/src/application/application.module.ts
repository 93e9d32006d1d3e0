import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PersistenceModule } from '@app/persistence';
import { GovukViews } from '@app/web';
import { EnquiriesModule } from '../enquiries/enquiries.module';
import { FunnelModule } from '../funnel/funnel.module';
import { JourneySessionStore } from '../journey/journey-session.store';
import { CsrfGuard } from '../journey/csrf.guard';
import { createRecruitmentViews } from '../recruitment-views';
import { ApplicantLinkResolver } from './applicant-link.resolver';
import { ApplicationCsrfGuard } from './application-csrf.guard';
import { ApplicationFormService } from './application-form.service';
import { ApplicationPagesController } from './application-pages.controller';
import { ApplicationSessionStore } from './application-session.store';
import { IssueApplicationLinkUseCase } from './issue-application-link.use-case';
import { NewLinkController } from './new-link.controller';
import { OpenApplicationLinkUseCase } from './open-application-link.use-case';
import { RequestNewLinkUseCase } from './request-new-link.use-case';
import { RevokeApplicationLinkUseCase } from './revoke-application-link.use-case';
import { StaffApplicationController } from './staff-application.controller';
import { SubmitApplicationUseCase } from './submit-application.use-case';

/** The full application to foster: secure links, the applicant's pages, and the team's link controls. */
@Module({
  imports: [AuthModule, PersistenceModule, EnquiriesModule, FunnelModule],
  controllers: [NewLinkController, ApplicationPagesController, StaffApplicationController],
  providers: [
    ApplicantLinkResolver, ApplicationCsrfGuard, ApplicationFormService, ApplicationSessionStore, IssueApplicationLinkUseCase,
    OpenApplicationLinkUseCase, RequestNewLinkUseCase, RevokeApplicationLinkUseCase, SubmitApplicationUseCase,
    JourneySessionStore, CsrfGuard, { provide: GovukViews, useFactory: createRecruitmentViews },
  ],
})
export class ApplicationModule {}
