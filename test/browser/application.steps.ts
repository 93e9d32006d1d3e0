import type { Page } from 'playwright-core';
import { buildEnquiryRequest, testDb } from '@app/testing';

/**
 * One section of the application: its title on the task list, the field its first error links to,
 * its first error, an optional wrong answer to send first (otherwise it is sent empty), and how a person answers it.
 */
export interface ApplicationStep {
  readonly id: string;
  readonly title: string;
  readonly firstErrorField: string;
  /** The first error's wording, where it is checked. */
  readonly firstError?: string;
  readonly answerWrongly?: (page: Page) => Promise<void>;
  readonly answer: (page: Page) => Promise<void>;
}

const group = (page: Page, question: string) => page.getByRole('group', { name: question });
const choose = (page: Page, question: string, option: string) => group(page, question).getByLabel(option, { exact: true }).check();
const fill = (page: Page, label: string, text: string) => page.getByLabel(label, { exact: true }).fill(text);

async function dateOfBirth(page: Page, day: string, month: string, year: string): Promise<void> {
  const date = group(page, 'Date of birth');
  await date.getByLabel('Day').fill(day);
  await date.getByLabel('Month').fill(month);
  await date.getByLabel('Year').fill(year);
}

const CONNECTED = 'Are you applying to care for a particular child you already know?';
const HEALTH = 'Do you have any health conditions that affect your daily life?';

export const SECTIONS: readonly ApplicationStep[] = [
  {
    id: 'about-you', title: 'About you', firstErrorField: 'dateOfBirth-day', firstError: 'Date of birth must be a real date',
    // The full name "Sam" is already saved from "Save and come back later"; the date cannot exist.
    answerWrongly: async (page) => {
      await dateOfBirth(page, '31', '2', '1990');
      await choose(page, CONNECTED, 'Yes');
    },
    answer: async (page) => {
      await fill(page, 'Full name', 'Sam Okafor');
      await dateOfBirth(page, '7', '3', '1985');
      await fill(page, 'Your address', '1 Example Street\nLondon');
      await choose(page, CONNECTED, 'No');
    },
  },
  {
    id: 'household', title: 'Your household', firstErrorField: 'adults',
    answer: (page) => fill(page, 'Adults in your home, including you', 'Sam Okafor, me, 7 March 1985\nAlex Okafor, partner, 1 May 1984'),
  },
  {
    id: 'home', title: 'Your home', firstErrorField: 'spareBedrooms', firstError: 'Enter a whole number from 0 to 20',
    answerWrongly: async (page) => {
      await fill(page, 'How many bedrooms does your home have?', '3');
      await fill(page, 'How many of them are free for a child you foster?', 'two');
    },
    answer: async (page) => {
      await fill(page, 'How many of them are free for a child you foster?', '1');
      await choose(page, 'Do you own or rent your home?', 'Own');
      await choose(page, 'Does anyone smoke or vape in your home?', 'No');
      await fill(page, 'Pets (optional)', 'One cat');
    },
  },
  {
    id: 'health', title: 'Your health', firstErrorField: 'healthDetails',
    answerWrongly: (page) => choose(page, HEALTH, 'Yes'),
    answer: async (page) => {
      await fill(page, 'Tell us about them', 'Asthma, well controlled');
      await fill(page, 'Name of your GP practice', 'Example Medical Centre');
    },
  },
  {
    id: 'employment', title: 'Employment and finances', firstErrorField: 'employment', firstError: 'Select an answer: what is your employment status?',
    answer: async (page) => {
      await choose(page, 'What is your employment status?', 'Employed part-time');
      await fill(page, 'Your job and working hours (optional)', 'Teaching assistant, 20 hours');
      await choose(page, 'Are you in financial difficulty, such as debt you cannot manage?', 'No');
    },
  },
  {
    id: 'support-network', title: 'Your support network', firstErrorField: 'supporters',
    answer: (page) => fill(page, 'Who could help you when you foster?', 'My sister Jo, 2 miles away, can do school runs'),
  },
  {
    id: 'referees', title: 'Personal referees', firstErrorField: 'referee1Name', firstError: 'Enter your first referee’s full name',
    answer: async (page) => {
      await fill(page, 'First referee’s full name', 'Pat Example');
      await fill(page, 'First referee’s email address or phone number', 'pat@example.com');
      await fill(page, 'Second referee’s full name', 'Lee Sample');
      await fill(page, 'Second referee’s email address or phone number', '07700 900123');
    },
  },
  {
    id: 'previous-applications', title: 'Previous fostering or adoption', firstErrorField: 'appliedBefore',
    firstError: 'Select an answer: have you applied to foster or adopt before, or been a foster carer?',
    answer: (page) => choose(page, 'Have you applied to foster or adopt before, or been a foster carer?', 'No'),
  },
  {
    id: 'consent', title: 'Consent to checks', firstErrorField: 'consentDbs', firstError: 'Tick the box to agree: I agree to an enhanced DBS check',
    answer: async (page) => {
      await group(page, 'DBS check').getByLabel('I agree to an enhanced DBS check').check();
      await group(page, 'Local authority checks').getByLabel('I agree to checks with the councils where I have lived').check();
      await group(page, 'Medical').getByLabel('I agree to a medical report from my GP').check();
      await group(page, 'References').getByLabel('I agree to you contacting my referees, employers and previous fostering services').check();
    },
  },
];

/** The recruitment team's side, through the JSON API of the running app, as their case system would call it. */
export class StaffApi {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  async call(method: string, path: string, body?: object, expected = 200): Promise<any> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (response.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** An enquirer moved on to their initial visit, as the team would after visiting. */
  async visitedApplicant(): Promise<{ id: string; reference: string; email: string }> {
    const enquiry = buildEnquiryRequest();
    const { reference } = await this.call('POST', '/api/v1/enquiries', enquiry, 201);
    const { rows } = await (await testDb()).query(`SELECT id FROM enquiry WHERE reference = $1`, [reference]);
    await this.call('POST', `/api/v1/applicants/${rows[0].id}/transitions`, { to: 'contacted', version: 1 });
    await this.call('POST', `/api/v1/applicants/${rows[0].id}/transitions`, { to: 'initial-visit', version: 2 });
    return { id: rows[0].id, reference, email: enquiry.email as string };
  }

  /** The secure link's path; the host in the email is the public one, not this test server. */
  async issueLink(id: string): Promise<string> {
    const { url, expiresAt } = await this.call('POST', `/api/v1/applicants/${id}/application-link`, {}, 201);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    return new URL(url).pathname;
  }
}
