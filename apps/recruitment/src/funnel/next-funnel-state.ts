import type { FunnelStage } from '@app/domain';
import type { EnquiryEntity, FunnelStateUpdate } from '@app/persistence';
import type { RecruitmentClocks } from '../recruitment-clocks';

export type FunnelChanges = Partial<Omit<FunnelStateUpdate, 'id' | 'expectedVersion' | 'dueKind' | 'dueAt'>>;

/**
 * An applicant's funnel state after some changes, with what is due next worked out again from
 * the result: every write keeps the work queue's due date true to the rules.
 */
export function nextFunnelState(e: EnquiryEntity, clocks: RecruitmentClocks, changes: FunnelChanges): FunnelStateUpdate {
  const state = {
    stage: e.status,
    stageEnteredAt: e.stageEnteredAt,
    applicationSubmittedAt: e.applicationSubmittedAt,
    checksCompletedAt: e.checksCompletedAt,
    panelDate: e.panelDate,
    panelRecommendation: e.panelRecommendation,
    unansweredContactAttempts: e.unansweredContactAttempts,
    ...changes,
  };
  const due = clocks.dueNext(state.stage as FunnelStage, {
    enquiredAt: e.createdAt, applicationSubmittedAt: state.applicationSubmittedAt, checksCompletedAt: state.checksCompletedAt, panelDate: state.panelDate,
  });
  return { id: e.id, expectedVersion: e.version, ...state, dueKind: due?.kind ?? null, dueAt: due?.dueBy ?? null };
}
