import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Each placing council's changes to the default matching weights and thresholds. */
@Injectable()
export class MatchingPolicyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overridesFor(councilCode: string): Promise<Record<string, unknown> | null> {
    const [row] = await this.dataSource.query(`SELECT overrides FROM matching_policy WHERE council_code = $1`, [councilCode]);
    return row?.overrides ?? null;
  }

  /** The council's overrides and the councils adjoining it, in one round trip for the match search. */
  async withNeighbours(councilCode: string): Promise<{ overrides: Record<string, unknown> | null; neighbours: string[] }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT overrides FROM matching_policy WHERE council_code = $1) AS overrides,
              array(SELECT neighbour_code FROM council_adjacency WHERE council_code = $1 ORDER BY 1) AS neighbours`,
      [councilCode]);
    return { overrides: row.overrides ?? null, neighbours: row.neighbours };
  }

  async save(councilCode: string, overrides: Record<string, unknown>, updatedBy: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO matching_policy (council_code, overrides, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (council_code) DO UPDATE SET overrides = EXCLUDED.overrides, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [councilCode, JSON.stringify(overrides), updatedBy],
    );
  }
}
