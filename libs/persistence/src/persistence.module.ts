import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';
import { ApplicantFunnelRepository } from './repositories/applicant-funnel.repository';
import { ApplicationRepository } from './repositories/application.repository';
import { AssessmentCheckRepository } from './repositories/assessment-check.repository';
import { HouseholdRepository } from './repositories/household.repository';
import { ReferralRepository } from './repositories/referral.repository';
import { AuditTrailRepository } from './repositories/audit-trail.repository';
import { MatchingPolicyRepository } from './repositories/matching-policy.repository';
import { PlacementRepository } from './repositories/placement.repository';
import { PersonalDataRepository } from './repositories/personal-data.repository';
import { CouncilRepository } from './repositories/council.repository';
import { EnquiryRepository } from './repositories/enquiry.repository';
import { FunnelReportRepository } from './repositories/funnel-report.repository';
import { FosteringServiceRepository } from './repositories/fostering-service.repository';
import { OutboxRepository } from './repositories/outbox.repository';
import { PostcodeLocationRepository } from './repositories/postcode-location.repository';
import { WorkQueueRepository } from './repositories/work-queue.repository';
import { UnitOfWork } from './unit-of-work';
import { SufficiencyRepository } from './repositories/sufficiency.repository';
import { SufficiencySnapshotRepository } from './repositories/sufficiency-snapshot.repository';
import { CooperativeRepository } from './repositories/cooperative.repository';
import { ReferralShortlistRepository } from './repositories/referral-shortlist.repository';
import { FollowUpRepository } from './repositories/follow-up.repository';
import { NotificationRepository } from './repositories/notification.repository';
import { OutboxRelayRepository } from './repositories/outbox-relay.repository';
import { EnquiryRetentionRepository } from './repositories/enquiry-retention.repository';
import { OutboxHousekeepingRepository } from './repositories/outbox-housekeeping.repository';
import { TeamMemberRepository } from './repositories/team-member.repository';

const REPOSITORIES = [UnitOfWork, CouncilRepository, EnquiryRepository, FosteringServiceRepository, OutboxRepository, PostcodeLocationRepository,
  ApplicantFunnelRepository, WorkQueueRepository, FunnelReportRepository, ApplicationRepository,
  AssessmentCheckRepository, HouseholdRepository, ReferralRepository, AuditTrailRepository,
  MatchingPolicyRepository, PlacementRepository, PersonalDataRepository, FollowUpRepository, NotificationRepository, OutboxRelayRepository,
  ReferralShortlistRepository, SufficiencyRepository, SufficiencySnapshotRepository, CooperativeRepository,
  EnquiryRetentionRepository, OutboxHousekeepingRepository, TeamMemberRepository];

/** The database connection and the repositories; the raw DataSource is not exported to features. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [HEARTH_CONFIG],
      useFactory: (config: HearthConfig) =>
        dataSourceOptions({ url: config.databaseUrl, poolSize: config.databasePoolSize, applicationName: 'hearth' }),
    }),
  ],
  providers: REPOSITORIES,
  exports: REPOSITORIES,
})
export class PersistenceModule {}
