import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { QueueHealthReader } from '@app/queue';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

@Module({ imports: [PersistenceModule], controllers: [HealthController, MetricsController], providers: [QueueHealthReader] })
export class HealthModule {}
