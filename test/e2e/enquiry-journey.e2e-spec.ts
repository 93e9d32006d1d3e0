import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { closeTestDb, createOutcodeLocation, resetDatabase, startTestApp, testDb } from '@app/testing';
import { ANSWERS, errorLinks, FormClient, idsIn, REFERENCE } from './enquiry-journey.form-client';

const WESTMINSTER = 'E09000033';

describe('enquiry journey (server-rendered forms, no JavaScript)', () => {
  let app: NestFastifyApplication;
  let client: FormClient;

  beforeAll(async () => {
    app = await startTestApp(createRecruitmentApp);
  });
  beforeEach(async () => {
    await resetDatabase();
    await createOutcodeLocation('SW1A', WESTMINSTER);
    client = new FormClient(app.getHttpServer());
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('walks from the start page to a confirmation with the reference, storing one web-form enquiry', async () => {
    expect((await client.get('/')).text).toContain('href="/eligibility"');
    const eligibility = await client.get('/eligibility');
    expect(eligibility.headers['set-cookie'][0]).toMatch(/^hearth-enquiry=v1\.[\w-]+; Max-Age=7200; Path=\/; HttpOnly; SameSite=Lax$/);
    await client.answerAll();
    const check = await client.get('/check-answers');
    expect(check.status).toBe(200);
    for (const shown of ['Sam O&#39;Kafor', 'sam.okafor@example.com', 'Phone call', 'SW1A 1AA', 'Teenagers', 'A friend or family member']) {
      expect(check.text).toContain(shown);
    }
    const sent = await client.post('/check-answers', {});
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe('/confirmation');
    const reference = REFERENCE.exec((await client.get('/confirmation')).text)?.[0];
    const { rows } = await (await testDb()).query(
      `SELECT channel, first_name, last_name, postcode, council_code, interests, eligibility, adults_in_household, idempotency_key
         FROM enquiry WHERE reference = $1`, [reference]);
    expect(rows).toEqual([{
      channel: 'web-form', first_name: 'Sam', last_name: "O'Kafor", postcode: 'SW1A 1AA', council_code: WESTMINSTER,
      interests: ['teenagers', 'sibling-groups'], adults_in_household: 2, idempotency_key: expect.stringMatching(/^web\./),
      eligibility: { aged21OrOver: 'yes', hasSpareBedroom: 'yes', livesInEngland: 'yes' },
    }]);
    // The answers are gone from the cookie: a new visit starts again.
    expect((await client.get('/check-answers')).headers.location).toBe('/eligibility');
    expect((await client.get('/confirmation')).text).toContain(reference);
  });

  it('sends a visit to a later page back to the first unanswered page', async () => {
    expect((await client.get('/household')).headers.location).toBe('/eligibility');
    expect((await client.get('/check-answers')).headers.location).toBe('/eligibility');
    await client.answerAll(ANSWERS.slice(0, 2));
    const later = await client.get('/household');
    expect([later.status, later.headers.location]).toEqual([302, '/contact-details']);
    expect((await client.post('/household', { adultsInHousehold: '2' })).headers.location).toBe('/contact-details');
    expect((await client.get('/confirmation')).headers.location).toBe('/');
  });

  it('explains kindly when someone may not be eligible yet, and lets them continue', async () => {
    const answered = await client.answer('/eligibility', { aged21OrOver: 'no', hasSpareBedroom: 'yes', livesInEngland: 'no' });
    expect(answered.headers.location).toBe('/eligibility-result');
    const outcome = await client.get('/eligibility-result');
    expect(outcome.text).toContain('You may not be able to foster yet');
    expect(outcome.text).toContain('usually approve carers from the age of 21');
    expect(outcome.text).toContain('href="/name"');
    expect((await client.get('/name')).status).toBe(200);
  });

  it('shows each problem in an error summary linked to its field, keeping what was typed (400)', async () => {
    await client.answerAll(ANSWERS.slice(0, 5));
    const page = await client.answer('/household', { adultsInHousehold: 'two', childrenInHousehold: '', spareBedrooms: '1' });
    expect(page.status).toBe(400);
    expect(page.text).toMatch(/<title>Error: Who lives in your home\? – Foster with Hearth<\/title>/);
    expect(page.text).toContain('There is a problem');
    expect(errorLinks(page.text)).toEqual(['adultsInHousehold', 'childrenInHousehold']);
    const ids = idsIn(page.text);
    expect(ids.has('adultsInHousehold') && ids.has('childrenInHousehold')).toBe(true);
    expect(page.text).toContain('Enter the number of adults in your home as a whole number, like 2');
    expect(page.text).toContain('<span class="govuk-visually-hidden">Error:</span> Enter the number of children');
    expect(page.text).toMatch(/id="adultsInHousehold" name="adultsInHousehold" [^>]*value="two"/);
    expect(page.text).toMatch(/id="spareBedrooms" name="spareBedrooms" [^>]*value="1"/);
  });

  it.each([
    ['an empty form', '/name', ''],
    ['a repeated text field', '/name', 'firstName=a&firstName=b&lastName=c'],
    ['a prototype key', '/name', '__proto__=x&firstName=a'],
    ['a very long name', '/name', `firstName=${'a'.repeat(60_000)}&lastName=b`],
    ['an unknown choice', '/contact-preferences', 'preferredContactMethod=pigeon&preferredContactTime[]=x'],
    ['numbers out of range', '/household', 'adultsInHousehold=1e400&childrenInHousehold=-1&spareBedrooms=0.5'],
    ['an unknown interest', '/types-of-fostering', 'interests=dogs'],
  ])('answers %s with a page, never a 500', async (_, path, form) => {
    await client.answerAll(ANSWERS.slice(0, 6));
    await client.get(path);
    const response = await request(app.getHttpServer()).post(path).set('accept', 'text/html').set('cookie', client.cookie)
      .type('form').send(`csrfToken=${client.csrfToken}&${form}`);
    expect([400, 413]).toContain(response.status);
    expect(response.text).toContain('govuk-template');
  });

  it('treats "not sure yet" as no particular children, and refuses it ticked with a choice', async () => {
    await client.answerAll(ANSWERS.slice(0, 6));
    const both = await client.answer('/types-of-fostering', { interests: ['teenagers', 'not-sure-yet'] });
    expect(both.status).toBe(400);
    expect(both.text).toContain('Select the children you might foster, or select not sure yet');
    expect((await client.post('/types-of-fostering', { interests: 'not-sure-yet' })).status).toBe(303);
    await client.answerAll(ANSWERS.slice(7));
    expect((await client.get('/check-answers')).text).toContain('Not sure yet');
  });

  it('brings a changed answer back to check your answers', async () => {
    await client.answerAll();
    expect((await client.get('/check-answers')).text).toContain('href="/postcode?change=true"');
    const change = await client.get('/postcode?change=true');
    expect(change.text).toContain('value="SW1A 1AA"');
    expect(change.text).toContain('<a href="/check-answers" class="govuk-back-link">');
    const saved = await client.post('/postcode?change=true', { postcode: 'sw1a 2aa' });
    expect(saved.headers.location).toBe('/check-answers');
    expect((await client.get('/check-answers')).text).toContain('SW1A 2AA');
  });
});
