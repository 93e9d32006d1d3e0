import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { JwtVerifier } from '@app/auth';
import type { HearthConfig } from '@app/config';
import { producerConnection, queueNames } from '@app/queue';
import { guardPlainRoutes } from '@app/web';

/** Where the dashboard lives; its pages, API and assets are all under it, and all admin-only. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board at /admin/queues: every BullMQ queue, its jobs, failures and job schedulers, with
 * retries for admins. bull-board's routes are a Fastify plugin, not Nest controllers, so
 * StaffAuthGuard never sees them: guardPlainRoutes puts every one of them behind an admin's
 * bearer token before bull-board's handlers run, and records them for the access matrix.
 * Job payloads carry ids only (libs/queue), so the dashboard shows no one's personal details.
 */
export async function registerQueueDashboard(fastify: FastifyInstance, config: HearthConfig): Promise<void> {
  // Fails fast while Redis is away instead of queueing commands, as the relay's connection does.
  const redis = producerConnection(config.redisUrl);
  redis.on('error', () => undefined);
  const queues = queueNames().map((name) => {
    const queue = new Queue(name, { connection: redis, prefix: config.queuePrefix });
    queue.on('error', () => undefined);
    return queue;
  });
  const board = new FastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter: board, options: { uiConfig: { boardTitle: 'Hearth queues' } } });
  const verifier = new JwtVerifier(config);
  await fastify.register(async (scope) => {
    guardPlainRoutes(scope, verifier, ['admin']);
    await scope.register(board.registerPlugin());
  }, { prefix: QUEUE_DASHBOARD_PATH });
  fastify.addHook('onClose', async () => {
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
    if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
    else redis.disconnect();
  });
}
