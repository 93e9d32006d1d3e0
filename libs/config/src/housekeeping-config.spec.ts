import { readHearthConfig } from './hearth-config';

const valid = { AUTH_JWT_SECRET: 'x'.repeat(32), SESSION_SECRET: 'y'.repeat(32) };

describe('housekeeping settings', () => {
  it('default to a 7-day outbox, 12-month retention and link requests recovered after 15 minutes', () => {
    const config = readHearthConfig({ ...valid });
    expect([config.outboxPurgeAfterDays, config.enquiryRetentionMonths, config.linkRequestRecoveryMinutes, config.linkRequestRecoveryWindowHours])
      .toEqual([7, 12, 15, 24]);
    expect([config.outboxPurgeCron, config.enquiryRetentionCron, config.linkRequestRecoveryCron]).toEqual(['20 * * * *', '30 3 * * *', '*/5 * * * *']);
  });

  it('refuse a recovery window the purge would empty first, and a schedule that is not a cron pattern', () => {
    expect(() => readHearthConfig({ ...valid, OUTBOX_PURGE_AFTER_DAYS: '1', LINK_REQUEST_RECOVERY_WINDOW_HOURS: '24' }))
      .toThrow(/LINK_REQUEST_RECOVERY_WINDOW_HOURS must be shorter than OUTBOX_PURGE_AFTER_DAYS/);
    expect(() => readHearthConfig({ ...valid, ENQUIRY_RETENTION_CRON: 'daily' })).toThrow(/ENQUIRY_RETENTION_CRON must be a cron pattern/);
    expect(() => readHearthConfig({ ...valid, ENQUIRY_RETENTION_MONTHS: '0' })).toThrow(/ENQUIRY_RETENTION_MONTHS must be a whole number from 1 to 120/);
  });
});
