export * from './test-database';
export * from './factories';
export * from './test-apps';
export * from './personal-data';
export * from './log-capture';
export * from './free-port';
