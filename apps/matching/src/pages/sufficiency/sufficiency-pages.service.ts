import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { GetAreaSufficiencyUseCase } from '../../sufficiency/get-area-sufficiency.use-case';
import { GetSufficiencyTrendsUseCase } from '../../sufficiency/get-sufficiency-trends.use-case';
import type { AreaRequest } from '@app/sufficiency';
import { areaNotFound } from '../../sufficiency/sufficiency-area';
import { sufficiencyCsv } from '../../sufficiency/sufficiency.csv';
import type { PageAnswer } from '../page-renderer';
import { dashboardView } from './dashboard-view';

/** Where an area's dashboard lives. */
export function dashboardPath(request: AreaRequest): string {
  if (request.kind === 'england') return '/sufficiency/england';
  return request.kind === 'cooperative' ? `/sufficiency/cooperatives/${request.id}` : `/sufficiency/councils/${request.code}`;
}

/** The dashboard pages: the same use cases as the API, so scope (404 outside one's cooperative) is the same. */
@Injectable()
export class SufficiencyPagesService {
  constructor(
    private readonly areas: GetAreaSufficiencyUseCase,
    private readonly trends: GetSufficiencyTrendsUseCase,
  ) {}

  /** An analyst's own area: their cooperative (region or cooperative scope), their council, or England. */
  home(staff: StaffPrincipal): PageAnswer {
    const s = staff.scope;
    if (s.kind === 'england') return { redirect: dashboardPath({ kind: 'england' }) };
    if (s.kind === 'region' || s.kind === 'cooperative') return { redirect: dashboardPath({ kind: 'cooperative', id: s.code }) };
    if (s.kind === 'council') return { redirect: dashboardPath({ kind: 'council', code: s.code }) };
    throw areaNotFound();
  }

  async dashboard(staff: StaffPrincipal, request: AreaRequest): Promise<PageAnswer> {
    const [answer, trends] = await Promise.all([this.areas.execute(staff, request), this.trends.execute(staff, request)]);
    const areas = [
      ...(answer.area.kind === 'council' ? answer.area.cooperativeIds.map((id) => ({ href: dashboardPath({ kind: 'cooperative', id }), text: `Back to the cooperative (${id})` })) : []),
      ...(answer.area.kind !== 'council' ? answer.area.councils.map((c) => ({ href: dashboardPath({ kind: 'council', code: c.code }), text: `${c.name} (${c.code})` })) : []),
    ];
    const csv = `${dashboardPath(request)}/download.csv`;
    return { view: 'sufficiency/dashboard.njk', context: { ...dashboardView(answer, trends, { csv, areas }), fullWidth: true } };
  }

  async csv(staff: StaffPrincipal, request: AreaRequest): Promise<{ filename: string; body: string }> {
    const reports = await this.areas.withParts(staff, request);
    return { filename: `sufficiency-${reports[0].area.id}.csv`, body: sufficiencyCsv(reports) };
  }
}
