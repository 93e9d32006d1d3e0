import { Injectable } from '@nestjs/common';
import { ANONYMISE_STALE_ENQUIRIES, type HousekeepingPayload } from '@app/queue';
import { AnonymiseStaleEnquiriesUseCase } from '../housekeeping/anonymise-stale-enquiries.use-case';
import type { JobProcessor } from './job-processor';

@Injectable()
export class AnonymiseStaleEnquiriesProcessor implements JobProcessor<HousekeepingPayload> {
  readonly contract = ANONYMISE_STALE_ENQUIRIES;

  constructor(private readonly useCase: AnonymiseStaleEnquiriesUseCase) {}

  /** Returns counts only (they show in the queue dashboard), never which enquiries. */
  process(): Promise<unknown> {
    return this.useCase.execute();
  }
}
