/** How an application question is asked and what its answer must be. */
export type ApplicationField =
  | { readonly kind: 'text'; readonly name: string; readonly label: string; readonly requiredMessage?: string; readonly hint?: string; readonly maxLength: number; readonly optional?: boolean; readonly requiredWhen?: Condition; readonly autocomplete?: string }
  | { readonly kind: 'textarea'; readonly name: string; readonly label: string; readonly requiredMessage?: string; readonly hint?: string; readonly maxLength: number; readonly optional?: boolean; readonly requiredWhen?: Condition }
  | { readonly kind: 'date'; readonly name: string; readonly label: string; readonly hint?: string; readonly mustBePast: true }
  | { readonly kind: 'number'; readonly name: string; readonly label: string; readonly hint?: string; readonly min: number; readonly max: number }
  | { readonly kind: 'choice'; readonly name: string; readonly label: string; readonly hint?: string; readonly options: readonly ChoiceOption[] }
  | { readonly kind: 'agreement'; readonly name: string; readonly label: string; readonly hint?: string; readonly statement: string };

export interface ChoiceOption {
  readonly value: string;
  readonly text: string;
}

/** A follow-up question that must be answered only when an earlier one has a given answer. */
export interface Condition {
  readonly field: string;
  readonly equals: string;
}

export const YES_NO: readonly ChoiceOption[] = [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }];

export type ApplicationValues = Readonly<Record<string, string>>;
