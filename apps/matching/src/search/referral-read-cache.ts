import type { ReferralForSearch } from '@app/persistence';

/**
 * Referrals as a search last read them, by id. A copy is only ever used alongside a check of its
 * fingerprint against PostgreSQL (made at the same moment as the search's audit row), so a
 * referral, policy or neighbour that changed is read again, never acted on stale.
 */
export class ReferralReadCache {
  private readonly reads = new Map<string, ReferralForSearch>();

  /** Twice England's open referrals at any time; past that the least recently read are dropped. */
  constructor(private readonly capacity = 20_000) {}

  get(id: string): ReferralForSearch | undefined {
    const read = this.reads.get(id);
    if (read) this.set(id, read);
    return read;
  }

  set(id: string, read: ReferralForSearch): void {
    this.reads.delete(id);
    if (this.reads.size >= this.capacity) this.reads.delete(this.reads.keys().next().value!);
    this.reads.set(id, read);
  }
}
