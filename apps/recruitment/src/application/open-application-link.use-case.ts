import { Injectable } from '@nestjs/common';
import { hashLinkToken, looksLikeLinkToken } from '@app/domain';
import { ApplicationRepository } from '@app/persistence';
import { RecruitmentClocks } from '../recruitment-clocks';

/** The live link a token opens, or null for an expired, revoked, replaced or made-up one. */
@Injectable()
export class OpenApplicationLinkUseCase {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly clocks: RecruitmentClocks,
  ) {}

  async execute(token: string): Promise<string | null> {
    if (!looksLikeLinkToken(token)) return null;
    const link = await this.applications.findLiveLinkByTokenHash(hashLinkToken(token), this.clocks.now());
    return link?.linkId ?? null;
  }
}
