/** Injection token for the workers' Clock: the system clock in production, a controllable one in tests. */
export const WORKER_CLOCK = Symbol('WORKER_CLOCK');
