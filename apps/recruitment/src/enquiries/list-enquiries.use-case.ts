import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { EnquiryRepository } from '@app/persistence';
import { decodeCursor, encodeCursor } from './enquiry-cursor';
import { toEnquirySummary, type EnquiryPageResponse } from './enquiry.responses';
import type { ListEnquiriesQueryDto } from './list-enquiries.query.dto';
import { StaffServiceScope } from './staff-service-scope';

/** A recruitment officer's view of their own service's enquiries, newest first. */
@Injectable()
export class ListEnquiriesUseCase {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly scope: StaffServiceScope,
  ) {}

  async execute(staff: StaffPrincipal, query: ListEnquiriesQueryDto): Promise<EnquiryPageResponse> {
    const visibility = await this.scope.visibilityFor(staff);
    if (!visibility.all && visibility.serviceId === null) return { items: [], nextCursor: null };
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    if (after === null) {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field: 'cursor', rule: 'cursor', message: 'cursor must be a nextCursor from a previous page' },
      ]);
    }
    const limit = query.limit ?? 25;
    const rows = await this.enquiries.listForService(visibility.all ? null : visibility.serviceId, {
      status: query.status, from: query.from, to: query.to, limit: limit + 1, after,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toEnquirySummary), nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
  }
}
