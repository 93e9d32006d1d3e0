import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface AssessmentCheckRecord {
  readonly id: string;
  readonly kind: string;
  readonly subject: string | null;
  readonly state: string;
  readonly note: string | null;
  readonly recordedBy: string;
  readonly updatedAt: Date;
}

const COLUMNS = `id, kind, subject, state, note, recorded_by AS "recordedBy", updated_at AS "updatedAt"`;

/** An applicant's stage 1 checks, oldest first. */
@Injectable()
export class AssessmentCheckRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(enquiryId: string, em: EntityManager = this.dataSource.manager): Promise<AssessmentCheckRecord[]> {
    return em.query(`SELECT ${COLUMNS} FROM assessment_check WHERE enquiry_id = $1 ORDER BY created_at, id`, [enquiryId]);
  }

  async add(em: EntityManager, enquiryId: string, check: Omit<AssessmentCheckRecord, 'id' | 'updatedAt'>): Promise<string> {
    const [row] = await em.query(
      `INSERT INTO assessment_check (enquiry_id, kind, subject, state, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [enquiryId, check.kind, check.subject, check.state, check.note, check.recordedBy],
    );
    return row.id;
  }

  /** Changes a check of this applicant; false if there is no such check for them. */
  async update(em: EntityManager, enquiryId: string, checkId: string, state: string, note: string | null, recordedBy: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT id FROM assessment_check WHERE id = $1 AND enquiry_id = $2 FOR UPDATE`, [checkId, enquiryId]);
    if (rows.length === 0) return false;
    await em.query(
      `UPDATE assessment_check SET state = $3, note = coalesce($4, note), recorded_by = $5, updated_at = now() WHERE id = $1 AND enquiry_id = $2`,
      [checkId, enquiryId, state, note, recordedBy],
    );
    return true;
  }
}
