/**
 * How quickly a fostering service answers and moves people on. The defaults are the
 * recruitment clocks in DESIGN.md; a service may set its own (never slower than the law allows
 * for the statutory ones, which is the operator's responsibility, not checked here).
 */
export interface RecruitmentServiceLevels {
  /** First contact with an enquirer, in working days after the enquiry. */
  readonly firstContactWorkingDays: number;
  /** An initial visit offered, in working days after the enquiry. */
  readonly initialVisitWorkingDays: number;
  /** Stage 1 decision, in working days after the checks complete. */
  readonly stage1DecisionWorkingDays: number;
  /** Fostering panel, in calendar months after the application. */
  readonly panelWithinMonths: number;
  /** The agency decision, in working days after the panel. */
  readonly decisionAfterPanelWorkingDays: number;
  /** Unanswered contact attempts needed before an enquiry may be closed for no contact. */
  readonly minimumContactAttempts: number;
}

export const DEFAULT_SERVICE_LEVELS: RecruitmentServiceLevels = {
  firstContactWorkingDays: 1,
  initialVisitWorkingDays: 5,
  stage1DecisionWorkingDays: 10,
  panelWithinMonths: 8,
  decisionAfterPanelWorkingDays: 7,
  minimumContactAttempts: 2,
};

/** Just the service levels out of anything that carries them (the configuration does, under the same names). */
export function serviceLevelsFrom(source: RecruitmentServiceLevels): RecruitmentServiceLevels {
  return {
    firstContactWorkingDays: source.firstContactWorkingDays,
    initialVisitWorkingDays: source.initialVisitWorkingDays,
    stage1DecisionWorkingDays: source.stage1DecisionWorkingDays,
    panelWithinMonths: source.panelWithinMonths,
    decisionAfterPanelWorkingDays: source.decisionAfterPanelWorkingDays,
    minimumContactAttempts: source.minimumContactAttempts,
  };
}
