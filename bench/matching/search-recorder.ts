import { performance } from 'node:perf_hooks';
import { DataSource, type Logger } from 'typeorm';
import type { StaffPrincipal } from '@app/auth';
import type { HearthConfig } from '@app/config';
import {
  CouncilRepository, dataSourceOptions, HouseholdRepository, MatchingPolicyRepository, ReferralRepository,
} from '@app/persistence';
import { FindCandidatesService } from '../../apps/matching/src/search/find-candidates.service';
import { MatchContextFactory } from '../../apps/matching/src/search/match-context.factory';
import { MatchSearchUseCase, type MatchSearchPage } from '../../apps/matching/src/search/match-search.use-case';
import type { SampledReferral } from './bench-database';

/** One SQL statement as the search sent it: named (prepared) or not, with its parameters, and whether rows came back as arrays. */
export interface RecordedStatement {
  readonly name: string | null;
  readonly text: string;
  readonly values: readonly unknown[];
  readonly rowMode: 'array' | null;
}

/** What one search did in process: the candidate SQL it ran, and how long the use case and its finder took. */
export interface RecordedSearch {
  readonly referral: SampledReferral;
  readonly statements: RecordedStatement[];
  readonly candidateRows: number;
  readonly page: MatchSearchPage;
  useCaseMs: number;
  findMs: number;
}

interface Capture { statements: RecordedStatement[]; rows: number }
interface PgPool { query: (config: unknown, values?: unknown) => Promise<{ rows: unknown[] }> }

/**
 * The app's own search classes, wired by hand on one connection pool, with the SQL of the
 * candidate finder (connected persons by id, then each widening step) captured as it runs.
 * The SQL floor replays exactly these statements; nothing is re-derived.
 */
export class SearchRecorder {
  private recording = false;
  private capture: Capture | null = null;
  private captured: Capture | null = null;
  private findMs = 0;

  private constructor(
    readonly dataSource: DataSource,
    readonly useCase: MatchSearchUseCase,
    readonly referrals: ReferralRepository,
    readonly households: HouseholdRepository,
    readonly contexts: MatchContextFactory,
  ) {}

  static async open(databaseUrl: string, config: HearthConfig): Promise<SearchRecorder> {
    let recorder: SearchRecorder | null = null;
    const logger: Logger = {
      logQuery: (text, values) => recorder?.capture?.statements.push({ name: null, text, values: Array.isArray(values) ? values : [], rowMode: null }),
      logQueryError: () => undefined, logQuerySlow: () => undefined, logSchemaBuild: () => undefined, logMigration: () => undefined, log: () => undefined,
    };
    const dataSource = new DataSource({
      ...dataSourceOptions({ url: databaseUrl, poolSize: 2, applicationName: 'hearth-bench-recorder' }), logger, logging: ['query'],
    });
    await dataSource.initialize();
    const households = new HouseholdRepository(dataSource);
    const finder = new FindCandidatesService(households);
    const contexts = new MatchContextFactory(new CouncilRepository(dataSource), new MatchingPolicyRepository(dataSource), config);
    const referrals = new ReferralRepository(dataSource);
    const useCase = new MatchSearchUseCase(referrals, contexts, finder);
    recorder = new SearchRecorder(dataSource, useCase, referrals, households, contexts);
    recorder.watch(finder, (dataSource.driver as unknown as { master: PgPool }).master);
    return recorder;
  }

  /** Captures only while the finder runs: its statements are the candidate SQL; the rest of the use case is not. */
  private watch(finder: FindCandidatesService, pool: PgPool): void {
    const find = finder.find.bind(finder);
    finder.find = async (...args) => {
      if (this.recording) this.capture = { statements: [], rows: 0 };
      const started = performance.now();
      try {
        return await find(...args);
      } finally {
        this.findMs = performance.now() - started;
        this.captured = this.capture;
        this.capture = null;
      }
    };
    const query = pool.query.bind(pool);
    pool.query = (config, values) => {
      const statement = config as { name?: string; text: string; values: unknown[]; rowMode?: 'array' };
      const capture = this.capture;
      if (!capture || typeof config !== 'object') return query(config, values);
      const recorded: RecordedStatement = { name: statement.name ?? null, text: statement.text, values: statement.values, rowMode: statement.rowMode ?? null };
      capture.statements.push(recorded);
      // The search's audit statement runs alongside the finder: its row is not a candidate.
      return query(config, values).then((result) => { if (isCandidateSql(recorded)) capture.rows += result.rows.length; return result; });
    };
  }

  /**
   * Runs the use case once per referral to warm this process as a running app is warm (households it
   * has decoded are then only listed, not read in full); once more, recording its candidate SQL; then
   * again, timed, without recording.
   */
  async record(sample: readonly SampledReferral[]): Promise<RecordedSearch[]> {
    const recorded: RecordedSearch[] = [];
    for (const referral of sample) await this.search(referral);
    this.recording = true;
    for (const referral of sample) {
      const page = await this.search(referral);
      const { statements, rows } = this.captured!;
      recorded.push({ referral, statements: statements.filter(isCandidateSql), candidateRows: rows, page, useCaseMs: 0, findMs: 0 });
    }
    this.recording = false;
    for (const search of recorded) {
      const started = performance.now();
      await this.search(search.referral);
      search.useCaseMs = performance.now() - started;
      search.findMs = this.findMs;
    }
    return recorded;
  }

  private search(referral: SampledReferral): Promise<MatchSearchPage> {
    const staff: StaffPrincipal = { subject: 'bench-recorder', role: 'placement-officer', scope: { kind: 'council', code: referral.councilCode } };
    return this.useCase.execute(staff, referral.id, 1, 20, null);
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }
}

/** The finder sends only SELECTs; anything else the pool logs meanwhile (the search's audit write, which runs alongside) is not its SQL. */
function isCandidateSql(statement: RecordedStatement): boolean {
  return /^\s*SELECT/i.test(statement.text);
}
