import type { FieldProblem } from '@app/domain';

/** What the GOV.UK error summary and the fields' inline error messages need. */
export interface GovukFormErrors {
  /** For govukErrorSummary: each links to the field it is about. */
  readonly errorList: readonly { readonly text: string; readonly href: string }[];
  /** For each field macro's errorMessage, by field name. */
  readonly byField: Readonly<Record<string, { readonly text: string }>>;
}

/**
 * One message per field, in the order the fields appear on the page. A field's id is its
 * name, which is also the id GOV.UK radios and checkboxes give their first option.
 */
export function govukFormErrors(problems: readonly FieldProblem[], fieldOrder: readonly string[]): GovukFormErrors {
  const byField: Record<string, { text: string }> = {};
  for (const problem of problems) byField[problem.field] ??= { text: problem.message };
  const ordered = fieldOrder.filter((field) => byField[field]);
  return { errorList: ordered.map((field) => ({ text: byField[field].text, href: `#${field}` })), byField };
}
