import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { EnquiryEntity } from '@app/persistence';
import type { CreatedEnquiry } from './create-enquiry.use-case';

export const WHAT_HAPPENS_NEXT =
  'A member of the fostering team will contact you within 1 working day, in the way you asked. ' +
  'They will answer your questions and, if you want to go ahead, arrange a visit.';

export class EnquiryAcknowledgementResponse {
  @ApiProperty({ example: 'FH-7K4M-9QXD' }) reference: string;
  @ApiProperty({ example: 'received' }) status: string;
  @ApiProperty() receivedAt: string;
  @ApiProperty() whatHappensNext: string;
}

export function toAcknowledgement(created: CreatedEnquiry): EnquiryAcknowledgementResponse {
  return { reference: created.reference, status: 'received', receivedAt: created.receivedAt.toISOString(), whatHappensNext: WHAT_HAPPENS_NEXT };
}

export class EnquirySummaryResponse {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() status: string;
  @ApiProperty() receivedAt: string;
  @ApiProperty() name: string;
  @ApiProperty() postcode: string;
  @ApiPropertyOptional({ nullable: true }) councilCode: string | null;
  @ApiPropertyOptional({ nullable: true }) triageReason: string | null;
  @ApiProperty({ enum: ['shortage', 'standard'] }) priority: string;
  @ApiProperty({ isArray: true }) interests: string[];
}

export class EnquiryDetailResponse extends EnquirySummaryResponse {
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() email: string;
  @ApiProperty() phone: string;
  @ApiProperty() preferredContactMethod: string;
  @ApiProperty() preferredContactTime: string;
  @ApiProperty() adultsInHousehold: number;
  @ApiProperty() childrenInHousehold: number;
  @ApiProperty() spareBedrooms: number;
  @ApiProperty() heardFrom: string;
  @ApiPropertyOptional({ nullable: true }) eligibility: Record<string, string> | null;
  @ApiProperty() channel: string;
  @ApiProperty() consentedAt: string;
}

export class EnquiryPageResponse {
  @ApiProperty({ type: [EnquirySummaryResponse] }) items: EnquirySummaryResponse[];
  @ApiPropertyOptional({ nullable: true, description: 'Pass as `cursor` for the next page' }) nextCursor: string | null;
}

export function toEnquirySummary(e: EnquiryEntity): EnquirySummaryResponse {
  return {
    id: e.id,
    reference: e.reference,
    status: e.status,
    receivedAt: e.createdAt.toISOString(),
    name: `${e.firstName} ${e.lastName}`,
    postcode: e.postcode,
    councilCode: e.councilCode,
    triageReason: e.triageReason,
    priority: e.priority,
    interests: e.interests,
  };
}

export function toEnquiryDetail(e: EnquiryEntity): EnquiryDetailResponse {
  return {
    ...toEnquirySummary(e),
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email,
    phone: e.phone,
    preferredContactMethod: e.preferredContactMethod,
    preferredContactTime: e.preferredContactTime,
    adultsInHousehold: e.adultsInHousehold,
    childrenInHousehold: e.childrenInHousehold,
    spareBedrooms: e.spareBedrooms,
    heardFrom: e.heardFrom,
    eligibility: e.eligibility,
    channel: e.channel,
    consentedAt: e.consentedAt.toISOString(),
  };
}
