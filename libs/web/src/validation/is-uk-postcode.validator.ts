import { ValidateBy, type ValidationOptions } from 'class-validator';
import { parsePostcode } from '@app/domain';

/** A full UK postcode in any case or spacing, by the domain's postcode rules. */
export function IsUkPostcode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isUkPostcode', validator: { validate: (value) => typeof value === 'string' && parsePostcode(value) !== null } }, options);
}
