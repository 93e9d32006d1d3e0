import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';
import { buildEnquiryRequest, closeTestDb, createHub, createOutcodeLocation, resetDatabase, startTestApp, testDb } from '@app/testing';
import { errorBody } from './error-bodies';

const WESTMINSTER = 'E09000033';

describe('POST /api/v1/enquiries', () => {
  let app: NestFastifyApplication;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    request(app.getHttpServer()).post('/api/v1/enquiries').set(headers).send(body as object);

  beforeAll(async () => {
    app = await startTestApp(createRecruitmentApp);
  });
  beforeEach(async () => {
    await resetDatabase();
    await createOutcodeLocation('SW1A', WESTMINSTER);
    await createOutcodeLocation('CF10', null, 'W');
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('acknowledges with a reference only once the enquiry and its follow-up are committed', async () => {
    const response = await post(buildEnquiryRequest({ postcode: 'sw1a1aa' })).expect(201);
    expect(response.body).toEqual({
      reference: expect.stringMatching(/^FH-[2-9A-Z]{4}-[2-9A-Z]{4}$/),
      status: 'received',
      receivedAt: expect.any(String),
      whatHappensNext: expect.stringContaining('within 1 working day'),
    });
    const db = await testDb();
    const { rows } = await db.query(
      `SELECT e.id, e.postcode, e.council_code, s.code AS service, e.priority, o.job_name, o.payload, o.priority AS job_priority
         FROM enquiry e JOIN fostering_service s ON s.id = e.service_id
         JOIN outbox_message o ON o.payload->>'enquiryId' = e.id::text
        WHERE e.reference = $1`,
      [response.body.reference],
    );
    expect(rows).toEqual([{
      id: expect.any(String), postcode: 'SW1A 1AA', council_code: WESTMINSTER, service: `LA-${WESTMINSTER}`, priority: 'shortage',
      job_name: 'recruitment.plan-enquiry-follow-ups', payload: { schemaVersion: 1, enquiryId: rows[0].id }, job_priority: 1,
    }]);
  });

  it('keeps personal details out of the job payload', async () => {
    await post(buildEnquiryRequest()).expect(201);
    const { rows } = await (await testDb()).query(`SELECT payload::text FROM outbox_message`);
    expect(rows[0].payload).not.toMatch(/Sam|Okafor|example\.com|07700|SW1A/);
  });

  it('routes to the regional hub a council has chosen', async () => {
    await createHub('HUB-LONDON', [WESTMINSTER]);
    const { body } = await post(buildEnquiryRequest()).expect(201);
    const { rows } = await (await testDb()).query(
      `SELECT s.code FROM enquiry e JOIN fostering_service s ON s.id = e.service_id WHERE e.reference = $1`, [body.reference]);
    expect(rows[0].code).toBe('HUB-LONDON');
  });

  it.each([
    ['an unknown postcode', 'ZE1 0AA', 'postcode-not-found'],
    ['a postcode outside England', 'CF10 1AA', 'outside-england'],
  ])('accepts %s and sends it to triage', async (_, postcode, reason) => {
    const { body } = await post(buildEnquiryRequest({ postcode })).expect(201);
    const { rows } = await (await testDb()).query(
      `SELECT s.code, e.triage_reason FROM enquiry e JOIN fostering_service s ON s.id = e.service_id WHERE e.reference = $1`, [body.reference]);
    expect(rows[0]).toEqual({ code: 'TRIAGE', triage_reason: reason });
  });

  it('puts enquiries open only to other fostering in the standard queue', async () => {
    await post(buildEnquiryRequest({ interests: ['short-breaks'] })).expect(201);
    const { rows } = await (await testDb()).query(`SELECT e.priority, o.priority AS job FROM enquiry e, outbox_message o`);
    expect(rows[0]).toEqual({ priority: 'standard', job: 5 });
  });

  describe('Idempotency-Key', () => {
    it('returns the first enquiry for a retried submission instead of creating a second', async () => {
      const headers = { 'Idempotency-Key': 'retry-key-0001' };
      const first = await post(buildEnquiryRequest(), headers).expect(201);
      const second = await post(buildEnquiryRequest(), headers).expect(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
      const { rows } = await (await testDb()).query(`SELECT (SELECT count(*) FROM enquiry)::int AS e, (SELECT count(*) FROM outbox_message)::int AS o`);
      expect(rows[0]).toEqual({ e: 1, o: 1 });
    });

    it('creates exactly one enquiry when the same submission races itself', async () => {
      const headers = { 'Idempotency-Key': 'race-key-00001' };
      const responses = await Promise.all(Array.from({ length: 8 }, () => post(buildEnquiryRequest(), headers)));
      expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
      expect(new Set(responses.map((r) => r.body.reference)).size).toBe(1);
      const { rows } = await (await testDb()).query(`SELECT count(*)::int AS n FROM enquiry`);
      expect(rows[0].n).toBe(1);
    });

    it('refuses a key reused for a different enquiry with 409', async () => {
      const headers = { 'Idempotency-Key': 'reused-key-0001' };
      await post(buildEnquiryRequest(), headers).expect(201);
      const { body } = await post(buildEnquiryRequest({ firstName: 'Alex' }), headers).expect(409);
      expect(body).toEqual(errorBody(409, 'Conflict', 'ENQUIRY.IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used for a different enquiry: use a new key for a new enquiry'));
    });

    it('refuses a malformed key with 400', async () => {
      const { body } = await post(buildEnquiryRequest(), { 'Idempotency-Key': 'short' }).expect(400);
      expect(body).toEqual(errorBody(400, 'Bad Request', 'REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field: 'Idempotency-Key', rule: 'format', message: 'Idempotency-Key must be 8 to 128 printable characters' },
      ]));
    });
  });

  describe('bad input gets a 400 naming each field and the rule it broke, and stores nothing', () => {
    afterEach(async () => {
      const { rows } = await (await testDb()).query(`SELECT (SELECT count(*) FROM enquiry)::int AS e, (SELECT count(*) FROM outbox_message)::int AS o`);
      expect(rows[0]).toEqual({ e: 0, o: 0 });
    });

    it('lists one message per field for an empty body', async () => {
      const { body } = await post({}).expect(400);
      expect(body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(body.details.map((d: { field: string }) => d.field)).toEqual([
        'firstName', 'lastName', 'email', 'phone', 'postcode', 'preferredContactMethod', 'preferredContactTime',
        'adultsInHousehold', 'childrenInHousehold', 'spareBedrooms', 'interests', 'heardFrom', 'consentToStore',
      ]);
      expect(body.details[0]).toEqual({ field: 'firstName', rule: 'isString', message: 'Enter your first name' });
    });

    it('says exactly what is wrong with each bad value', async () => {
      const { body } = await post(buildEnquiryRequest({
        firstName: '', email: 'not-an-email', postcode: 'Q1 1AA', adultsInHousehold: 0, spareBedrooms: 1.5,
        interests: ['dogs'], consentToStore: false, unexpected: 'x',
      })).expect(400);
      expect(body).toEqual(errorBody(400, 'Bad Request', 'REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field: 'unexpected', rule: 'whitelistValidation', message: 'property unexpected should not exist' },
        { field: 'firstName', rule: 'minLength', message: 'Enter your first name' },
        { field: 'email', rule: 'isEmail', message: 'Enter an email address in the correct format, like name@example.com' },
        { field: 'postcode', rule: 'isUkPostcode', message: 'Enter a full UK postcode, like AA3 1AB' },
        { field: 'adultsInHousehold', rule: 'min', message: 'There must be at least 1 adult in your home' },
        { field: 'spareBedrooms', rule: 'isInt', message: 'Enter the number of spare bedrooms as a whole number, like 1' },
        { field: 'interests', rule: 'isIn', message: 'Select the children you might foster from the list' },
        { field: 'consentToStore', rule: 'equals', message: 'Confirm that we can store your details to contact you about fostering' },
      ]));
    });

    it.each([
      ['malformed JSON', '{"firstName":', 'application/json', 400, 'REQUEST.MALFORMED_BODY'],
      ['a JSON array', '[]', 'application/json', 400, 'REQUEST.VALIDATION_FAILED'],
      ['JSON null', 'null', 'application/json', 400, 'REQUEST.VALIDATION_FAILED'],
      ['a form post', 'firstName=Sam', 'application/x-www-form-urlencoded', 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
      ['plain text', 'hello', 'text/plain', 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
      ['an oversized body', JSON.stringify(buildEnquiryRequest({ firstName: 'a'.repeat(70_000) })), 'application/json', 413, 'REQUEST.PAYLOAD_TOO_LARGE'],
    ])('answers %s with the error shape, never a 500', async (_, raw, contentType, status, code) => {
      const { body } = await request(app.getHttpServer()).post('/api/v1/enquiries').set('content-type', contentType).send(raw).expect(status);
      expect(body).toMatchObject({ statusCode: status, code, correlationId: expect.any(String) });
    });
  });

  it('echoes a safe correlation id and makes one up otherwise', async () => {
    const given = await post(buildEnquiryRequest(), { 'x-correlation-id': 'abc-123' });
    expect(given.headers['x-correlation-id']).toBe('abc-123');
    const forged = await post({}, { 'x-correlation-id': 'bad id with spaces' });
    expect(forged.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(forged.body.correlationId).toBe(forged.headers['x-correlation-id']);
  });
});
