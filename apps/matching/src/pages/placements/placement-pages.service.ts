import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { DomainError } from '@app/domain';
import { govukFormErrors, httpStatusForCode } from '@app/web';
import { BookPlacementRequestDto, EndPlacementRequestDto } from '../../placements/book-placement.request.dto';
import { BookPlacementUseCase } from '../../placements/book-placement.use-case';
import { EndPlacementUseCase } from '../../placements/end-placement.use-case';
import { MatchPagesService } from '../matches/match-pages.service';
import type { PageAnswer } from '../page-renderer';
import { problemsOf, validateAs } from '../validate-as';
import { GetPlacementUseCase } from './get-placement.use-case';
import { placementView } from './placement-view';

type Form = Record<string, unknown>;
const list = (value: unknown): string[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string'));

/** A 409 from a use case, shown in the words it gave: why this home cannot be booked, or why it is already done. */
function conflict(error: unknown, title: string, backLink: string): PageAnswer {
  if (error instanceof DomainError && httpStatusForCode(error.code) === 409) {
    return { view: 'conflict.njk', context: { pageTitle: title, reason: error.message, backLink }, status: 409 };
  }
  throw error;
}

/** Booking a home and ending a placement, through the same use cases as the JSON API. */
@Injectable()
export class PlacementPagesService {
  constructor(
    private readonly matches: MatchPagesService,
    private readonly book: BookPlacementUseCase,
    private readonly end: EndPlacementUseCase,
    private readonly get: GetPlacementUseCase,
  ) {}

  async checkBooking(staff: StaffPrincipal, referralId: string, householdId: string, clientIp: string | null): Promise<PageAnswer> {
    const { referral, candidate } = await this.matches.candidate(staff, referralId, householdId, clientIp);
    if (!candidate) {
      const reason = 'This home is not among the homes that can take these children now. Run the search again to see the homes that can.';
      return { view: 'conflict.njk', context: { pageTitle: 'This home cannot be booked', reason, backLink: `/referrals/${referralId}/matches` }, status: 409 };
    }
    return { view: 'placements/book.njk', context: { referral, candidate, siblingGroup: referral.children.length > 1 } };
  }

  async confirmBooking(staff: StaffPrincipal, referralId: string, householdId: string, body: Form, clientIp: string | null): Promise<PageAnswer> {
    const childIds = list(body.childIds);
    try {
      const request = await validateAs(BookPlacementRequestDto, {
        referralId, householdId, fosteringForAdoption: list(body.fosteringForAdoption).includes('yes'), ...(childIds.length ? { childIds } : {}),
      });
      const booked = await this.book.execute(staff, request, clientIp);
      return { redirect: `/referrals/${referralId}/booked?${booked.map((p) => `placement=${p.id}`).join('&')}` };
    } catch (error) {
      if (problemsOf(error)) throw new DomainError('REQUEST.ROUTE_NOT_FOUND', 'No such page or endpoint');
      return conflict(error, 'This home cannot be booked', `/referrals/${referralId}/matches`);
    }
  }

  async booked(staff: StaffPrincipal, referralId: string, ids: unknown, clientIp: string | null): Promise<PageAnswer> {
    const placements = [];
    for (const id of list(ids).slice(0, 8)) placements.push(placementView(await this.get.execute(staff, id, clientIp)));
    if (placements.length === 0 || placements.some((p) => p.referralId !== referralId)) throw new DomainError('PLACEMENT.NOT_FOUND', 'No placement with that id');
    return { view: 'placements/booked.njk', context: { referralId, placements } };
  }

  async endForm(staff: StaffPrincipal, id: string, clientIp: string | null, values: Form = {}, problems: DomainError['details'] = []): Promise<PageAnswer> {
    const placement = placementView(await this.get.execute(staff, id, clientIp));
    if (placement.ended) return { redirect: `/placements/${id}/ended` };
    const errors = govukFormErrors(problems ?? [], ['reason']);
    return { view: 'placements/end.njk', context: { placement, values, errors }, status: problems?.length ? 400 : 200 };
  }

  async confirmEnd(staff: StaffPrincipal, id: string, body: Form, clientIp: string | null): Promise<PageAnswer> {
    try {
      const request = await validateAs(EndPlacementRequestDto, { reason: typeof body.reason === 'string' ? body.reason : '' });
      await this.end.execute(staff, id, request.reason, clientIp);
      return { redirect: `/placements/${id}/ended` };
    } catch (error) {
      const problems = problemsOf(error);
      if (problems) return this.endForm(staff, id, clientIp, { reason: body.reason }, problems.map((p) => ({ ...p, field: 'reason', message: endMessage(p.message) })));
      return conflict(error, 'This placement cannot be ended', `/placements/${id}/ended`);
    }
  }

  async ended(staff: StaffPrincipal, id: string, clientIp: string | null): Promise<PageAnswer> {
    return { view: 'placements/ended.njk', context: { placement: placementView(await this.get.execute(staff, id, clientIp)) } };
  }
}

function endMessage(message: string): string {
  return /200/.test(message) ? 'The reason must be 200 characters or fewer' : 'Enter why the placement ended';
}
