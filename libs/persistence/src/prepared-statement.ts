import { type EntityManager, QueryFailedError } from 'typeorm';

/** A statement on a hot path, given a name so PostgreSQL keeps its plan. */
export interface PreparedStatement {
  /** One name per statement text: each pooled connection parses and plans it once, under this name. */
  readonly name: string;
  readonly text: string;
}

interface PgQueryConfig {
  name?: string;
  text: string;
  values: unknown[];
  rowMode?: 'array';
}

interface PgQueryable {
  query(config: PgQueryConfig): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a named (prepared) statement: PostgreSQL then skips parsing and planning on every call
 * after the first on each connection, which on the enquiry intake path was most of its work.
 * Inside the manager's transaction if it has one; otherwise straight on the pool TypeORM
 * manages, without a QueryRunner per call. Failures are TypeORM's QueryFailedError, as from `em.query`.
 */
export function queryPrepared<T>(em: EntityManager, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  return run<T>(em, { name: statement.name, text: statement.text, values });
}

/**
 * Runs an unnamed statement, which PostgreSQL plans for these very values each time. For statements
 * whose best plan depends on them: a cached generic plan for the match search's box query scanned
 * a whole band of England for four free places (26 ms) where the plan for the values took 0.1 ms.
 */
export function queryPlanned<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  return run<T>(em, { text, values });
}

/**
 * queryPlanned with each row as an array of its columns: pg then builds no keyed object per row,
 * which for the match search's few hundred id and version rows a search was a visible cost.
 */
export function queryPlannedArrays<T extends unknown[]>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  return run<T>(em, { text, values, rowMode: 'array' });
}

async function run<T>(em: EntityManager, config: PgQueryConfig): Promise<T[]> {
  const target: PgQueryable = em.queryRunner
    ? await em.queryRunner.connect()
    : (em.connection.driver as unknown as { master: PgQueryable }).master;
  try {
    const { rows } = await target.query(config);
    return rows as T[];
  } catch (error) {
    throw new QueryFailedError(config.text, config.values, error as Error);
  }
}
