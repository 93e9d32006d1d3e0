import { Injectable } from '@nestjs/common';
import type { FieldProblem } from '@app/domain';
import { govukFormErrors } from '@app/web';
import { CreateReferralRequestDto } from '../../referrals/create-referral.request.dto';
import { CreateReferralUseCase } from '../../referrals/create-referral.use-case';
import { GetReferralUseCase } from '../../referrals/get-referral.use-case';
import type { PageAnswer } from '../page-renderer';
import type { SignedInSession } from '../session/staff-session';
import { ListReferralPlacementsUseCase } from '../placements/list-referral-placements.use-case';
import { placementRows } from '../placements/placement-view';
import { GetShortlistUseCase } from '../shortlist/get-shortlist.use-case';
import { problemsOf, validateAs } from '../validate-as';
import { ListReferralsUseCase } from './list-referrals.use-case';
import { pageProblems } from './referral-form.errors';
import { fieldOrder, readSize, referralRequestFrom, typedValues, type ReferralSize } from './referral-form';
import { referralView, referralRows } from './referral-view';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** The placement team's referral pages, each calling the same use case as the JSON API. */
@Injectable()
export class ReferralPagesService {
  constructor(
    private readonly list: ListReferralsUseCase,
    private readonly create: CreateReferralUseCase,
    private readonly get: GetReferralUseCase,
    private readonly shortlist: GetShortlistUseCase,
    private readonly placements: ListReferralPlacementsUseCase,
  ) {}

  async start(session: SignedInSession): Promise<PageAnswer> {
    const referrals = await this.list.execute(session.principal);
    return { view: 'start.njk', context: { rows: referralRows(referrals) } };
  }

  sizeStep(): PageAnswer {
    return { view: 'referrals/size.njk', context: { values: { zones: '0' } } };
  }

  details(query: unknown): PageAnswer {
    const read = readSize(query);
    if ('problems' in read) return this.sizeErrors(read.problems, read.values);
    return this.form(read.size, {}, []);
  }

  async submit(session: SignedInSession, body: unknown, clientIp: string | null): Promise<PageAnswer> {
    const read = readSize(body);
    if ('problems' in read) return this.sizeErrors(read.problems, read.values);
    const { principal } = session;
    const council = principal.scope.kind === 'council' ? principal.scope.code : '';
    try {
      const request = await validateAs(CreateReferralRequestDto, referralRequestFrom(body, read.size, council));
      return { redirect: `/referrals/${await this.create.execute(principal, request, clientIp)}` };
    } catch (error) {
      const problems = problemsOf(error);
      if (!problems) throw error;
      return this.form(read.size, typedValues(body), pageProblems(problems), 400);
    }
  }

  async show(session: SignedInSession, id: string, clientIp: string | null): Promise<PageAnswer> {
    const referral = await this.get.execute(session.principal, id, clientIp);
    const shortlist = await this.shortlist.execute(session.principal, id);
    const placements = await this.placements.execute(session.principal, id, clientIp);
    return { view: 'referrals/referral.njk', context: { ...referralView(referral, shortlist), placements: placementRows(placements) } };
  }

  private form(size: ReferralSize, values: Record<string, unknown>, problems: FieldProblem[], status = 200): PageAnswer {
    const errors = govukFormErrors(problems, fieldOrder(size));
    return { view: 'referrals/form.njk', context: { size, children: range(size.children), zones: range(size.zones), values, errors }, status };
  }

  private sizeErrors(problems: FieldProblem[], values: Record<string, unknown>): PageAnswer {
    return { view: 'referrals/size.njk', context: { values, errors: govukFormErrors(problems, ['children', 'zones']) }, status: 400 };
  }
}
