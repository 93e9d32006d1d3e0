import { type EntityManager, QueryFailedError } from 'typeorm';

/** A statement on a hot path, given a name so PostgreSQL keeps its plan. */
export interface PreparedStatement {
  /** One name per statement text: each pooled connection parses and plans it once, under this name. */
  readonly name: string;
  readonly text: string;
}

interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a named (prepared) statement: PostgreSQL then skips parsing and planning on every call
 * after the first on each connection, which on the enquiry intake path was most of its work.
 * Inside the manager's transaction if it has one; otherwise straight on the pool TypeORM
 * manages, without a QueryRunner per call. Failures are TypeORM's QueryFailedError, as from `em.query`.
 */
export async function queryPrepared<T>(em: EntityManager, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  const target: PgQueryable = em.queryRunner
    ? await em.queryRunner.connect()
    : (em.connection.driver as unknown as { master: PgQueryable }).master;
  try {
    const { rows } = await target.query({ name: statement.name, text: statement.text, values });
    return rows as T[];
  } catch (error) {
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}
