import type { FieldProblem } from '@app/domain';

/** How many children and exclusion zones the form has room for: asked first, so "add another" needs no JavaScript. */
export interface ReferralSize {
  readonly children: number;
  readonly zones: number;
}

export const MAX_CHILDREN = 8;
export const MAX_ZONES = 10;

type Form = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : Array.isArray(value) ? text(value[0]) : '');
const optional = (value: unknown): string | undefined => text(value) || undefined;
const list = (value: unknown): string[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(text).filter(Boolean));
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const asForm = (body: unknown): Form => (body && typeof body === 'object' ? (body as Form) : {});

/** A number as typed: a number when it is one, else what was typed for the rules to refuse, else undefined. */
function numeric(value: unknown): number | string | undefined {
  const typed = text(value);
  if (typed === '') return undefined;
  return /^\d+(\.\d+)?$/.test(typed) ? Number(typed) : typed;
}

/** The size step's answers, or the problems with them. */
export function readSize(query: unknown): { size: ReferralSize } | { problems: FieldProblem[]; values: Form } {
  const form = asForm(query);
  const children = numeric(form.children);
  const zones = numeric(form.zones ?? '0');
  const problems: FieldProblem[] = [];
  if (typeof children !== 'number' || !Number.isInteger(children) || children < 1 || children > MAX_CHILDREN) {
    problems.push({ field: 'children', rule: 'range', message: `Enter how many children, from 1 to ${MAX_CHILDREN}` });
  }
  if (typeof zones !== 'number' || !Number.isInteger(zones) || zones < 0 || zones > MAX_ZONES) {
    problems.push({ field: 'zones', rule: 'range', message: `Enter how many areas, from 0 to ${MAX_ZONES}` });
  }
  if (problems.length > 0) return { problems, values: { children: text(form.children), zones: text(form.zones) } };
  return { size: { children: children as number, zones: zones as number } };
}

function childFrom(form: Form, i: number): Record<string, unknown> {
  const constraints = list(form[`children.${i}.constraints`]);
  return {
    ageYears: numeric(form[`children.${i}.ageYears`]),
    needs: list(form[`children.${i}.needs`]),
    shortageCategories: list(form[`children.${i}.shortageCategories`]),
    mustBeOnlyChild: constraints.includes('mustBeOnlyChild'),
    onlyWithOlderChildren: constraints.includes('onlyWithOlderChildren'),
    noPets: constraints.includes('noPets'),
    requiredAccessibility: list(form[`children.${i}.requiredAccessibility`]),
  };
}

/** The JSON API's create-referral request from the form (the API's field names are the form's). */
export function referralRequestFrom(body: unknown, size: ReferralSize, placingCouncilCode: string): Record<string, unknown> {
  const form = asForm(body);
  const options = list(form.options);
  const request: Record<string, unknown> = {
    placingCouncilCode,
    children: range(size.children).map((i) => childFrom(form, i)),
    familyHomePostcode: optional(form.familyHomePostcode),
    schoolPostcode: optional(form.schoolPostcode),
    fosteringType: optional(form.fosteringType),
    emergency: options.includes('emergency'),
    splitAllowed: size.children > 1 && options.includes('splitAllowed'),
    languages: text(form.languages).toLowerCase().split(/[\s,]+/).filter(Boolean),
    religion: optional(form.religion),
    culturalBackground: optional(form.culturalBackground),
    exclusionZones: range(size.zones).map((i) => ({
      postcode: optional(form[`exclusionZones.${i}.postcode`]), radiusMiles: numeric(form[`exclusionZones.${i}.radiusMiles`]),
    })),
    connectedHouseholdIds: text(form.connectedHouseholdIds).split(/[\s,]+/).filter(Boolean),
  };
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
}

/** What the officer typed, to show back beside the error messages (checkbox groups as lists). */
export function typedValues(body: unknown): Form {
  const form = asForm(body);
  const isChoices = (name: string) => name === 'options' || /\.(needs|shortageCategories|constraints|requiredAccessibility)$/.test(name);
  return Object.fromEntries(Object.entries(form).map(([name, value]) => [name, isChoices(name) ? list(value) : text(value)]));
}

/** The form's fields in page order, for the error summary. */
export function fieldOrder(size: ReferralSize): string[] {
  const child = (i: number) => ['ageYears', 'needs', 'shortageCategories', 'constraints', 'requiredAccessibility'].map((f) => `children.${i}.${f}`);
  const zone = (i: number) => [`exclusionZones.${i}.postcode`, `exclusionZones.${i}.radiusMiles`];
  return [
    ...range(size.children).flatMap(child), 'familyHomePostcode', 'schoolPostcode', 'fosteringType', 'options', 'languages', 'religion',
    'culturalBackground', ...range(size.zones).flatMap(zone), 'connectedHouseholdIds',
  ];
}
