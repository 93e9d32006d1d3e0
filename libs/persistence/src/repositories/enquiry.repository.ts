import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EnquiryEntity } from '../entities/enquiry.entity';
import { isUniqueViolation } from '../postgres-errors';
import { queryPrepared, type PreparedStatement } from '../prepared-statement';
import type { NewOutboxMessage } from './outbox.repository';

/** Set on intake; the funnel fields (stage, version, milestones) start at their column defaults. */
export type NewEnquiryRecord = Omit<EnquiryEntity, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'version' | 'stageEnteredAt'
  | 'applicationSubmittedAt' | 'checksCompletedAt' | 'panelDate' | 'panelRecommendation' | 'unansweredContactAttempts'
  | 'contactedAt' | 'initialVisitAt' | 'stage1StartedAt' | 'stage2StartedAt' | 'panelStageAt' | 'approvedAt' | 'closedAt' | 'closedFromStage'
  | 'withdrawalReason' | 'anonymisedAt' | 'assignedTo' | 'assignedAt'>;

export interface EnquiryListFilter {
  readonly status?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
  /** Keyset cursor: the created_at and id of the last row of the previous page. */
  readonly after?: { createdAt: Date; id: string };
}

/** Columns written on intake, in parameter order; the rest (status, timestamps) take their defaults. */
const INTAKE_COLUMNS = [
  ['id', 'id'], ['reference', 'reference'], ['serviceId', 'service_id'], ['councilCode', 'council_code'],
  ['triageReason', 'triage_reason'], ['firstName', 'first_name'], ['lastName', 'last_name'], ['email', 'email'],
  ['phone', 'phone'], ['postcode', 'postcode'], ['outwardCode', 'outward_code'],
  ['preferredContactMethod', 'preferred_contact_method'], ['preferredContactTime', 'preferred_contact_time'],
  ['adultsInHousehold', 'adults_in_household'], ['childrenInHousehold', 'children_in_household'],
  ['spareBedrooms', 'spare_bedrooms'], ['interests', 'interests'], ['heardFrom', 'heard_from'],
  ['eligibility', 'eligibility'], ['priority', 'priority'], ['channel', 'channel'], ['consentedAt', 'consented_at'],
  ['idempotencyKey', 'idempotency_key'], ['requestHash', 'request_hash'], ['dueKind', 'due_kind'], ['dueAt', 'due_at'],
] as const satisfies readonly (readonly [keyof NewEnquiryRecord | 'id', string])[];
// Adding a field to the entity without listing it above fails to compile here.
const EVERY_FIELD_LISTED: [Exclude<keyof NewEnquiryRecord, (typeof INTAKE_COLUMNS)[number][0]>] extends [never] ? true : never = true;
void EVERY_FIELD_LISTED;

const n = INTAKE_COLUMNS.length;
const INSERT_WITH_OUTBOX: PreparedStatement = {
  name: 'hearth.enquiry.insert-with-outbox',
  text: `
  WITH enquiry AS (
    INSERT INTO enquiry (${INTAKE_COLUMNS.map(([, column]) => column).join(', ')})
    VALUES (${INTAKE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
    RETURNING created_at),
  outbox AS (
    INSERT INTO outbox_message (job_name, payload, priority)
    SELECT $${n + 1}, $${n + 2}::jsonb, $${n + 3} FROM enquiry
    RETURNING id)
  SELECT enquiry.created_at AS "createdAt" FROM enquiry, outbox`,
};

/** What an earlier submission with the same idempotency key needs, to be acknowledged again. */
export interface EnquiryAcknowledgementRecord {
  readonly id: string;
  readonly reference: string;
  readonly createdAt: Date;
  readonly requestHash: string | null;
}

const ACKNOWLEDGEMENT_BY_IDEMPOTENCY_KEY: PreparedStatement = {
  name: 'hearth.enquiry.acknowledgement-by-idempotency-key',
  text: `SELECT id, reference, created_at AS "createdAt", request_hash AS "requestHash" FROM enquiry WHERE idempotency_key = $1`,
};

export class DuplicateEnquiryError extends Error {
  constructor(readonly constraint: 'reference' | 'idempotency_key') {
    super(`enquiry ${constraint} already exists`);
  }
}

@Injectable()
export class EnquiryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts an enquiry and the outbox message for its follow-up in one statement: both commit or
   * neither, as in a transaction, but in one round trip instead of four (BEGIN, two INSERTs, COMMIT).
   * Runs inside the caller's transaction when given its manager.
   */
  async insertWithOutbox(
    record: NewEnquiryRecord & { id: string },
    message: NewOutboxMessage,
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ createdAt: Date }> {
    const values: unknown[] = INTAKE_COLUMNS.map(([property]) =>
      property === 'eligibility' && record.eligibility !== null ? JSON.stringify(record.eligibility) : record[property]);
    values.push(message.jobName, JSON.stringify(message.payload), message.priority ?? null);
    try {
      const [row] = await queryPrepared<{ createdAt: Date }>(em, INSERT_WITH_OUTBOX, values);
      return row;
    } catch (error) {
      if (isUniqueViolation(error, 'enquiry_idempotency_key_key')) throw new DuplicateEnquiryError('idempotency_key');
      if (isUniqueViolation(error, 'enquiry_reference_key')) throw new DuplicateEnquiryError('reference');
      throw error;
    }
  }

  findByIdempotencyKey(key: string): Promise<EnquiryEntity | null> {
    return this.dataSource.getRepository(EnquiryEntity).findOneBy({ idempotencyKey: key });
  }

  /** The earlier submission with this idempotency key, if any: checked on every keyed public submission. */
  async findAcknowledgementByIdempotencyKey(key: string): Promise<EnquiryAcknowledgementRecord | null> {
    const [row] = await queryPrepared<EnquiryAcknowledgementRecord>(this.dataSource.manager, ACKNOWLEDGEMENT_BY_IDEMPOTENCY_KEY, [key]);
    return row ?? null;
  }

  findByReference(reference: string): Promise<EnquiryEntity | null> {
    return this.dataSource.getRepository(EnquiryEntity).findOneBy({ reference });
  }

  /** Only the service's own enquiries: another service's are indistinguishable from missing ones. */
  findForService(serviceId: string | null, id: string): Promise<EnquiryEntity | null> {
    const where = serviceId === null ? { id } : { id, serviceId };
    return this.dataSource.getRepository(EnquiryEntity).findOneBy(where);
  }

  /** Newest first, keyset-paginated so deep pages stay fast. `serviceId` null means every service (admins). */
  listForService(serviceId: string | null, filter: EnquiryListFilter): Promise<EnquiryEntity[]> {
    const qb = this.dataSource.getRepository(EnquiryEntity).createQueryBuilder('e');
    if (serviceId !== null) qb.andWhere('e.service_id = :serviceId', { serviceId });
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.from) qb.andWhere('e.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.created_at < :to', { to: filter.to });
    if (filter.after) {
      qb.andWhere('(e.created_at, e.id) < (:afterAt, :afterId)', { afterAt: filter.after.createdAt, afterId: filter.after.id });
    }
    return qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').limit(filter.limit).getMany();
  }
}
