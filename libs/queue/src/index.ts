export * from './job-contracts';
export * from './redis.module';
