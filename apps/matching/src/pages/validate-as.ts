import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '@app/domain';
import { fieldProblems } from '@app/web';

/**
 * Checks a form's answers against the JSON API's own request DTO, with the global pipe's
 * options, so a page refuses exactly what the API refuses and gets the same field problems.
 */
export async function validateAs<T extends object>(type: ClassConstructor<T>, plain: object): Promise<T> {
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, {
    whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false, validationError: { target: false, value: false },
  });
  if (errors.length > 0) throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', fieldProblems(errors));
  return instance;
}

/** The field problems of a validation failure, or null for any other error. */
export function problemsOf(error: unknown): DomainError['details'] | null {
  return error instanceof DomainError && error.code === 'REQUEST.VALIDATION_FAILED' ? (error.details ?? []) : null;
}
