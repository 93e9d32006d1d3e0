import { AGREED, NOT_SURE_YET, type FieldSpec, type QuestionPage } from './question-pages';

type Values = Record<string, unknown>;

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

function asList(raw: unknown): unknown[] | undefined {
  if (raw === undefined) return undefined;
  return Array.isArray(raw) ? raw : [raw];
}

/**
 * Form text as the enquiry's rules expect it. A blank is "not answered", so the rules give
 * their "Enter…" or "Select…" message; anything unexpected is passed on for them to refuse.
 */
function coerce(field: FieldSpec, raw: unknown): unknown {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (field.kind) {
    case 'text':
    case 'choice':
      return text === '' ? undefined : text;
    case 'number':
      if (text === '') return undefined;
      return typeof text === 'string' && NUMBER.test(text) ? Number(text) : text;
    case 'agreement':
      return text === undefined ? undefined : text === AGREED;
    case 'choices': {
      const list = asList(raw);
      if (!list?.includes(NOT_SURE_YET)) return list;
      // "Not sure yet" alongside a choice (possible with JavaScript off) is not a list the rules accept.
      return list.length === 1 ? [] : NOT_SURE_YET;
    }
  }
}

/** The page's fields from a submitted form, ready for its rules; other fields are ignored. */
export function candidateFrom(page: QuestionPage, body: unknown): Values {
  const form = (body && typeof body === 'object' ? body : {}) as Values;
  return Object.fromEntries(page.fields.map((field) => [field.name, coerce(field, form[field.name])]));
}

/** What the person typed, to show back to them beside the error messages. */
export function typedValues(page: QuestionPage, body: unknown): Values {
  const form = (body && typeof body === 'object' ? body : {}) as Values;
  return Object.fromEntries(page.fields.map((field) => {
    const raw = form[field.name];
    const shown = field.kind === 'choices' || field.kind === 'agreement' ? asList(raw) : raw;
    return [field.name, shown];
  }));
}

/** Saved answers as form values, so a page shows what was answered before. */
export function savedValues(page: QuestionPage, saved: Values): Values {
  return Object.fromEntries(page.fields.map((field) => {
    const value = saved[field.name];
    if (field.kind === 'number' && typeof value === 'number') return [field.name, String(value)];
    if (field.kind === 'agreement') return [field.name, value === true ? [AGREED] : []];
    if (field.kind === 'choices' && Array.isArray(value)) return [field.name, value.length ? value : [NOT_SURE_YET]];
    return [field.name, value];
  }));
}
