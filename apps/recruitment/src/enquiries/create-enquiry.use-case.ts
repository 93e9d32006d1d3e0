import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, enquiryReference, followUpPriority } from '@app/domain';
import { DuplicateEnquiryError, EnquiryRepository, type EnquiryAcknowledgementRecord, type NewEnquiryRecord } from '@app/persistence';
import { JOB_PRIORITY, PLAN_ENQUIRY_FOLLOW_UPS } from '@app/queue';
import type { CreateEnquiryRequestDto } from './create-enquiry.request.dto';
import { LocateEnquirerService } from './locate-enquirer.service';
import { RecruitmentClocks } from '../recruitment-clocks';

export interface CreateEnquiryCommand {
  readonly answers: CreateEnquiryRequestDto;
  readonly channel: 'web-form' | 'api';
  readonly idempotencyKey?: string;
}

export interface CreatedEnquiry {
  readonly id: string;
  readonly reference: string;
  readonly receivedAt: Date;
  /** True when an earlier submission with the same idempotency key is being returned. */
  readonly replayed: boolean;
}

const REFERENCE_ATTEMPTS = 5;

/**
 * Accepts an enquiry. It is acknowledged only after the enquiry and the outbox row for its
 * follow-ups commit together, so an acknowledged enquiry is never lost and always followed up.
 */
@Injectable()
export class CreateEnquiryUseCase {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly locate: LocateEnquirerService,
    private readonly clocks: RecruitmentClocks,
  ) {}

  async execute(command: CreateEnquiryCommand): Promise<CreatedEnquiry> {
    const requestHash = hashAnswers(command.answers);
    if (command.idempotencyKey) {
      const earlier = await this.enquiries.findAcknowledgementByIdempotencyKey(command.idempotencyKey);
      if (earlier) return replay(earlier, requestHash);
    }
    const destination = await this.locate.destinationFor(command.answers.postcode);
    const record = this.toRecord(command, requestHash, destination);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.save({ ...record, reference: enquiryReference(randomBytes(8)) });
      } catch (error) {
        if (!(error instanceof DuplicateEnquiryError)) throw error;
        if (error.constraint === 'idempotency_key') {
          const earlier = await this.enquiries.findAcknowledgementByIdempotencyKey(command.idempotencyKey!);
          if (earlier) return replay(earlier, requestHash);
        }
        if (attempt >= REFERENCE_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * The enquiry and its outbox row are written by one statement, so they commit together exactly
   * as in a transaction, without the BEGIN and COMMIT round trips on the busiest public path.
   */
  private async save(record: NewEnquiryRecord & { id: string }): Promise<CreatedEnquiry> {
    const priority = record.priority === 'shortage' ? JOB_PRIORITY.shortage : JOB_PRIORITY.standard;
    const saved = await this.enquiries.insertWithOutbox(record, {
      jobName: PLAN_ENQUIRY_FOLLOW_UPS.name,
      payload: { schemaVersion: PLAN_ENQUIRY_FOLLOW_UPS.schemaVersion, enquiryId: record.id },
      priority,
    });
    return { id: record.id, reference: record.reference, receivedAt: saved.createdAt, replayed: false };
  }

  private toRecord(
    command: CreateEnquiryCommand,
    requestHash: string,
    destination: Awaited<ReturnType<LocateEnquirerService['destinationFor']>>,
  ): NewEnquiryRecord & { id: string } {
    const a = command.answers;
    const { decision } = destination;
    const now = this.clocks.now();
    const due = this.clocks.dueNext('enquiry-received', { enquiredAt: now, applicationSubmittedAt: null, checksCompletedAt: null, panelDate: null });
    return {
      id: randomUUID(),
      reference: '',
      serviceId: destination.service.id,
      councilCode: decision.councilCode,
      triageReason: decision.kind === 'triage' ? decision.reason : null,
      firstName: a.firstName,
      lastName: a.lastName,
      email: a.email,
      phone: a.phone,
      postcode: a.postcode,
      outwardCode: destination.outwardCode,
      preferredContactMethod: a.preferredContactMethod,
      preferredContactTime: a.preferredContactTime,
      adultsInHousehold: a.adultsInHousehold,
      childrenInHousehold: a.childrenInHousehold,
      spareBedrooms: a.spareBedrooms,
      interests: [...a.interests],
      heardFrom: a.heardFrom,
      eligibility: a.eligibility ? { ...a.eligibility } : null,
      priority: followUpPriority(a.interests),
      channel: command.channel,
      consentedAt: now,
      idempotencyKey: command.idempotencyKey ?? null,
      requestHash,
      dueKind: due?.kind ?? null,
      dueAt: due?.dueBy ?? null,
    };
  }
}

/** Same answers, same hash, whatever order the client sent the fields in. */
function hashAnswers(answers: CreateEnquiryRequestDto): string {
  return createHash('sha256').update(stableJson(answers)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function replay(earlier: EnquiryAcknowledgementRecord, requestHash: string): CreatedEnquiry {
  if (earlier.requestHash !== requestHash) {
    throw new DomainError(
      'ENQUIRY.IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different enquiry: use a new key for a new enquiry',
    );
  }
  return { id: earlier.id, reference: earlier.reference, receivedAt: earlier.createdAt, replayed: true };
}
