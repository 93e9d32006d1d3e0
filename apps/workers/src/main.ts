import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { ConfigModule, loadConfigOrExit } from '@app/config';
import { REDIS } from '@app/queue';
import { createRootLogger, PinoNestLogger } from '@app/web';
import { WorkersModule } from './workers.module';


/** Workers start without HTTP: an application context with the database and Redis, and nothing else. */
async function main(): Promise<void> {
  const config = loadConfigOrExit('workers');
  const logger = createRootLogger(config.logLevel, 'workers');
  const app = await NestFactory.createApplicationContext({ module: class WorkersRoot {}, imports: [ConfigModule.forRoot(config), WorkersModule] }, { logger: new PinoNestLogger(logger) });
  app.enableShutdownHooks();
  await app.get<Redis>(REDIS).ping();
  new Logger('Workers').log({ msg: 'workers ready', queuePrefix: config.queuePrefix });
}

void main();
