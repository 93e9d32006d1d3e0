import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface PendingOutboxMessage {
  readonly id: string;
  readonly jobName: string;
  readonly payload: Record<string, unknown>;
  readonly priority: number | null;
  readonly attempts: number;
}

export interface OutboxBacklog {
  readonly undispatched: number;
  readonly oldestSeconds: number;
}

/** What the outbox relay reads and writes; producers only ever append through OutboxRepository. */
@Injectable()
export class OutboxRelayRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Oldest undispatched rows of the jobs this relay knows, locked for this transaction; rows
   * another relay holds are skipped, not waited for. A job name this version does not know (written
   * by a newer release during a rolling deploy) is left for a relay that does.
   */
  claimBatch(em: EntityManager, limit: number, jobNames: readonly string[]): Promise<PendingOutboxMessage[]> {
    return em.query(
      `SELECT id, job_name AS "jobName", payload, priority, attempts FROM outbox_message
        WHERE dispatched_at IS NULL AND job_name = ANY($2::text[]) ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit, jobNames]);
  }

  async markDispatched(em: EntityManager, ids: readonly string[]): Promise<void> {
    await em.query(`UPDATE outbox_message SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Counted outside the failed batch's transaction, which rolled back. */
  async recordFailedAttempt(ids: readonly string[]): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_message SET attempts = attempts + 1 WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Rows not yet handed to BullMQ, and how long the oldest has waited (by the database's clock): for /metrics. */
  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS undispatched, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS "oldestSeconds"
         FROM outbox_message WHERE dispatched_at IS NULL`);
    return { undispatched: row.undispatched, oldestSeconds: Math.max(0, row.oldestSeconds) };
  }

  async countUndispatched(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE dispatched_at IS NULL`);
    return row.n;
  }
}
