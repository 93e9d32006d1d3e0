import type { FollowUpKind } from './follow-up-kind';

/** Who in the recruitment team is named for one applicant: their officer and the team's manager, if any. */
export interface TeamRouting {
  readonly serviceId: string;
  /** The assigned officer, if they are still an active member of the team. */
  readonly assignedOfficerId: string | null;
  readonly teamManagerId: string | null;
}

/** A team message goes to one member of staff, or to the service's shared inbox when no one is named. */
export type TeamRecipient =
  | { readonly kind: 'staff'; readonly id: string; readonly as: 'officer' | 'manager' }
  | { readonly kind: 'team'; readonly id: string };

/** The follow-ups that exist because someone did not act in time: they go over that person's head. */
const ESCALATIONS: ReadonlySet<FollowUpKind> = new Set(['first-contact-escalation']);

/**
 * The person who must act hears first: reminders and warnings go to the assigned officer, an
 * escalation to the team manager (the officer already had the reminder). Where no one is named
 * the service's inbox gets it, so nothing waits on an assignment that was never made.
 */
export function teamRecipientFor(kind: FollowUpKind, routing: TeamRouting): TeamRecipient {
  if (ESCALATIONS.has(kind)) {
    return routing.teamManagerId !== null ? { kind: 'staff', id: routing.teamManagerId, as: 'manager' } : { kind: 'team', id: routing.serviceId };
  }
  return routing.assignedOfficerId !== null ? { kind: 'staff', id: routing.assignedOfficerId, as: 'officer' } : { kind: 'team', id: routing.serviceId };
}
