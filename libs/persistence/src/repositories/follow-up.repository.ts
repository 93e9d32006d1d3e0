import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryPrepared, type PreparedStatement } from '../prepared-statement';
import type { NewNotification } from './notification.repository';

/** One applicant as the follow-up rules see them, with the addresses their messages go to. */
export interface FollowUpSubjectRecord {
  readonly enquiryId: string;
  readonly serviceId: string;
  readonly reference: string;
  readonly firstName: string;
  readonly email: string;
  readonly phone: string;
  readonly preferredContactMethod: string;
  readonly priority: string;
  readonly stage: string;
  readonly version: number;
  readonly enquiredAt: Date;
  readonly applicationSubmittedAt: Date | null;
  readonly checksCompletedAt: Date | null;
  readonly panelDate: Date | null;
  readonly unansweredContactAttempts: number;
  readonly lastUnansweredAttemptAt: Date | null;
  readonly applicationProgressAt: Date | null;
  readonly applicationSubmitted: boolean | null;
  readonly linkCount: number;
  readonly linkCreatedAt: Date | null;
  readonly linkExpiresAt: Date | null;
  readonly linkRevoked: boolean | null;
  /** The assigned officer while they are an active member of the team, and the address the workers write to. */
  readonly assignedOfficerId: string | null;
  readonly assignedOfficerEmail: string | null;
  readonly teamManagerId: string | null;
  readonly teamManagerEmail: string | null;
}

const SUBJECTS: PreparedStatement = {
  name: 'hearth.follow-up.subjects',
  text: `
  SELECT e.id AS "enquiryId", e.service_id AS "serviceId", e.reference, e.first_name AS "firstName", e.email, e.phone,
         e.preferred_contact_method AS "preferredContactMethod", e.priority, e.status AS stage, e.version, e.created_at AS "enquiredAt",
         e.application_submitted_at AS "applicationSubmittedAt", e.checks_completed_at AS "checksCompletedAt", e.panel_date AS "panelDate",
         e.unanswered_contact_attempts AS "unansweredContactAttempts",
         (SELECT max(c.occurred_at) FROM contact_attempt c WHERE c.enquiry_id = e.id AND c.outcome <> 'reached') AS "lastUnansweredAttemptAt",
         a.updated_at AS "applicationProgressAt", a.submitted_at IS NOT NULL AS "applicationSubmitted",
         (SELECT count(*)::int FROM application_link k WHERE k.enquiry_id = e.id) AS "linkCount",
         l.created_at AS "linkCreatedAt", l.expires_at AS "linkExpiresAt", l.revoked_at IS NOT NULL AS "linkRevoked",
         o.id AS "assignedOfficerId", o.email AS "assignedOfficerEmail", m.id AS "teamManagerId", m.email AS "teamManagerEmail"
    FROM enquiry e
    LEFT JOIN team_member o ON o.id = e.assigned_to AND o.active
    LEFT JOIN team_member m ON m.service_id = e.service_id AND m.is_manager
    LEFT JOIN application a ON a.enquiry_id = e.id
    LEFT JOIN LATERAL (SELECT * FROM application_link k WHERE k.enquiry_id = e.id ORDER BY k.created_at DESC, k.id DESC LIMIT 1) l ON true
   WHERE e.id = ANY($1::uuid[])`,
};

/** A follow-up to keep (insert, or move its due time if still pending); `sent` ones were sent in the same statement. */
export interface PlannedFollowUpRecord {
  readonly kind: string;
  readonly sequence: number;
  readonly dueAt: Date;
  readonly sent: boolean;
}

export interface FollowUpPlanRecord {
  readonly enquiryId: string;
  readonly plannedVersion: number;
  readonly policyKey: string;
  /** BullMQ priority of the applicant's follow-up jobs. */
  readonly priority: number;
  readonly followUps: readonly PlannedFollowUpRecord[];
  readonly notifications: readonly NewNotification[];
}

/**
 * Whole plans in one statement, so they commit atomically without BEGIN and COMMIT round trips
 * (and, for a batch of applicants, with one commit for all): follow-ups inserted (a pending one
 * whose time moved gets the new time and goes back to the scheduler), the messages sent at once
 * recorded under their idempotency keys (a repeat does nothing), and the version of each
 * applicant the plan was made from.
 */
