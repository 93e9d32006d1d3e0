/**
 * Every error code the platform can answer with. The web exception filter maps each
 * to an HTTP status with an exhaustive switch, so a new code without a status fails to compile.
 */
export const ERROR_CODES = [
  'REQUEST.VALIDATION_FAILED',
  'REQUEST.MALFORMED_BODY',
  'REQUEST.PAYLOAD_TOO_LARGE',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  'REQUEST.ROUTE_NOT_FOUND',
  'REQUEST.RATE_LIMITED',
  'REQUEST.CSRF_FAILED',
  'AUTH.UNAUTHENTICATED',
  'AUTH.FORBIDDEN',
  'ENQUIRY.NOT_FOUND',
  'ENQUIRY.IDEMPOTENCY_KEY_REUSED',
  'APPLICANT.NOT_FOUND',
  'APPLICANT.TRANSITION_NOT_ALLOWED',
  'APPLICANT.STALE_VERSION',
  'REFERRAL.NOT_FOUND',
  'REFERRAL.NOT_OPEN',
  'HOUSEHOLD.NOT_FOUND',
  'PLACEMENT.NOT_FOUND',
  'PLACEMENT.NO_LONGER_FITS',
  'PLACEMENT.ALREADY_ENDED',
  'GEO.POSTCODE_INVALID',
  'GEO.POSTCODE_NOT_FOUND',
  'GEO.NO_DIRECTORY_IMPORTED',
  'GEO.COUNCIL_NOT_FOUND',
  'SUFFICIENCY.AREA_NOT_FOUND',
  'COOPERATIVE.NOT_FOUND',
  'COOPERATIVE.ALREADY_EXISTS',
  'COOPERATIVE.COUNCIL_IN_ANOTHER_COOPERATIVE',
  'COOPERATIVE.UNKNOWN_COUNCIL',
  'SERVICE.NOT_FOUND',
  'TEAM.MEMBER_NOT_FOUND',
  'TEAM.MEMBER_ALREADY_EXISTS',
  'ASSIGNMENT.NOT_IN_TEAM',
  'SERVICE.UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** A rule of the domain was broken; `code` is a stable contract with API clients. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: readonly FieldProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
