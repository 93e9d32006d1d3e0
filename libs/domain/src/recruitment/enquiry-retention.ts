import { OPEN_STAGES, type FunnelStage } from './funnel';

/**
 * The stages before an application is sent: enquiry received, contacted, initial visit. Someone
 * who never got past them never applied to foster, so the service has no statutory reason to
 * keep their details (the 10-year case-record rule applies to foster carers and applicants).
 */
export const PRE_APPLICATION_STAGES: readonly FunnelStage[] = OPEN_STAGES.slice(0, OPEN_STAGES.indexOf('application-submitted'));

/** How such an enquiry can end: "not approved" and "approved" both need an application first. */
export const PRE_APPLICATION_ENDINGS: readonly FunnelStage[] = ['withdrawn', 'closed-no-contact'];

/** What retention looks at on one enquiry. */
export interface RetentionFacts {
  readonly stage: FunnelStage;
  /** The stage a closed record closed from; null while it is open. */
  readonly closedFromStage: FunnelStage | null;
  readonly applicationSubmittedAt: Date | null;
  /** The last thing that happened on the record: a move, a contact attempt, a saved answer. */
  readonly lastActivityAt: Date;
  readonly anonymisedAt: Date | null;
}

/** Never became an application: still in, or closed from, one of the stages before it. */
export function neverProgressed(facts: RetentionFacts): boolean {
  if (facts.applicationSubmittedAt !== null) return false;
  if (PRE_APPLICATION_STAGES.includes(facts.stage)) return true;
  return PRE_APPLICATION_ENDINGS.includes(facts.stage) && facts.closedFromStage !== null && PRE_APPLICATION_STAGES.includes(facts.closedFromStage);
}

/** The same instant `months` calendar months earlier (UTC); the 31st falls back to the month's last day. */
export function retentionCutoff(now: Date, months: number): Date {
  const target = new Date(now.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}

/** An enquiry that never progressed and has had nothing happen for `months` is anonymised (once). */
export function isDueForAnonymisation(facts: RetentionFacts, months: number, now: Date): boolean {
  return facts.anonymisedAt === null && neverProgressed(facts) && facts.lastActivityAt.getTime() < retentionCutoff(now, months).getTime();
}
