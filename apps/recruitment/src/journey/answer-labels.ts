import type { ContactMethod, ContactTime, HeardFrom, YesNo } from '@app/domain';

/** How each answer reads on the page. Keyed by the domain's values, so a new value needs a label to compile. */
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  email: 'Email',
  phone: 'Phone call',
  sms: 'Text message',
};

export const CONTACT_TIME_LABELS: Record<ContactTime, string> = {
  morning: 'Morning (9am to 12pm)',
  afternoon: 'Afternoon (12pm to 5pm)',
  evening: 'Evening (5pm to 8pm)',
  any: 'Any time',
};

export const HEARD_FROM_LABELS: Record<HeardFrom, string> = {
  'search-engine': 'An internet search',
  'social-media': 'Social media',
  'friend-or-family': 'A friend or family member',
  'foster-carer': 'A foster carer',
  advert: 'An advert',
  event: 'An event',
  'council-website': 'A council website',
  other: 'Somewhere else',
};

export const YES_NO_LABELS: Record<YesNo, string> = { yes: 'Yes', no: 'No' };

/** GOV.UK radio or checkbox items for a set of labelled values. */
export function choiceItems<T extends string>(labels: Record<T, string>): { value: T; text: string }[] {
  return (Object.entries(labels) as [T, string][]).map(([value, text]) => ({ value, text }));
}
