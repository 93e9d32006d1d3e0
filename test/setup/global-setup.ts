import 'reflect-metadata';
import { Client } from 'pg';
import { runMigrations } from '../../libs/persistence/src/run-migrations';
import './test-env';

/** Once per run: a fresh test database built by the real migrations, exactly as in production. */
export default async function globalSetup(): Promise<void> {
  const url = new URL(process.env.DATABASE_URL!);
  const name = url.pathname.slice(1);
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await runMigrations(url.toString());
}
