import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { buildEnquiryRequest, testDb } from '@app/testing';

export interface SubmittedEnquiry {
  readonly id: string;
  readonly serviceId: string;
  readonly reference: string;
}

/** Enquires through the public API, as a member of the public would, and finds the stored enquiry by its reference. */
export async function submitEnquiry(app: NestFastifyApplication, overrides: Record<string, unknown> = {}): Promise<SubmittedEnquiry> {
  const { body } = await request(app.getHttpServer()).post('/api/v1/enquiries').send(buildEnquiryRequest(overrides)).expect(201);
  const { rows } = await (await testDb()).query(`SELECT id, service_id AS "serviceId", reference FROM enquiry WHERE reference = $1`, [body.reference]);
  return rows[0];
}
