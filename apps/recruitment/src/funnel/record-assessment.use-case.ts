import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffPrincipal } from '@app/auth';
import { checksComplete, DomainError, type CheckKind, type CheckState } from '@app/domain';
import { ApplicantFunnelRepository, AssessmentCheckRepository, UnitOfWork, type EnquiryEntity } from '@app/persistence';
import { RecruitmentClocks } from '../recruitment-clocks';
import { ApplicantAccess, notFound } from './applicant-access';
import { ApplicantView } from './applicant-view';
import type { ApplicantResponse } from './applicant.responses';
import type { RecordCheckRequestDto, RecordPanelRequestDto, UpdateCheckRequestDto } from './assessment.request.dto';
import { nextFunnelState, type FunnelChanges } from './next-funnel-state';

/**
 * Records stage 1 checks and the panel. When the last check's answer is in, the 10-working-day
 * stage 1 decision clock starts; a panel date starts the 7-working-day decision clock.
 */
@Injectable()
export class RecordAssessmentUseCase {
  constructor(
    private readonly access: ApplicantAccess,
    private readonly unitOfWork: UnitOfWork,
    private readonly funnel: ApplicantFunnelRepository,
    private readonly checks: AssessmentCheckRepository,
    private readonly clocks: RecruitmentClocks,
    private readonly view: ApplicantView,
  ) {}

  addCheck(staff: StaffPrincipal, id: string, request: RecordCheckRequestDto): Promise<ApplicantResponse> {
    return this.atStage(staff, id, 'stage-1', async (em, e) => {
      await this.checks.add(em, e.id, { kind: request.kind, state: request.state, subject: request.subject ?? null, note: request.note ?? null, recordedBy: staff.subject });
      return this.checksClock(em, e);
    });
  }

  updateCheck(staff: StaffPrincipal, id: string, checkId: string, request: UpdateCheckRequestDto): Promise<ApplicantResponse> {
    return this.atStage(staff, id, 'stage-1', async (em, e) => {
      const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      if (!UUID.test(checkId) || !(await this.checks.update(em, e.id, checkId, request.state, request.note ?? null, staff.subject))) {
        throw new DomainError('APPLICANT.NOT_FOUND', 'No such check for this applicant');
      }
      return this.checksClock(em, e);
    });
  }

  recordPanel(staff: StaffPrincipal, id: string, request: RecordPanelRequestDto): Promise<ApplicantResponse> {
    return this.atStage(staff, id, 'panel', async () => ({ panelDate: request.panelDate, panelRecommendation: request.recommendation ?? null }));
  }

  private async checksClock(em: EntityManager, e: EnquiryEntity): Promise<FunnelChanges> {
    const all = await this.checks.list(e.id, em);
    const complete = checksComplete(all.map((c) => ({ kind: c.kind as CheckKind, state: c.state as CheckState })));
    // A check asked for after the others came back reopens the stage: the clock waits for it.
    return { checksCompletedAt: complete ? e.checksCompletedAt ?? this.clocks.now() : null };
  }

  private async atStage(staff: StaffPrincipal, id: string, stage: string, work: (em: EntityManager, e: EnquiryEntity) => Promise<FunnelChanges>): Promise<ApplicantResponse> {
    const serviceId = await this.access.serviceFilterFor(staff, id);
    await this.unitOfWork.run(async (em) => {
      const e = await this.funnel.findForUpdate(em, serviceId, id);
      if (!e) throw notFound();
      if (e.status !== stage) throw new DomainError('APPLICANT.TRANSITION_NOT_ALLOWED', `This is recorded at ${stage}; the applicant is at ${e.status}`);
      await this.funnel.update(em, nextFunnelState(e, this.clocks, await work(em, e)));
    });
    return this.view.render(await this.access.find(staff, id));
  }
}
