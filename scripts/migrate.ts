import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { runMigrations } from '@app/persistence';

/** `npm run migrate`: creates the database if needed and applies pending migrations. */
const config = loadConfigOrExit('migrate');
runMigrations(config.databaseUrl)
  .then((applied) => {
    process.stdout.write(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'Database is up to date\n');
  })
  .catch((error: Error) => {
    process.stderr.write(`Migration failed: ${error.message}\n`);
    process.exit(1);
  });
