import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { closeTestDb, createOutcodeLocation, resetDatabase, startTestApp } from '@app/testing';
import { createRecruitmentApp } from '../../apps/recruitment/src/create-recruitment-app';

/**
 * The hooks the recruitment API specs share: one app for the file (handed to `started`), a clean
 * database before each test with these outward codes placed in their councils (outcode → GSS
 * code), and the app and database connection closed at the end.
 */
export function useRecruitmentApp(outcodes: Readonly<Record<string, string>>, started: (app: NestFastifyApplication) => void): void {
  let app: NestFastifyApplication | undefined;
  beforeAll(async () => {
    app = await startTestApp(createRecruitmentApp);
    started(app);
  });
  beforeEach(async () => {
    await resetDatabase();
    for (const [outcode, council] of Object.entries(outcodes)) await createOutcodeLocation(outcode, council);
  });
  afterAll(async () => {
    await app?.close();
    await closeTestDb();
  });
}
