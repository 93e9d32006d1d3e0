/**
 * Route config for public submissions (JSON API and form posts). The limit itself
 * (RATE_LIMIT_PUBLIC_PER_MINUTE per client address) is set where the plugin is registered,
 * counted in Redis so every instance behind a load balancer shares one budget.
 */
export const PUBLIC_SUBMISSION_RATE_LIMIT = { rateLimit: { timeWindow: 60_000 } };
