import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readHearthConfig, type HearthConfig } from '@app/config';

/** Boots a real app (real PostgreSQL, real Redis) ready for supertest, without listening on a port. */
export async function startTestApp(
  create: (config: HearthConfig) => Promise<NestFastifyApplication>,
  overrides: Partial<HearthConfig> = {},
): Promise<NestFastifyApplication> {
  const app = await create({ ...readHearthConfig(), ...overrides });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
