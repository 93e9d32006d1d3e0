import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../postgres-errors';

/** A regional care cooperative an administrator defined. */
export interface StoredCooperative {
  readonly id: string;
  readonly name: string;
  readonly councilCodes: readonly string[];
  readonly updatedBy: string;
  readonly updatedAt: Date;
}

/** What went wrong saving a definition that the checks before it could not rule out (a race). */
export type CooperativeSaveConflict = 'exists' | 'council-taken';

const SELECT = `
  SELECT c.id, c.name, c.updated_by AS "updatedBy", c.updated_at AS "updatedAt",
         coalesce(array_agg(m.council_code ORDER BY m.council_code) FILTER (WHERE m.council_code IS NOT NULL), '{}') AS "councilCodes"
    FROM regional_care_cooperative c LEFT JOIN regional_care_cooperative_council m ON m.cooperative_id = c.id`;

/** Defined cooperatives and their councils (a council in at most one: the database enforces it). */
@Injectable()
export class CooperativeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(em: EntityManager = this.dataSource.manager): Promise<StoredCooperative[]> {
    return em.query(`${SELECT} GROUP BY c.id ORDER BY c.id`);
  }

  async find(id: string): Promise<StoredCooperative | null> {
    const [row] = await this.dataSource.query(`${SELECT} WHERE c.id = $1 GROUP BY c.id`, [id]);
    return row ?? null;
  }

  /** Adds a cooperative; a conflict another administrator caused meanwhile is returned, not thrown. */
  async insert(em: EntityManager, c: Omit<StoredCooperative, 'updatedAt'>): Promise<CooperativeSaveConflict | null> {
    return this.conflictOf(async () => {
      await em.query(`INSERT INTO regional_care_cooperative (id, name, updated_by) VALUES ($1, $2, $3)`, [c.id, c.name, c.updatedBy]);
      await this.insertCouncils(em, c.id, c.councilCodes);
    });
  }

  /** Replaces a cooperative's name and councils; false when there is no such cooperative. */
  async replace(em: EntityManager, c: Omit<StoredCooperative, 'updatedAt'>): Promise<boolean | CooperativeSaveConflict> {
    const [, updated] = await em.query(
      `UPDATE regional_care_cooperative SET name = $2, updated_by = $3, updated_at = now() WHERE id = $1`, [c.id, c.name, c.updatedBy]);
    if (updated === 0) return false;
    const conflict = await this.conflictOf(async () => {
      await em.query(`DELETE FROM regional_care_cooperative_council WHERE cooperative_id = $1`, [c.id]);
      await this.insertCouncils(em, c.id, c.councilCodes);
    });
    return conflict ?? true;
  }

  /** Removes a cooperative and its membership; false when there is none. */
  async delete(em: EntityManager, id: string): Promise<boolean> {
    const [, deleted] = await em.query(`DELETE FROM regional_care_cooperative WHERE id = $1`, [id]);
    return deleted > 0;
  }

  private async insertCouncils(em: EntityManager, id: string, codes: readonly string[]): Promise<void> {
    await em.query(`INSERT INTO regional_care_cooperative_council (cooperative_id, council_code) SELECT $1, unnest($2::text[])`, [id, codes]);
  }

  private async conflictOf(work: () => Promise<void>): Promise<CooperativeSaveConflict | null> {
    try {
      await work();
      return null;
    } catch (error) {
      if (isUniqueViolation(error, 'regional_care_cooperative_pkey')) return 'exists';
      if (isUniqueViolation(error, 'regional_care_cooperative_council_one_each')) return 'council-taken';
      throw error;
    }
  }
}
