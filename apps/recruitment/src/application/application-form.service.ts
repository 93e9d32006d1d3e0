import { Injectable } from '@nestjs/common';
import {
  APPLICANT_STAGE_TEXT, APPLICATION_SECTIONS, applicationSection, completedCount, londonDate, readAnswers, readyToSubmit, statusOf,
  validateSection, type ApplicationSection, type FieldProblem, type FunnelStage, type SectionStatuses,
} from '@app/domain';
import { ApplicationRepository, EnquiryRepository } from '@app/persistence';
import { govukFormErrors } from '@app/web';
import type { JourneyStep } from '../journey/enquiry-journey.service';
import { RecruitmentClocks } from '../recruitment-clocks';
import { summaryRows } from './answer-display';
import type { ApplicantContext } from './applicant-link.resolver';

const STATUS_TEXT = { 'not-started': 'Not yet started', 'in-progress': 'In progress', completed: 'Completed' } as const;
const STATUS_TAG = { 'not-started': 'govuk-tag--blue', 'in-progress': 'govuk-tag--light-blue', completed: '' } as const;

/** The applicant's pages: task list, one page per section (save and return), check answers, status. */
@Injectable()
export class ApplicationFormService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly enquiries: EnquiryRepository,
    private readonly clocks: RecruitmentClocks,
  ) {}

  async taskList(who: ApplicantContext): Promise<JourneyStep> {
    const application = await this.applications.find(who.enquiryId);
    if (application?.submittedAt) return { redirect: '/application/status' };
    const statuses = (application?.statuses ?? {}) as SectionStatuses;
    const items = APPLICATION_SECTIONS.map((s) => {
      const status = statusOf(statuses, s.id);
      const text = STATUS_TEXT[status];
      return { title: { text: s.title }, href: `/application/${s.id}`, status: status === 'completed' ? { text } : { tag: { text, classes: STATUS_TAG[status] } } };
    });
    const context = { pageTitle: 'Your application to foster', items, completed: completedCount(statuses), total: APPLICATION_SECTIONS.length, ready: readyToSubmit(statuses) };
    return { view: 'application/task-list.njk', context };
  }

  async showSection(who: ApplicantContext, sectionId: string, change = false): Promise<JourneyStep> {
    const section = applicationSection(sectionId);
    if (!section) return { redirect: '/application' };
    const application = await this.applications.find(who.enquiryId);
    if (application?.submittedAt) return { redirect: '/application/status' };
    return this.sectionView(section, who, application?.answers[section.id] ?? {}, [], 200, change);
  }

  /** "Save and continue" must pass every rule; "save and come back later" keeps what there is. */
  async saveSection(who: ApplicantContext, sectionId: string, body: unknown, finishLater: boolean, change = false): Promise<JourneyStep> {
    const section = applicationSection(sectionId);
    if (!section) return { redirect: '/application' };
    const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const values = readAnswers(section, form);
    const connected = section.id === 'about-you' ? values.connectedPerson === 'yes' : undefined;
    if (finishLater) {
      await this.applications.saveSection(who.enquiryId, section.id, values, 'in-progress', connected);
      return { redirect: '/application' };
    }
    const { problems } = validateSection(section, values, londonDate(this.clocks.now()));
    if (problems.length > 0) return this.sectionView(section, who, values, problems, 400, change);
    await this.applications.saveSection(who.enquiryId, section.id, values, 'completed', connected);
    // Back to the answers when the person came from "Change" there.
    return { redirect: change ? '/application/check-answers' : '/application' };
  }

  async checkAnswers(who: ApplicantContext): Promise<JourneyStep> {
    const application = await this.applications.find(who.enquiryId);
    if (application?.submittedAt) return { redirect: '/application/status' };
    if (!readyToSubmit((application?.statuses ?? {}) as SectionStatuses)) return { redirect: '/application' };
    const sections = APPLICATION_SECTIONS.map((s) => ({ heading: s.title, rows: summaryRows(s, application!.answers[s.id] ?? {}) }));
    return { view: 'application/check-answers.njk', context: { pageTitle: 'Check your answers before sending your application', sections, csrfToken: who.session.csrfToken, backLink: '/application' } };
  }

  async status(who: ApplicantContext): Promise<JourneyStep> {
    const enquiry = await this.enquiries.findForService(null, who.enquiryId);
    const application = await this.applications.find(who.enquiryId);
    const stage = (enquiry?.status ?? 'enquiry-received') as FunnelStage;
    const context = { pageTitle: 'Where your application stands', reference: enquiry?.reference, text: APPLICANT_STAGE_TEXT[stage], submitted: Boolean(application?.submittedAt) };
    return { view: 'application/status.njk', context };
  }

  private sectionView(
    section: ApplicationSection, who: ApplicantContext, values: Record<string, string>, problems: readonly FieldProblem[], status: number, change: boolean,
  ): JourneyStep {
    const order = section.fields.map((f) => (f.kind === 'date' ? `${f.name}-day` : f.name));
    const context = { pageTitle: section.title, section, values, errors: govukFormErrors(problems, order), csrfToken: who.session.csrfToken, backLink: change ? '/application/check-answers' : '/application' };
    return { view: 'application/section.njk', context, status };
  }
}
