import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { HearthConfig } from '@app/config';
import { REDIS } from '@app/queue';
import { createHttpApp, govukErrorPages, registerGovukAssets, registerPageSecurityHeaders } from '@app/web';
import { QUEUE_DASHBOARD_PATH, registerQueueDashboard } from './queue-dashboard/register-queue-dashboard';
import { RecruitmentModule } from './recruitment.module';
import { createRecruitmentViews, errorViewFor } from './recruitment-views';

/** The recruitment app, fully configured; main.ts listens, tests call init(). */
export async function createRecruitmentApp(config: HearthConfig): Promise<NestFastifyApplication> {
  return createHttpApp(RecruitmentModule, {
    name: 'recruitment',
    title: 'Hearth recruitment API',
    description: 'Public fostering enquiries and the recruitment team\'s API',
    config,
    renderHtmlError: govukErrorPages(createRecruitmentViews(), errorViewFor),
    configure: async (fastify, app) => {
      // First, so every answer (errors and rate-limited ones included) carries the headers and a CSP nonce.
      // bull-board's page styles itself inline, as Swagger UI does: both keep the looser style policy.
      await registerPageSecurityHeaders(fastify, { https: config.publicBaseUrl.startsWith('https:'), relaxedPrefixes: ['/api/docs', QUEUE_DASHBOARD_PATH] });
      // After the security headers, whose onRoute hook gives its routes the looser style policy; admins only.
      await registerQueueDashboard(fastify, config);
      await fastify.register(cookie);
      await registerGovukAssets(fastify);
      await fastify.register(rateLimit, {
        global: false,
        max: config.rateLimitPublicPerMinute,
        timeWindow: 60_000,
        redis: app.get(REDIS),
        nameSpace: 'hearth-rate-limit:',
        skipOnError: true,
      });
    },
  });
}
