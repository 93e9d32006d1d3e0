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

/** Each stage with the column saying when it was reached; enquiry-received is the enquiry itself. */
const REACHED: readonly (readonly [string, string])[] = [
  ['enquiry-received', 'created_at'], ['contacted', 'contacted_at'], ['initial-visit', 'initial_visit_at'],
  ['application-submitted', 'application_submitted_at'], ['stage-1', 'stage1_started_at'], ['stage-2', 'stage2_started_at'],
  ['panel', 'panel_stage_at'], ['approved', 'approved_at'],
];
const WITHDRAWAL_CODES = ['AW0', 'AW1', 'AW2', 'AW3', 'AW4', 'AW5'];

// Time in a stage ends when the next stage is reached, or when the record closed from that stage.
const left = (i: number) => `coalesce(${REACHED[i + 1][1]}, CASE WHEN closed_from_stage = '${REACHED[i][0]}' THEN closed_at END)`;
// date_part, not extract: extract answers numeric, and sorting 20,000 numerics for each of seven
// medians was most of a regional report's time; float8 days lose nothing the report shows.
const MEDIANS = REACHED.slice(0, -1).map(([, entered], i) =>
  `percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', ${left(i)} - ${entered}) / 86400) AS "median${i}"`).join(',\n');

// The cohort is the enquiries received in the period; every figure comes from their own rows
// (milestones stamped as moves happen), so no query replays the national history of moves. It is
// read twice from the covering index (medians, counts) rather than materialised: cheaper than
// writing and re-reading 20,000 rows. Months are grouped as dates and formatted once per group.
/** The report query (exported for the benchmark to explain and time on its own). */
export const FUNNEL_REPORT_SQL = `
  WITH cohort AS NOT MATERIALIZED (
    SELECT created_at, heard_from, ${REACHED.slice(1).map(([, column]) => column).join(', ')}, closed_at, closed_from_stage, withdrawal_reason
      FROM enquiry e
     WHERE e.created_at >= $1 AND e.created_at < $2
       AND ($3::uuid IS NULL OR e.service_id = $3)
       -- An array rather than IN (subquery), so each council is an index range, not a filter on all of England.
       AND ($4::text IS NULL OR e.council_code = ANY (ARRAY(SELECT code FROM council WHERE region_code = $4)))),
  medians AS (SELECT ${MEDIANS} FROM cohort),
  counts AS (
    SELECT GROUPING(month_start) AS "byMonth", GROUPING(heard_from) AS "byChannel", to_char(month_start, 'YYYY-MM') AS month, heard_from AS channel,
           ${REACHED.map(([, column], i) => `count(${column})::int AS "reached${i}"`).join(', ')},
           ${WITHDRAWAL_CODES.map((code) => `count(*) FILTER (WHERE withdrawal_reason = '${code}')::int AS "${code}"`).join(', ')}
      FROM (SELECT *, date_trunc('month', created_at AT TIME ZONE 'Europe/London') AS month_start FROM cohort) c
     GROUP BY GROUPING SETS ((), (month_start), (heard_from)))
  SELECT * FROM counts CROSS JOIN medians`;

type ReportRow = Record<string, number | string | null> & { byMonth: number; byChannel: number; month: string | null; channel: string | null };

/** Aggregates for the funnel report, computed in PostgreSQL in one query; no personal data leaves it. */
@Injectable()
export class FunnelReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(filter: FunnelReportFilter): Promise<FunnelReportRows> {
    const rows: ReportRow[] = await this.dataSource.query(FUNNEL_REPORT_SQL, [filter.from, filter.to, filter.serviceId ?? null, filter.regionCode ?? null]);
    const counts: FunnelCountRow[] = [];
    for (const row of rows) {
      const month = row.byMonth === 0 ? row.month : null;
      const channel = row.byChannel === 0 ? row.channel : null;
      REACHED.forEach(([stage], i) => counts.push({ month, channel, stage, reached: Number(row[`reached${i}`]) }));
    }
    const overall = rows.find((r) => r.byMonth === 1 && r.byChannel === 1);
    return {
      counts,
      medianDays: REACHED.slice(0, -1).flatMap(([stage], i) => {
        const days = overall?.[`median${i}`];
        return days === null || days === undefined ? [] : [{ stage, days: Number(days) }];
      }),
      withdrawals: WITHDRAWAL_CODES.map((code) => ({ code, count: Number(overall?.[code] ?? 0) })).filter((w) => w.count > 0),
    };
  }
}