const SAVE_PLANS: PreparedStatement = {
  name: 'hearth.follow-up.save-plans',
  text: `
  WITH planned AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::smallint[], $4::timestamptz[], $5::boolean[], $6::smallint[])
      AS p(enquiry_id, kind, sequence, due_at, sent, priority)),
  follow_ups AS (
    INSERT INTO follow_up AS f (enquiry_id, kind, sequence, due_at, priority, status, completed_at)
    SELECT enquiry_id, kind, sequence, due_at, priority, CASE WHEN sent THEN 'sent' ELSE 'pending' END, CASE WHEN sent THEN now() END FROM planned
    ON CONFLICT (enquiry_id, kind, sequence) DO UPDATE
       SET due_at = EXCLUDED.due_at, status = EXCLUDED.status, completed_at = EXCLUDED.completed_at, priority = EXCLUDED.priority,
           scheduled_at = CASE WHEN f.due_at = EXCLUDED.due_at THEN f.scheduled_at END
     WHERE f.status = 'pending' AND (f.due_at <> EXCLUDED.due_at OR EXCLUDED.status = 'sent' OR f.priority <> EXCLUDED.priority)
    RETURNING 1),
  notified AS (
    INSERT INTO notification (idempotency_key, channel, template, recipient_kind, recipient_id, address, personalisation, delivery)
    SELECT * FROM unnest($7::text[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::text[], $13::jsonb[], $14::text[])
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING 1),
  plans AS (
    INSERT INTO follow_up_plan (enquiry_id, planned_version, policy_key) SELECT * FROM unnest($15::uuid[], $16::int[], $17::text[])
    ON CONFLICT (enquiry_id) DO UPDATE SET planned_version = EXCLUDED.planned_version, policy_key = EXCLUDED.policy_key, planned_at = now()
    RETURNING 1)
  SELECT (SELECT count(*) FROM follow_ups)::int AS "followUps", (SELECT count(*) FROM notified)::int AS notified, (SELECT count(*) FROM plans)::int AS plans`,
};

/** A follow-up row as its job sees it. */
export interface FollowUpRecord {
  readonly id: string;
  readonly enquiryId: string;
  readonly kind: string;
  readonly sequence: number;
  readonly dueAt: Date;
  readonly status: 'pending' | 'sent' | 'skipped';
  readonly priority: number;
  readonly scheduleCount: number;
}

const FOLLOW_UP_COLUMNS = `id, enquiry_id AS "enquiryId", kind, sequence, due_at AS "dueAt", status, priority, schedule_count AS "scheduleCount"`;

export type FollowUpSettlement =
  | { readonly id: string; readonly action: 'sent' }
  | { readonly id: string; readonly action: 'skipped'; readonly reason: string }
  | { readonly id: string; readonly action: 'wait'; readonly dueAt: Date };

