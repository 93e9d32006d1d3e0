/**
 * A cron pattern as BullMQ's job schedulers read it: 5 fields (minute hour day month weekday) or
 * 6 with seconds first; each field digits, '*', ranges, steps and lists, or names like MON/JAN.
 * Checked here so a typo stops the workers at boot rather than silently never taking a snapshot.
 */
export function parseCronPattern(raw: string): string {
  const fields = raw.trim().split(/\s+/);
  const field = /^(\*|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(\/[0-9]+)?(,(\*|[0-9A-Za-z]+(-[0-9A-Za-z]+)?)(\/[0-9]+)?)*$/;
  if ((fields.length !== 5 && fields.length !== 6) || !fields.every((f) => field.test(f))) {
    throw new Error('must be a cron pattern of 5 fields (minute hour day month weekday), or 6 with seconds first, e.g. "0 2 * * *"');
  }
  return fields.join(' ');
}

/** A share per year from 0 to 1, e.g. "0.12" for 12% a year. */
export function parseYearlyRate(raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new Error('must be a share per year from 0 to 1, e.g. 0.12');
  return value;
}
