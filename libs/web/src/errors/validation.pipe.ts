import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldProblem } from '@app/domain';

/**
 * Flattens nested class-validator errors into one problem per field: the first rule, in the
 * order the DTO declares them, that the value broke. DTOs declare the most basic rule first
 * ("enter your name" before "name is too long"), so each field gets the one message that helps,
 * as the GOV.UK Design System asks. class-validator lists constraints in reverse declaration order.
 */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const broken = Object.entries(error.constraints ?? {});
    const first = broken[broken.length - 1];
    const own = first ? [{ field, rule: first[0], message: first[1] }] : [];
    return own.concat(fieldProblems(error.children ?? [], field));
  });
}

/** The one global pipe: unknown fields are refused, and every broken rule is listed. */
export function hearthValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', fieldProblems(errors)),
  });
}
