import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@app/domain';
import { CreateEnquiryRequestDto } from './create-enquiry.request.dto';
import { CreateEnquiryUseCase } from './create-enquiry.use-case';
import { EnquiryAcknowledgementResponse, toAcknowledgement } from './enquiry.responses';
import { PUBLIC_SUBMISSION_RATE_LIMIT } from '../public-rate-limit';
import { PublicRoute } from '@app/auth';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

/** The public enquiry API. A cross-site form cannot send application/json, so no CSRF token is needed here. */
@ApiTags('enquiries (public)')
@PublicRoute('anyone may enquire about fostering')
@Controller('api/v1/enquiries')
export class PublicEnquiriesController {
  constructor(private readonly createEnquiry: CreateEnquiryUseCase) {}

  @Post()
  @HttpCode(201)
  @RouteConfig(PUBLIC_SUBMISSION_RATE_LIMIT)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–128 printable characters; a retry with the same key returns the first enquiry' })
  @ApiCreatedResponse({ type: EnquiryAcknowledgementResponse })
  @ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED with every field and the rule it broke' })
  @ApiConflictResponse({ description: 'ENQUIRY.IDEMPOTENCY_KEY_REUSED' })
  @ApiTooManyRequestsResponse({ description: 'REQUEST.RATE_LIMITED' })
  async create(
    @Body() body: CreateEnquiryRequestDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnquiryAcknowledgementResponse> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
        { field: 'Idempotency-Key', rule: 'format', message: 'Idempotency-Key must be 8 to 128 printable characters' },
      ]);
    }
    const created = await this.createEnquiry.execute({ answers: body, channel: 'api', idempotencyKey });
    if (created.replayed) void reply.header('idempotent-replayed', 'true');
    return toAcknowledgement(created);
  }
}
