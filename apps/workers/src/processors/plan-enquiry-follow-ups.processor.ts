import { Injectable } from '@nestjs/common';
import { PLAN_ENQUIRY_FOLLOW_UPS, type PlanEnquiryFollowUpsPayload } from '@app/queue';
import { PlanBatcher } from '../batching/follow-up-batchers';
import type { JobProcessor } from './job-processor';

@Injectable()
export class PlanEnquiryFollowUpsProcessor implements JobProcessor<PlanEnquiryFollowUpsPayload> {
  readonly contract = PLAN_ENQUIRY_FOLLOW_UPS;

  constructor(private readonly batcher: PlanBatcher) {}

  process(payload: PlanEnquiryFollowUpsPayload): Promise<unknown> {
    return this.batcher.run(payload.enquiryId);
  }
}
