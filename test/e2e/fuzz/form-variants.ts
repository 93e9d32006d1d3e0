import fc from 'fast-check';
import { hostileKey, hostileString, hostileTextLike } from './hostile-values';
import type { WireBody } from './json-variants';
import { encodeComponent } from './url-variants';

export type FormFields = Readonly<Record<string, string | readonly string[]>>;

const FORM = 'application/x-www-form-urlencoded';

/** Encodes fields as a browser does (a repeated name per ticked box), lone surrogates and all. */
export function encodeForm(fields: FormFields): string {
  return Object.entries(fields).flatMap(([name, value]) => [value].flat().map((v) => `${encodeComponent(name)}=${encodeComponent(v)}`)).join('&');
}

/** Raw bodies no browser sends: broken percent-encoding, bracket keys, prototype keys, invalid UTF-8. */
const RAW = [
  '%', 'a=%E0%A4%A', '&&&==&', '=', 'a[b]=1', '__proto__=x', '__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'a=%ED%A0%80',
  'a=%C0%AF', 'a=%FF%FE', 'a=%00', `${'a='.repeat(5_000)}`, `${'x'.repeat(8_000)}=1`,
];

/**
 * Form posts built from the fields a page offers: one value hostile or repeated, an extra or
 * missing field, a missing or wrong form token, raw junk, the wrong content type, or too big.
 * The session's own token is sent unless the variant is about the token, so validation runs.
 */
export function formBodyArb(seed: FormFields, csrfToken: string | undefined, bodyLimit: number): fc.Arbitrary<WireBody> {
  const withToken = (fields: FormFields): FormFields => (csrfToken ? { csrfToken, ...fields } : fields);
  const form = (label: string) => (fields: FormFields): WireBody => ({ label, contentType: FORM, payload: encodeForm(withToken(fields)) });
  const names = Object.keys(seed);
  const token = csrfToken ? `csrfToken=${encodeComponent(csrfToken)}&` : '';
  const variants: fc.WeightedArbitrary<WireBody>[] = [
    { weight: 1, arbitrary: fc.constant(seed).map(form('valid form')) },
    { weight: 2, arbitrary: fc.tuple(hostileKey, hostileString).map(([key, v]) => ({ ...seed, [key]: v })).map(form('extra field')) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW).map((raw) => ({ label: 'raw junk form', contentType: FORM, payload: `${token}${raw}` })) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, '', 'forged', ['a', 'b'], 'x'.repeat(5_000), csrfToken ? `${csrfToken} ` : 'x')
      .map((forged) => ({ label: 'bad form token', contentType: FORM, payload: encodeForm({ ...seed, ...(forged === undefined ? {} : { csrfToken: forged as string }) }) })) },
    { weight: 1, arbitrary: fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=hearth', undefined).map((contentType) => ({
      label: 'wrong content type', contentType, payload: contentType === 'application/json' ? JSON.stringify(withToken(seed)) : encodeForm(withToken(seed)),
    })) },
    { weight: 1, arbitrary: fc.constant({ label: 'oversized form', contentType: FORM, payload: `${token}padding=${'x'.repeat(bodyLimit)}` }) },
  ];
  if (names.length > 0) {
    variants.push(
      { weight: 6, arbitrary: fc.constantFrom(...names).chain((name) => {
        const text = hostileTextLike(String([seed[name]].flat()[0] ?? ''));
        return fc.oneof(text, fc.array(text, { minLength: 2, maxLength: 4 })).map((v) => ({ ...seed, [name]: v }));
      }).map(form('one field hostile')) },
      { weight: 1, arbitrary: fc.constantFrom(...names).map((name) => Object.fromEntries(Object.entries(seed).filter(([n]) => n !== name))).map(form('field missing')) },
    );
  }
  return fc.oneof(...variants);
}

/**
 * The fields a form page offers, read from its HTML: each input, select and textarea by name,
 * with the first value a radio, checkbox or option gives (or some text). A new form is fuzzed
 * with its real field names without anyone listing them.
 */
export function fieldsOfPage(html: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const match of html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const attrs = match[2];
    const name = /\bname="([^"]+)"/.exec(attrs)?.[1];
    if (!name || name === 'csrfToken' || fields[name] !== undefined) continue;
    const type = /\btype="([^"]+)"/.exec(attrs)?.[1] ?? 'text';
    if (type === 'submit') continue;
    const value = /\bvalue="([^"]*)"/.exec(attrs)?.[1];
    fields[name] = decodeEntities(value ?? (match[1] === 'select' ? firstOption(html, match.index ?? 0) : 'Sam'));
  }
  return fields;
}

function firstOption(html: string, from: number): string {
  return /<option[^>]*value="([^"]*)"/.exec(html.slice(from))?.[1] ?? '';
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
