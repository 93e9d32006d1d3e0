import { mintStaffToken, parseScope, type StaffRole } from '@app/auth';
import type { HearthConfig } from '@app/config';
import type { SeededRandom } from '../intake/enquiry-generator';
import type { HouseholdReservations, Ledger } from './ledger';
import type { Caller } from './recorder';
import type { SoakData } from './soak-data';

/** What every flow of the load shares. */
export interface FlowContext {
  readonly caller: Caller;
  readonly ledger: Ledger;
  readonly data: SoakData;
  readonly random: SeededRandom;
  readonly tokens: StaffTokens;
  readonly addresses: ClientAddresses;
  readonly reservations: HouseholdReservations;
  /** Unique per run, for Idempotency-Keys. */
  readonly runId: string;
  /** Stops flows that are waiting (a placement's ending) once the load is over. */
  readonly loadOver: () => boolean;
}

/** Staff bearer tokens signed with the apps' own secret, one per role and scope, valid for the whole run. */
export class StaffTokens {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(private readonly config: HearthConfig, private readonly ttlSeconds: number) {}

  get(role: StaffRole, scope: string): Promise<string> {
    const key = `${role} ${scope}`;
    let token = this.cache.get(key);
    if (!token) {
      const parsed = parseScope(scope);
      if (!parsed) throw new Error(`not a staff scope: ${scope}`);
      token = mintStaffToken(this.config, { subject: `soak-${role}`, role, scope: parsed, ttlSeconds: this.ttlSeconds });
      this.cache.set(key, token);
    }
    return token;
  }

  async bearer(role: StaffRole, scope: string): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.get(role, scope)}` };
  }
}

/**
 * Each member of the public gets an address of their own (RFC 2544 benchmarking range, sent as
 * X-Forwarded-For as a load balancer would), so the per-client rate limit stays at its default
 * and still never trips: no real person enquires 20 times a minute.
 */
export class ClientAddresses {
  private n = 0;

  next(): string {
    const n = ++this.n % (1 << 17);
    return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Sleeps up to `ms`, waking early once `over()` says the load has ended. */
export async function sleepUnless(ms: number, over: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (!over() && Date.now() < until) await sleep(Math.min(250, until - Date.now()));
}
