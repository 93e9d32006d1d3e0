export * from './errors/error-body';
export * from './errors/http-status-for-code';
export * from './errors/hearth-exception.filter';
export * from './errors/to-domain-error';
export * from './errors/validation.pipe';
export * from './http/create-http-app';
export * from './http/pino-nest.logger';
export * from './health/health.module';
