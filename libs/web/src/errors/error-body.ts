import type { ErrorCode, FieldProblem } from '@app/domain';

/** The body of every 4xx answer (STYLE.md §5); clients may rely on `code`, never on `message`. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: readonly FieldProblem[];
  readonly correlationId: string;
}

/** A 5xx says nothing of what went wrong; the log has it, found by correlation id. */
export interface ServerErrorBody {
  readonly message: string;
  readonly correlationId: string;
}
