/**
 * Everything the apps acknowledged during the soak, kept to check afterwards that PostgreSQL
 * holds it all: enquiry references, referral and placement ids, endings and submitted applications.
 */
export class Ledger {
  readonly enquiries: string[] = [];
  /** Idempotency-Keys sent (retried after a failure with the same key): each must have made one enquiry at most. */
  readonly idempotencyKeys: string[] = [];
  readonly referrals: string[] = [];
  readonly placements: string[] = [];
  readonly endedPlacements: string[] = [];
  /** Enquiry ids whose application was sent (the app answered 303 to the submitted page). */
  readonly submittedApplications: string[] = [];
  /** Households a booking touched, to check none holds more children than its terms allow. */
  readonly bookedHouseholds = new Set<string>();
  /** Placements acknowledged and still to be ended by the load. */
  private readonly open = new Set<string>();

  enquiry(reference: string): void {
    this.enquiries.push(reference);
  }

  placed(ids: readonly string[], householdId: string): void {
    this.placements.push(...ids);
    ids.forEach((id) => this.open.add(id));
    this.bookedHouseholds.add(householdId);
  }

  ended(id: string): void {
    this.endedPlacements.push(id);
    this.open.delete(id);
  }

  get openPlacements(): number {
    return this.open.size;
  }
}

/**
 * Homes a booking or an ending is changing now, and when each change last finished. A booking
 * picks a home only if the search that offered it began after the home's last change, so the
 * soak never races itself: a 409 then means the platform got something wrong, not the load.
 */
export class HouseholdReservations {
  private readonly busy = new Set<string>();
  private readonly changedAt = new Map<string, number>();
  /** Homes whose booking or ending failed without an answer: their state is unknown, so they are left alone. */
  private readonly unknown = new Set<string>();

  tryReserve(householdId: string, searchStartedAt: number): boolean {
    if (this.busy.has(householdId) || this.unknown.has(householdId)) return false;
    if ((this.changedAt.get(householdId) ?? -Infinity) >= searchStartedAt) return false;
    this.busy.add(householdId);
    return true;
  }

  /** Waits for a home to be free of other changes (an ending), then holds it. */
  async hold(householdId: string): Promise<void> {
    while (this.busy.has(householdId)) await new Promise((r) => setTimeout(r, 20));
    this.busy.add(householdId);
  }

  release(householdId: string, now: number, outcomeKnown: boolean): void {
    this.busy.delete(householdId);
    this.changedAt.set(householdId, now);
    if (!outcomeKnown) this.unknown.add(householdId);
  }
}
