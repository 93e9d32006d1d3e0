import { parseArgs } from 'node:util';
import { isStaffRole, mintStaffToken, parseScope, STAFF_ROLES } from '@app/auth';
import { loadConfigOrExit } from '@app/config';

const USAGE = `Usage: npm run token -- --role <${STAFF_ROLES.join('|')}> --scope <service:CODE|council:GSS|region:GSS|cooperative:RCC-CODE|england> [--sub NAME] [--ttl HOURS]
Example: npm run token -- --role recruitment-officer --scope service:LA-E09000033`;

/** Mints a staff bearer token with the configured key, for local use. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, scope: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string' } },
  });
  const scope = parseScope(values.scope);
  const ttlHours = Number(values.ttl ?? '8');
  if (!isStaffRole(values.role) || !scope || !(ttlHours > 0 && ttlHours <= 24 * 30)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit('token');
  const token = await mintStaffToken(config, {
    subject: values.sub ?? `local-${values.role}`,
    role: values.role,
    scope,
    ttlSeconds: Math.round(ttlHours * 3600),
  });
  process.stdout.write(`${token}\n`);
}

void main();
