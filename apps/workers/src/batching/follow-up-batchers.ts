import { Injectable } from '@nestjs/common';
import { PlanEnquiryFollowUpsUseCase, type PlanOutcome } from '../follow-ups/plan-enquiry-follow-ups.use-case';
import { SendFollowUpUseCase, type SendOutcome } from '../follow-ups/send-follow-up.use-case';
import { GroupCommit } from './group-commit';

/** Planning jobs running together share one read and one write statement. */
@Injectable()
export class PlanBatcher extends GroupCommit<PlanOutcome> {
  constructor(useCase: PlanEnquiryFollowUpsUseCase) {
    super((enquiryIds) => useCase.executeMany(enquiryIds));
  }
}

/** Follow-ups coming due together are decided and recorded in one transaction. */
@Injectable()
export class SendBatcher extends GroupCommit<SendOutcome> {
  constructor(useCase: SendFollowUpUseCase) {
    super((followUpIds) => useCase.executeMany(followUpIds));
  }
}