/** In id order, so two transactions locking overlapping sets cannot deadlock. */
const LOCK: PreparedStatement = {
  name: 'hearth.follow-up.lock',
  text: `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_up WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
};

const SETTLE: PreparedStatement = {
  name: 'hearth.follow-up.settle',
  text: `
  UPDATE follow_up f SET
    status = CASE WHEN u.action = 'wait' THEN f.status ELSE u.action END,
    skip_reason = u.reason,
    completed_at = CASE WHEN u.action = 'wait' THEN NULL ELSE now() END,
    due_at = coalesce(u.due_at, f.due_at),
    scheduled_at = CASE WHEN u.action = 'wait' THEN NULL ELSE f.scheduled_at END
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS u(id, action, reason, due_at)
  WHERE f.id = u.id AND f.status = 'pending'`,
};

@Injectable()
export class FollowUpRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findSubject(enquiryId: string, em: EntityManager = this.dataSource.manager): Promise<FollowUpSubjectRecord | null> {
    const [row] = await queryPrepared<FollowUpSubjectRecord>(em, SUBJECTS, [[enquiryId]]);
    return row ?? null;
  }

  findSubjects(enquiryIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<FollowUpSubjectRecord[]> {
    return queryPrepared<FollowUpSubjectRecord>(em, SUBJECTS, [enquiryIds]);
  }

  /** Each applicant at most once per call (PostgreSQL will not update one row twice in a statement). */
  async savePlans(plans: readonly FollowUpPlanRecord[], em: EntityManager = this.dataSource.manager): Promise<{ followUps: number; notified: number }> {
    const rows = plans.flatMap((p) => p.followUps.map((f) => ({ ...f, enquiryId: p.enquiryId, priority: p.priority })));
    const n = plans.flatMap((p) => p.notifications);
    const [row] = await queryPrepared<{ followUps: number; notified: number }>(em, SAVE_PLANS, [
      rows.map((x) => x.enquiryId), rows.map((x) => x.kind), rows.map((x) => x.sequence), rows.map((x) => x.dueAt), rows.map((x) => x.sent),
      rows.map((x) => x.priority),
      n.map((x) => x.idempotencyKey), n.map((x) => x.channel), n.map((x) => x.template), n.map((x) => x.recipientKind),
      n.map((x) => x.recipientId), n.map((x) => x.address), n.map((x) => JSON.stringify(x.personalisation)), n.map((x) => x.delivery),
      plans.map((p) => p.enquiryId), plans.map((p) => p.plannedVersion), plans.map((p) => p.policyKey),
    ]);
    return row;
  }

  /** The follow-ups, locked until the transaction ends so two runs of one job cannot both act on it. */
  lockMany(em: EntityManager, ids: readonly string[]): Promise<FollowUpRecord[]> {
    return queryPrepared<FollowUpRecord>(em, LOCK, [ids]);
  }

  /** Records what was done with each pending follow-up: sent, skipped with its reason, or moved to a later time (back to the scheduler). */
  async settle(em: EntityManager, outcomes: readonly FollowUpSettlement[]): Promise<void> {
    if (outcomes.length === 0) return;
    await queryPrepared(em, SETTLE, [
      outcomes.map((o) => o.id), outcomes.map((o) => o.action),
      outcomes.map((o) => (o.action === 'skipped' ? o.reason : null)), outcomes.map((o) => (o.action === 'wait' ? o.dueAt : null)),
    ]);
  }

  /** Pending follow-ups due before `until` and not yet in BullMQ, soonest first; skipped if another scheduler holds them. */
  claimToSchedule(em: EntityManager, until: Date, limit: number): Promise<FollowUpRecord[]> {
    return em.query(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_up WHERE status = 'pending' AND scheduled_at IS NULL AND due_at <= $1
        ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`, [until, limit]);
  }

  async markScheduled(em: EntityManager, ids: readonly string[]): Promise<void> {
    await em.query(`UPDATE follow_up SET scheduled_at = now(), schedule_count = schedule_count + 1 WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Handed to BullMQ but still pending long after it was due: candidates for a job lost with Redis. */
  findOverdueScheduled(before: Date, limit: number): Promise<FollowUpRecord[]> {
    return this.dataSource.query(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_up WHERE status = 'pending' AND scheduled_at IS NOT NULL AND due_at < $1 ORDER BY due_at LIMIT $2`,
      [before, limit]);
  }

  async unschedule(ids: readonly string[]): Promise<void> {
    await this.dataSource.query(`UPDATE follow_up SET scheduled_at = NULL WHERE id = ANY($1::uuid[]) AND status = 'pending'`, [ids]);
  }

  /**
   * Open applicants whose plan is missing (its job was lost), out of date (their record changed
   * since: a contact attempt, a move, a link) or made under other service levels.
   */
  async findPlansToRefresh(policyKey: string, createdBefore: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT e.id FROM enquiry e LEFT JOIN follow_up_plan p ON p.enquiry_id = e.id
        WHERE e.status NOT IN ('approved', 'withdrawn', 'not-approved', 'closed-no-contact')
          AND ((p.enquiry_id IS NULL AND e.created_at < $2) OR p.planned_version <> e.version OR p.policy_key <> $1)
        ORDER BY e.priority = 'shortage' DESC, e.created_at LIMIT $3`, [policyKey, createdBefore, limit]);
    return rows.map((r) => r.id);
  }

  async listForEnquiry(enquiryId: string): Promise<(FollowUpRecord & { skipReason: string | null })[]> {
    return this.dataSource.query(
      `SELECT ${FOLLOW_UP_COLUMNS}, skip_reason AS "skipReason" FROM follow_up WHERE enquiry_id = $1 ORDER BY due_at, kind, sequence`, [enquiryId]);
  }
}
