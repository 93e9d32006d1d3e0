import fc from 'fast-check';
import { hostileKey, hostileString, hostileTextLike } from './hostile-values';

export type QueryValues = Readonly<Record<string, string | readonly string[]>>;

/**
 * Percent-encodes any JS string, lone surrogates included: encodeURIComponent throws on those,
 * so each UTF-16 unit is written as the three bytes a careless encoder would send (invalid UTF-8).
 */
export function encodeComponent(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return Array.from(value, (ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        const code = ch.charCodeAt(0);
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
      }
    }).join('');
  }
}

export function queryString(query: QueryValues): string {
  const pairs = Object.entries(query).flatMap(([key, value]) => [value].flat().map((v) => `${encodeComponent(key)}=${encodeComponent(v)}`));
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The route's path with each `:param` filled in (already encoded). */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name] ?? encodeComponent('00000000-0000-4000-8000-000000000000'));
}

/** Path parameters that are not what the route expects: not ids, huge numbers, traversal, bad percent-encoding. */
const hostileParam: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString.filter((s) => s.length > 0 && s.length < 3_000).map(encodeComponent) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'not-a-uuid', '1', '-1', '0', '99999999999999999999999999999', '1e400', 'NaN', '00000000-0000-4000-8000-00000000000', '{00000000-0000-4000-8000-000000000000}',
      'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF', 'E99999999', 'E09000033%00', '%', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF', '..', '.', '%2e%2e', '%2F', 'a%2Fb',
      'x'.repeat(5_000), encodeComponent("' OR 1=1 --"), encodeComponent('<script>alert("hearth-xss")</script>'),
    ),
  },
);

/** Each path parameter either as the fixture gives it (so deeper checks run) or hostile. */
export function pathArb(path: string, valid: Readonly<Record<string, string>>): fc.Arbitrary<string> {
  const names = Array.from(path.matchAll(/:([A-Za-z]+)/g), (m) => m[1]);
  if (names.length === 0) return fc.constant(path);
  const validOr = (name: string) => (valid[name] === undefined ? hostileParam : fc.oneof(fc.constant(encodeComponent(valid[name])), hostileParam));
  return fc.tuple(...names.map(validOr)).map((values) => fillPath(path, Object.fromEntries(names.map((n, i) => [n, values[i]]))));
}

const RAW_QUERIES = [
  '?a=%E0%A4%A', '?%', '?&&&==&', '?=x', '?__proto__[polluted]=1', '?constructor[prototype][polluted]=1', '?a[b][c]=1', '?page=1&page=2',
  `?x=${'y'.repeat(9_000)}`, '?limit=1e400', '?limit=-1', '?limit=99999999999999999999', '?from=0000-00-00', '?to=275760-09-14', '?format=xml',
  '?status[]=x', '?cursor=%00', '?region=E12000007&region=E12000001', '?home=%ED%A0%80',
];

/** Query strings: the valid one, one value made hostile or repeated, an extra key, or raw junk. */
export function queryArb(valid: QueryValues): fc.Arbitrary<string> {
  const keys = Object.keys(valid);
  const replaced = keys.length === 0 ? [] : [fc.constantFrom(...keys).chain((key) => {
    const text = hostileTextLike(String([valid[key]].flat()[0] ?? ''));
    return fc.oneof(text, fc.array(text, { minLength: 2, maxLength: 3 })).map((value) => queryString({ ...valid, [key]: value }));
  })];
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(queryString(valid)) },
    ...replaced.map((arbitrary) => ({ weight: 3, arbitrary })),
    { weight: 1, arbitrary: fc.tuple(hostileKey, hostileString).map(([key, value]) => queryString({ ...valid, [key]: value })) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES).map((raw) => `${raw}${keys.length ? `&${queryString(valid).slice(1)}` : ''}`) },
  );
}
