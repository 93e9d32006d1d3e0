import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppProcesses } from '../intake/app-processes';
import { say } from '../intake/summary';

export interface AppBench<O> {
  /** How its lines begin, e.g. `[bench:funnel]`. */
  readonly tag: string;
  readonly usage: string;
  readonly parseOptions: (argv: readonly string[], env: NodeJS.ProcessEnv) => O;
  /** Where the app processes' output goes. */
  readonly appLog: string;
  /** The benchmark itself: its exit code. */
  readonly run: (apps: AppProcesses, options: O) => Promise<number>;
}

/**
 * The entry point every benchmark that starts app processes shares: --help, option errors
 * (exit 2), the apps stopped on Ctrl-C, SIGTERM, failure or exit, and the run's exit code.
 */
export function runAppBench<O>(bench: AppBench<O>): void {
  if (process.argv.includes('--help')) return void say(bench.usage);
  let options: O;
  try {
    options = bench.parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return void (process.exitCode = 2);
  }
  mkdirSync(dirname(bench.appLog), { recursive: true });
  const apps = new AppProcesses(bench.appLog);
  const interrupted = (signal: NodeJS.Signals) => {
    say(`\n${bench.tag} ${signal}: stopping the app process(es)`);
    void apps.stopAll(3_000).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  process.once('exit', () => apps.killAllNow());
  bench.run(apps, options)
    .then((code) => { process.exitCode = code; })
    .catch(async (error: Error) => {
      process.stderr.write(`${bench.tag} failed: ${error.stack ?? error.message}\n`);
      await apps.stopAll(3_000);
      process.exitCode = 1;
    });
}
