export * from './placement-codes';
