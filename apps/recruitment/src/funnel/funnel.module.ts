import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PersistenceModule } from '@app/persistence';
import { EnquiriesModule } from '../enquiries/enquiries.module';
import { ApplicantAccess } from './applicant-access';
import { ApplicantView } from './applicant-view';
import { ApprovedHouseholdService } from './approved-household.service';
import { TemporaryApprovalUseCase } from './temporary-approval.use-case';
import { DataProtectionController } from '../data-protection/data-protection.controller';
import { DataProtectionUseCase } from '../data-protection/data-protection.use-case';
import { ApplicantsController } from './applicants.controller';
import { AssessmentController } from './assessment.controller';
import { RecordAssessmentUseCase } from './record-assessment.use-case';
import { FunnelReportController } from './funnel-report.controller';
import { FunnelReportUseCase } from './funnel-report.use-case';
import { GetApplicantUseCase } from './get-applicant.use-case';
import { MoveApplicantUseCase } from './move-applicant.use-case';
import { RecordContactAttemptUseCase } from './record-contact-attempt.use-case';
import { WorkQueueUseCase } from './work-queue.use-case';

/** The recruitment funnel for the team: work queue, applicants, moves and contact attempts. */
@Module({
  imports: [AuthModule, PersistenceModule, EnquiriesModule],
  controllers: [ApplicantsController, AssessmentController, FunnelReportController, DataProtectionController],
  exports: [ApplicantAccess, ApplicantView],
  providers: [ApplicantAccess, ApplicantView, GetApplicantUseCase, MoveApplicantUseCase, RecordContactAttemptUseCase, WorkQueueUseCase, FunnelReportUseCase, RecordAssessmentUseCase,
    ApprovedHouseholdService, TemporaryApprovalUseCase, DataProtectionUseCase],
})
export class FunnelModule {}
