import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PublicRoute } from '@app/auth';
import { OutboxRelayRepository } from '@app/persistence';
import { QueueHealthReader } from '@app/queue';
import { toPrometheusText } from './prometheus-metrics';

const settle = <T>(promise: Promise<T>): Promise<T | null> => promise.catch(() => null);

/**
 * Queue depth, oldest waiting job and failures per queue, and the outbox backlog, for Prometheus.
 * Public like /health: scrapers have no staff identity (staff tokens expire within hours), and the
 * figures are counts and ages only, with no id or personal detail. Operators who do not want
 * them on the internet block /metrics at the proxy, as they would /health.
 */
@ApiTags('operations')
@PublicRoute('monitoring scrapes queue and outbox figures (counts and ages only) without signing in')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly queues: QueueHealthReader,
    private readonly outbox: OutboxRelayRepository,
  ) {}

  @Get()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format; hearth_metrics_source_up says whether Redis and PostgreSQL answered' })
  async metrics(@Res() reply: FastifyReply): Promise<void> {
    const [queues, outbox] = await Promise.all([settle(this.queues.read()), settle(this.outbox.backlog())]);
    void reply.status(200).header('cache-control', 'no-store').type('text/plain; version=0.0.4; charset=utf-8')
      .send(toPrometheusText({ queues, outbox }));
  }
}
