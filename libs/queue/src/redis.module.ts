import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { watchConnection } from './connection-watch';

/** Injection token for the shared ioredis connection. */
export const REDIS = Symbol('REDIS');

/** Options BullMQ needs on its connections: it blocks, so requests must not time out. */
export function redisConnection(url: string): Redis {
  return watchConnection(new Redis(url, { maxRetriesPerRequest: null, enableOfflineQueue: true, lazyConnect: false }), 'blocking');
}

@Global()
@Module({
  providers: [{ provide: REDIS, inject: [HEARTH_CONFIG], useFactory: (c: HearthConfig) => redisConnection(c.redisUrl) }],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** A clean QUIT when connected; when Redis is unreachable QUIT would wait forever, so just drop it. */
  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'ready') {
      await this.redis.quit().catch(() => this.redis.disconnect());
    } else {
      this.redis.disconnect();
    }
  }
}
