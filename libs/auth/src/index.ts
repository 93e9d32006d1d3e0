export * from './staff-role';
export * from './jwt-verifier';
export * from './staff-auth.guard';
export * from './auth.module';
export * from './public-route';
export * from './bearer-principal';
