/**
 * What the test factories and fixtures put into enquiries, applications and referrals, as
 * patterns to search logs and Redis for. None of it may appear there (STYLE.md §4): payloads
 * carry ids, logs carry correlation ids and route patterns.
 */
export const PERSONAL_DATA_PATTERNS: Readonly<Record<string, RegExp>> = {
  'an email address': /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/,
  'a UK mobile number': /\b07\d{3} ?\d{3} ?\d{3}\b/,
  'a surname from the factories': /\b(Okafor|O'Kafor|Example Street|Pat Example|Lee Sample)\b/i,
  'a full postcode from the factories': /\b(SW1A ?1AA|M1 ?1AE|M14 ?5AA|M13 ?9PL|TS24 ?7AA)\b/i,
  'a date of birth from the factories': /\b(1985-03-07|7 March 1985|1984-05-01)\b/,
  'an application link token': /\/apply\/[A-Za-z0-9_-]{20,}/,
};

/** The names of the patterns `text` matches, and any of the given secrets (e.g. link tokens issued in a test) it contains. */
export function personalDataIn(text: string, secrets: readonly string[] = []): string[] {
  const found = Object.entries(PERSONAL_DATA_PATTERNS).filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  return found.concat(secrets.filter((s) => s.length >= 8 && text.includes(s)).map((s) => `the secret ${s.slice(0, 4)}…`));
}
