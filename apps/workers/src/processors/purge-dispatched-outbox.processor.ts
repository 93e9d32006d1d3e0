import { Injectable } from '@nestjs/common';
import { PURGE_DISPATCHED_OUTBOX, type HousekeepingPayload } from '@app/queue';
import { PurgeDispatchedOutboxUseCase } from '../housekeeping/purge-dispatched-outbox.use-case';
import type { JobProcessor } from './job-processor';

@Injectable()
export class PurgeDispatchedOutboxProcessor implements JobProcessor<HousekeepingPayload> {
  readonly contract = PURGE_DISPATCHED_OUTBOX;

  constructor(private readonly useCase: PurgeDispatchedOutboxUseCase) {}

  process(): Promise<unknown> {
    return this.useCase.execute();
  }
}
