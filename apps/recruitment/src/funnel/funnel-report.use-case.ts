import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import {
  buildFunnelReport, councilServiceCode, DomainError, FUNNEL_STEPS, type FunnelReport, type FunnelStep, type StepCounts, type WithdrawalReason,
} from '@app/domain';
import { FosteringServiceRepository, FunnelReportRepository, type FunnelCountRow, type FunnelReportFilter } from '@app/persistence';
import { RecruitmentClocks } from '../recruitment-clocks';
import type { FunnelReportQueryDto } from './funnel-report.query.dto';

export interface FunnelReportResponse extends FunnelReport {
  readonly scope: string;
  readonly from: string;
  readonly to: string;
}

const YEAR_MS = 365 * 86_400_000;

/**
 * The funnel for the person's own scope: their service, their region's councils (a regional hub
 * or analyst), or England. Aggregates only: no applicant is named.
 */
@Injectable()
export class FunnelReportUseCase {
  constructor(
    private readonly reports: FunnelReportRepository,
    private readonly services: FosteringServiceRepository,
    private readonly clocks: RecruitmentClocks,
  ) {}

  async execute(staff: StaffPrincipal, query: FunnelReportQueryDto): Promise<FunnelReportResponse> {
    const to = query.to ?? this.clocks.now();
    const from = query.from ?? new Date(to.getTime() - YEAR_MS);
    if (from >= to) {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field: 'from', rule: 'beforeTo', message: 'from must be before to' },
      ]);
    }
    const filter = await this.filterFor(staff, from, to);
    const rows = filter ? await this.reports.read(filter) : { counts: [], medianDays: [], withdrawals: [] };
    const report = buildFunnelReport({
      overall: countsWhere(rows.counts, (r) => r.month === null && r.channel === null).get('') ?? {},
      medianDays: Object.fromEntries(rows.medianDays.map((m) => [m.stage, m.days])),
      byMonth: countsWhere(rows.counts, (r) => r.month !== null, (r) => r.month!),
      byChannel: countsWhere(rows.counts, (r) => r.channel !== null, (r) => r.channel!),
      withdrawals: Object.fromEntries(rows.withdrawals.map((w) => [w.code as WithdrawalReason, w.count])),
    });
    return { scope: scopeLabel(staff), from: from.toISOString(), to: to.toISOString(), ...report };
  }

  private async filterFor(staff: StaffPrincipal, from: Date, to: Date): Promise<FunnelReportFilter | null> {
    const { scope } = staff;
    if (scope.kind === 'england') return { from, to };
    if (scope.kind === 'region') return { from, to, regionCode: scope.code };
    // A defined cooperative's funnel is not reported yet: its analysts see an empty report, never another's.
    if (scope.kind === 'cooperative') return null;
    const code = scope.kind === 'service' ? scope.code : councilServiceCode(scope.code);
    const service = await this.services.findByCode(code);
    return service ? { from, to, serviceId: service.id } : null;
  }
}

function countsWhere(rows: FunnelCountRow[], keep: (r: FunnelCountRow) => boolean, key: (r: FunnelCountRow) => string = () => ''): Map<string, StepCounts> {
  const groups = new Map<string, StepCounts>();
  for (const row of rows.filter(keep)) {
    if (!(FUNNEL_STEPS as readonly string[]).includes(row.stage)) continue;
    const counts = groups.get(key(row)) ?? {};
    counts[row.stage as FunnelStep] = row.reached;
    groups.set(key(row), counts);
  }
  return groups;
}

function scopeLabel(staff: StaffPrincipal): string {
  return staff.scope.kind === 'england' ? 'england' : `${staff.scope.kind}:${staff.scope.code}`;
}
