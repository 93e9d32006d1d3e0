import { Injectable } from '@nestjs/common';
import { REFRESH_FOLLOW_UP_PLANS, type RefreshFollowUpPlansPayload } from '@app/queue';
import { RefreshFollowUpPlansUseCase } from '../follow-ups/refresh-follow-up-plans.use-case';
import type { JobProcessor } from './job-processor';

@Injectable()
export class RefreshFollowUpPlansProcessor implements JobProcessor<RefreshFollowUpPlansPayload> {
  readonly contract = REFRESH_FOLLOW_UP_PLANS;

  constructor(private readonly useCase: RefreshFollowUpPlansUseCase) {}

  process(): Promise<unknown> {
    return this.useCase.execute();
  }
}
