import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EnquiryEntity } from '../entities/enquiry.entity';

/** The funnel fields of one applicant after a change; written only if nobody changed it meanwhile. */
export interface FunnelStateUpdate {
  readonly id: string;
  readonly expectedVersion: number;
  readonly stage: string;
  readonly stageEnteredAt: Date;
  readonly applicationSubmittedAt: Date | null;
  readonly checksCompletedAt: Date | null;
  readonly panelDate: Date | null;
  readonly panelRecommendation: string | null;
  readonly unansweredContactAttempts: number;
  readonly dueKind: string | null;
  readonly dueAt: Date | null;
  /** Ofsted's code, when this change is a withdrawal. */
  readonly withdrawalReason?: string | null;
}

const MILESTONE_COLUMNS: Record<string, string> = {
  contacted: 'contacted_at', 'initial-visit': 'initial_visit_at', 'stage-1': 'stage1_started_at', 'stage-2': 'stage2_started_at',
  panel: 'panel_stage_at', approved: 'approved_at',
};
const CLOSING = `:milestoneStage IN ('withdrawn', 'not-approved', 'closed-no-contact')`;

/** SET expressions stamping the milestone of the stage reached (the right side of SET reads the row before the change). */
function milestoneColumns(): Record<string, () => string> {
  const set: Record<string, () => string> = {};
  for (const [stage, column] of Object.entries(MILESTONE_COLUMNS)) {
    set[toCamel(column)] = () => `CASE WHEN :milestoneStage = '${stage}' THEN coalesce(${column}, :milestoneAt) ELSE ${column} END`;
  }
  set.closedAt = () => `CASE WHEN ${CLOSING} THEN coalesce(closed_at, :milestoneAt) ELSE closed_at END`;
  set.closedFromStage = () => `CASE WHEN ${CLOSING} AND closed_from_stage IS NULL AND status <> :milestoneStage THEN status ELSE closed_from_stage END`;
  set.withdrawalReason = () => `coalesce(:withdrawalReason, withdrawal_reason)`;
  return set;
}

function toCamel(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export interface FunnelTransitionRecord {
  readonly enquiryId: string;
  readonly fromStage: string;
  readonly toStage: string;
  readonly officer: string;
  readonly occurredAt: Date;
  readonly withdrawalReason: string | null;
  readonly reasons: readonly string[];
  readonly note: string | null;
}

export interface ContactAttemptRecord {
  readonly enquiryId: string;
  readonly channel: string;
  readonly outcome: string;
  readonly officer: string;
  readonly occurredAt: Date;
  readonly note: string | null;
}

/** An applicant's history: every move through the funnel and every contact attempt, oldest first. */
export interface FunnelHistory {
  readonly transitions: FunnelTransitionRecord[];
  readonly contactAttempts: ContactAttemptRecord[];
}

@Injectable()
export class ApplicantFunnelRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The applicant, locked until the transaction ends, if the service may see it (null: any service). */
  findForUpdate(em: EntityManager, serviceId: string | null, id: string): Promise<EnquiryEntity | null> {
    const qb = em.getRepository(EnquiryEntity).createQueryBuilder('e').setLock('pessimistic_write').where('e.id = :id', { id });
    if (serviceId !== null) qb.andWhere('e.service_id = :serviceId', { serviceId });
    return qb.getOne();
  }

  /**
   * Writes the new state if the version is still the one the officer saw; false if it moved on.
   * The first time a stage is reached its milestone column is stamped, and a close records the
   * stage it closed from and Ofsted's reason, so the funnel report never has to replay history.
   */
  async update(em: EntityManager, u: FunnelStateUpdate): Promise<boolean> {
    const result = await em.createQueryBuilder().update(EnquiryEntity)
      .set({
        status: u.stage, stageEnteredAt: u.stageEnteredAt, applicationSubmittedAt: u.applicationSubmittedAt,
        checksCompletedAt: u.checksCompletedAt, panelDate: u.panelDate, panelRecommendation: u.panelRecommendation,
        unansweredContactAttempts: u.unansweredContactAttempts,
        dueKind: u.dueKind, dueAt: u.dueAt, version: () => 'version + 1', ...milestoneColumns(),
      })
      .where('id = :id AND version = :version', { id: u.id, version: u.expectedVersion })
      .setParameters({ milestoneStage: u.stage, milestoneAt: u.stageEnteredAt, withdrawalReason: u.withdrawalReason ?? null })
      .execute();
    return result.affected === 1;
  }

  async addTransition(em: EntityManager, t: FunnelTransitionRecord): Promise<void> {
    await em.query(
      `INSERT INTO funnel_transition (enquiry_id, from_stage, to_stage, officer, occurred_at, withdrawal_reason, reasons, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [t.enquiryId, t.fromStage, t.toStage, t.officer, t.occurredAt, t.withdrawalReason, t.reasons, t.note],
    );
  }

  async addContactAttempt(em: EntityManager, a: ContactAttemptRecord): Promise<void> {
    await em.query(
      `INSERT INTO contact_attempt (enquiry_id, channel, outcome, officer, occurred_at, note) VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.enquiryId, a.channel, a.outcome, a.officer, a.occurredAt, a.note],
    );
  }

  async history(enquiryId: string): Promise<FunnelHistory> {
    const [transitions, contactAttempts] = await Promise.all([
      this.dataSource.query(
        `SELECT enquiry_id AS "enquiryId", from_stage AS "fromStage", to_stage AS "toStage", officer, occurred_at AS "occurredAt",
                withdrawal_reason AS "withdrawalReason", reasons, note
           FROM funnel_transition WHERE enquiry_id = $1 ORDER BY occurred_at, id`, [enquiryId]),
      this.dataSource.query(
        `SELECT enquiry_id AS "enquiryId", channel, outcome, officer, occurred_at AS "occurredAt", note
           FROM contact_attempt WHERE enquiry_id = $1 ORDER BY occurred_at, id`, [enquiryId]),
    ]);
    return { transitions, contactAttempts };
  }
}
