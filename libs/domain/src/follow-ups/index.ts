export * from './follow-up-kind';
export * from './follow-up-facts';
export * from './plan-follow-ups';
export * from './decide-follow-up';
export * from './follow-up-message';
export * from './application-link-token';
export * from './withheld-personalisation';
export * from './team-recipient';
