import { Injectable } from '@nestjs/common';
import {
  checkCooperativeDefinition, DomainError, isCooperativeCode,
  type CooperativeDefinition, type CooperativeDefinitionProblem,
} from '@app/domain';
import { SufficiencyRepository, type CooperativeSaveConflict } from '@app/persistence';

/**
 * Checks a definition against the councils that exist and the other defined cooperatives, and
 * turns what is wrong into the API's errors: unknown councils 422, councils in another cooperative 409.
 * Returns the council names for the answer.
 */
@Injectable()
export class CooperativeDefinitionCheck {
  constructor(private readonly sufficiency: SufficiencyRepository) {}

  async assertValid(definition: CooperativeDefinition): Promise<ReadonlyMap<string, string>> {
    const { geography, councilNames } = await this.sufficiency.loadGeography();
    const defined = geography.cooperatives.filter((c) => isCooperativeCode(c.id));
    const problem = checkCooperativeDefinition(definition, new Set(councilNames.keys()), defined);
    if (problem) throw errorFor(problem);
    return councilNames;
  }
}

function errorFor(problem: CooperativeDefinitionProblem): DomainError {
  if (problem.kind === 'unknown-councils') {
    return new DomainError('COOPERATIVE.UNKNOWN_COUNCIL', 'Some councils do not exist',
      problem.codes.map((code) => ({ field: 'councilCodes', rule: 'councilExists', message: `No council with children's services has the code ${code}` })));
  }
  return new DomainError('COOPERATIVE.COUNCIL_IN_ANOTHER_COOPERATIVE', 'Some councils are already in another cooperative',
    problem.taken.map((t) => ({ field: 'councilCodes', rule: 'oneCooperative', message: `${t.code} is already in ${t.cooperativeId}` })));
}

/** A conflict the database caught because another administrator saved at the same moment. */
export function errorForConflict(conflict: CooperativeSaveConflict): DomainError {
  return conflict === 'exists'
    ? new DomainError('COOPERATIVE.ALREADY_EXISTS', 'A cooperative with that code already exists')
    : new DomainError('COOPERATIVE.COUNCIL_IN_ANOTHER_COOPERATIVE', 'Some councils were added to another cooperative meanwhile');
}
