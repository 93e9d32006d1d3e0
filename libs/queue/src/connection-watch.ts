import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

/**
 * ioredis emits 'error' on every failed reconnect, and an 'error' nobody listens to is printed as an
 * unhandled-error stack trace each time. One structured warning when Redis goes, one line when it
 * is back, is what an operator needs (the connection keeps retrying by itself either way).
 */
export function watchConnection(redis: Redis, name: string): Redis {
  const logger = new Logger(`Redis ${name}`);
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ msg: 'Redis unreachable; retrying', error: error.message });
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log({ msg: 'Redis reachable again' });
  });
  return redis;
}
