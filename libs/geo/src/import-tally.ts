import type { SkipReason } from './skip-reason';

/** Running counts of one import, kept while streaming so nothing but the counts stays in memory. */
export class ImportTally {
  rowsRead = 0;
  readonly skippedBy: Partial<Record<SkipReason, number>> = {};

  skip(reason: SkipReason, count = 1): void {
    if (count > 0) this.skippedBy[reason] = (this.skippedBy[reason] ?? 0) + count;
  }

  get skipped(): number {
    return Object.values(this.skippedBy).reduce((sum, n) => sum + n, 0);
  }

  describeSkipped(): string {
    return Object.entries(this.skippedBy).map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none';
  }
}
