import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SECRET_TEMPLATE_FIELDS } from '@app/domain';

/** Everything held about one applicant, table by table, for a subject access request. */
export interface PersonalDataExport {
  readonly enquiry: Record<string, unknown> | null;
  readonly application: Record<string, unknown> | null;
  readonly applicationLinks: Record<string, unknown>[];
  readonly funnelHistory: Record<string, unknown>[];
  readonly contactAttempts: Record<string, unknown>[];
  readonly checks: Record<string, unknown>[];
  readonly household: Record<string, unknown> | null;
  readonly notifications: Record<string, unknown>[];
  readonly auditTrail: Record<string, unknown>[];
}

/** Subject access and erasure for applicants (UK GDPR articles 15 and 17). */
@Injectable()
export class PersonalDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(enquiryId: string): Promise<PersonalDataExport> {
    const q = (sql: string) => this.dataSource.query(sql, [enquiryId]);
    const [enquiry, application, links, history, attempts, checks, household, notifications, audit] = await Promise.all([
      q(`SELECT * FROM enquiry WHERE id = $1`),
      q(`SELECT answers, statuses, connected_person, submitted_at, created_at, updated_at FROM application WHERE enquiry_id = $1`),
      // Link tokens are secrets held only as hashes: when links were made and ended is what concerns the person.
      q(`SELECT created_at, expires_at, revoked_at FROM application_link WHERE enquiry_id = $1 ORDER BY created_at`),
      q(`SELECT from_stage, to_stage, officer, occurred_at, withdrawal_reason, reasons, note FROM funnel_transition WHERE enquiry_id = $1 ORDER BY occurred_at`),
      q(`SELECT channel, outcome, officer, occurred_at, note FROM contact_attempt WHERE enquiry_id = $1 ORDER BY occurred_at`),
      q(`SELECT kind, subject, state, note, recorded_by, created_at, updated_at FROM assessment_check WHERE enquiry_id = $1 ORDER BY created_at`),
      q(`SELECT id, approval_status, min_age, max_age, max_children, fostering_types, postcode, created_at FROM fostering_household WHERE enquiry_id = $1`),
      // A working application link is a secret even from the person's export: it would let whoever holds the file in.
      this.dataSource.query(`SELECT channel, template, address, personalisation - $2::text[] AS personalisation, delivery, created_at FROM notification
          WHERE recipient_id = $1 OR enquiry_id = $1 ORDER BY created_at`, [enquiryId, SECRET_TEMPLATE_FIELDS]),
      q(`SELECT at, actor, role, action, client_ip FROM audit_event WHERE entity_type = 'applicant' AND entity_id = $1 ORDER BY at`),
    ]);
    return {
      enquiry: enquiry[0] ?? null, application: application[0] ?? null, applicationLinks: links, funnelHistory: history,
      contactAttempts: attempts, checks, household: household[0] ?? null, notifications, auditTrail: audit,
    };
  }

  /** Whether a fostering household came from this applicant (its records must then be kept). */
  async hasHousehold(em: EntityManager, enquiryId: string): Promise<boolean> {
    return (await em.query(`SELECT 1 FROM fostering_household WHERE enquiry_id = $1`, [enquiryId])).length > 0;
  }

  /**
   * Removes what identifies the person, keeping what the figures need (dates, stages, council,
   * outward code, how they heard of the service), so funnel and sufficiency figures stay intact.
   */
  async erase(em: EntityManager, enquiryId: string): Promise<void> {
    await this.eraseMany(em, [enquiryId]);
  }

  /** erase() for many people in one statement per table: the retention job anonymises in batches. */
  async eraseMany(em: EntityManager, enquiryIds: readonly string[]): Promise<void> {
    if (enquiryIds.length === 0) return;
    const ids = [enquiryIds];
    await em.query(
      `UPDATE enquiry SET first_name = 'Erased', last_name = 'Erased', email = 'erased@invalid', phone = 'erased',
              postcode = coalesce(outward_code, 'ERASED'), eligibility = NULL, idempotency_key = NULL, request_hash = NULL,
              anonymised_at = coalesce(anonymised_at, now()), updated_at = now()
        WHERE id = ANY($1::uuid[])`, ids);
    await em.query(`DELETE FROM application WHERE enquiry_id = ANY($1::uuid[])`, ids);
    await em.query(`UPDATE application_link SET revoked_at = coalesce(revoked_at, now()) WHERE enquiry_id = ANY($1::uuid[])`, ids);
    await em.query(`UPDATE contact_attempt SET note = NULL WHERE enquiry_id = ANY($1::uuid[])`, ids);
    await em.query(`UPDATE funnel_transition SET note = NULL, reasons = '{}' WHERE enquiry_id = ANY($1::uuid[])`, ids);
    await em.query(`UPDATE assessment_check SET subject = NULL, note = NULL WHERE enquiry_id = ANY($1::uuid[])`, ids);
    // Messages to the applicant, and the team's about them (their keys begin with the enquiry id), held addresses and names.
    await em.query(`UPDATE notification SET address = NULL, personalisation = '{}'
                     WHERE recipient_id = ANY($1::uuid[]) OR enquiry_id = ANY($1::uuid[])`, ids);
  }
}
