import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PersistenceModule } from '@app/persistence';
import { CreateEnquiryUseCase } from './create-enquiry.use-case';
import { GetEnquiryUseCase } from './get-enquiry.use-case';
import { ListEnquiriesUseCase } from './list-enquiries.use-case';
import { LocateEnquirerService } from './locate-enquirer.service';
import { PublicEnquiriesController } from './public-enquiries.controller';
import { StaffEnquiriesController } from './staff-enquiries.controller';
import { StaffServiceScope } from './staff-service-scope';
import { RecruitmentClocks } from '../recruitment-clocks';

@Module({
  imports: [AuthModule, PersistenceModule],
  controllers: [PublicEnquiriesController, StaffEnquiriesController],
  providers: [CreateEnquiryUseCase, ListEnquiriesUseCase, GetEnquiryUseCase, LocateEnquirerService, StaffServiceScope, RecruitmentClocks],
  exports: [CreateEnquiryUseCase, StaffServiceScope, RecruitmentClocks],
})
export class EnquiriesModule {}
