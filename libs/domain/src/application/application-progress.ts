import { APPLICATION_SECTIONS } from './application-sections';

/** Where each part of the form stands, as the GOV.UK task list shows it. */
export const SECTION_STATUSES = ['not-started', 'in-progress', 'completed'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export type SectionStatuses = Readonly<Record<string, SectionStatus>>;

export function statusOf(statuses: SectionStatuses, sectionId: string): SectionStatus {
  return statuses[sectionId] ?? 'not-started';
}

/** An application can be sent only when every section is completed. */
export function readyToSubmit(statuses: SectionStatuses): boolean {
  return APPLICATION_SECTIONS.every((s) => statusOf(statuses, s.id) === 'completed');
}

export function completedCount(statuses: SectionStatuses): number {
  return APPLICATION_SECTIONS.filter((s) => statusOf(statuses, s.id) === 'completed').length;
}
