import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';
import { HealthModule } from '@app/web';
import { EnquiriesModule } from './enquiries/enquiries.module';

@Module({
  imports: [ConfigModule, PersistenceModule, RedisModule, HealthModule, EnquiriesModule],
})
export class RecruitmentModule {}
