import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A request recorded in the outbox (its row id is the request's id), and the enquiry it is for. */
export interface RecordedRequest {
  readonly id: string;
  readonly enquiryId: string;
}

export interface RequestWindow {
  readonly jobName: string;
  /** Handed to BullMQ at least once, recorded after `from` and before `to`. */
  readonly from: Date;
  readonly to: Date;
  /** Rows dispatched this many times already are left alone: a request nothing can satisfy is not retried for ever. */
  readonly maxAttempts: number;
  readonly limit: number;
  /** The template of the message that answers such a request. */
  readonly answeredBy: string;
}

/** The outbox's scheduled housekeeping: purging what was delivered long ago, and finding requests whose job was lost. */
@Injectable()
export class OutboxHousekeepingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes one batch of rows handed to BullMQ before `before`, oldest first, in a statement of its own; returns how many. */
  async purgeDispatched(before: Date, limit: number): Promise<number> {
    // Counted in a SELECT: TypeORM answers a bare DELETE … RETURNING with [rows, rowCount], not the rows.
    const [row] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM outbox_message WHERE id IN (
         SELECT id FROM outbox_message WHERE dispatched_at < $1 ORDER BY dispatched_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING id)
       SELECT count(*)::int AS n FROM gone`, [before, limit]);
    return row.n;
  }

  /**
   * Dispatched requests of one job, recorded in the window, that no message answered: nothing with
   * the answering template was recorded for their enquiry after the request (a later request's
   * answer counts, as it gave the person what they asked for). Locked for this transaction.
   */
  lockUnansweredRequests(em: EntityManager, w: RequestWindow): Promise<RecordedRequest[]> {
    return em.query(
      `SELECT o.id, o.payload->>'enquiryId' AS "enquiryId" FROM outbox_message o
        WHERE o.job_name = $1 AND o.created_at >= $2 AND o.created_at < $3 AND o.dispatched_at IS NOT NULL AND o.attempts < $4
          AND o.payload->>'enquiryId' ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
          AND NOT EXISTS (SELECT 1 FROM notification n
                           WHERE n.enquiry_id = CASE WHEN o.payload->>'enquiryId' ~ '^[0-9a-f-]{36}$' THEN (o.payload->>'enquiryId')::uuid END
                             AND n.template = $6 AND n.created_at >= o.created_at)
        ORDER BY o.created_at LIMIT $5 FOR UPDATE OF o SKIP LOCKED`,
      [w.jobName, w.from, w.to, w.maxAttempts, w.limit, w.answeredBy]);
  }

  /** Hands rows back to the relay, which adds them to BullMQ again under the same job id. */
  async requeue(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await em.query(`UPDATE outbox_message SET dispatched_at = NULL WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
