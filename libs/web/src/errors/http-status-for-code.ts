import type { ErrorCode } from '@app/domain';

function assertUnreachable(code: never): never {
  throw new Error(`No HTTP status for error code ${String(code)}`);
}

/** Exhaustive: adding an ErrorCode without a status here fails to compile. */
export function httpStatusForCode(code: ErrorCode): number {
  switch (code) {
    case 'REQUEST.VALIDATION_FAILED':
    case 'GEO.POSTCODE_INVALID':
    case 'REQUEST.MALFORMED_BODY':
      return 400;
    case 'AUTH.UNAUTHENTICATED':
      return 401;
    case 'AUTH.FORBIDDEN':
    case 'REQUEST.CSRF_FAILED':
      return 403;
    case 'REQUEST.ROUTE_NOT_FOUND':
    case 'ENQUIRY.NOT_FOUND':
    case 'APPLICANT.NOT_FOUND':
    case 'REFERRAL.NOT_FOUND':
    case 'HOUSEHOLD.NOT_FOUND':
    case 'PLACEMENT.NOT_FOUND':
    case 'GEO.POSTCODE_NOT_FOUND':
    case 'GEO.NO_DIRECTORY_IMPORTED':
    case 'GEO.COUNCIL_NOT_FOUND':
    case 'SUFFICIENCY.AREA_NOT_FOUND':
    case 'COOPERATIVE.NOT_FOUND':
    case 'SERVICE.NOT_FOUND':
    case 'TEAM.MEMBER_NOT_FOUND':
      return 404;
    case 'ENQUIRY.IDEMPOTENCY_KEY_REUSED':
    case 'APPLICANT.TRANSITION_NOT_ALLOWED':
    case 'APPLICANT.STALE_VERSION':
    case 'REFERRAL.NOT_OPEN':
    case 'PLACEMENT.NO_LONGER_FITS':
    case 'PLACEMENT.ALREADY_ENDED':
    case 'COOPERATIVE.ALREADY_EXISTS':
    case 'COOPERATIVE.COUNCIL_IN_ANOTHER_COOPERATIVE':
    case 'TEAM.MEMBER_ALREADY_EXISTS':
      return 409;
    case 'COOPERATIVE.UNKNOWN_COUNCIL':
    case 'ASSIGNMENT.NOT_IN_TEAM':
      return 422;
    case 'REQUEST.PAYLOAD_TOO_LARGE':
      return 413;
    case 'REQUEST.UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'REQUEST.RATE_LIMITED':
      return 429;
    case 'SERVICE.UNAVAILABLE':
      return 503;
    default:
      return assertUnreachable(code);
  }
}

export const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};
