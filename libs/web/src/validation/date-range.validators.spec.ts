import { validateSync } from 'class-validator';
import { IsCalendarDate, IsDateInRange } from './date-range.validators';
import { IsOmittable } from './is-omittable.validator';

class Sample {
  @IsDateInRange() at?: unknown;
  @IsCalendarDate() on?: unknown;
}

class WithDefault {
  @IsOmittable() @IsCalendarDate() on?: unknown = '2026-11-23';
}

const broken = (object: object) => validateSync(object).map((e) => e.property);

describe('date validators', () => {
  it.each([
    [new Date('2026-11-23T10:00:00Z'), '2026-11-23', []],
    [new Date('+275760-09-13T00:00:00Z'), '2026-02-30', ['at', 'on']],
    [new Date('1899-12-31T00:00:00Z'), '0001-01-01', ['at', 'on']],
    [new Date('nonsense'), '2200-01-01', ['at', 'on']],
    ['2026-11-23', 20261123, ['at', 'on']],
  ])('%s and %s', (at, on, expected) => {
    expect(broken(Object.assign(new Sample(), { at, on }))).toEqual(expected);
  });

  it('IsOmittable skips a missing field but checks null', () => {
    expect(broken(Object.assign(new WithDefault(), { on: undefined }))).toEqual([]);
    expect(broken(Object.assign(new WithDefault(), { on: null }))).toEqual(['on']);
  });
});
