import { Inject, Injectable } from '@nestjs/common';
import { composeFollowUpMessage, decideFollowUp, isFollowUpKind, type Clock, type FollowUpKind } from '@app/domain';
import { NOTIFIER, type Notifier } from '@app/notify';
import {
  FollowUpRepository, NotificationRepository, UnitOfWork, type FollowUpRecord, type FollowUpSettlement, type FollowUpSubjectRecord,
  type NewNotification,
} from '@app/persistence';
import { WORKER_CLOCK } from '../worker-clock';
import { FOLLOW_UP_POLICY, type ConfiguredFollowUpPolicy } from './follow-up-policy';
import { toFollowUpFacts, toFollowUpSubject, toNotification } from './follow-up-subject';

export type SendOutcome = 'sent' | 'skipped' | 'rescheduled' | 'already-done' | 'not-found';

export class UnknownFollowUpKindError extends Error {}

const OUTCOME = { sent: 'sent', skipped: 'skipped', wait: 'rescheduled' } as const;

/**
 * Follow-ups came due. With their rows locked, the rules decide on each applicant as they stand
 * now: the message is recorded under its idempotency key and the follow-up marked sent in the same
 * transaction, or it is skipped with the reason, or moved to its new time.
 */
@Injectable()
export class SendFollowUpUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly followUps: FollowUpRepository,
    private readonly notifications: NotificationRepository,
    @Inject(FOLLOW_UP_POLICY) private readonly configured: ConfiguredFollowUpPolicy,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    @Inject(WORKER_CLOCK) private readonly clock: Clock,
  ) {}

  async execute(followUpId: string): Promise<SendOutcome> {
    return (await this.executeMany([followUpId])).get(followUpId)!;
  }

  executeMany(followUpIds: readonly string[]): Promise<Map<string, SendOutcome>> {
    return this.unitOfWork.run(async (em) => {
      const outcomes = new Map<string, SendOutcome>(followUpIds.map((id) => [id, 'not-found']));
      const locked = await this.followUps.lockMany(em, [...new Set(followUpIds)]);
      const pending = locked.filter((f) => {
        if (f.status !== 'pending') outcomes.set(f.id, 'already-done');
        return f.status === 'pending';
      });
      const unknown = pending.find((f) => !isFollowUpKind(f.kind));
      if (unknown) throw new UnknownFollowUpKindError(`follow-up ${unknown.id} has an unknown kind`);
      const subjects = new Map((await this.followUps.findSubjects([...new Set(pending.map((f) => f.enquiryId))], em)).map((r) => [r.enquiryId, r]));
      const settlements: FollowUpSettlement[] = [];
      const messages: NewNotification[] = [];
      for (const f of pending) {
        const subject = subjects.get(f.enquiryId);
        if (!subject) continue;
        const settlement = this.decide(f, subject);
        if (settlement.action === 'sent') messages.push(this.message(f, subject));
        settlements.push(settlement);
        outcomes.set(f.id, OUTCOME[settlement.action]);
      }
      await this.notifications.record(em, messages);
      await this.followUps.settle(em, settlements);
      return outcomes;
    });
  }

  private decide(f: FollowUpRecord, subject: FollowUpSubjectRecord): FollowUpSettlement {
    const decision = decideFollowUp({ kind: f.kind as FollowUpKind, sequence: f.sequence }, toFollowUpFacts(subject), this.configured.policy, this.clock.now());
    switch (decision.action) {
      case 'send': return { id: f.id, action: 'sent' };
      case 'skip': return { id: f.id, action: 'skipped', reason: decision.reason };
      case 'wait': return { id: f.id, action: 'wait', dueAt: decision.dueAt };
    }
  }

  private message(f: FollowUpRecord, subject: FollowUpSubjectRecord): NewNotification {
    const message = composeFollowUpMessage({ kind: f.kind as FollowUpKind, sequence: f.sequence, dueAt: f.dueAt }, toFollowUpSubject(subject), this.configured.policy);
    return toNotification(message, subject, this.notifier.initialDelivery);
  }
}
