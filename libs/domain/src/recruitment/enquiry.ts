import type { FosteringInterest } from './fostering-interest';

export const CONTACT_METHODS = ['email', 'phone', 'sms'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const CONTACT_TIMES = ['morning', 'afternoon', 'evening', 'any'] as const;
export type ContactTime = (typeof CONTACT_TIMES)[number];

export const HEARD_FROM = [
  'search-engine',
  'social-media',
  'friend-or-family',
  'foster-carer',
  'advert',
  'event',
  'council-website',
  'other',
] as const;
export type HeardFrom = (typeof HEARD_FROM)[number];

/** Bounds a real household stays within; anything beyond is a typing mistake. */
export const HOUSEHOLD_LIMITS = { adults: { min: 1, max: 10 }, children: { min: 0, max: 15 }, spareBedrooms: { min: 0, max: 10 } };

/** What a member of the public tells us when they enquire. */
export interface EnquiryAnswers {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
  readonly postcode: string;
  readonly preferredContactMethod: ContactMethod;
  readonly preferredContactTime: ContactTime;
  readonly adultsInHousehold: number;
  readonly childrenInHousehold: number;
  readonly spareBedrooms: number;
  readonly interests: readonly FosteringInterest[];
  readonly heardFrom: HeardFrom;
  readonly consentToStore: true;
}
