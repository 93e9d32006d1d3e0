import type { FieldProblem } from '@app/domain';

/**
 * The API's field problems in the words the GOV.UK Design System asks for: say what to do,
 * and which child or area it is about. A problem the form cannot cause keeps the API's message.
 */
export function pageProblems(problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.map((p) => ({ ...p, field: formField(p.field), message: pageMessage(p) }));
}

/** The API names a constraint as its own field; the form has one checkbox group for them. */
function formField(field: string): string {
  return field.replace(/^(children\.\d+)\.(mustBeOnlyChild|onlyWithOlderChildren|noPets)$/, '$1.constraints');
}

function pageMessage(p: FieldProblem): string {
  const located = p.rule === 'located';
  const child = /^children\.(\d+)\.ageYears$/.exec(p.field);
  if (child) return `Enter the age of child ${Number(child[1]) + 1} in whole years, from 0 to 20`;
  const zone = /^exclusionZones\.(\d+)\.(postcode|radiusMiles)$/.exec(p.field);
  if (zone) {
    const n = Number(zone[1]) + 1;
    if (zone[2] === 'radiusMiles') return `Enter how many miles around area ${n} to keep away from, from 0.1 to 100`;
    return located ? `${p.message.replace(/ is not .*/, '')} is not in the postcode directory: check the postcode of area ${n}` : `Enter a full postcode for area ${n}, like M1 1AE`;
  }
  switch (p.field) {
    case 'familyHomePostcode':
      return located ? `${p.message.replace(/ is not .*/, '')} is not in the postcode directory: check the family home postcode` : 'Enter the family home postcode, like M1 1AE';
    case 'schoolPostcode':
      return located ? `${p.message.replace(/ is not .*/, '')} is not in the postcode directory: check the school postcode` : 'Enter a full postcode for the school, like M14 5AA';
    case 'fosteringType':
      return 'Select the type of fostering needed';
    case 'languages':
      return 'Enter languages as 2 or 3 letter codes, like en or pl, separated by commas';
    case 'religion':
      return 'Religion must be 60 characters or fewer';
    case 'culturalBackground':
      return 'Cultural background must be 60 characters or fewer';
    case 'connectedHouseholdIds':
      return p.rule === 'exists'
        ? 'Every connected household must be a registered fostering household: check the household ids'
        : 'Enter the household id of each connected person, one per line';
    default:
      return p.message;
  }
}
