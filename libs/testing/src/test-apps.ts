import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readHearthConfig, type HearthConfig } from '@app/config';
import { captureLogs, personalDataInLogs } from './log-capture';

/**
 * Boots a real app (real PostgreSQL, real Redis) ready for supertest, without listening on a port.
 * Its logs are captured at every level, and closing it fails the suite if any line holds personal
 * data from the factories: every integration and end-to-end suite checks the logs it causes.
 */
export async function startTestApp(
  create: (config: HearthConfig) => Promise<NestFastifyApplication>,
  overrides: Partial<HearthConfig> = {},
): Promise<NestFastifyApplication> {
  const config = { ...readHearthConfig(), ...overrides };
  const app = await create(config);
  const stopCapture = captureLogs(app, config.logLevel);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const close = async () => {
    await app.close();
    stopCapture();
    const leaks = personalDataInLogs(app);
    if (leaks.length > 0) throw new Error(`The app logged personal data:\n${leaks.slice(0, 10).join('\n')}`);
  };
  // Nest's app is a proxy that ignores assignments, so close() is replaced by wrapping it once more.
  return new Proxy(app, { get: (target, prop, receiver) => (prop === 'close' ? close : Reflect.get(target, prop, receiver)) });
}
