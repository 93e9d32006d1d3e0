import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { createRootLogger, runClustered } from '@app/web';
import { createMatchingApp } from './create-matching-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit('matching');
  await runClustered(config.matchingProcesses, createRootLogger(config.logLevel, 'matching'), async () => {
    const app = await createMatchingApp(config);
    await app.listen({ port: config.matchingPort, host: config.host });
  });
}

void main();
