import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { isOverdue, type DueNext, type FunnelStage } from '@app/domain';
import type { AssessmentCheckRecord, ContactAttemptRecord, EnquiryEntity, FunnelTransitionRecord, WorkQueueRow } from '@app/persistence';

export class DueNextResponse {
  @ApiProperty({ enum: ['first-contact', 'initial-visit', 'stage-1-decision', 'panel', 'decision'] }) kind: string;
  @ApiProperty() dueBy: string;
  @ApiProperty() overdue: boolean;
}

export class FunnelTransitionResponse {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() officer: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiPropertyOptional({ nullable: true }) note: string | null;
}

export class ContactAttemptResponse {
  @ApiProperty() channel: string;
  @ApiProperty() outcome: string;
  @ApiProperty() officer: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true }) note: string | null;
}

export class AssessmentCheckResponse {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiPropertyOptional({ nullable: true }) subject: string | null;
  @ApiProperty() state: string;
  @ApiPropertyOptional({ nullable: true }) note: string | null;
  @ApiProperty() recordedBy: string;
  @ApiProperty() updatedAt: string;
}

export class PanelResponse {
  @ApiPropertyOptional({ nullable: true }) date: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ['approve', 'do-not-approve'] }) recommendation: string | null;
}

export class AssignedOfficerResponse {
  @ApiProperty({ description: 'The team member id' }) id: string;
  @ApiProperty() name: string;
}

export class ApplicantResponse {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() name: string;
  @ApiProperty() stage: string;
  @ApiProperty({ description: 'Send back when moving the applicant on' }) version: number;
  @ApiProperty() stageEnteredAt: string;
  @ApiProperty() enquiredAt: string;
  @ApiPropertyOptional({ nullable: true }) applicationSubmittedAt: string | null;
  @ApiProperty() unansweredContactAttempts: number;
  @ApiPropertyOptional({ type: DueNextResponse, nullable: true }) dueNext: DueNextResponse | null;
  @ApiProperty({ type: [String] }) allowedTransitions: string[];
  @ApiProperty({ type: [FunnelTransitionResponse] }) history: FunnelTransitionResponse[];
  @ApiProperty({ type: [ContactAttemptResponse] }) contactAttempts: ContactAttemptResponse[];
  @ApiProperty({ type: [AssessmentCheckResponse] }) checks: AssessmentCheckResponse[];
  @ApiPropertyOptional({ nullable: true }) checksCompletedAt: string | null;
  @ApiProperty({ type: PanelResponse }) panel: PanelResponse;
  @ApiPropertyOptional({ type: AssignedOfficerResponse, nullable: true, description: 'The officer reminders go to; null: the whole team' })
  assignedTo: AssignedOfficerResponse | null;
}

export class WorkQueueItemResponse {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() name: string;
  @ApiProperty() stage: string;
  @ApiProperty({ enum: ['shortage', 'standard'] }) priority: string;
  @ApiProperty({ type: DueNextResponse }) dueNext: DueNextResponse;
  @ApiProperty() unansweredContactAttempts: number;
  @ApiProperty() version: number;
  @ApiPropertyOptional({ type: AssignedOfficerResponse, nullable: true }) assignedTo: AssignedOfficerResponse | null;
}

export class WorkQueueResponse {
  @ApiProperty({ type: [WorkQueueItemResponse] }) items: WorkQueueItemResponse[];
  @ApiPropertyOptional({ nullable: true, description: 'Pass as `cursor` for the next page' }) nextCursor: string | null;
}

export function toDueNext(kind: string | null, dueAt: Date | null, now: Date): DueNextResponse | null {
  if (kind === null || dueAt === null) return null;
  return { kind, dueBy: dueAt.toISOString(), overdue: isOverdue({ kind: kind as DueNext['kind'], dueBy: dueAt }, now) };
}

export function toApplicantResponse(
  e: EnquiryEntity, allowed: readonly FunnelStage[], history: { transitions: FunnelTransitionRecord[]; contactAttempts: ContactAttemptRecord[] },
  checks: readonly AssessmentCheckRecord[], now: Date, assignedTo: AssignedOfficerResponse | null,
): ApplicantResponse {
  return {
    id: e.id,
    reference: e.reference,
    name: `${e.firstName} ${e.lastName}`,
    stage: e.status,
    version: e.version,
    stageEnteredAt: e.stageEnteredAt.toISOString(),
    enquiredAt: e.createdAt.toISOString(),
    applicationSubmittedAt: e.applicationSubmittedAt?.toISOString() ?? null,
    unansweredContactAttempts: e.unansweredContactAttempts,
    dueNext: toDueNext(e.dueKind, e.dueAt, now),
    allowedTransitions: [...allowed],
    history: history.transitions.map((t) => ({
      from: t.fromStage, to: t.toStage, officer: t.officer, at: t.occurredAt.toISOString(),
      withdrawalReason: t.withdrawalReason, reasons: [...t.reasons], note: t.note,
    })),
    contactAttempts: history.contactAttempts.map((a) => ({ channel: a.channel, outcome: a.outcome, officer: a.officer, at: a.occurredAt.toISOString(), note: a.note })),
    checks: checks.map((c) => ({ ...c, updatedAt: c.updatedAt.toISOString() })),
    checksCompletedAt: e.checksCompletedAt?.toISOString() ?? null,
    panel: { date: e.panelDate?.toISOString() ?? null, recommendation: e.panelRecommendation },
    assignedTo,
  };
}

export function toWorkQueueItem(row: WorkQueueRow, now: Date): WorkQueueItemResponse {
  return {
    id: row.id, reference: row.reference, name: `${row.firstName} ${row.lastName}`, stage: row.stage, priority: row.priority,
    dueNext: toDueNext(row.dueKind, row.dueAt, now)!, unansweredContactAttempts: row.unansweredContactAttempts, version: row.version,
    assignedTo: row.assignedToId && row.assignedToName ? { id: row.assignedToId, name: row.assignedToName } : null,
  };
}
