import { Module } from '@nestjs/common';
import { GovukViews } from '@app/web';
import { EnquiriesModule } from '../enquiries/enquiries.module';
import { createRecruitmentViews } from '../recruitment-views';
import { CsrfGuard } from './csrf.guard';
import { EnquiryJourneyController } from './enquiry-journey.controller';
import { EnquiryJourneyService } from './enquiry-journey.service';
import { JourneySessionStore } from './journey-session.store';

@Module({
  imports: [EnquiriesModule],
  controllers: [EnquiryJourneyController],
  providers: [EnquiryJourneyService, JourneySessionStore, CsrfGuard, { provide: GovukViews, useFactory: createRecruitmentViews }],
})
export class JourneyModule {}
