import { CouncilEntity } from './council.entity';
import { EnquiryEntity } from './enquiry.entity';
import { FosteringServiceEntity } from './fostering-service.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { RegionEntity } from './region.entity';

export { CouncilEntity, EnquiryEntity, FosteringServiceEntity, OutboxMessageEntity, RegionEntity };

export const ALL_ENTITIES = [RegionEntity, CouncilEntity, FosteringServiceEntity, EnquiryEntity, OutboxMessageEntity];
