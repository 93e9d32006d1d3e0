import { Body, Controller, Get, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentStaff, StaffAuthGuard, type StaffPrincipal } from '@app/auth';
import { DomainError, matchingPolicy, type MatchingPolicy, type MatchingPolicyOverrides } from '@app/domain';
import { MatchingPolicyRepository } from '@app/persistence';
import { assertMayActFor } from '../referrals/placing-council';

const COUNCIL = /^E(06|08|09|10)\d{6}$/;

/**
 * A placing council's matching weights and thresholds ("near" is undefined in law, so each
 * council decides): the defaults with its overrides, checked so scores stay meaningful.
 */
@ApiTags('matching policy')
@ApiBearerAuth('staff')
@Controller('api/v1/matching-policies')
@UseGuards(StaffAuthGuard)
@AllowRoles('placement-officer', 'admin')
export class MatchingPolicyController {
  constructor(private readonly policies: MatchingPolicyRepository) {}

  @Get(':councilCode')
  @ApiOkResponse({ description: 'The policy in force: defaults with the council\'s overrides' })
  async get(@CurrentStaff() staff: StaffPrincipal, @Param('councilCode') councilCode: string): Promise<MatchingPolicy> {
    // A council's own settings: another council's officers may neither change nor read them.
    assertMayActFor(staff, this.checkCode(councilCode));
    return this.resolve((await this.policies.overridesFor(councilCode)) ?? {});
  }

  @Put(':councilCode')
  @ApiBody({ description: 'Overrides: weights, nearHomeMiles, nearSchoolMiles, adjoiningCouncilValue, fullExperienceYears, weeklyCost, widening' })
  @ApiOkResponse({ description: 'The policy now in force' })
  async put(@CurrentStaff() staff: StaffPrincipal, @Param('councilCode') councilCode: string, @Body() body: unknown): Promise<MatchingPolicy> {
    assertMayActFor(staff, this.checkCode(councilCode));
    const overrides = pickOverrides(body);
    const policy = this.resolve(overrides);
    await this.policies.save(councilCode, overrides as Record<string, unknown>, staff.subject);
    return policy;
  }

  private resolve(overrides: MatchingPolicyOverrides): MatchingPolicy {
    const result = matchingPolicy(overrides);
    if (!result.ok) throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', result.problems);
    return result.policy;
  }

  private checkCode(code: string): string {
    if (!COUNCIL.test(code)) throw new DomainError('GEO.COUNCIL_NOT_FOUND', 'No council with that code');
    return code;
  }
}

const KEYS = ['weights', 'nearHomeMiles', 'nearSchoolMiles', 'adjoiningCouncilValue', 'fullExperienceYears', 'weeklyCost', 'widening'] as const;

/** Only the known keys, each of the right kind; anything else is refused with its field named. */
function pickOverrides(body: unknown): MatchingPolicyOverrides {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [{ field: 'body', rule: 'object', message: 'Send the overrides as a JSON object' }]);
  }
  const unknown = Object.keys(body).filter((k) => !(KEYS as readonly string[]).includes(k));
  const wrongType = Object.entries(body).filter(([k, v]) => (KEYS as readonly string[]).includes(k)
    && (['weights', 'weeklyCost', 'widening'].includes(k) ? typeof v !== 'object' || v === null || Array.isArray(v) : typeof v !== 'number'));
  const problems = [
    ...unknown.map((field) => ({ field, rule: 'whitelistValidation', message: `property ${field} should not exist` })),
    ...wrongType.map(([field]) => ({ field, rule: 'type', message: `${field} has the wrong type` })),
  ];
  if (problems.length > 0) throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', problems);
  return body as MatchingPolicyOverrides;
}
