import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { policyFingerprint, serviceLevelsFrom, WorkingDayCalendar, type CalendarDate, type FollowUpPolicy } from '@app/domain';

/** Injection token for the configured FollowUpPolicy. */
export const FOLLOW_UP_POLICY = Symbol('FOLLOW_UP_POLICY');

export interface ConfiguredFollowUpPolicy {
  readonly policy: FollowUpPolicy;
  /** Stored with each plan: a plan made under other settings is made again. */
  readonly key: string;
}

export function followUpPolicyFrom(config: HearthConfig): ConfiguredFollowUpPolicy {
  const policy: FollowUpPolicy = {
    levels: serviceLevelsFrom(config),
    calendar: new WorkingDayCalendar(config.extraClosureDates as CalendarDate[]),
    stalledNudgeDays: config.stalledApplicationNudgeDays,
    linkExpiryWarningDays: config.linkExpiryWarningDays,
    deadlineWarningDays: config.deadlineWarningDays,
    panelWarningDays: config.panelWarningDays,
  };
  return { policy, key: `${policyFingerprint(policy)}.${config.extraClosureDates.join('+')}` };
}

export const followUpPolicyProvider = { provide: FOLLOW_UP_POLICY, inject: [HEARTH_CONFIG], useFactory: followUpPolicyFrom };
