import { PickType } from '@nestjs/swagger';
import { CreateEnquiryRequestDto, EligibilityAnswersDto } from '../enquiries/create-enquiry.request.dto';

/** How a form field's text becomes the value the enquiry's rules check. */
export type FieldKind = 'text' | 'number' | 'choice' | 'choices' | 'agreement';

type EnquiryField = Exclude<keyof CreateEnquiryRequestDto, 'eligibility'>;
type EligibilityField = keyof EligibilityAnswersDto;

export interface FieldSpec {
  readonly name: EnquiryField | EligibilityField;
  readonly kind: FieldKind;
}

/** One question page: its own fields only, checked by the enquiry DTO's own rules and messages. */
export interface QuestionPage {
  readonly slug: string;
  readonly title: string;
  readonly fields: readonly FieldSpec[];
  readonly schema: new () => object;
  /** Eligibility answers are kept apart, as the DTO's nested `eligibility`. */
  readonly group: 'enquiry' | 'eligibility';
}

/** The value a "not sure yet" checkbox sends; it stands for an empty list of interests. */
export const NOT_SURE_YET = 'not-sure-yet';

/** The value a ticked consent checkbox sends. */
export const AGREED = 'yes';

function enquiryPage(slug: string, title: string, fields: [EnquiryField, FieldKind][]): QuestionPage {
  const names = fields.map(([name]) => name);
  return { slug, title, fields: fields.map(([name, kind]) => ({ name, kind })), schema: PickType(CreateEnquiryRequestDto, names), group: 'enquiry' };
}

/** The enquiry questions in the order people answer them; a page is shown only once those before it are answered. */
export const QUESTION_PAGES: readonly QuestionPage[] = [
  {
    slug: 'eligibility',
    title: 'Check if you can foster',
    fields: [{ name: 'aged21OrOver', kind: 'choice' }, { name: 'hasSpareBedroom', kind: 'choice' }, { name: 'livesInEngland', kind: 'choice' }],
    schema: EligibilityAnswersDto,
    group: 'eligibility',
  },
  enquiryPage('name', 'What is your name?', [['firstName', 'text'], ['lastName', 'text']]),
  enquiryPage('contact-details', 'How can we contact you?', [['email', 'text'], ['phone', 'text']]),
  enquiryPage('contact-preferences', 'How and when would you like us to contact you?', [
    ['preferredContactMethod', 'choice'], ['preferredContactTime', 'choice'],
  ]),
  enquiryPage('postcode', 'What is your postcode?', [['postcode', 'text']]),
  enquiryPage('household', 'Who lives in your home?', [
    ['adultsInHousehold', 'number'], ['childrenInHousehold', 'number'], ['spareBedrooms', 'number'],
  ]),
  enquiryPage('types-of-fostering', 'Which children might you foster?', [['interests', 'choices']]),
  enquiryPage('heard-about-us', 'How did you hear about fostering with us?', [['heardFrom', 'choice']]),
  enquiryPage('consent', 'Can we store your details?', [['consentToStore', 'agreement']]),
];

export const QUESTION_SLUGS = QUESTION_PAGES.map((page) => page.slug);

export function questionPage(slug: string): QuestionPage | undefined {
  return QUESTION_PAGES.find((page) => page.slug === slug);
}

/** Where a page's Back link goes: the page before it, or the eligibility outcome before the first question. */
export function previousHref(page: QuestionPage): string {
  const index = QUESTION_PAGES.indexOf(page);
  if (index === 0) return '/';
  return index === 1 ? '/eligibility-result' : `/${QUESTION_PAGES[index - 1].slug}`;
}

/** Where a page's answers lead: the eligibility outcome after the check, then each question, then the answers to check. */
export function nextHref(page: QuestionPage): string {
  const index = QUESTION_PAGES.indexOf(page);
  if (index === 0) return '/eligibility-result';
  return index === QUESTION_PAGES.length - 1 ? '/check-answers' : `/${QUESTION_PAGES[index + 1].slug}`;
}
