import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';
import { HealthModule } from '@app/web';
import { ApplicationModule } from './application/application.module';
import { EnquiriesModule } from './enquiries/enquiries.module';
import { FunnelModule } from './funnel/funnel.module';
import { JourneyModule } from './journey/journey.module';
import { NotificationsModule } from './notifications/notifications.module';
import { TeamModule } from './team/team.module';

@Module({
  imports: [PersistenceModule, RedisModule, HealthModule, EnquiriesModule, FunnelModule, ApplicationModule, JourneyModule, NotificationsModule, TeamModule],
})
export class RecruitmentModule {}
