import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export interface HttpAnswer {
  /** The HTTP status, or a label like `network-error:ECONNREFUSED` or `timeout`. */
  readonly status: number | string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly json?: unknown;
  /** An HTML form, encoded as a browser does (a repeated name per ticked box). */
  readonly form?: Record<string, string | readonly string[]>;
}

/** Long enough for a request held while Redis or PostgreSQL restarts; after it the request counts as failed. */
const TIMEOUT_MS = 30_000;

/**
 * Idle connections are dropped well before the apps' own keep-alive timeout (Fastify's 72 s), as
 * a load balancer's upstream idle timeout must be: without one, Node's agent keeps idle sockets
 * for ever and now and then sends a request on one the app is closing at that moment (ECONNRESET).
 */
const IDLE_SOCKET_MS = 15_000;

/** Keep-alive HTTP to one app on 127.0.0.1, as a load balancer's pool of connections would be. */
export class HttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16, timeout: IDLE_SOCKET_MS });

  constructor(readonly port: number) {}

  send(req: HttpRequest): Promise<HttpAnswer> {
    const body = req.json !== undefined ? Buffer.from(JSON.stringify(req.json)) : req.form ? Buffer.from(encodeForm(req.form)) : undefined;
    const headers: Record<string, string | number> = { ...req.headers };
    if (body) {
      headers['content-type'] = req.json !== undefined ? 'application/json' : 'application/x-www-form-urlencoded';
      headers['content-length'] = body.length;
    }
    return new Promise((resolve) => {
      const outgoing = request({ agent: this.agent, host: '127.0.0.1', port: this.port, path: req.path, method: req.method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 'no-status', headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: `response-error:${(e as NodeJS.ErrnoException).code ?? e.message}`, headers: {}, body: '' }));
      });
      outgoing.setTimeout(TIMEOUT_MS, () => outgoing.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
      outgoing.on('error', (e) => resolve({ status: `network-error:${(e as NodeJS.ErrnoException).code ?? e.message}`, headers: {}, body: '' }));
      outgoing.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A browser's cookies for one visitor: whatever the app set last, sent back on every request. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  remember(headers: IncomingHttpHeaders): void {
    for (const line of headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1);
      // An emptied or expired cookie is the app ending the session.
      if (value === '' || /max-age=0\b|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

function encodeForm(fields: Record<string, string | readonly string[]>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
  return form.toString();
}
