import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface BrowserPage {
  readonly url: string;
  readonly status: number;
  readonly text: string;
}

export interface Answer extends BrowserPage {
  /** Where a redirect points; null when the answer is a page. */
  readonly location: string | null;
}

/** Stop following redirects before one that leads to a URL starting with this. */
export interface FollowOptions {
  readonly stopBefore?: string;
}

/**
 * Just enough of a browser for a sign-in round trip: a cookie jar per origin, redirects followed,
 * forms submitted with their hidden fields. Requests to the app's origin go to it in process
 * (app.inject); every other origin is a real server reached over HTTP.
 */
export class RedirectBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly app: NestFastifyApplication, private readonly appOrigin: string) {}

  /** Opens the URL and follows redirects to the page they end on (or up to `stopBefore`). */
  async open(url: string, form?: Record<string, string>, options: FollowOptions = {}): Promise<Answer> {
    let answer = await this.request(url, form);
    for (let hops = 0; answer.location !== null; hops++) {
      if (options.stopBefore && new URL(answer.location, answer.url).href.startsWith(options.stopBefore)) return answer;
      if (hops === 10) throw new Error(`more than 10 redirects from ${url}`);
      answer = await this.request(new URL(answer.location, answer.url).href);
    }
    return answer;
  }

  /** Submits the page's form: its hidden fields, then the ones given. */
  submit(page: BrowserPage, fields: Record<string, string> = {}, options: FollowOptions = {}): Promise<Answer> {
    const action = /<form[^>]*\baction="([^"]+)"/.exec(page.text)?.[1];
    if (!action) throw new Error(`no form on ${page.url}:\n${page.text.slice(0, 500)}`);
    const inputs = [...page.text.matchAll(/<input\b[^>]*>/g)].map((m) => [/\bname="([^"]+)"/.exec(m[0])?.[1], /\bvalue="([^"]*)"/.exec(m[0])?.[1] ?? '']);
    const form = Object.fromEntries(inputs.filter((input): input is [string, string] => input[0] !== undefined));
    return this.open(new URL(action, page.url).href, { ...form, ...fields }, options);
  }

  private async request(url: string, form?: Record<string, string>): Promise<Answer> {
    const target = new URL(url);
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const headers: Record<string, string> = { accept: 'text/html', cookie: this.cookies(target.origin), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) };
    const method = body ? 'POST' : 'GET';
    if (target.origin === this.appOrigin) {
      const answer = await this.app.inject({ method, url: target.pathname + target.search, headers, payload: body });
      this.keep(target.origin, ([] as string[]).concat(answer.headers['set-cookie'] ?? []));
      return { url, status: answer.statusCode, text: answer.body, location: (answer.headers.location as string | undefined) ?? null };
    }
    const answer = await fetch(url, { method, headers, body, redirect: 'manual' });
    this.keep(target.origin, answer.headers.getSetCookie());
    return { url, status: answer.status, text: await answer.text(), location: answer.headers.get('location') };
  }

  private cookies(origin: string): string {
    return [...(this.jars.get(origin) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Stores each cookie set, forgetting those set empty or already expired. */
  private keep(origin: string, setCookies: readonly string[]): void {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()));
      if (value === '' || expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(origin, jar);
  }
}
