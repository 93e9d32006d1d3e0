import { parseCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import type { FieldProblem } from '../shared/domain-error';
import type { ApplicationField, ApplicationValues } from './application-fields';
import type { ApplicationSection } from './application-sections';

/** The most text a half-finished answer may keep; a complete one is held to the field's own limit. */
export const DRAFT_MAX_LENGTH = 5000;

export interface SectionCheck {
  readonly values: ApplicationValues;
  readonly problems: readonly FieldProblem[];
}

/** A date answer arrives as three boxes (name-day, name-month, name-year), as the GOV.UK date input sends it. */
export function readAnswers(section: ApplicationSection, form: Readonly<Record<string, unknown>>): ApplicationValues {
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string).trim().slice(0, DRAFT_MAX_LENGTH) : '');
  const values: Record<string, string> = {};
  for (const field of section.fields) {
    if (field.kind === 'date') {
      for (const part of ['day', 'month', 'year']) values[`${field.name}-${part}`] = text(`${field.name}-${part}`).slice(0, 4);
    } else {
      values[field.name] = text(field.name);
    }
  }
  return values;
}

/** Checks every answer of a section against its rules, with GOV.UK-style messages, one per field. */
export function validateSection(section: ApplicationSection, values: ApplicationValues, today: CalendarDate): SectionCheck {
  const problems: FieldProblem[] = [];
  for (const field of section.fields) {
    const problem = checkField(field, values, today);
    if (problem) problems.push({ field: field.kind === 'date' ? `${field.name}-day` : field.name, rule: problem[0], message: problem[1] });
  }
  return { values, problems };
}

function checkField(field: ApplicationField, values: ApplicationValues, today: CalendarDate): [string, string] | null {
  const value = values[field.name] ?? '';
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const required = field.requiredWhen ? values[field.requiredWhen.field] === field.requiredWhen.equals : !field.optional;
      if (!value) return required ? ['required', field.requiredMessage ?? `Enter ${lowerFirst(field.label)}`] : null;
      return value.length > field.maxLength ? ['maxLength', `${withoutOptional(field.label)} must be ${field.maxLength} characters or fewer`] : null;
    }
    case 'number': {
      if (!value) return ['required', `Enter a number: ${lowerFirst(field.label)}`];
      const n = Number(value);
      return /^\d+$/.test(value) && n >= field.min && n <= field.max ? null : ['range', `Enter a whole number from ${field.min} to ${field.max}`];
    }
    case 'choice':
      if (!value) return ['required', `Select an answer: ${lowerFirst(field.label)}`];
      return field.options.some((o) => o.value === value) ? null : ['choice', `Select one of the options: ${lowerFirst(field.label)}`];
    case 'agreement':
      return value === 'yes' ? null : ['required', `Tick the box to agree: ${lowerFirst(field.statement)}`];
    case 'date':
      return checkDate(field.name, field.label, values, today);
  }
}

function checkDate(name: string, label: string, values: ApplicationValues, today: CalendarDate): [string, string] | null {
  const [day, month, year] = ['day', 'month', 'year'].map((p) => values[`${name}-${p}`] ?? '');
  if (!day && !month && !year) return ['required', `Enter your ${lowerFirst(label)}`];
  const date = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)
    ? parseCalendarDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`) : null;
  if (!date) return ['date', `${label} must be a real date`];
  return date < today ? null : ['past', `${label} must be in the past`];
}

/** The date answer as an ISO date, once it has passed its check. */
export function dateAnswer(values: ApplicationValues, name: string): string {
  return `${values[`${name}-year`]}-${values[`${name}-month`].padStart(2, '0')}-${values[`${name}-day`].padStart(2, '0')}`;
}

function lowerFirst(text: string): string {
  const plain = withoutOptional(text);
  return /^[A-Z][a-z]/.test(plain) && !/^(GP|DBS)/.test(plain) ? plain[0].toLowerCase() + plain.slice(1) : plain;
}

function withoutOptional(text: string): string {
  return text.replace(/ \(optional\)$/, '');
}
