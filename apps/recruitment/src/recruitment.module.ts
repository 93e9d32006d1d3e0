import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';
import { HealthModule } from '@app/web';
import { EnquiriesModule } from './enquiries/enquiries.module';

@Module({
  imports: [PersistenceModule, RedisModule, HealthModule, EnquiriesModule],
})
export class RecruitmentModule {}
