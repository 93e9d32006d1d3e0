import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { TeamMemberRepository, WorkQueueRepository, type WorkQueueFilter } from '@app/persistence';
import { StaffServiceScope } from '../enquiries/staff-service-scope';
import { RecruitmentClocks } from '../recruitment-clocks';
import { toWorkQueueItem, type WorkQueueResponse } from './applicant.responses';
import { decodeWorkQueueCursor, encodeWorkQueueCursor } from './work-queue-cursor';
import type { WorkQueueQueryDto } from './work-queue.query.dto';

/** The officer's service's open applicants, ordered by what is due soonest (overdue first), shortage categories first within a day. */
@Injectable()
export class WorkQueueUseCase {
  constructor(
    private readonly scope: StaffServiceScope,
    private readonly queue: WorkQueueRepository,
    private readonly clocks: RecruitmentClocks,
    private readonly team: TeamMemberRepository,
  ) {}

  async execute(staff: StaffPrincipal, query: WorkQueueQueryDto): Promise<WorkQueueResponse> {
    const visibility = await this.scope.visibilityFor(staff);
    if (!visibility.all && visibility.serviceId === null) return { items: [], nextCursor: null };
    const after = query.cursor ? decodeWorkQueueCursor(query.cursor) : undefined;
    if (after === null) {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field: 'cursor', rule: 'cursor', message: 'cursor must be a nextCursor from a previous page' },
      ]);
    }
    const limit = query.limit ?? 25;
    const serviceId = visibility.all ? null : visibility.serviceId;
    const assignedTo = await this.assignedFilter(staff, serviceId, query.assigned);
    if (Array.isArray(assignedTo) && assignedTo.length === 0) return { items: [], nextCursor: null };
    const rows = await this.queue.list({ serviceId, assignedTo }, limit + 1, after);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const now = this.clocks.now();
    return { items: page.map((row) => toWorkQueueItem(row, now)), nextCursor: rows.length > limit && last ? encodeWorkQueueCursor(last) : null };
  }

  /** `me` is the team rows the signed-in person holds; someone in no team has no applicants of their own. */
  private async assignedFilter(staff: StaffPrincipal, serviceId: string | null, assigned: string | undefined): Promise<WorkQueueFilter['assignedTo']> {
    if (assigned === undefined) return undefined;
    if (assigned === 'unassigned') return 'unassigned';
    if (assigned === 'me') return this.team.idsForSubject(staff.subject, serviceId);
    return [assigned.toLowerCase()];
  }
}
