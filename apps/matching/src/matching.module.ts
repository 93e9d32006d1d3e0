import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';
import { HealthModule } from '@app/web';
import { GeographyModule } from './geography/geography.module';

@Module({ imports: [ConfigModule, PersistenceModule, RedisModule, HealthModule, GeographyModule] })
export class MatchingModule {}
