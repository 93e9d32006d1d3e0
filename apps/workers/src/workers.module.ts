import { Module } from '@nestjs/common';
import { systemClock } from '@app/domain';
import { NotifyModule } from '@app/notify';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';
import { SufficiencyFiguresModule } from '@app/sufficiency';
import { SendApplicationLinkUseCase } from './applications/send-application-link.use-case';
import { followUpPolicyProvider } from './follow-ups/follow-up-policy';
import { PlanBatcher, SendBatcher } from './batching/follow-up-batchers';
import { PlanEnquiryFollowUpsUseCase } from './follow-ups/plan-enquiry-follow-ups.use-case';
import { RefreshFollowUpPlansUseCase } from './follow-ups/refresh-follow-up-plans.use-case';
import { SendFollowUpUseCase } from './follow-ups/send-follow-up.use-case';
import { JOB_PROCESSORS } from './processors/job-processor';
import { PlanEnquiryFollowUpsProcessor } from './processors/plan-enquiry-follow-ups.processor';
import { RefreshFollowUpPlansProcessor } from './processors/refresh-follow-up-plans.processor';
import { SendApplicationLinkProcessor } from './processors/send-application-link.processor';
import { SendFollowUpProcessor } from './processors/send-follow-up.processor';
import { TakeSufficiencySnapshotProcessor } from './processors/take-sufficiency-snapshot.processor';
import { AnonymiseStaleEnquiriesProcessor } from './processors/anonymise-stale-enquiries.processor';
import { PurgeDispatchedOutboxProcessor } from './processors/purge-dispatched-outbox.processor';
import { RecoverLinkRequestsProcessor } from './processors/recover-link-requests.processor';
import { AnonymiseStaleEnquiriesUseCase } from './housekeeping/anonymise-stale-enquiries.use-case';
import { HousekeepingSchedules } from './housekeeping/housekeeping-schedules';
import { PurgeDispatchedOutboxUseCase } from './housekeeping/purge-dispatched-outbox.use-case';
import { RecoverLinkRequestsUseCase } from './housekeeping/recover-link-requests.use-case';
import { QueueRegistry } from './queues/queue-registry';
import { WorkerHost } from './queues/worker-host';
import { FollowUpScheduler } from './relay/follow-up-scheduler';
import { NotificationDelivery } from './relay/notification-delivery';
import { OutboxRelay } from './relay/outbox-relay';
import { SufficiencySnapshotSchedule } from './sufficiency/sufficiency-snapshot-schedule';
import { WORKER_CLOCK } from './worker-clock';

const PROCESSORS = [PlanEnquiryFollowUpsProcessor, SendFollowUpProcessor, SendApplicationLinkProcessor, RefreshFollowUpPlansProcessor,
  TakeSufficiencySnapshotProcessor, PurgeDispatchedOutboxProcessor, AnonymiseStaleEnquiriesProcessor, RecoverLinkRequestsProcessor];

/** Background processors (no HTTP): the outbox relay, the follow-up scheduler and the BullMQ processors. */
@Module({
  imports: [PersistenceModule, RedisModule, NotifyModule, SufficiencyFiguresModule],
  providers: [
    { provide: WORKER_CLOCK, useValue: systemClock },
    followUpPolicyProvider,
    PlanEnquiryFollowUpsUseCase, PlanBatcher, SendFollowUpUseCase, SendBatcher, RefreshFollowUpPlansUseCase, SendApplicationLinkUseCase,
    ...PROCESSORS,
    { provide: JOB_PROCESSORS, inject: PROCESSORS, useFactory: (...processors: unknown[]) => processors },
    QueueRegistry, OutboxRelay, FollowUpScheduler, NotificationDelivery, WorkerHost,
    SufficiencySnapshotSchedule,
    PurgeDispatchedOutboxUseCase, AnonymiseStaleEnquiriesUseCase, RecoverLinkRequestsUseCase, HousekeepingSchedules,
  ],
  exports: [QueueRegistry, OutboxRelay, FollowUpScheduler, PlanEnquiryFollowUpsUseCase, SendFollowUpUseCase, RefreshFollowUpPlansUseCase],
})
export class WorkersModule {}
