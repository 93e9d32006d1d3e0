import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { HearthConfig } from '@app/config';
import { createHttpApp } from '@app/web';
import { MatchingModule } from './matching.module';

/** The matching app; main.ts listens, tests call init(). */
export function createMatchingApp(config: HearthConfig): Promise<NestFastifyApplication> {
  return createHttpApp(MatchingModule, {
    name: 'matching',
    title: 'Hearth matching API',
    description: 'Households, referrals, match search, placements and sufficiency',
    config,
  });
}
