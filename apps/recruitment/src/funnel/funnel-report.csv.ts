import { toCsv, type CsvCell } from '@app/web';
import type { FunnelGroupFigures } from '@app/domain';
import type { FunnelReportResponse } from './funnel-report.use-case';

/** The whole report as one table: a row per step per group, then a row per withdrawal reason. */
export function funnelReportCsv(report: FunnelReportResponse): string {
  const rows: CsvCell[][] = [];
  const add = (section: string, groups: readonly FunnelGroupFigures[]) => {
    for (const g of groups) {
      for (const s of g.steps) rows.push([section, g.group, s.stage, s.reached, s.conversionFromPrevious, s.medianDaysInStage]);
    }
  };
  add('all', [{ group: report.scope, steps: report.steps }]);
  add('month', report.byMonth);
  add('channel', report.byChannel);
  for (const w of report.withdrawalReasons) rows.push(['withdrawal-reason', w.code, 'withdrawn', w.count, null, null]);
  return toCsv(['section', 'group', 'stage', 'reached', 'conversion_from_previous', 'median_days_in_stage'], rows);
}
