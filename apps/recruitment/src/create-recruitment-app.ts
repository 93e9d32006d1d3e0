import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import rateLimit from '@fastify/rate-limit';
import type { HearthConfig } from '@app/config';
import { REDIS } from '@app/queue';
import { createHttpApp } from '@app/web';
import { RecruitmentModule } from './recruitment.module';

/** The recruitment app, fully configured; main.ts listens, tests call init(). */
export async function createRecruitmentApp(config: HearthConfig): Promise<NestFastifyApplication> {
  return createHttpApp(RecruitmentModule, {
    name: 'recruitment',
    title: 'Hearth recruitment API',
    description: 'Public fostering enquiries and the recruitment team\'s API',
    config,
    configure: async (fastify, app) => {
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
