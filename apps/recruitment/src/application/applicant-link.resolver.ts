import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApplicationRepository } from '@app/persistence';
import { RecruitmentClocks } from '../recruitment-clocks';
import { ApplicationSessionStore, type ApplicationSession } from './application-session.store';

export interface ApplicantContext {
  readonly enquiryId: string;
  readonly session: ApplicationSession;
}

/** Whose application this browser may see: checked against the live link on every request. */
@Injectable()
export class ApplicantLinkResolver {
  constructor(
    private readonly sessions: ApplicationSessionStore,
    private readonly applications: ApplicationRepository,
    private readonly clocks: RecruitmentClocks,
  ) {}

  async resolve(request: FastifyRequest): Promise<ApplicantContext | null> {
    const session = this.sessions.read(request);
    if (!session) return null;
    const link = await this.applications.findLiveLink(session.linkId, this.clocks.now());
    return link ? { enquiryId: link.enquiryId, session } : null;
  }
}
