import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Whose enquiries a funnel report covers: one service, a region's councils, or everyone; and when they enquired. */
export interface FunnelReportFilter {
  readonly serviceId?: string;
  readonly regionCode?: string;
  readonly from: Date;
  readonly to: Date;
}

export interface FunnelCountRow {
  readonly month: string | null;
  readonly channel: string | null;
  readonly stage: string;
  readonly reached: number;
}

export interface FunnelReportRows {
  readonly counts: FunnelCountRow[];
  readonly medianDays: { stage: string; days: number }[];
  readonly withdrawals: { code: string; count: number }[];
}

// The cohort: enquiries received in the period. Every one reached "enquiry-received";
// each move recorded says it reached the stage moved to (moves only go forward one step).
const COHORT = `
  WITH cohort AS (
    SELECT e.id, e.created_at, e.heard_from,
           to_char(e.created_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month
      FROM enquiry e
     WHERE e.created_at >= $1 AND e.created_at < $2
       AND ($3::uuid IS NULL OR e.service_id = $3)
       AND ($4::text IS NULL OR e.council_code IN (SELECT code FROM council WHERE region_code = $4)))`;

/** Aggregates for the funnel report, computed in PostgreSQL; no personal data leaves the query. */
@Injectable()
export class FunnelReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(filter: FunnelReportFilter): Promise<FunnelReportRows> {
    const params = [filter.from, filter.to, filter.serviceId ?? null, filter.regionCode ?? null];
    const [counts, medianDays, withdrawals] = await Promise.all([
      this.dataSource.query(`${COHORT},
        reached AS (
          SELECT id, month, heard_from, 'enquiry-received' AS stage FROM cohort
          UNION ALL
          SELECT c.id, c.month, c.heard_from, t.to_stage FROM funnel_transition t JOIN cohort c ON c.id = t.enquiry_id)
        SELECT month, heard_from AS channel, stage, count(DISTINCT id)::int AS reached
          FROM reached GROUP BY GROUPING SETS ((stage), (month, stage), (heard_from, stage))`, params),
      this.dataSource.query(`${COHORT},
        stays AS (
          SELECT t.from_stage, extract(epoch FROM t.occurred_at - coalesce(
                   lag(t.occurred_at) OVER (PARTITION BY t.enquiry_id ORDER BY t.occurred_at, t.id), c.created_at)) / 86400 AS days
            FROM funnel_transition t JOIN cohort c ON c.id = t.enquiry_id)
        SELECT from_stage AS stage, percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS days FROM stays GROUP BY from_stage`, params),
      this.dataSource.query(`${COHORT}
        SELECT t.withdrawal_reason AS code, count(*)::int AS count
          FROM funnel_transition t JOIN cohort c ON c.id = t.enquiry_id
         WHERE t.to_stage = 'withdrawn' GROUP BY t.withdrawal_reason`, params),
    ]);
    return { counts, medianDays, withdrawals };
  }
}
