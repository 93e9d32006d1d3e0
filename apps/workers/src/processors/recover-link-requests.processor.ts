import { Injectable } from '@nestjs/common';
import { RECOVER_LINK_REQUESTS, type HousekeepingPayload } from '@app/queue';
import { RecoverLinkRequestsUseCase } from '../housekeeping/recover-link-requests.use-case';
import type { JobProcessor } from './job-processor';

@Injectable()
export class RecoverLinkRequestsProcessor implements JobProcessor<HousekeepingPayload> {
  readonly contract = RECOVER_LINK_REQUESTS;

  constructor(private readonly useCase: RecoverLinkRequestsUseCase) {}

  process(): Promise<unknown> {
    return this.useCase.execute();
  }
}
