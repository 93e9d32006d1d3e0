import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PersistenceModule } from '@app/persistence';
import { EnquiriesModule } from '../enquiries/enquiries.module';
import { FunnelModule } from '../funnel/funnel.module';
import { ListApplicantNotificationsUseCase } from './list-applicant-notifications.use-case';
import { ListServiceInboxUseCase } from './list-service-inbox.use-case';
import { NotificationsController } from './notifications.controller';

/** The staff API over the messages the workers sent: per applicant, and each service's own inbox. */
@Module({
  imports: [AuthModule, PersistenceModule, EnquiriesModule, FunnelModule],
  controllers: [NotificationsController],
  providers: [ListApplicantNotificationsUseCase, ListServiceInboxUseCase],
})
export class NotificationsModule {}
