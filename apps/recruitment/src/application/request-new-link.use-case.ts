import { Injectable } from '@nestjs/common';
import { EnquiryRepository, OutboxRepository, UnitOfWork } from '@app/persistence';
import { SEND_APPLICATION_LINK } from '@app/queue';

/** Stages at which someone has, or may soon need, a link to their application. */
const LINK_STAGES = new Set(['initial-visit', 'application-submitted', 'stage-1', 'stage-2', 'panel']);

/**
 * Someone whose link expired asks for a new one with their reference and email address. The
 * answer is the same whether or not they match, so the form cannot be used to find out who
 * has applied; when they do match, a new link is sent to the address already on record.
 */
@Injectable()
export class RequestNewLinkUseCase {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly outbox: OutboxRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(reference: string, email: string): Promise<void> {
    const enquiry = await this.enquiries.findByReference(reference.trim().toUpperCase());
    if (!enquiry || enquiry.anonymisedAt !== null || enquiry.email.toLowerCase() !== email.trim().toLowerCase() || !LINK_STAGES.has(enquiry.status)) return;
    await this.unitOfWork.run((em) => this.outbox.add(em, {
      jobName: SEND_APPLICATION_LINK.name,
      payload: { schemaVersion: SEND_APPLICATION_LINK.schemaVersion, enquiryId: enquiry.id },
    }));
  }
}
