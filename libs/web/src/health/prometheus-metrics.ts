import type { OutboxBacklog } from '@app/persistence';
import type { QueueDepth } from '@app/queue';

/** What a scrape found; null where the source did not answer (the scrape itself still succeeds). */
export interface OperationalFigures {
  readonly queues: readonly QueueDepth[] | null;
  readonly outbox: OutboxBacklog | null;
}

const STATES = ['waiting', 'delayed', 'active', 'failed'] as const;

function gauge(name: string, help: string, samples: readonly (readonly [string, number])[]): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...samples.map(([labels, value]) => `${name}${labels} ${round(value)}`)];
}

const round = (value: number): string => String(Math.round(value * 1000) / 1000);
/** Queue names come from the job contracts, but are escaped as the exposition format asks all the same. */
const label = (value: string): string => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** The Prometheus text exposition format (version 0.0.4): counts and ages only, never an id or a person's details. */
export function toPrometheusText(figures: OperationalFigures): string {
  const queues = figures.queues ?? [];
  const lines = [
    ...gauge('hearth_metrics_source_up', 'Whether the source of these figures answered the scrape (1) or not (0)', [
      ['{source="redis"}', figures.queues ? 1 : 0], ['{source="postgresql"}', figures.outbox ? 1 : 0]]),
    ...gauge('hearth_queue_jobs', 'Jobs in each BullMQ queue by state (waiting includes prioritized jobs; failed are kept for inspection)',
      queues.flatMap((q) => STATES.map((state) => [`{queue="${label(q.queue)}",state="${state}"}`, q[state]] as const))),
    ...gauge('hearth_queue_oldest_waiting_seconds', 'Age of the oldest job waiting to run in each queue (0 when none waits)',
      queues.map((q) => [`{queue="${label(q.queue)}"}`, q.oldestWaitingSeconds] as const)),
  ];
  if (figures.outbox) {
    lines.push(
      ...gauge('hearth_outbox_undispatched', 'Outbox rows committed but not yet handed to BullMQ', [['', figures.outbox.undispatched]]),
      ...gauge('hearth_outbox_oldest_undispatched_seconds', 'Age of the oldest outbox row not yet handed to BullMQ (0 when none)', [['', figures.outbox.oldestSeconds]]),
    );
  }
  return `${lines.join('\n')}\n`;
}
