import { Inject, Injectable } from '@nestjs/common';
import { composeFollowUpMessage, IMMEDIATE_KINDS, planFollowUps } from '@app/domain';
import { NOTIFIER, type Notifier } from '@app/notify';
import { FollowUpRepository, type FollowUpPlanRecord, type FollowUpSubjectRecord } from '@app/persistence';
import { JOB_PRIORITY } from '@app/queue';
import { FOLLOW_UP_POLICY, type ConfiguredFollowUpPolicy } from './follow-up-policy';
import { toFollowUpFacts, toFollowUpSubject, toNotification } from './follow-up-subject';

export type PlanOutcome = 'planned' | 'enquiry-not-found';

/**
 * Works out applicants' follow-ups and stores them, sending at once those due at once (the
 * acknowledgement): the follow-ups, the messages and each plan's version commit together, in one
 * statement for the whole batch.
 */
@Injectable()
export class PlanEnquiryFollowUpsUseCase {
  constructor(
    private readonly followUps: FollowUpRepository,
    @Inject(FOLLOW_UP_POLICY) private readonly configured: ConfiguredFollowUpPolicy,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  async execute(enquiryId: string): Promise<PlanOutcome> {
    return (await this.executeMany([enquiryId])).get(enquiryId)!;
  }

  async executeMany(enquiryIds: readonly string[]): Promise<Map<string, PlanOutcome>> {
    const unique = [...new Set(enquiryIds)].sort();
    const records = await this.followUps.findSubjects(unique);
    if (records.length > 0) await this.followUps.savePlans(records.map((r) => this.planFor(r)));
    const found = new Set(records.map((r) => r.enquiryId));
    return new Map(unique.map((id) => [id, found.has(id) ? 'planned' : 'enquiry-not-found']));
  }

  private planFor(record: FollowUpSubjectRecord): FollowUpPlanRecord {
    const { policy, key } = this.configured;
    const plan = planFollowUps(toFollowUpFacts(record), policy);
    // Due at once by definition: not compared with a clock, which may run a little behind the database's.
    const atOnce = plan.filter((p) => IMMEDIATE_KINDS.includes(p.kind));
    const subject = toFollowUpSubject(record);
    return {
      enquiryId: record.enquiryId,
      plannedVersion: record.version,
      policyKey: key,
      priority: record.priority === 'shortage' ? JOB_PRIORITY.shortage : JOB_PRIORITY.standard,
      followUps: plan.map((p) => ({ ...p, sent: atOnce.includes(p) })),
      notifications: atOnce.map((p) => toNotification(composeFollowUpMessage(p, subject, policy), record, this.notifier.initialDelivery)),
    };
  }
}
