import { Inject, Injectable } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import {
  matchingPolicy, WorkingDayCalendar, type CalendarDate, type CouncilCode, type MatchContext, type MatchingPolicyOverrides,
} from '@app/domain';
import { CouncilRepository, MatchingPolicyRepository } from '@app/persistence';

/**
 * What a search needs about its placing council: its matching policy, the councils that adjoin it
 * (read every time: operators may add pairs), and council names for the reason lines.
 */
@Injectable()
export class MatchContextFactory {
  private readonly calendar: WorkingDayCalendar;
  /** Council names are reference data loaded by a migration; they never change while an app runs. */
  private names: Promise<ReadonlyMap<CouncilCode, string>> | null = null;

  constructor(
    private readonly councils: CouncilRepository,
    private readonly policies: MatchingPolicyRepository,
    @Inject(HEARTH_CONFIG) config: HearthConfig,
  ) {
    this.calendar = new WorkingDayCalendar(config.extraClosureDates as CalendarDate[]);
  }

  async forCouncil(placingCouncilCode: string, now: Date): Promise<MatchContext> {
    const { overrides, neighbours } = await this.policies.withNeighbours(placingCouncilCode);
    return this.build(overrides, neighbours, now);
  }

  /** From a policy and neighbours already read (the match search reads them with the referral). */
  async build(overrides: Record<string, unknown> | null, neighbours: readonly string[], now: Date): Promise<MatchContext> {
    const councilNames = await this.councilNames();
    const policy = matchingPolicy((overrides ?? {}) as MatchingPolicyOverrides);
    // A stored policy was checked when saved; if the rules have since tightened, fall back to the defaults.
    const chosen = policy.ok ? policy.policy : (matchingPolicy() as { ok: true; policy: MatchContext['policy'] }).policy;
    return { now, calendar: this.calendar, policy: chosen, adjoiningCouncils: new Set(neighbours as CouncilCode[]), councilNames };
  }

  private councilNames(): Promise<ReadonlyMap<CouncilCode, string>> {
    this.names ??= this.councils.listCouncils().then((all) => new Map(all.map((c) => [c.code as CouncilCode, c.name])));
    // A failed read must not be kept: the next search tries again instead of failing until a restart.
    this.names.catch(() => { this.names = null; });
    return this.names;
  }
}
