export * from './job-contracts';
export * from './redis.module';
export * from './queue-connections';
