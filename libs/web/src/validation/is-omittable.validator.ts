import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * Like IsOptional, but only a missing field is skipped: null is checked (and refused) like any
 * other value. IsOptional lets null through, and null then replaces the field's default (false,
 * an empty list) and reaches code and NOT NULL columns that expect the default.
 */
export function IsOmittable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined, options);
}
