import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A live application link: not expired, not revoked. */
export interface ApplicationLinkRecord {
  readonly linkId: string;
  readonly enquiryId: string;
  readonly expiresAt: Date;
}

export interface ApplicationRecord {
  readonly answers: Record<string, Record<string, string>>;
  readonly statuses: Record<string, string>;
  readonly connectedPerson: boolean;
  readonly submittedAt: Date | null;
}

const LIVE_LINK = `SELECT id AS "linkId", enquiry_id AS "enquiryId", expires_at AS "expiresAt"
  FROM application_link WHERE revoked_at IS NULL AND expires_at > $2`;

@Injectable()
export class ApplicationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new link replaces every earlier one: only the latest link sent can open the form. */
  async replaceLink(em: EntityManager, enquiryId: string, tokenHash: string, createdBy: string, expiresAt: Date): Promise<void> {
    await this.revokeLinks(em, enquiryId);
    await em.query(
      `INSERT INTO application_link (enquiry_id, token_hash, created_by, expires_at) VALUES ($1, $2, $3, $4)`,
      [enquiryId, tokenHash, createdBy, expiresAt],
    );
  }

  async revokeLinks(em: EntityManager, enquiryId: string): Promise<void> {
    await em.query(`UPDATE application_link SET revoked_at = now() WHERE enquiry_id = $1 AND revoked_at IS NULL`, [enquiryId]);
  }

  async findLiveLinkByTokenHash(tokenHash: string, now: Date): Promise<ApplicationLinkRecord | null> {
    const [row] = await this.dataSource.query(`${LIVE_LINK} AND token_hash = $1`, [tokenHash, now]);
    return row ?? null;
  }

  async findLiveLink(linkId: string, now: Date): Promise<ApplicationLinkRecord | null> {
    const [row] = await this.dataSource.query(`${LIVE_LINK} AND id = $1`, [linkId, now]);
    return row ?? null;
  }

  async find(enquiryId: string, em: EntityManager = this.dataSource.manager): Promise<ApplicationRecord | null> {
    const [row] = await em.query(
      `SELECT answers, statuses, connected_person AS "connectedPerson", submitted_at AS "submittedAt" FROM application WHERE enquiry_id = $1`,
      [enquiryId],
    );
    return row ?? null;
  }

  /** Saves one section's answers and status; other sections are untouched, so two tabs cannot undo each other's sections. */
  async saveSection(enquiryId: string, sectionId: string, values: Record<string, string>, status: string, connectedPerson?: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO application (enquiry_id, answers, statuses, connected_person)
       VALUES ($1, jsonb_build_object($2::text, $3::jsonb), jsonb_build_object($2::text, $4::text), coalesce($5, false))
       ON CONFLICT (enquiry_id) DO UPDATE SET
         answers = application.answers || jsonb_build_object($2::text, $3::jsonb),
         statuses = application.statuses || jsonb_build_object($2::text, $4::text),
         connected_person = coalesce($5, application.connected_person),
         updated_at = now()
       WHERE application.submitted_at IS NULL`,
      [enquiryId, sectionId, JSON.stringify(values), status, connectedPerson ?? null],
    );
  }

  async markSubmitted(em: EntityManager, enquiryId: string, at: Date): Promise<void> {
    // The link stays open after submission: it is how the applicant sees where they stand.
    await em.query(`UPDATE application SET submitted_at = $2, updated_at = now() WHERE enquiry_id = $1`, [enquiryId, at]);
  }
}
