import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An enquiry the retention job may anonymise, with the facts the domain rule decides on. */
export interface RetentionCandidate {
  readonly id: string;
  readonly stage: string;
  readonly closedFromStage: string | null;
  readonly applicationSubmittedAt: Date | null;
  readonly lastActivityAt: Date;
  readonly anonymisedAt: Date | null;
}

export interface RetentionQuery {
  /** Nothing may have happened on the record since this instant. */
  readonly cutoff: Date;
  /** Stages before an application, and how such a record can have closed (from libs/domain). */
  readonly preApplicationStages: readonly string[];
  readonly preApplicationEndings: readonly string[];
  readonly limit: number;
}

/** What the retention job reads and writes beyond erasure itself (PersonalDataRepository.eraseMany). */
@Injectable()
export class EnquiryRetentionRepository {
  /**
   * The oldest enquiries that never became an application and have been quiet since the cutoff:
   * no move, contact attempt, saved answer or new link. Locked for this transaction; rows another
   * worker holds are skipped, so two runs never anonymise the same enquiry at once.
   */
  lockCandidates(em: EntityManager, q: RetentionQuery): Promise<RetentionCandidate[]> {
    return em.query(
      `SELECT e.id, e.status AS stage, e.closed_from_stage AS "closedFromStage", e.application_submitted_at AS "applicationSubmittedAt",
              e.anonymised_at AS "anonymisedAt", activity.last AS "lastActivityAt"
         FROM enquiry e
         CROSS JOIN LATERAL (SELECT greatest(e.stage_entered_at,
                  (SELECT max(c.occurred_at) FROM contact_attempt c WHERE c.enquiry_id = e.id),
                  (SELECT a.updated_at FROM application a WHERE a.enquiry_id = e.id),
                  (SELECT max(l.created_at) FROM application_link l WHERE l.enquiry_id = e.id)) AS last) activity
        WHERE e.anonymised_at IS NULL AND e.application_submitted_at IS NULL AND e.stage_entered_at < $1
          AND (e.status = ANY($2::text[]) OR (e.status = ANY($3::text[]) AND e.closed_from_stage = ANY($2::text[])))
          AND activity.last < $1
          AND NOT EXISTS (SELECT 1 FROM fostering_household h WHERE h.enquiry_id = e.id)
        ORDER BY e.stage_entered_at
        LIMIT $4
        FOR UPDATE OF e SKIP LOCKED`,
      [q.cutoff, q.preApplicationStages, q.preApplicationEndings, q.limit]);
  }

  /** Follow-ups still waiting for anonymised enquiries would address no one: they are skipped, with the reason. */
  async skipPendingFollowUps(em: EntityManager, enquiryIds: readonly string[], reason: string, at: Date): Promise<number> {
    const [row] = await em.query(
      `WITH skipped AS (UPDATE follow_up SET status = 'skipped', skip_reason = $2, completed_at = $3
                         WHERE enquiry_id = ANY($1::uuid[]) AND status = 'pending' RETURNING id)
       SELECT count(*)::int AS n FROM skipped`, [enquiryIds, reason, at]);
    return row.n;
  }
}
