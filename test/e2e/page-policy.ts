/** What a page answer must carry so a browser runs only our scripts and keeps our cookies to itself. */
export interface PageAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly text: string;
}

const REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

/** The policy's directives by name, e.g. { "script-src": ["'self'", "'nonce-…'"] }. */
export function cspDirectives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name.toLowerCase(), values];
  }));
}

/**
 * Everything wrong with one answer's headers: a Content-Security-Policy without unsafe-inline or
 * unsafe-eval that loads only from this origin and cannot be framed, nosniff, a frame option and a
 * referrer policy.
 */
export function headerProblems(answer: PageAnswer): string[] {
  const problems: string[] = [];
  const policy = String(answer.headers['content-security-policy'] ?? '');
  if (!policy) return ['no Content-Security-Policy'];
  if (/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/.test(policy)) problems.push(`an unsafe CSP: ${policy}`);
  const csp = cspDirectives(policy);
  if (!csp['default-src'] || csp['default-src'].some((s) => !["'self'", "'none'"].includes(s))) problems.push('default-src is not self or none');
  const scripts = csp['script-src'] ?? csp['default-src'] ?? [];
  if (scripts.some((s) => s === '*' || s.endsWith(':') || s.startsWith('http'))) problems.push(`scripts from elsewhere: ${scripts.join(' ')}`);
  if (!['\'none\''].includes(String(csp['object-src']?.[0] ?? csp['default-src']?.[0]))) problems.push('object-src is not none');
  if (!["'none'", "'self'"].includes(String(csp['frame-ancestors']?.[0]))) problems.push('frame-ancestors is not none or self');
  if (!csp['base-uri']) problems.push('no base-uri');
  if (!csp['form-action']) problems.push('no form-action');
  if (answer.headers['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (!/^(DENY|SAMEORIGIN)$/i.test(String(answer.headers['x-frame-options'] ?? ''))) problems.push('no X-Frame-Options');
  if (!REFERRER_POLICIES.includes(String(answer.headers['referrer-policy'] ?? ''))) problems.push(`Referrer-Policy "${String(answer.headers['referrer-policy'])}"`);
  return problems;
}

/** Everything wrong with an HTML page's markup under that policy: inline script without the nonce, inline handlers or styles. */
export function markupProblems(answer: PageAnswer): string[] {
  const problems: string[] = [];
  const policy = String(answer.headers['content-security-policy'] ?? '');
  const nonce = /'nonce-([^']+)'/.exec(cspDirectives(policy)['script-src']?.join(' ') ?? '')?.[1];
  for (const tag of answer.text.match(/<script\b[^>]*>/gi) ?? []) {
    const given = /\bnonce="([^"]*)"/.exec(tag)?.[1];
    if (!/\bsrc=/.test(tag) && given === undefined) problems.push(`an inline script without a nonce: ${tag}`);
    if (given !== undefined && given !== nonce) problems.push(`a script whose nonce is not the policy's: ${tag}`);
  }
  for (const tag of answer.text.match(/<[a-z][^>]*>/gi) ?? []) {
    if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`an inline event handler: ${tag.slice(0, 120)}`);
    if (/\sstyle\s*=/i.test(tag)) problems.push(`an inline style (blocked by style-src): ${tag.slice(0, 120)}`);
    if (/\s(href|src|action)\s*=\s*"\s*javascript:/i.test(tag)) problems.push(`a javascript: URL: ${tag.slice(0, 120)}`);
  }
  if (answer.headers['cache-control'] !== 'no-store') problems.push('a page browsers and proxies may store');
  return problems;
}

/** Every session cookie must be unreadable by scripts and kept off cross-site posts; over HTTPS, Secure and __Host-. */
export function cookieProblems(setCookies: readonly string[], https: boolean): string[] {
  return setCookies.flatMap((cookie) => {
    const [pair, ...attributes] = cookie.split(';').map((p) => p.trim());
    const name = pair.split('=')[0];
    const has = (flag: string) => attributes.some((a) => a.toLowerCase().startsWith(flag.toLowerCase()));
    const problems = [
      ...(has('HttpOnly') ? [] : ['HttpOnly']),
      ...(attributes.some((a) => /^SameSite=(Lax|Strict)$/i.test(a)) ? [] : ['SameSite=Lax or Strict']),
      ...(https && !has('Secure') ? ['Secure'] : []),
      ...(https && !name.startsWith('__Host-') ? ['the __Host- prefix'] : []),
    ];
    return problems.length ? [`cookie ${name} lacks ${problems.join(', ')}`] : [];
  });
}
