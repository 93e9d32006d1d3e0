import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldProblem } from '@app/domain';
import { fieldProblems } from '@app/web';
import { QUESTION_PAGES, type QuestionPage } from './question-pages';

/** The answers so far, shaped like the enquiry DTO (eligibility answers nested under `eligibility`). */
export type JourneyAnswers = Readonly<Record<string, unknown>>;

export interface CheckedPage {
  /** The answers as the rules left them: trimmed, postcode normalised. */
  readonly values: Record<string, unknown>;
  readonly problems: readonly FieldProblem[];
}

function group(page: QuestionPage, answers: JourneyAnswers): Record<string, unknown> {
  const eligibility = answers.eligibility;
  if (page.group === 'enquiry') return answers as Record<string, unknown>;
  return eligibility && typeof eligibility === 'object' ? (eligibility as Record<string, unknown>) : {};
}

/** The saved answers to one page's questions. */
export function savedAnswers(page: QuestionPage, answers: JourneyAnswers): Record<string, unknown> {
  const saved = group(page, answers);
  return Object.fromEntries(page.fields.map((field) => [field.name, saved[field.name]]));
}

export function withPageAnswers(page: QuestionPage, answers: JourneyAnswers, values: Record<string, unknown>): JourneyAnswers {
  if (page.group === 'enquiry') return { ...answers, ...values };
  return { ...answers, eligibility: { ...group(page, answers), ...values } };
}

/** Checks one page's answers with the enquiry DTO's own rules, so the pages and the API never disagree. */
export async function checkPage(page: QuestionPage, candidate: Record<string, unknown>): Promise<CheckedPage> {
  const instance = plainToInstance(page.schema, candidate) as Record<string, unknown>;
  const errors = await validate(instance, { validationError: { target: false, value: false } });
  const values = Object.fromEntries(page.fields.map((field) => [field.name, instance[field.name]]));
  return { values, problems: fieldProblems(errors) };
}

/**
 * The first page, before `until` (or anywhere), whose saved answers are missing or no longer
 * pass the rules; null when all are answered. Later pages send people back to it.
 */
export async function firstUnansweredPage(answers: JourneyAnswers, until?: QuestionPage): Promise<QuestionPage | null> {
  for (const page of QUESTION_PAGES) {
    if (page === until) return null;
    const { problems } = await checkPage(page, savedAnswers(page, answers));
    if (problems.length > 0) return page;
  }
  return null;
}
