import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { REDIS } from '@app/queue';
import { PublicRoute } from '@app/auth';

type Check = 'up' | 'down';

const TIMEOUT_MS = 1_000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

/** Liveness and readiness in one: 200 when PostgreSQL and Redis both answer, else 503. */
@ApiTags('operations')
@PublicRoute('load balancers and operators check health without signing in')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Both dependencies answer' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down' })
  async check(@Res() reply: FastifyReply): Promise<void> {
    const [database, redis] = await Promise.all([
      this.probe(() => this.dataSource.query('SELECT 1')),
      this.probe(() => this.redis.ping()),
    ]);
    const status = database === 'up' && redis === 'up' ? 'ok' : 'degraded';
    void reply.status(status === 'ok' ? 200 : 503).send({ status, checks: { database, redis } });
  }

  private async probe(run: () => Promise<unknown>): Promise<Check> {
    try {
      await within(run(), TIMEOUT_MS);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
