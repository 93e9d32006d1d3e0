import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import cookie from '@fastify/cookie';
import type { HearthConfig } from '@app/config';
import { REDIS } from '@app/queue';
import { createHttpApp, govukErrorPages, registerGovukAssets, registerPageSecurityHeaders } from '@app/web';
import { MatchingModule } from './matching.module';
import { createMatchingViews, errorViewFor } from './pages/matching-views';
import { registerSignInRateLimit } from './pages/sign-in/sign-in-rate-limit';

/** The matching app: the JSON API and the placement team's pages; main.ts listens, tests call init(). */
export function createMatchingApp(config: HearthConfig): Promise<NestFastifyApplication> {
  return createHttpApp(MatchingModule, {
    name: 'matching',
    title: 'Hearth matching API',
    description: 'Households, referrals, match search, placements and sufficiency',
    config,
    renderHtmlError: govukErrorPages(createMatchingViews(), errorViewFor),
    configure: async (fastify, app) => {
      // First, so every answer (errors included) carries the headers and a CSP nonce.
      await registerPageSecurityHeaders(fastify, { https: config.cookieSecure, relaxedPrefixes: ['/api/docs'] });
      await fastify.register(cookie);
      await registerGovukAssets(fastify);
      await registerSignInRateLimit(fastify, app.get(REDIS), config.rateLimitSignInPerMinute);
    },
  });
}
