import { PickType } from '@nestjs/swagger';
import { ListEnquiriesQueryDto } from '../enquiries/list-enquiries.query.dto';

/** A page of messages: how many (1–100, 25 by default) and where the previous page ended. */
export class NotificationsQueryDto extends PickType(ListEnquiriesQueryDto, ['limit', 'cursor'] as const) {}
