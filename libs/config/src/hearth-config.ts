import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, parsers, readEnv } from './env-schema';

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
  bodyLimitBytes: { name: 'BODY_LIMIT_BYTES', description: 'largest request body accepted', parse: parsers.int(1024, 10_485_760), default: '65536' },
  firstContactWorkingDays: { name: 'FIRST_CONTACT_WORKING_DAYS', description: 'first contact with an enquirer, working days after the enquiry', parse: parsers.int(0, 30), default: '1' },
  initialVisitWorkingDays: { name: 'INITIAL_VISIT_WORKING_DAYS', description: 'initial visit offered, working days after the enquiry', parse: parsers.int(0, 60), default: '5' },
  stage1DecisionWorkingDays: { name: 'STAGE1_DECISION_WORKING_DAYS', description: 'stage 1 decision, working days after checks complete', parse: parsers.int(0, 60), default: '10' },
  panelWithinMonths: { name: 'PANEL_WITHIN_MONTHS', description: 'fostering panel, months after the application', parse: parsers.int(1, 24), default: '8' },
  decisionAfterPanelWorkingDays: { name: 'DECISION_AFTER_PANEL_WORKING_DAYS', description: 'decision, working days after the panel', parse: parsers.int(0, 60), default: '7' },
  minimumContactAttempts: { name: 'MINIMUM_CONTACT_ATTEMPTS', description: 'unanswered attempts before closing an enquiry for no contact', parse: parsers.int(1, 10), default: '2' },
  applicationLinkDays: { name: 'APPLICATION_LINK_DAYS', description: 'days an application link stays valid', parse: parsers.int(1, 90), default: '28' },
  extraClosureDates: { name: 'EXTRA_CLOSURE_DATES', description: 'further non-working days (proclaimed holidays, closure days), comma-separated', parse: parsers.dates, default: '' },
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
