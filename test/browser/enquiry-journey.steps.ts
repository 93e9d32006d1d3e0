import type { Page } from 'playwright-core';

/** One question page: where it is, the field its first error links to, and how a person answers it. */
export interface JourneyStep {
  readonly path: string;
  readonly firstErrorField: string;
  readonly answer: (page: Page) => Promise<void>;
}

const yes = (page: Page, question: string) => page.getByRole('group', { name: question }).getByLabel('Yes').check();

export const STEPS: readonly JourneyStep[] = [
  {
    path: '/eligibility',
    firstErrorField: 'aged21OrOver',
    answer: async (page) => {
      await yes(page, 'Are you 21 or over?');
      await yes(page, 'Do you have a spare bedroom?');
      await yes(page, 'Do you live in England?');
    },
  },
  {
    path: '/name',
    firstErrorField: 'firstName',
    answer: async (page) => {
      await page.getByLabel('First name').fill('Robin');
      await page.getByLabel('Last name').fill('Adebayo-Smith');
    },
  },
  {
    path: '/contact-details',
    firstErrorField: 'email',
    answer: async (page) => {
      await page.getByLabel('Email address').fill('robin@example.com');
      await page.getByLabel('Telephone number').fill('01632 960 001');
    },
  },
  {
    path: '/contact-preferences',
    firstErrorField: 'preferredContactMethod',
    answer: async (page) => {
      await page.getByLabel('Text message').check();
      await page.getByLabel('Any time').check();
    },
  },
  { path: '/postcode', firstErrorField: 'postcode', answer: (page) => page.getByLabel('What is your postcode?').fill('sw1a 1aa') },
  {
    path: '/household',
    firstErrorField: 'adultsInHousehold',
    answer: async (page) => {
      await page.getByLabel('How many adults').fill('1');
      await page.getByLabel('How many children').fill('0');
      await page.getByLabel('How many spare bedrooms').fill('2');
    },
  },
  {
    path: '/types-of-fostering',
    firstErrorField: 'interests',
    answer: async (page) => {
      await page.getByLabel('Teenagers').check();
      await page.getByLabel('Emergency placements').check();
    },
  },
  { path: '/heard-about-us', firstErrorField: 'heardFrom', answer: (page) => page.getByLabel('A foster carer').check() },
  { path: '/consent', firstErrorField: 'consentToStore', answer: (page) => page.getByLabel('I agree').check() },
];
