import fc from 'fast-check';
import { hostileJson, hostileKey, hostileLike } from './hostile-values';

/** A request body as sent on the wire, and what it was meant to test. */
export interface WireBody {
  readonly label: string;
  readonly contentType?: string;
  readonly payload?: string;
}

type Path = readonly (string | number)[];

/** Every place in a JSON value a field could be changed: object keys and array items, nested. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  return [];
}

const valueAt = (value: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);

/** The objects inside a value (the root included), where an extra field can be added. */
function objectPathsOf(value: unknown): Path[] {
  return [[], ...pathsOf(value)].filter((path) => {
    const at = valueAt(value, path);
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });
}

/** A copy of `value` with `change` applied at `path`; defineProperty keeps "__proto__" an ordinary key. */
function changed(value: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
  change(parent, path[path.length - 1]);
  return copy;
}

const put = (parent: Record<string | number, unknown>, key: string | number, v: unknown) =>
  Object.defineProperty(parent, key, { value: v, enumerable: true, writable: true, configurable: true });

const MALFORMED = [
  '{', '{"a":', '{"a":1,}', "{'a':1}", '[1,2', 'nul', '{"a":NaN}', '{"a":Infinity}', '{"a":undefined}', '\u0000', ' ', '{"a":"\\ud800"}',
  '{"a":"\\u0000"}', '"just a string"', '123', 'true', 'null', '[]', '\ufeff{}', '{"a":1}{"b":2}', '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
  '\xff\xfe{\x00}\x00', '{"a":"\x07\x1b[31m"}',
];

const WRONG_TYPES = [
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=hearth', 'application/xml', 'text/html', 'application/jsonp',
  'application/json-patch+json', 'application/json; charset=utf-16', 'APPLICATION/JSON', 'application/json, text/plain', '*/*', 'json',
];

/**
 * JSON bodies built from one the endpoint accepts: one field changed to a hostile value, an
 * extra or missing field, a hostile whole body, malformed or prototype-polluting JSON, the
 * wrong content type, or more than the app's body limit.
 */
export function jsonBodyArb(seed: Record<string, unknown>, bodyLimit: number): fc.Arbitrary<WireBody> {
  const json = (label: string) => (value: unknown): WireBody => ({ label, contentType: 'application/json', payload: JSON.stringify(value) });
  const fields = pathsOf(seed);
  const objects = objectPathsOf(seed);
  const variants: fc.WeightedArbitrary<WireBody>[] = [
    { weight: 1, arbitrary: fc.constant(seed).map(json('valid body')) },
    { weight: 2, arbitrary: hostileJson.map(json('hostile whole body')) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...objects), hostileKey, hostileJson)
      .map(([path, key, v]) => changed(seed, [...path, key], (parent, k) => put(parent, k, v))).map(json('extra field')) },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED).map((payload) => ({ label: 'malformed or polluting JSON', contentType: 'application/json', payload })) },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES, undefined).map((contentType) => ({ label: 'wrong content type', contentType, payload: JSON.stringify(seed) })) },
    { weight: 1, arbitrary: fc.constantFrom('application/json', 'text/plain').map((contentType) => ({
      label: 'oversized body', contentType, payload: JSON.stringify({ ...seed, padding: 'x'.repeat(bodyLimit) }),
    })) },
    { weight: 1, arbitrary: fc.constant({ label: 'empty body', contentType: 'application/json', payload: '' }) },
  ];
  if (fields.length > 0) {
    variants.push(
      { weight: 6, arbitrary: fc.constantFrom(...fields).chain((path) => hostileLike(valueAt(seed, path)).map((v) => changed(seed, path, (parent, k) => put(parent, k, v))))
        .map(json('one field hostile')) },
      { weight: 1, arbitrary: fc.constantFrom(...fields).map((path) => changed(seed, path, (parent, k) => {
        if (Array.isArray(parent)) parent.splice(Number(k), 1);
        else delete parent[k];
      })).map(json('field missing')) },
    );
  }
  return fc.oneof(...variants);
}
