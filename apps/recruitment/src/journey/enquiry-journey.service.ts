import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { assessEligibility, DomainError, type EligibilityAnswers, type FieldProblem } from '@app/domain';
import { govukFormErrors } from '@app/web';
import { CreateEnquiryRequestDto } from '../enquiries/create-enquiry.request.dto';
import { CreateEnquiryUseCase } from '../enquiries/create-enquiry.use-case';
import { WHAT_HAPPENS_NEXT } from '../enquiries/enquiry.responses';
import { checkAnswersSections } from './check-answers.rows';
import { candidateFrom, savedValues, typedValues } from './form-values';
import { checkPage, firstUnansweredPage, savedAnswers, withPageAnswers } from './journey-answers';
import { afterSubmission, hasAnswers, withAnswers, withNewIdempotencyKey, type JourneySession } from './journey-session';
import { nextHref, previousHref, QUESTION_PAGES, questionPage, type QuestionPage } from './question-pages';

/** What a journey request leads to: a page, or another address; either may update the session. */
export type JourneyStep =
  | { readonly redirect: string; readonly session?: JourneySession }
  | { readonly view: string; readonly context: Record<string, unknown>; readonly status?: number; readonly session?: JourneySession };

const ELIGIBILITY = QUESTION_PAGES[0];
const LAST = QUESTION_PAGES[QUESTION_PAGES.length - 1];

/** The enquiry journey's decisions: which page to show, what to save, where to go next. */
@Injectable()
export class EnquiryJourneyService {
  constructor(private readonly createEnquiry: CreateEnquiryUseCase) {}

  async showQuestion(slug: string, session: JourneySession, change: boolean): Promise<JourneyStep> {
    const page = questionPage(slug)!;
    const unanswered = await firstUnansweredPage(session.answers, page);
    if (unanswered) return { redirect: `/${unanswered.slug}`, session };
    return this.questionView(page, session, savedValues(page, savedAnswers(page, session.answers)), change, [], 200);
  }

  async answerQuestion(slug: string, session: JourneySession, body: unknown, change: boolean): Promise<JourneyStep> {
    const page = questionPage(slug)!;
    const unanswered = await firstUnansweredPage(session.answers, page);
    if (unanswered) return { redirect: `/${unanswered.slug}` };
    const { values, problems } = await checkPage(page, candidateFrom(page, body));
    if (problems.length > 0) return this.questionView(page, session, typedValues(page, body), change, problems, 400);
    const saved = withAnswers(session, withPageAnswers(page, session.answers, values));
    if (page === ELIGIBILITY) return { redirect: change ? '/eligibility-result?change=true' : '/eligibility-result', session: saved };
    return { redirect: change ? '/check-answers' : nextHref(page), session: saved };
  }

  async eligibilityResult(session: JourneySession, change: boolean): Promise<JourneyStep> {
    const { values, problems } = await checkPage(ELIGIBILITY, savedAnswers(ELIGIBILITY, session.answers));
    if (problems.length > 0) return { redirect: '/eligibility' };
    const outcome = assessEligibility(values as unknown as EligibilityAnswers);
    const context = { pageTitle: outcome.likelyEligible ? 'You may be able to foster' : 'You may not be able to foster yet', outcome };
    return { view: 'eligibility-result.njk', context: { ...context, backLink: '/eligibility', continueHref: change ? '/check-answers' : '/name' } };
  }

  async checkAnswers(session: JourneySession): Promise<JourneyStep> {
    const unanswered = await firstUnansweredPage(session.answers);
    if (unanswered) return { redirect: `/${unanswered.slug}`, session };
    const context = { pageTitle: 'Check your answers before sending your enquiry', sections: checkAnswersSections(session.answers) };
    return { view: 'check-answers.njk', context: { ...context, backLink: `/${LAST.slug}`, csrfToken: session.csrfToken }, session };
  }

  /** A repeated or double-clicked submission reuses the session's idempotency key, so it creates no second enquiry. */
  async submit(session: JourneySession): Promise<JourneyStep> {
    if (session.reference && !hasAnswers(session)) return { redirect: '/confirmation' };
    const unanswered = await firstUnansweredPage(session.answers);
    if (unanswered) return { redirect: `/${unanswered.slug}` };
    const answers = plainToInstance(CreateEnquiryRequestDto, session.answers);
    try {
      const created = await this.createEnquiry.execute({ answers, channel: 'web-form', idempotencyKey: session.idempotencyKey });
      return { redirect: '/confirmation', session: afterSubmission(session, created.reference) };
    } catch (error) {
      // An earlier send went through but its answer never reached the browser, and the answers
      // changed since. Back to the answers with a new key, kept in the cookie before the next
      // send, so that pressing send again makes exactly one new enquiry.
      if (!(error instanceof DomainError && error.code === 'ENQUIRY.IDEMPOTENCY_KEY_REUSED')) throw error;
      return { redirect: '/check-answers', session: withNewIdempotencyKey(session) };
    }
  }

  confirmation(session: JourneySession | null): JourneyStep {
    if (!session?.reference) return { redirect: '/' };
    return { view: 'confirmation.njk', context: { pageTitle: 'Enquiry sent', reference: session.reference, whatHappensNext: WHAT_HAPPENS_NEXT } };
  }

  private questionView(
    page: QuestionPage, session: JourneySession, values: Record<string, unknown>, change: boolean, problems: readonly FieldProblem[], status: number,
  ): JourneyStep {
    const errors = govukFormErrors(problems, page.fields.map((field) => field.name));
    const context = { pageTitle: page.title, values, errors, csrfToken: session.csrfToken, backLink: change ? '/check-answers' : previousHref(page) };
    return { view: `questions/${page.slug}.njk`, context, status, session };
  }
}
