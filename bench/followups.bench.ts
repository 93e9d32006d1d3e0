import 'reflect-metadata';
import { auditDueFollowUps, auditFollowUps, prepareDatabase, seedEnquiries, withClient } from './followups/bench-database';
import { runDueFollowUps, runHearthPipeline } from './followups/hearth-pipeline';
import { parseOptions, USAGE, type FollowUpBenchOptions } from './followups/options';
import { runRawBullmq } from './followups/raw-bullmq';
import { redactUrl } from './shared/flags';

/**
 * npm run bench:followups — N enquiries' follow-ups from the outbox through the relay, BullMQ and
 * the planning processor (acknowledgement sent, reminders stored) with the local notifier; then, in
 * the same run, N jobs through a bare BullMQ worker doing only the essential write (one
 * notification row per job). The last line is the JSON the issue asks for; per_s is the first
 * pipeline, and the reminders and escalations that come due later are measured and checked too
 * (their losses and duplicates count in the JSON).
 */
const PREFIX = '{hearth-bench-followups}';
const say = (line = ''): void => void process.stdout.write(`${line}\n`);

async function run(options: FollowUpBenchOptions): Promise<number> {
  say(`[bench:followups] preparing ${redactUrl(options.databaseUrl)}: ${options.jobs} enquiries with their outbox rows`);
  await prepareDatabase(options.databaseUrl);
  await seedEnquiries(options.databaseUrl, options.jobs);
  say(`[bench:followups] concurrency ${options.concurrency}, ${options.poolSize} PostgreSQL connections, queue prefix ${PREFIX}`);
  const perSecond = await runHearthPipeline(options, PREFIX, options.jobs);
  say(`[bench:followups] hearth pipeline: ${perSecond.toFixed(0)} enquiries' follow-ups/s (relay → BullMQ → plan → acknowledgement + reminders stored)`);
  const audit = await withClient(options.databaseUrl, auditFollowUps);
  const due = await runDueFollowUps(options, PREFIX);
  const dueAudit = await withClient(options.databaseUrl, auditDueFollowUps);
  say(`[bench:followups] due follow-ups a week later (reminders, escalations: scheduler → BullMQ → decide and send, group-committed): ${due.sent} at ${due.perSecond.toFixed(0)}/s; not sent: ${dueAudit.lost}, duplicates: ${dueAudit.duplicates}`);
  const ids = await withClient(options.databaseUrl, async (db) => (await db.query<{ id: string }>('SELECT id FROM enquiry')).rows.map((r) => r.id));
  const rawPerSecond = await runRawBullmq(options, PREFIX, ids);
  say(`[bench:followups] bare BullMQ worker, one notification row per job: ${rawPerSecond.toFixed(0)} jobs/s`);
  say(`[bench:followups] rows: ${audit.notifications} notifications (acknowledgements), ${audit.followUps} follow-ups, ${audit.undispatched} outbox rows left`);
  const summary = {
    jobs: options.jobs,
    per_s: Math.round(perSecond),
    raw_bullmq_per_s: Math.round(rawPerSecond),
    ratio: Number((perSecond / rawPerSecond).toFixed(3)),
    duplicates: audit.duplicates + dueAudit.duplicates,
    lost: audit.lost + dueAudit.lost,
  };
  say(JSON.stringify(summary));
  return summary.duplicates === 0 && summary.lost === 0 ? 0 : 1;
}

let options: FollowUpBenchOptions;
try {
  options = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
if (process.argv.includes('--help')) {
  say(USAGE);
  process.exit(0);
}
run(options).then((code) => process.exit(code), (error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
