import { toPrometheusText } from './prometheus-metrics';

describe('toPrometheusText', () => {
  it('writes each queue by state, its oldest waiting job and the outbox backlog as gauges', () => {
    const text = toPrometheusText({
      queues: [{ queue: 'recruitment', waiting: 3, delayed: 2, active: 1, failed: 4, oldestWaitingSeconds: 12.34567 }],
      outbox: { undispatched: 7, oldestSeconds: 90 },
    });
    expect(text.split('\n')).toEqual([
      '# HELP hearth_metrics_source_up Whether the source of these figures answered the scrape (1) or not (0)',
      '# TYPE hearth_metrics_source_up gauge',
      'hearth_metrics_source_up{source="redis"} 1',
      'hearth_metrics_source_up{source="postgresql"} 1',
      '# HELP hearth_queue_jobs Jobs in each BullMQ queue by state (waiting includes prioritized jobs; failed are kept for inspection)',
      '# TYPE hearth_queue_jobs gauge',
      'hearth_queue_jobs{queue="recruitment",state="waiting"} 3',
      'hearth_queue_jobs{queue="recruitment",state="delayed"} 2',
      'hearth_queue_jobs{queue="recruitment",state="active"} 1',
      'hearth_queue_jobs{queue="recruitment",state="failed"} 4',
      '# HELP hearth_queue_oldest_waiting_seconds Age of the oldest job waiting to run in each queue (0 when none waits)',
      '# TYPE hearth_queue_oldest_waiting_seconds gauge',
      'hearth_queue_oldest_waiting_seconds{queue="recruitment"} 12.346',
      '# HELP hearth_outbox_undispatched Outbox rows committed but not yet handed to BullMQ',
      '# TYPE hearth_outbox_undispatched gauge',
      'hearth_outbox_undispatched 7',
      '# HELP hearth_outbox_oldest_undispatched_seconds Age of the oldest outbox row not yet handed to BullMQ (0 when none)',
      '# TYPE hearth_outbox_oldest_undispatched_seconds gauge',
      'hearth_outbox_oldest_undispatched_seconds 90',
      '',
    ]);
  });

  it('says which source did not answer, and leaves its figures out rather than reporting zeros', () => {
    const text = toPrometheusText({ queues: null, outbox: { undispatched: 0, oldestSeconds: 0 } });
    expect(text).toContain('hearth_metrics_source_up{source="redis"} 0\n');
    expect(text).not.toMatch(/^hearth_queue_jobs\{/m);
    expect(text).toContain('hearth_outbox_undispatched 0\n');
  });
});
