import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';
import { HealthModule } from '@app/web';
import { GeographyModule } from './geography/geography.module';

@Module({ imports: [PersistenceModule, RedisModule, HealthModule, GeographyModule] })
export class MatchingModule {}
