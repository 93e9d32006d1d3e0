import { FOSTERING_INTEREST_LABELS, type FosteringInterest } from '@app/domain';
import { CONTACT_METHOD_LABELS, CONTACT_TIME_LABELS, HEARD_FROM_LABELS, YES_NO_LABELS } from './answer-labels';
import type { JourneyAnswers } from './journey-answers';

interface SummaryRow {
  readonly key: { readonly text: string };
  readonly value: { readonly text?: string; readonly html?: string };
  readonly actions: { readonly items: readonly { readonly href: string; readonly text: string; readonly visuallyHiddenText: string }[] };
}

export interface AnswersSection {
  readonly heading: string;
  readonly rows: readonly SummaryRow[];
}

function row(key: string, value: SummaryRow['value'], slug: string): SummaryRow {
  // "?change=true" brings the person back here once the page is saved.
  return { key: { text: key }, value, actions: { items: [{ href: `/${slug}?change=true`, text: 'Change', visuallyHiddenText: key.toLowerCase() }] } };
}

function label<T extends string>(labels: Record<T, string>, value: unknown): string {
  return labels[value as T] ?? String(value);
}

/** The interests come from a fixed list of labels, so this HTML holds no text a person typed. */
function interestsHtml(interests: unknown): { text?: string; html?: string } {
  const list = Array.isArray(interests) ? (interests as FosteringInterest[]) : [];
  if (list.length === 0) return { text: 'Not sure yet' };
  const items = list.map((interest) => `<li>${FOSTERING_INTEREST_LABELS[interest]}</li>`).join('');
  return { html: `<ul class="govuk-list">${items}</ul>` };
}

/** Every answer, grouped as the summary lists show them, each with a Change link to its page. */
export function checkAnswersSections(answers: JourneyAnswers): AnswersSection[] {
  const a = answers as Record<string, unknown>;
  const e = (answers.eligibility ?? {}) as Record<string, unknown>;
  return [
    { heading: 'Eligibility', rows: [
      row('Aged 21 or over', { text: label(YES_NO_LABELS, e.aged21OrOver) }, 'eligibility'),
      row('Spare bedroom', { text: label(YES_NO_LABELS, e.hasSpareBedroom) }, 'eligibility'),
      row('Lives in England', { text: label(YES_NO_LABELS, e.livesInEngland) }, 'eligibility'),
    ] },
    { heading: 'About you', rows: [
      row('Name', { text: `${String(a.firstName)} ${String(a.lastName)}` }, 'name'),
      row('Email address', { text: String(a.email) }, 'contact-details'),
      row('Telephone number', { text: String(a.phone) }, 'contact-details'),
      row('How to contact you', { text: label(CONTACT_METHOD_LABELS, a.preferredContactMethod) }, 'contact-preferences'),
      row('When to contact you', { text: label(CONTACT_TIME_LABELS, a.preferredContactTime) }, 'contact-preferences'),
      row('Postcode', { text: String(a.postcode) }, 'postcode'),
    ] },
    { heading: 'Your home', rows: [
      row('Adults', { text: String(a.adultsInHousehold) }, 'household'),
      row('Children', { text: String(a.childrenInHousehold) }, 'household'),
      row('Spare bedrooms', { text: String(a.spareBedrooms) }, 'household'),
    ] },
    { heading: 'Fostering', rows: [
      row('Children you might foster', interestsHtml(a.interests), 'types-of-fostering'),
      row('How you heard about us', { text: label(HEARD_FROM_LABELS, a.heardFrom) }, 'heard-about-us'),
      row('Consent to store your details', { text: a.consentToStore === true ? 'Yes' : 'No' }, 'consent'),
    ] },
  ];
}
