import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { createRootLogger, runClustered } from '@app/web';
import { createRecruitmentApp } from './create-recruitment-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit('recruitment');
  await runClustered(config.recruitmentProcesses, createRootLogger(config.logLevel, 'recruitment'), async () => {
    const app = await createRecruitmentApp(config);
    await app.listen({ port: config.recruitmentPort, host: config.host });
  });
}

void main();
