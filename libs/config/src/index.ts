export * from './env-schema';
export * from './hearth-config';
export * from './config.module';
