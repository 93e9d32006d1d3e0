import { Module } from '@nestjs/common';
import { systemClock } from '@app/domain';
import { NotifyModule } from '@app/notify';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';
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
import { QueueRegistry } from './queues/queue-registry';
import { WorkerHost } from './queues/worker-host';
import { FollowUpScheduler } from './relay/follow-up-scheduler';
import { NotificationDelivery } from './relay/notification-delivery';
import { OutboxRelay } from './relay/outbox-relay';
import { WORKER_CLOCK } from './worker-clock';

const PROCESSORS = [PlanEnquiryFollowUpsProcessor, SendFollowUpProcessor, SendApplicationLinkProcessor, RefreshFollowUpPlansProcessor];

/** Background processors (no HTTP): the outbox relay, the follow-up scheduler and the BullMQ processors. */
@Module({
  imports: [PersistenceModule, RedisModule, NotifyModule],
  providers: [
    { provide: WORKER_CLOCK, useValue: systemClock },
    followUpPolicyProvider,
    PlanEnquiryFollowUpsUseCase, PlanBatcher, SendFollowUpUseCase, SendBatcher, RefreshFollowUpPlansUseCase, SendApplicationLinkUseCase,
    ...PROCESSORS,
    { provide: JOB_PROCESSORS, inject: PROCESSORS, useFactory: (...processors: unknown[]) => processors },
    QueueRegistry, OutboxRelay, FollowUpScheduler, NotificationDelivery, WorkerHost,
  ],
  exports: [QueueRegistry, OutboxRelay, FollowUpScheduler, PlanEnquiryFollowUpsUseCase, SendFollowUpUseCase, RefreshFollowUpPlansUseCase],
})
export class WorkersModule {}
