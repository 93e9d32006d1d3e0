export * from './job-contracts';
export * from './sufficiency-job-contracts';
export * from './housekeeping-job-contracts';
export * from './redis.module';
export * from './queue-connections';
export * from './queue-depth';
export * from './queue-health.reader';
