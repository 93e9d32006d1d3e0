import { readHearthConfig } from './hearth-config';
import { parseCronPattern, parseYearlyRate } from './schedule-parsers';

describe('parseCronPattern', () => {
  it.each(['0 2 * * *', '*/15 * * * *', '0 0 2 * * MON-FRI', '30 1,13 * * 1-5', '* * * * * *'])('accepts %p', (pattern) => {
    expect(parseCronPattern(` ${pattern} `)).toBe(pattern);
  });

  it.each(['', 'daily', '0 2 * *', '0 2 * * * * *', '0 2 * * ?;'])('refuses %p, saying what a pattern looks like', (pattern) => {
    expect(() => parseCronPattern(pattern)).toThrow(/cron pattern of 5 fields/);
  });
});

describe('parseYearlyRate', () => {
  it.each([['0', 0], ['0.12', 0.12], ['1', 1]])('accepts %p', (raw, rate) => expect(parseYearlyRate(raw)).toBe(rate));
  it.each(['', '-0.1', '1.5', '12%', 'NaN'])('refuses %p', (raw) => expect(() => parseYearlyRate(raw)).toThrow(/share per year from 0 to 1/));
});

describe('the sufficiency settings', () => {
  const valid = { AUTH_JWT_SECRET: 'x'.repeat(32), SESSION_SECRET: 'y'.repeat(32) };

  it('takes the snapshot daily at 02:00 and uses national shapes for the projection by default', () => {
    expect(readHearthConfig({ ...valid })).toMatchObject({ sufficiencySnapshotCron: '0 2 * * *', carerLeavingRate: 0.12, childrenEnteringRate: 0.35, childrenLeavingRate: 0.35 });
  });

  it('names a bad snapshot schedule at boot', () => {
    expect(() => readHearthConfig({ ...valid, SUFFICIENCY_SNAPSHOT_CRON: 'every day' })).toThrow(/SUFFICIENCY_SNAPSHOT_CRON must be a cron pattern/);
  });
});
