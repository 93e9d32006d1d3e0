import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { createMatchingApp } from './create-matching-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit('matching');
  const app = await createMatchingApp(config);
  await app.listen({ port: config.matchingPort, host: config.host });
}

void main();
