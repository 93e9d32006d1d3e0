import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** One line of a recruitment officer's work queue: who, at which stage, what is due and when. */
export interface WorkQueueRow {
  readonly id: string;
  readonly reference: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly stage: string;
  readonly priority: string;
  readonly dueKind: string;
  readonly dueAt: Date;
  readonly stageEnteredAt: Date;
  readonly unansweredContactAttempts: number;
  readonly version: number;
  readonly assignedToId: string | null;
  readonly assignedToName: string | null;
  /** 0 for shortage-category applicants, 1 otherwise: shortage first among what is due the same day. */
  readonly priorityRank: number;
}

/** Whose queue: one service's (or, null, every service's), narrowed to some officers' applicants or to those no one has. */
export interface WorkQueueFilter {
  readonly serviceId: string | null;
  readonly assignedTo?: 'unassigned' | readonly string[];
}

/** Where the previous page ended. */
export interface WorkQueueCursor {
  readonly dueAt: Date;
  readonly priorityRank: number;
  readonly id: string;
}

/**
 * A service's open applicants, soonest due first (so overdue first) and, among what is due the same
 * London day, shortage-category applicants first; read straight off the work-queue index (the due
 * date is kept on the row whenever the applicant changes, its day and rank generated from it).
 */
@Injectable()
export class WorkQueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: WorkQueueFilter, limit: number, after?: WorkQueueCursor): Promise<WorkQueueRow[]> {
    const params: unknown[] = [limit];
    const where = ['e.due_at IS NOT NULL'];
    if (filter.serviceId !== null) where.push(`e.service_id = $${params.push(filter.serviceId)}`);
    if (filter.assignedTo === 'unassigned') where.push('e.assigned_to IS NULL');
    else if (filter.assignedTo) where.push(`e.assigned_to = ANY($${params.push(filter.assignedTo)}::uuid[])`);
    if (after) {
      const at = `$${params.push(after.dueAt)}::timestamptz`;
      where.push(`(e.due_day, e.priority_rank, e.due_at, e.id) > ((${at} AT TIME ZONE 'Europe/London')::date, $${params.push(after.priorityRank)}::smallint, ${at}, $${params.push(after.id)}::uuid)`);
    }
    return this.dataSource.query(
      `SELECT e.id, e.reference, e.first_name AS "firstName", e.last_name AS "lastName", e.status AS stage, e.priority,
              e.due_kind AS "dueKind", e.due_at AS "dueAt", e.stage_entered_at AS "stageEnteredAt",
              e.unanswered_contact_attempts AS "unansweredContactAttempts", e.version,
              e.priority_rank AS "priorityRank", t.id AS "assignedToId", t.name AS "assignedToName"
         FROM enquiry e LEFT JOIN team_member t ON t.id = e.assigned_to
        WHERE ${where.join(' AND ')}
        ORDER BY e.due_day, e.priority_rank, e.due_at, e.id LIMIT $1`,
      params,
    );
  }
}
