import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@app/auth';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { DomainError, hashLinkToken, linkTokenFromBytes } from '@app/domain';
import { ApplicantFunnelRepository, ApplicationRepository, UnitOfWork } from '@app/persistence';
import { ApplicantAccess, notFound } from '../funnel/applicant-access';
import { RecruitmentClocks } from '../recruitment-clocks';

export interface IssuedApplicationLink {
  readonly url: string;
  readonly expiresAt: string;
}

/**
 * Gives an applicant, after their initial visit, a link to the application form. The link is
 * shown once, to be sent to them; a new link replaces any earlier one.
 */
@Injectable()
export class IssueApplicationLinkUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly unitOfWork: UnitOfWork,
    private readonly funnel: ApplicantFunnelRepository,
    private readonly applications: ApplicationRepository,
    private readonly clocks: RecruitmentClocks,
    @Inject(HEARTH_CONFIG) private readonly config: HearthConfig,
  ) {}

  async execute(staff: StaffPrincipal, id: string): Promise<IssuedApplicationLink> {
    const serviceId = await this.access.serviceFilterFor(staff, id);
    const token = linkTokenFromBytes(randomBytes(32));
    const expiresAt = new Date(this.clocks.now().getTime() + this.config.applicationLinkDays * 86_400_000);
    await this.unitOfWork.run(async (em) => {
      const e = await this.funnel.findForUpdate(em, serviceId, id);
      if (!e) throw notFound();
      if (e.status !== 'initial-visit') {
        throw new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED',
          `An application link is given after the initial visit; this applicant is at ${e.status}`);
      }
      await this.applications.replaceLink(em, id, hashLinkToken(token), staff.subject, expiresAt);
    });
    return { url: `${this.config.publicBaseUrl.replace(/\/$/, '')}/apply/${token}`, expiresAt: expiresAt.toISOString() };
  }
}
