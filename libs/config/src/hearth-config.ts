import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, parsers, readEnv } from './env-schema';
import { parseCronPattern, parseYearlyRate } from './schedule-parsers';

const schema = {
  nodeEnv: { name: 'NODE_ENV', description: 'development, test or production', parse: parsers.oneOf(['development', 'test', 'production'] as const), default: 'development' },
  logLevel: { name: 'LOG_LEVEL', description: 'pino log level', parse: parsers.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const), default: 'info' },
  databaseUrl: { name: 'DATABASE_URL', description: 'PostgreSQL connection URL', parse: parsers.url(['postgres', 'postgresql']), default: 'postgres://postgres@127.0.0.1:5432/hearth', secret: true },
  databasePoolSize: { name: 'DATABASE_POOL_SIZE', description: 'connections per process', parse: parsers.int(1, 200), default: '10' },
  redisUrl: { name: 'REDIS_URL', description: 'Redis connection URL', parse: parsers.url(['redis', 'rediss']), default: 'redis://127.0.0.1:6379', secret: true },
  queuePrefix: { name: 'QUEUE_PREFIX', description: 'BullMQ key prefix; braces keep every queue in one Redis Cluster slot', parse: parsers.string(1), default: '{hearth}' },
  host: { name: 'HOST', description: 'address the HTTP apps listen on', parse: parsers.string(1), default: '127.0.0.1' },
  recruitmentPort: { name: 'RECRUITMENT_PORT', description: 'port of apps/recruitment', parse: parsers.int(1, 65535), default: '3000' },
  recruitmentProcesses: { name: 'RECRUITMENT_PROCESSES', description: 'processes serving apps/recruitment on its one port (node:cluster); about one per CPU core', parse: parsers.int(1, 64), default: '1' },
  matchingPort: { name: 'MATCHING_PORT', description: 'port of apps/matching', parse: parsers.int(1, 65535), default: '3001' },
  matchingProcesses: { name: 'MATCHING_PROCESSES', description: 'processes serving apps/matching on its one port (node:cluster); about one per CPU core', parse: parsers.int(1, 64), default: '1' },
  publicBaseUrl: { name: 'PUBLIC_BASE_URL', description: 'the URL people use to reach apps/recruitment', parse: parsers.url(['http', 'https']), default: 'http://127.0.0.1:3000' },
  jwtAlgorithm: { name: 'AUTH_JWT_ALGORITHM', description: 'HS256 or RS256', parse: parsers.oneOf(['HS256', 'RS256'] as const), default: 'HS256' },
  jwtIssuer: { name: 'AUTH_JWT_ISSUER', description: 'expected iss claim of staff tokens', parse: parsers.string(1), default: 'hearth' },
  jwtAudience: { name: 'AUTH_JWT_AUDIENCE', description: 'expected aud claim of staff tokens', parse: parsers.string(1), default: 'hearth-staff' },
  jwtSecret: { name: 'AUTH_JWT_SECRET', description: 'HS256 shared secret, at least 32 characters', parse: parsers.optional(parsers.string(32)), default: '', secret: true },
  jwtPublicKey: { name: 'AUTH_JWT_PUBLIC_KEY', description: 'RS256 public key (PEM; \\n escapes allowed)', parse: parsers.optional(parsers.string(64)), default: '', secret: true },
  jwtPrivateKey: { name: 'AUTH_JWT_PRIVATE_KEY', description: 'RS256 private key, only for npm run token', parse: parsers.optional(parsers.string(64)), default: '', secret: true },
  sessionSecret: { name: 'SESSION_SECRET', description: 'key for the encrypted form-journey cookie, at least 32 characters', parse: parsers.string(32), secret: true },
  cookieSecure: { name: 'COOKIE_SECURE', description: 'send cookies over HTTPS only', parse: parsers.bool, default: 'false' },
  rateLimitPublicPerMinute: { name: 'RATE_LIMIT_PUBLIC_PER_MINUTE', description: 'enquiry submissions per client per minute', parse: parsers.int(1, 1_000_000), default: '20' },
  rateLimitSignInPerMinute: { name: 'RATE_LIMIT_SIGN_IN_PER_MINUTE', description: 'staff sign-in attempts (form posts and OpenID Connect starts and callbacks) per client per minute', parse: parsers.int(1, 1_000_000), default: '10' },
  trustProxy: { name: 'TRUST_PROXY', description: 'proxies whose X-Forwarded-For is believed (client addresses drive rate limits and the audit trail): comma-separated addresses, CIDR ranges or loopback/linklocal/uniquelocal, true or false', parse: parseTrustProxy, default: 'loopback,linklocal,uniquelocal' },
  bodyLimitBytes: { name: 'BODY_LIMIT_BYTES', description: 'largest request body accepted', parse: parsers.int(1024, 10_485_760), default: '65536' },
  firstContactWorkingDays: { name: 'FIRST_CONTACT_WORKING_DAYS', description: 'first contact with an enquirer, working days after the enquiry', parse: parsers.int(0, 30), default: '1' },
  initialVisitWorkingDays: { name: 'INITIAL_VISIT_WORKING_DAYS', description: 'initial visit offered, working days after the enquiry', parse: parsers.int(0, 60), default: '5' },
  stage1DecisionWorkingDays: { name: 'STAGE1_DECISION_WORKING_DAYS', description: 'stage 1 decision, working days after checks complete', parse: parsers.int(0, 60), default: '10' },
  panelWithinMonths: { name: 'PANEL_WITHIN_MONTHS', description: 'fostering panel, months after the application', parse: parsers.int(1, 24), default: '8' },
  decisionAfterPanelWorkingDays: { name: 'DECISION_AFTER_PANEL_WORKING_DAYS', description: 'decision, working days after the panel', parse: parsers.int(0, 60), default: '7' },
  minimumContactAttempts: { name: 'MINIMUM_CONTACT_ATTEMPTS', description: 'unanswered attempts before closing an enquiry for no contact', parse: parsers.int(1, 10), default: '2' },
  applicationLinkDays: { name: 'APPLICATION_LINK_DAYS', description: 'days an application link stays valid', parse: parsers.int(1, 90), default: '28' },
  sufficiencyMaxAgeSeconds: { name: 'SUFFICIENCY_MAX_AGE_SECONDS', description: 'the dashboard serves the latest snapshot while it is younger than this; 0 computes every request', parse: parsers.int(0, 86_400), default: '900' },
  sufficiencySnapshotCron: { name: 'SUFFICIENCY_SNAPSHOT_CRON', description: 'when the workers take the day\'s sufficiency snapshot of every area (cron pattern in Europe/London time; a BullMQ job scheduler, so one run per time however many workers)', parse: parseCronPattern, default: '0 2 * * *' },
  carerLeavingRate: { name: 'SUFFICIENCY_CARER_LEAVING_RATE', description: 'share of approved foster places lost each year as carers deregister, used in the sufficiency projection until a year of deregistrations is recorded', parse: parseYearlyRate, default: '0.12' },
  childrenEnteringRate: { name: 'SUFFICIENCY_CHILDREN_ENTERING_RATE', description: 'children starting to need a foster home each year, as a share of current need, until a year of referrals is recorded', parse: parseYearlyRate, default: '0.35' },
  childrenLeavingRate: { name: 'SUFFICIENCY_CHILDREN_LEAVING_RATE', description: 'children leaving foster care (or no longer waiting) each year, as a share of current need, until a year of referrals is recorded', parse: parseYearlyRate, default: '0.35' },
  extraClosureDates: { name: 'EXTRA_CLOSURE_DATES', description: 'further non-working days (proclaimed holidays, closure days), comma-separated', parse: parsers.dates, default: '' },
  workerConcurrency: { name: 'WORKER_CONCURRENCY', description: 'jobs each workers process runs at once', parse: parsers.int(1, 500), default: '32' },
  workerLockMs: { name: 'WORKER_LOCK_MS', description: 'how long a job stays locked to a worker without a heartbeat; after that a crashed worker\'s job runs again', parse: parsers.int(1000, 600_000), default: '30000' },
  workerStalledCheckMs: { name: 'WORKER_STALLED_CHECK_MS', description: 'how often workers look for jobs whose worker died', parse: parsers.int(1000, 600_000), default: '30000' },
  outboxRelayBatchSize: { name: 'OUTBOX_RELAY_BATCH_SIZE', description: 'outbox rows the relay moves to BullMQ per transaction', parse: parsers.int(1, 5000), default: '500' },
  outboxRelayIdleMs: { name: 'OUTBOX_RELAY_IDLE_MS', description: 'how long the relay and scheduler wait when there was nothing to do', parse: parsers.int(10, 60_000), default: '200' },
  followUpScheduleAheadMinutes: { name: 'FOLLOW_UP_SCHEDULE_AHEAD_MINUTES', description: 'follow-ups due within this many minutes are handed to BullMQ as delayed jobs', parse: parsers.int(1, 10_080), default: '60' },
  followUpRefreshSeconds: { name: 'FOLLOW_UP_REFRESH_SECONDS', description: 'how often changed applicants get their follow-ups planned again (a BullMQ repeatable job)', parse: parsers.int(1, 3600), default: '30' },
  stalledApplicationNudgeDays: { name: 'STALLED_APPLICATION_NUDGE_DAYS', description: 'days without progress after which a started application is nudged, comma-separated', parse: parseDayList, default: '7,14' },
  linkExpiryWarningDays: { name: 'LINK_EXPIRY_WARNING_DAYS', description: 'days before an application link expires that the team is told', parse: parsers.int(0, 60), default: '3' },
  deadlineWarningDays: { name: 'DEADLINE_WARNING_DAYS', description: 'days before the stage 1 and decision deadlines that the team is warned', parse: parsers.int(0, 60), default: '2' },
  panelWarningDays: { name: 'PANEL_WARNING_DAYS', description: 'days before the panel deadline that the team is warned', parse: parsers.int(0, 180), default: '14' },
  notifyApiKey: { name: 'NOTIFY_API_KEY', description: 'GOV.UK Notify API key; unset, messages are only stored in PostgreSQL (local notifier)', parse: parsers.optional(parsers.string(20)), default: '', secret: true },
  notifyTemplateIds: { name: 'NOTIFY_TEMPLATE_IDS', description: 'GOV.UK Notify template id per follow-up, e.g. acknowledge-email=<uuid>,acknowledge-sms=<uuid>', parse: parseTemplateIds, default: '' },
  notifyTeamEmail: { name: 'NOTIFY_TEAM_EMAIL', description: 'address GOV.UK Notify sends team reminders to; unset, they stay in the staff API only', parse: parsers.optional(parsers.string(3)), default: '' },
  staffSessionHours: { name: 'STAFF_SESSION_HOURS', description: 'hours a staff sign-in to the matching pages lasts (a working day)', parse: parsers.int(1, 24), default: '8' },
  oidcIssuerUrl: { name: 'OIDC_ISSUER_URL', description: 'OpenID Connect issuer for staff sign-in (e.g. https://login.microsoftonline.com/<tenant>/v2.0); unset, staff sign in only through the development sign-in outside production', parse: parsers.optional(parsers.url(['https', 'http'])), default: '' },
  oidcClientId: { name: 'OIDC_CLIENT_ID', description: 'client id of the matching pages at the OpenID Connect provider', parse: parsers.optional(parsers.string(1)), default: '' },
  oidcClientSecret: { name: 'OIDC_CLIENT_SECRET', description: 'client secret at the OpenID Connect provider', parse: parsers.optional(parsers.string(1)), default: '', secret: true },
  oidcRedirectUrl: { name: 'OIDC_REDIRECT_URL', description: 'where the provider sends staff back: https://<matching host>/sign-in/callback', parse: parsers.optional(parsers.url(['https', 'http'])), default: '' },
  oidcRoleClaim: { name: 'OIDC_ROLE_CLAIM', description: 'ID token claim holding the Hearth role (a string or a list, e.g. Entra app roles): placement-officer, admin, …', parse: parsers.string(1), default: 'roles' },
  oidcScopeClaim: { name: 'OIDC_SCOPE_CLAIM', description: 'ID token claim holding where the person works, e.g. council:E08000003', parse: parsers.string(1), default: 'hearth_scope' },
  outboxPurgeAfterDays: { name: 'OUTBOX_PURGE_AFTER_DAYS', description: 'outbox rows handed to BullMQ more than this many days ago are deleted by the workers\' purge job', parse: parsers.int(1, 365), default: '7' },
  outboxPurgeBatchSize: { name: 'OUTBOX_PURGE_BATCH_SIZE', description: 'outbox rows the purge deletes per statement', parse: parsers.int(100, 100_000), default: '5000' },
  outboxPurgeCron: { name: 'OUTBOX_PURGE_CRON', description: 'when the outbox purge runs (cron pattern in Europe/London time; a BullMQ job scheduler)', parse: parseCronPattern, default: '20 * * * *' },
  enquiryRetentionMonths: { name: 'ENQUIRY_RETENTION_MONTHS', description: 'enquiries that never became an application (enquiry received, contacted, initial visit, or closed from one of those) are anonymised this many months after anything last happened on them', parse: parsers.int(1, 120), default: '12' },
  enquiryRetentionBatchSize: { name: 'ENQUIRY_RETENTION_BATCH_SIZE', description: 'enquiries the retention job anonymises per transaction', parse: parsers.int(1, 5000), default: '200' },
  enquiryRetentionCron: { name: 'ENQUIRY_RETENTION_CRON', description: 'when the retention job runs (cron pattern in Europe/London time; a BullMQ job scheduler)', parse: parseCronPattern, default: '30 3 * * *' },
  linkRequestRecoveryMinutes: { name: 'LINK_REQUEST_RECOVERY_MINUTES', description: 'a request for a new application link with no link sent after this many minutes (its job was lost) is handed to BullMQ again', parse: parsers.int(1, 1440), default: '15' },
  linkRequestRecoveryWindowHours: { name: 'LINK_REQUEST_RECOVERY_WINDOW_HOURS', description: 'how far back link requests are checked; must be shorter than OUTBOX_PURGE_AFTER_DAYS, which deletes the requests', parse: parsers.int(1, 168), default: '24' },
  linkRequestRecoveryCron: { name: 'LINK_REQUEST_RECOVERY_CRON', description: 'when lost link requests are looked for (cron pattern in Europe/London time; a BullMQ job scheduler)', parse: parseCronPattern, default: '*/5 * * * *' },
} as const;

