import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** One area's published figures at one moment. */
export interface SufficiencySnapshotRow {
  readonly areaId: string;
  readonly areaKind: 'council' | 'cooperative' | 'england';
  readonly figures: unknown;
}

/** Stored snapshots of published sufficiency figures: one row per area per London day. */
@Injectable()
export class SufficiencySnapshotRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the day's snapshot of every area in one statement (same taken_at for all). Taking it
   * again the same day replaces that day's rows, so a retried job never adds a second; a
   * computation older than the stored one (a slow retry finishing late) changes nothing.
   */
  async saveSnapshots(em: EntityManager, takenAt: Date, takenOn: string, rows: readonly SufficiencySnapshotRow[]): Promise<void> {
    await em.query(
      `INSERT INTO sufficiency_snapshot (taken_at, taken_on, area_id, area_kind, figures)
       SELECT $1, $2::date, a.area_id, a.area_kind, a.figures FROM jsonb_to_recordset($3::jsonb) AS a(area_id text, area_kind text, figures jsonb)
       ON CONFLICT (area_id, taken_on) DO UPDATE SET taken_at = EXCLUDED.taken_at, area_kind = EXCLUDED.area_kind, figures = EXCLUDED.figures
        WHERE sufficiency_snapshot.taken_at <= EXCLUDED.taken_at`,
      [takenAt, takenOn, JSON.stringify(rows.map((r) => ({ area_id: r.areaId, area_kind: r.areaKind, figures: r.figures })))]);
  }

  /** The newest snapshot of these areas taken since `since` (all from one instant), or null. */
  async latestSnapshots(areaIds: readonly string[], since: Date): Promise<{ takenAt: Date; figures: Map<string, unknown> } | null> {
    const rows: { takenAt: Date; areaId: string; figures: unknown }[] = await this.dataSource.query(
      `SELECT taken_at AS "takenAt", area_id AS "areaId", figures FROM sufficiency_snapshot
        WHERE taken_at = (SELECT max(taken_at) FROM sufficiency_snapshot WHERE taken_at >= $2) AND area_id = ANY ($1::text[])`,
      [areaIds, since]);
    if (rows.length !== new Set(areaIds).size) return null;
    return { takenAt: rows[0].takenAt, figures: new Map(rows.map((r) => [r.areaId, r.figures])) };
  }

  /** An area's stored snapshots, oldest first (at most `limit`, the most recent ones). */
  async readSnapshots(areaId: string, limit: number): Promise<{ takenAt: Date; figures: unknown }[]> {
    return this.dataSource.query(
      `SELECT * FROM (SELECT taken_at AS "takenAt", figures FROM sufficiency_snapshot WHERE area_id = $1 ORDER BY taken_on DESC LIMIT $2) s ORDER BY "takenAt"`,
      [areaId, limit]);
  }
}
