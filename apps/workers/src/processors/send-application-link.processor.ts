import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { SEND_APPLICATION_LINK, type SendApplicationLinkPayload } from '@app/queue';
import { SendApplicationLinkUseCase } from '../applications/send-application-link.use-case';
import type { JobProcessor } from './job-processor';

@Injectable()
export class SendApplicationLinkProcessor implements JobProcessor<SendApplicationLinkPayload> {
  readonly contract = SEND_APPLICATION_LINK;

  constructor(private readonly useCase: SendApplicationLinkUseCase) {}

  /** The job id is the outbox row's id: one request for a link, one message, however often the job runs. */
  process(payload: SendApplicationLinkPayload, job: Job): Promise<unknown> {
    return this.useCase.execute(payload.enquiryId, String(job.id));
  }
}
