import type { HouseholdProfile } from '@app/domain';

interface Entry {
  readonly version: number;
  readonly profile: HouseholdProfile;
}

/**
 * Households already decoded, by search key, each good only for the version it was read at. Turning rows into
 * profiles (a dozen arrays and two JSON documents per home) was most of a national search's CPU;
 * PostgreSQL still decides which homes a search sees and at which version, so a change committed
 * before the search started is always seen (every change moves the version on, by trigger).
 */
export class HouseholdProfileCache {
  private readonly entries = new Map<number, Entry>();

  /** Past this many entries the least recently stored go first: bounded memory whatever the data. */
  constructor(private readonly capacity = 200_000) {}

  get(key: number, version: number): HouseholdProfile | undefined {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.version === version ? entry.profile : undefined;
  }

  set(key: number, version: number, profile: HouseholdProfile): void {
    this.entries.delete(key);
    this.entries.set(key, { version, profile });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
