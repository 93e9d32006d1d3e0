import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import {
  isDueForAnonymisation, PRE_APPLICATION_ENDINGS, PRE_APPLICATION_STAGES, retentionCutoff, type Clock, type FunnelStage, type RetentionFacts,
} from '@app/domain';
import { AuditTrailRepository, EnquiryRetentionRepository, PersonalDataRepository, UnitOfWork, type RetentionCandidate } from '@app/persistence';
import { WORKER_CLOCK } from '../worker-clock';

/** A bound on one run; a backlog (the first run on an old database) is worked off over the next runs. */
const MAX_BATCHES_PER_RUN = 100;

/**
 * Retention (UK GDPR storage limitation): enquiries that never became an application are
 * anonymised ENQUIRY_RETENTION_MONTHS after anything last happened on them, with the same erasure
 * an admin's erasure request uses. The figures stay: dates, milestones, stages, council, service,
 * outward code, how they heard of the service and the kinds of fostering they were open to.
 * Each anonymisation is written to the audit trail, as the change of an applicant's record it is.
 */
@Injectable()
export class AnonymiseStaleEnquiriesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly retention: EnquiryRetentionRepository,
    private readonly personalData: PersonalDataRepository,
    private readonly audit: AuditTrailRepository,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
    @Inject(WORKER_CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<{ anonymised: number }> {
    const now = this.clock.now();
    let anonymised = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const { seen, done } = await this.unitOfWork.run((em) => this.anonymiseBatch(em, now));
      anonymised += done;
      if (seen < this.config.enquiryRetentionBatchSize || done === 0) break;
    }
    return { anonymised };
  }

  private async anonymiseBatch(em: EntityManager, now: Date): Promise<{ seen: number; done: number }> {
    const months = this.config.enquiryRetentionMonths;
    const candidates = await this.retention.lockCandidates(em, {
      cutoff: retentionCutoff(now, months), preApplicationStages: PRE_APPLICATION_STAGES, preApplicationEndings: PRE_APPLICATION_ENDINGS,
      limit: this.config.enquiryRetentionBatchSize,
    });
    // The query narrows; the domain rule decides.
    const due = candidates.filter((c) => isDueForAnonymisation(toRetentionFacts(c), months, now)).map((c) => c.id);
    await this.personalData.eraseMany(em, due);
    await this.retention.skipPendingFollowUps(em, due, 'anonymised', now);
    for (const id of due) {
      await this.audit.record({ actor: 'retention', role: 'system', action: 'update', entityType: 'applicant', entityId: id, clientIp: null }, em);
    }
    return { seen: candidates.length, done: due.length };
  }
}

function toRetentionFacts(c: RetentionCandidate): RetentionFacts {
  return {
    stage: c.stage as FunnelStage, closedFromStage: c.closedFromStage as FunnelStage | null,
    applicationSubmittedAt: c.applicationSubmittedAt, lastActivityAt: c.lastActivityAt, anonymisedAt: c.anonymisedAt,
  };
}
