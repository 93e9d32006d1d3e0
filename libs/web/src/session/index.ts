export * from './sealed-cookie.codec';
export * from './sealed-cookie.store';
export * from './csrf-token';
