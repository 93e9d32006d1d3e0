import { FUNNEL_STEPS } from '@app/domain';
import type { ExpectedReport } from './expected';
import type { LoadScenario } from '../shared/http-load';

interface ReportBody {
  scope?: string;
  steps?: { stage?: string; reached?: number }[];
  byMonth?: { steps?: { stage?: string; reached?: number }[] }[];
  byChannel?: { steps?: { stage?: string; reached?: number }[] }[];
  withdrawalReasons?: { code?: string; count?: number }[];
}

export interface ReportScope {
  readonly name: string;
  readonly describe: string;
  readonly token: string;
  /** The scope label the report must carry, e.g. "region:E12000002". */
  readonly label: string;
  readonly expected: ExpectedReport;
}

/** The same report again and again: the period is fixed so every answer can be checked against SQL. */
export function reportScenario(scope: ReportScope, from: Date, to: Date): LoadScenario {
  const path = `/api/v1/funnel-report?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  const headers = { authorization: `Bearer ${scope.token}` };
  return {
    name: scope.name,
    describe: scope.describe,
    next: () => ({ path, headers }),
    check: (status, body) => (status === 200 ? judgeReport(JSON.parse(body) as ReportBody, scope) : `status ${status}`),
  };
}

/** Null if every step's reach, the withdrawal reasons and the month and channel totals agree with SQL. */
export function judgeReport(report: ReportBody, scope: ReportScope): string | null {
  const { reached, withdrawals } = scope.expected;
  if (report.scope !== scope.label) return `scope ${report.scope}`;
  const steps = report.steps ?? [];
  if (steps.length !== FUNNEL_STEPS.length || steps.some((s, i) => s.stage !== FUNNEL_STEPS[i])) return 'steps are not the funnel steps in order';
  const wrong = steps.find((s) => s.reached !== (reached.get(s.stage!) ?? 0));
  if (wrong) return `${wrong.stage} reached ${wrong.reached}, SQL says ${reached.get(wrong.stage!) ?? 0}`;
  const badReason = (report.withdrawalReasons ?? []).find((w) => w.count !== (withdrawals.get(w.code!) ?? 0));
  if (badReason) return `${badReason.code} withdrawals ${badReason.count}, SQL says ${withdrawals.get(badReason.code!) ?? 0}`;
  const cohort = reached.get('enquiry-received') ?? 0;
  const total = (groups: ReportBody['byMonth']) =>
    (groups ?? []).reduce((sum, g) => sum + (g.steps?.find((s) => s.stage === 'enquiry-received')?.reached ?? 0), 0);
  if (total(report.byMonth) !== cohort) return `months add up to ${total(report.byMonth)} enquiries, not ${cohort}`;
  if (total(report.byChannel) !== cohort) return `channels add up to ${total(report.byChannel)} enquiries, not ${cohort}`;
  return null;
}
