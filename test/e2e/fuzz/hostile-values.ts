import fc from 'fast-check';

/** Markers an HTML answer must never echo unescaped: if one does, a form reflects markup (XSS). */
export const XSS_MARKERS = ['<script>alert("hearth-xss")</script>', '<img src=x onerror=alert("hearth-xss")>', '"><svg onload=alert("hearth-xss")>'];

/** Strings attackers and unlucky users send: injections, template syntax, control characters. */
const INJECTIONS = [
  "' OR '1'='1", "'; DROP TABLE enquiry; --", '1; SELECT pg_sleep(5)', '" OR ""="', "\\'", ...XSS_MARKERS,
  'javascript:alert(1)', '{{7*7}}', '{% include "layout.njk" %}', '${7*7}', '#{7*7}', '../../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd',
  '%00', '\u0000', 'a\u0000b', '\r\nSet-Cookie: hacked=1', '{"$gt":""}', '$where', '__proto__', 'constructor', 'prototype', 'toString',
  'hasOwnProperty', 'null', 'undefined', 'true', 'NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x1F', '99999999999999999999999',
  '2026-02-30', '2026-13-45', '0000-00-00', '9999-12-31', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00Z', '2026-11-23T25:61:61Z',
  'SW1A 1AA'.repeat(20), 'FH-7K4M-9QXD', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '',
  ' ', '\t\n', '\u00a0',
];

/** Unicode that breaks naive code: lone surrogates, direction overrides, zero-width and combining marks, astral planes. */
const UNICODE = [
  '\ud800', '\udfff', 'a\ud83dz', '\ud83d\ude00', '\u202eevil\u202c', '\u200b', '\u200c\u200d', '\ufeff', '\u2028\u2029',
  'e\u0301\u0301\u0301\u0301', 'Z̴̡̛̙̜̝͇̓̈́͊a̸l̵g̶o̷', 'שלום עולם', 'مرحبا', '𝕳𝖊𝖆𝖗𝖙𝖍', '\uffff', '\ufffd', 'İıǅ', '\u0085',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Any string, weighted towards the ones that break things. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS, ...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom('\u0000', '\u202e', '\u200b', 'a')), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  // Huge strings: just under and well over what any field takes; some push the body past its limit.
  { weight: 1, arbitrary: fc.constantFrom(201, 2_001, 10_000, 40_000).chain((n) => fc.constantFrom('x', 'é', '𝕏', '<').map((c) => c.repeat(n))) },
);

/** Numbers at and beyond every edge a validator or PostgreSQL column has. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, 0.1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 1e21),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value of the wrong kind, including huge and deeply nested ones. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[]], { '': '' }) },
  { weight: 2, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 20_000).map((n) => Array.from({ length: n }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.constantFrom(50, 2_000).map((depth) => nest(depth)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(...pollutingObjects()) },
);

/** Text PostgreSQL or JSON cannot hold as given: NUL characters, lone surrogates, and bidi or zero-width tricks. */
const unstorableText: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\u0000', '\u202e', '\u200b'), fc.constantFrom('', 'Sam', 'x'.repeat(50)))
  .map(([odd, text]) => `${text}${odd}${text}`);

/** Dates at the edges of what JavaScript, class-validator and PostgreSQL each accept. */
const hostileDate: fc.Arbitrary<string> = fc.constantFrom(
  '-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00.000Z', '-000001-01-01', '0000-01-01', '0001-01-01', '1000-01-01', '9999-12-31T23:59:59Z',
  '2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-11-23T24:00:00Z', '2026-11-23T10:00:00+25:00', '2026-W48', '20261123', ' 2026-11-23',
  '1970-01-01T00:00:00Z', '294277-01-01', '4714-11-23', 'today', '1e400', '8.64e15',
);

const DATE_LIKE = /^[+-]?\d{4,6}-\d{2}-\d{2}/;

/**
 * A hostile value shaped by what the field holds now: dates get impossible and out-of-range
 * dates, text gets NUL and lone surrogates, numbers get edges, lists get huge or wrong items.
 * Mixed with any hostile JSON, so every field also sees the wrong type.
 */
export function hostileLike(current: unknown): fc.Arbitrary<unknown> {
  const typed: fc.Arbitrary<unknown>[] = [];
  if (typeof current === 'string') typed.push(DATE_LIKE.test(current) ? hostileDate : unstorableText, unstorableText, hostileString);
  if (typeof current === 'number') typed.push(hostileNumber, hostileNumber.map(String), fc.constantFrom('1', '', '1e400', '0x10'));
  if (typeof current === 'boolean') typed.push(fc.constantFrom('true', 'false', 0, 1, 'yes', null));
  if (Array.isArray(current)) {
    typed.push(
      fc.constant([...current, ...current]),
      fc.array(hostileLike(current[0] ?? 'x'), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(100, 5_000).map((n) => Array.from({ length: n }, () => current[0] ?? 'x')),
    );
  }
  return typed.length === 0 ? hostileJson : fc.oneof({ weight: 3, arbitrary: fc.oneof(...typed) }, { weight: 2, arbitrary: hostileJson });
}

/** A hostile string in the place of `current` (form fields and query values are always text). */
export function hostileTextLike(current: string): fc.Arbitrary<string> {
  return fc.oneof(DATE_LIKE.test(current) ? hostileDate : unstorableText, unstorableText, hostileString, hostileNumber.map(String));
}

/** Property names that pollute prototypes or confuse mappers. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isAdmin', 'id', 'serviceId', 'role', ''),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  hostileString.filter((s) => s.length < 300),
);

/** `[[[ … ]]]` nested `depth` deep: recursive mappers and validators must not run out of stack. */
export function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Objects whose own `__proto__`/`constructor` keys survive JSON.stringify (an object literal would set the prototype instead). */
function pollutingObjects(): unknown[] {
  return [
    JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
    JSON.parse('{"a":{"__proto__":{"polluted":"yes"}}}'),
  ];
}
