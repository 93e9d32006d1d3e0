import type { Redis } from 'ioredis';

/**
 * Everything stored under a key prefix, as text per key: hashes (BullMQ jobs: data, opts,
 * returnvalue, failedReason, stacktrace), lists, sets, sorted sets, streams (BullMQ events) and strings.
 */
export async function dumpPrefix(redis: Redis, prefix: string): Promise<Map<string, string>> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  const dump = new Map<string, string>();
  for (const key of keys) dump.set(key, await contentOf(redis, key));
  return dump;
}

async function contentOf(redis: Redis, key: string): Promise<string> {
  switch (await redis.type(key)) {
    case 'hash': return JSON.stringify(await redis.hgetall(key));
    case 'list': return JSON.stringify(await redis.lrange(key, 0, -1));
    case 'set': return JSON.stringify(await redis.smembers(key));
    case 'zset': return JSON.stringify(await redis.zrange(key, 0, -1));
    case 'stream': return JSON.stringify(await redis.xrange(key, '-', '+'));
    case 'string': return (await redis.get(key)) ?? '';
    default: return '';
  }
}

export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  for (const key of (await dumpPrefix(redis, prefix)).keys()) await redis.del(key);
}
