import { Injectable } from '@nestjs/common';
import { SEND_FOLLOW_UP, type SendFollowUpPayload } from '@app/queue';
import { SendBatcher } from '../batching/follow-up-batchers';
import { UnknownFollowUpKindError } from '../follow-ups/send-follow-up.use-case';
import { PermanentJobError, type JobProcessor } from './job-processor';

@Injectable()
export class SendFollowUpProcessor implements JobProcessor<SendFollowUpPayload> {
  readonly contract = SEND_FOLLOW_UP;

  constructor(private readonly batcher: SendBatcher) {}

  async process(payload: SendFollowUpPayload): Promise<unknown> {
    try {
      return await this.batcher.run(payload.followUpId);
    } catch (error) {
      if (error instanceof UnknownFollowUpKindError) throw new PermanentJobError(error.message);
      throw error;
    }
  }
}
