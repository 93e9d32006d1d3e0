import { SOAK_QUEUE_PREFIX } from './app-env';
import { diagnoseMissingFollowUps, RefreshSchedulerProbe } from './diagnose';
import type { Platform } from './load-phase';
import type { Ledger } from './ledger';
import { checkDurability, waitForFollowUps, type Durability } from './verify';

/**
 * After the load: gives the workers up to `drainSeconds` to send every acknowledgement (and, after
 * a Redis restart, to schedule their repair job again), then checks PostgreSQL for everything
 * acknowledged. A repair job still missing is added to `problems`.
 */
export async function checkAfterLoad(platform: Platform, ledger: Ledger, drainSeconds: number, problems: string[], say: (line: string) => void): Promise<Durability> {
  const { postgres, redis } = platform.infra;
  const probe = new RefreshSchedulerProbe(redis.url, SOAK_QUEUE_PREFIX);
  try {
    const drained = await waitForFollowUps(postgres.url, ledger, drainSeconds * 1000, () => probe.present());
    const durability = await checkDurability(postgres.url, ledger, drained);
    if (!(await probe.present())) problems.push('the workers\' follow-up refresh job (the repair for jobs Redis lost) is not scheduled in Redis');
    if (durability.missingFollowUps > 0) {
      const d = await diagnoseMissingFollowUps(postgres.url, ledger.enquiries);
      say(`[soak] acknowledgements missing: ${d.outboxNotDispatched} never relayed, ${d.dispatchedNotPlanned} relayed but never planned (job lost), ${d.plannedNotSent} planned but not sent`);
    }
    return durability;
  } finally {
    await probe.close();
  }
}
