import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';

/** Background processors live here (no HTTP). Follow-up processors and the outbox relay arrive with the follow-up issue. */
@Module({ imports: [PersistenceModule, RedisModule] })
export class WorkersModule {}
