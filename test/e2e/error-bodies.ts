/** The exact 4xx bodies clients rely on (STYLE.md §5); correlationId varies per request. */
export const anyCorrelationId = expect.stringMatching(/^[A-Za-z0-9._-]{1,64}$/);

export function errorBody(statusCode: number, error: string, code: string, message: string, details?: unknown[]) {
  return { statusCode, error, code, message, ...(details ? { details } : {}), correlationId: anyCorrelationId };
}

export const unauthenticated = errorBody(401, 'Unauthorized', 'AUTH.UNAUTHENTICATED', 'Sign in: send a valid bearer token');
export const forbidden = errorBody(403, 'Forbidden', 'AUTH.FORBIDDEN', 'Your role does not allow this');
export const enquiryNotFound = errorBody(404, 'Not Found', 'ENQUIRY.NOT_FOUND', 'No enquiry with that id');
