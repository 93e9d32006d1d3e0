import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PersistenceModule } from '@app/persistence';
import { EnquiriesModule } from '../enquiries/enquiries.module';
import { FunnelModule } from '../funnel/funnel.module';
import { AssignApplicantUseCase } from './assign-applicant.use-case';
import { ListMyInboxUseCase } from './list-my-inbox.use-case';
import { ManageTeamUseCase } from './manage-team.use-case';
import { TeamController } from './team.controller';

/** Recruitment teams, assignment of applicants to officers, and each person's own inbox. */
@Module({
  imports: [AuthModule, PersistenceModule, EnquiriesModule, FunnelModule],
  controllers: [TeamController],
  providers: [ManageTeamUseCase, AssignApplicantUseCase, ListMyInboxUseCase],
})
export class TeamModule {}
