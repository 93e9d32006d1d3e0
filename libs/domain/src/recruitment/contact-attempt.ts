/** How a recruitment officer tried to reach someone. */
export const CONTACT_CHANNELS = ['phone', 'email', 'sms', 'letter', 'in-person'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** What came of a contact attempt; only `reached` counts as contact made. */
export const CONTACT_OUTCOMES = ['reached', 'no-answer', 'left-message', 'wrong-details', 'asked-to-call-back'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export function isUnanswered(outcome: ContactOutcome): boolean {
  return outcome !== 'reached';
}