export type HearthConfig = ReturnType<typeof readHearthConfig>;

/** Loads `.env` from the working directory (never overriding real env), then validates. */
export function readHearthConfig(env: NodeJS.ProcessEnv = process.env) {
  const file = resolve(process.cwd(), '.env');
  if (env === process.env && existsSync(file)) process.loadEnvFile(file);
  const config = readEnv(schema, env);
  if (config.jwtAlgorithm === 'HS256' && !config.jwtSecret) {
    throw new ConfigError(['AUTH_JWT_SECRET is required when AUTH_JWT_ALGORITHM is HS256']);
  }
  if (config.jwtAlgorithm === 'RS256' && !config.jwtPublicKey) {
    throw new ConfigError(['AUTH_JWT_PUBLIC_KEY is required when AUTH_JWT_ALGORITHM is RS256']);
  }
  if (config.linkRequestRecoveryWindowHours >= config.outboxPurgeAfterDays * 24) {
    throw new ConfigError(['LINK_REQUEST_RECOVERY_WINDOW_HOURS must be shorter than OUTBOX_PURGE_AFTER_DAYS: the purge deletes the requests it looks at']);
  }
  return config;
}

/** For entry points: a bad environment stops the process with a message naming each variable. */
export function loadConfigOrExit(processName: string): HearthConfig {
  try {
    return readHearthConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${processName} cannot start. ${error.message}\nSee .env.example for every setting.\n`);
    process.exit(1);
  }
}

/** "7,14": whole days, 1 to 365, in increasing order. */
function parseDayList(raw: string): number[] {
  const days = raw.split(',').map((d) => d.trim()).filter(Boolean).map(Number);
  if (days.length === 0 || days.some((d, i) => !Number.isInteger(d) || d < 1 || d > 365 || (i > 0 && d <= days[i - 1]))) {
    throw new Error('must be whole days from 1 to 365, increasing, separated by commas');
  }
  return days;
}

/** "kind=template-id,…": GOV.UK Notify template ids by follow-up kind. */
function parseTemplateIds(raw: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const pair of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-z0-9-]+)=([0-9a-f-]{36})$/i.exec(pair);
    if (!match) throw new Error(`must be kind=template-id pairs separated by commas ("${pair}" is not)`);
    ids[match[1]] = match[2];
  }
  return ids;
}

/**
 * Which proxies may say who the client is. `true` would let any client pick its own address in
 * X-Forwarded-For and so slip every rate limit; the default believes only proxies on the machine
 * or a private network, as a load balancer in front of the apps usually is.
 */
function parseTrustProxy(raw: string): boolean | string {
  const value = raw.trim();
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  if (/^[0-9A-Za-z.:/,\s]+$/.test(value)) return value.split(',').map((part) => part.trim()).filter(Boolean).join(',');
  throw new Error('must be addresses or CIDR ranges (or loopback, linklocal, uniquelocal) separated by commas, true or false');
}
