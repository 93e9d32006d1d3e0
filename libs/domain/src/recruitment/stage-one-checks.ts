/**
 * The stage 1 checks of the Fostering Services (England) Regulations 2011, Schedule 3 part 1:
 * an enhanced DBS check for every adult in the household, checks with the councils where the
 * applicant has lived, a medical report, personal references and any previous fostering services.
 */
export const CHECK_KINDS = ['dbs', 'local-authority', 'medical', 'references', 'previous-fostering-service'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Every applicant needs at least one of each of these; previous services only if there were any. */
export const REQUIRED_CHECK_KINDS: readonly CheckKind[] = ['dbs', 'local-authority', 'medical', 'references'];

export const CHECK_STATES = ['requested', 'cleared', 'concern', 'not-applicable'] as const;
export type CheckState = (typeof CHECK_STATES)[number];

export interface StageOneCheck {
  readonly kind: CheckKind;
  readonly state: CheckState;
}

/** A check is finished once its answer is in, whether or not it raised a concern. */
export function isFinished(state: CheckState): boolean {
  return state !== 'requested';
}

/**
 * The checks are complete (and the 10-working-day stage 1 decision clock starts) when every
 * required kind has been asked for and every check asked for has its answer.
 */
export function checksComplete(checks: readonly StageOneCheck[]): boolean {
  return REQUIRED_CHECK_KINDS.every((kind) => checks.some((c) => c.kind === kind))
    && checks.every((c) => isFinished(c.state));
}

/** What is still missing, for the officer: kinds never requested and checks still awaited. */
export function outstandingChecks(checks: readonly StageOneCheck[]): { readonly notRequested: CheckKind[]; readonly awaiting: number } {
  return {
    notRequested: REQUIRED_CHECK_KINDS.filter((kind) => !checks.some((c) => c.kind === kind)),
    awaiting: checks.filter((c) => !isFinished(c.state)).length,
  };
}
