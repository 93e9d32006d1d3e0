import 'reflect-metadata';
import { loadConfigOrExit } from '@app/config';
import { createRecruitmentApp } from './create-recruitment-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit('recruitment');
  const app = await createRecruitmentApp(config);
  await app.listen({ port: config.recruitmentPort, host: config.host });
}

void main();
