import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export interface PageSecurityOptions {
  /** Served over HTTPS: ask browsers to stay on HTTPS and upgrade any plain-HTTP link. */
  readonly https: boolean;
  /** Routes that keep a looser policy, such as Swagger UI, which styles itself inline. */
  readonly relaxedPrefixes?: readonly string[];
}

type Directives = Record<string, string[]>;

const SELF = ["'self'"];

/**
 * Pages load scripts, styles, images and fonts from this origin only. The GOV.UK template's
 * one inline script carries a per-request nonce (reply.cspNonce.script), so no 'unsafe-inline'.
 */
function pageDirectives(https: boolean): Directives {
  return {
    defaultSrc: SELF, scriptSrc: SELF, styleSrc: SELF, imgSrc: SELF, fontSrc: SELF, connectSrc: SELF,
    formAction: SELF, baseUri: SELF, frameAncestors: ["'none'"], objectSrc: ["'none'"],
    ...(https ? { upgradeInsecureRequests: [] } : {}),
  };
}

/** Swagger UI sets inline styles and data: icons; it runs no inline script. */
function relaxedDirectives(https: boolean): Directives {
  return { ...pageDirectives(https), styleSrc: [...SELF, "'unsafe-inline'"], imgSrc: [...SELF, 'data:'] };
}

/**
 * The JSON API loads nothing and is framed by nothing, so its policy forbids everything. It needs no
 * nonce either: making a fresh one and rebuilding helmet's headers around it was a visible part of
 * an API request's fixed cost, for a page that is never rendered.
 */
const API_DIRECTIVES: Directives = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] };

/** Registers helmet's headers for every route: a strict CSP for pages, a looser one for relaxedPrefixes, one allowing nothing for the JSON API. */
export async function registerPageSecurityHeaders(fastify: FastifyInstance, options: PageSecurityOptions): Promise<void> {
  const relaxed = { enableCSPNonces: false, contentSecurityPolicy: { useDefaults: false, directives: relaxedDirectives(options.https) } };
  const api = { enableCSPNonces: false, contentSecurityPolicy: { useDefaults: false, directives: API_DIRECTIVES } };
  // Added before helmet's own onRoute hook, which reads the route option set here.
  fastify.addHook('onRoute', (route) => {
    if (options.relaxedPrefixes?.some((prefix) => route.url.startsWith(prefix))) route.helmet = relaxed;
    else if (route.url.startsWith('/api/')) route.helmet = api;
  });
  await fastify.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: { useDefaults: false, directives: pageDirectives(options.https) },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
