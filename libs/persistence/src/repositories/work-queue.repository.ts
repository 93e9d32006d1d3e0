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
}

/** Where the previous page ended. */
export interface WorkQueueCursor {
  readonly dueAt: Date;
  readonly id: string;
}

/**
 * A service's open applicants, soonest due first (so overdue first), read straight off the
 * work-queue index: the due date is kept on the row whenever the applicant changes.
 */
@Injectable()
export class WorkQueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(serviceId: string | null, limit: number, after?: WorkQueueCursor): Promise<WorkQueueRow[]> {
    const params: unknown[] = [limit];
    const where = ['due_at IS NOT NULL'];
    if (serviceId !== null) where.push(`service_id = $${params.push(serviceId)}`);
    if (after) where.push(`(due_at, id) > ($${params.push(after.dueAt)}, $${params.push(after.id)}::uuid)`);
    return this.dataSource.query(
      `SELECT id, reference, first_name AS "firstName", last_name AS "lastName", status AS stage, priority,
              due_kind AS "dueKind", due_at AS "dueAt", stage_entered_at AS "stageEnteredAt",
              unanswered_contact_attempts AS "unansweredContactAttempts", version
         FROM enquiry WHERE ${where.join(' AND ')}
        ORDER BY due_at, id LIMIT $1`,
      params,
    );
  }
}
