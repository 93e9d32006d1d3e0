/** Time is passed in, never read inside the domain, so rules stay testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
