import { ValidateBy, type ValidationOptions } from 'class-validator';
import { parseCalendarDate } from '@app/domain';

/**
 * Dates this platform can mean: people, placements and panels all fall well inside these years.
 * JavaScript accepts years from -271821 to 275760 and PostgreSQL far fewer, so an unbounded date
 * reaches the database and fails there as a 500 rather than a 400 naming the field.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

const inRange = (year: number) => year >= EARLIEST_YEAR && year <= LATEST_YEAR;

/** A real Date (after @Type(() => Date)) between EARLIEST_YEAR and LATEST_YEAR. */
export function IsDateInRange(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({
    name: 'isDateInRange',
    validator: { validate: (value) => value instanceof Date && !Number.isNaN(value.getTime()) && inRange(value.getUTCFullYear()) },
  }, options);
}

/** A calendar date written "2026-11-23" that exists (no 30 February) and lies between EARLIEST_YEAR and LATEST_YEAR. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: { validate: (value) => typeof value === 'string' && parseCalendarDate(value) !== null && inRange(Number(value.slice(0, 4))) },
  }, options);
}
