/**
 * Every test process gets the same settings: its own database and its own Redis key prefix,
 * so a test run never touches a developer's data and leaves nothing behind in Redis.
 */
const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hearth_test';

process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = base;
process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
process.env.QUEUE_PREFIX = process.env.TEST_QUEUE_PREFIX ?? `{hearth-test-${process.ppid}}`;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.AUTH_JWT_ALGORITHM = 'HS256';
process.env.AUTH_JWT_SECRET = 'test-only-secret-test-only-secret-0123456789';
process.env.SESSION_SECRET = 'test-only-session-secret-test-only-session-0123';
process.env.RATE_LIMIT_PUBLIC_PER_MINUTE = '100000';
process.env.RATE_LIMIT_SIGN_IN_PER_MINUTE = '100000';
process.env.DATABASE_POOL_SIZE = '5';
process.env.SUFFICIENCY_MAX_AGE_SECONDS = process.env.TEST_SUFFICIENCY_MAX_AGE_SECONDS ?? '0';
