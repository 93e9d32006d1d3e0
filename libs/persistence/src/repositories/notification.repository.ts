import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SECRET_TEMPLATE_FIELDS } from '@app/domain';

/** How a recorded message is delivered: `stored` is delivered by being stored (the local notifier). */
export type NotificationDelivery = 'stored' | 'queued' | 'sending' | 'delivered' | 'failed' | 'unknown';

export interface NewNotification {
  readonly idempotencyKey: string;
  readonly channel: 'email' | 'sms';
  readonly template: string;
  readonly recipientKind: 'applicant' | 'staff' | 'team';
  /** The applicant's enquiry id, the team member's id or the service's id, never an address. */
  readonly recipientId: string;
  /** Read from the enquiry (or the team member) when the message is sent; null for the team's shared inbox. */
  readonly address: string | null;
  readonly personalisation: Record<string, string>;
  readonly delivery: 'stored' | 'queued';
}

export interface NotificationRecord extends Omit<NewNotification, 'delivery'> {
  readonly id: string;
  readonly delivery: NotificationDelivery;
  readonly providerId: string | null;
  readonly createdAt: Date;
}

const COLUMNS = `id, idempotency_key AS "idempotencyKey", channel, template, recipient_kind AS "recipientKind", recipient_id AS "recipientId",
  address, personalisation, delivery, provider_id AS "providerId", created_at AS "createdAt"`;

/** One page of a keyset listing, newest first: `after` is where the previous page ended. */
export interface NotificationPageRequest {
  readonly limit: number;
  readonly after?: { readonly at: string; readonly id: string };
}

/** A listed message, with the applicant it is about and its exact (microsecond) time for the next page's cursor. */
export interface ListedNotification extends NotificationRecord {
  readonly enquiryId: string | null;
  readonly cursorAt: string;
}

// created_at to the microsecond, in UTC: a JavaScript Date keeps milliseconds only, and a cursor
// that lost precision would skip or repeat messages recorded in the same millisecond.
const LISTED = `${COLUMNS}, enquiry_id AS "enquiryId", to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;
const AFTER = `($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))`;

/** The ledger of every message: one row per idempotency key, which is what makes sending twice impossible. */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inside the transaction that marks the follow-up done; a key already recorded is left alone. Returns how many were new. */
  async record(em: EntityManager, notifications: readonly NewNotification[]): Promise<number> {
    if (notifications.length === 0) return 0;
    const n = notifications;
    const rows: unknown[] = await em.query(
      `INSERT INTO notification (idempotency_key, channel, template, recipient_kind, recipient_id, address, personalisation, delivery)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::jsonb[], $8::text[])
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [n.map((x) => x.idempotencyKey), n.map((x) => x.channel), n.map((x) => x.template), n.map((x) => x.recipientKind),
        n.map((x) => x.recipientId), n.map((x) => x.address), n.map((x) => JSON.stringify(x.personalisation)), n.map((x) => x.delivery)],
    );
    return rows.length;
  }

  async exists(em: EntityManager, idempotencyKey: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM notification WHERE idempotency_key = $1`, [idempotencyKey]);
    return rows.length > 0;
  }

  /** Claims queued messages for delivery by a provider: marked `sending` before the call, so a crash never sends one twice. */
  async claimQueued(limit: number): Promise<NotificationRecord[]> {
    // Read back through a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, rowCount], not the rows.
    return this.dataSource.query(
      `WITH claimed AS (UPDATE notification SET delivery = 'sending', sending_since = now() WHERE id IN (
         SELECT id FROM notification WHERE delivery = 'queued' ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS})
       SELECT * FROM claimed`, [limit]);
  }

  /** Once a message has left for good (not back in the queue), its secrets (a working link) are no longer kept. */
  async markDelivery(id: string, delivery: NotificationDelivery, providerId: string | null = null): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification SET delivery = $2, provider_id = coalesce($3, provider_id),
              personalisation = CASE WHEN $2 = 'queued' THEN personalisation ELSE personalisation - $4::text[] END
        WHERE id = $1`,
      [id, delivery, providerId, SECRET_TEMPLATE_FIELDS]);
  }

  /**
   * Messages left `sending` by a worker that died mid-call: whether the provider sent them is not
   * known, so they are marked `unknown` for a person to check, never sent again.
   */
  async markAbandonedSendsUnknown(olderThan: Date): Promise<number> {
    // Counted in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, rowCount], not the rows.
    const [row] = await this.dataSource.query(
      `WITH marked AS (UPDATE notification SET delivery = 'unknown' WHERE delivery = 'sending' AND sending_since < $1 RETURNING id)
       SELECT count(*)::int AS n FROM marked`, [olderThan]);
    return row.n;
  }

  /** Every message about one applicant (to them, and the team's about them), newest first. */
  listAboutEnquiry(enquiryId: string, page: NotificationPageRequest): Promise<ListedNotification[]> {
    return this.dataSource.query(
      `SELECT ${LISTED} FROM notification WHERE enquiry_id = $1 AND ${AFTER} ORDER BY created_at DESC, id DESC LIMIT $2`,
      [enquiryId, page.limit, page.after?.at ?? null, page.after?.id ?? null]);
  }

  /** A fostering service's own inbox: the reminders and escalations sent to its team, newest first. */
  listTeamInbox(serviceId: string, page: NotificationPageRequest): Promise<ListedNotification[]> {
    return this.dataSource.query(
      `SELECT ${LISTED} FROM notification WHERE recipient_id = $1 AND recipient_kind = 'team' AND ${AFTER}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [serviceId, page.limit, page.after?.at ?? null, page.after?.id ?? null]);
  }

  /** One person's own inbox (their rows in one or more teams): what was sent to them by name, newest first. */
  listStaffInbox(memberIds: readonly string[], page: NotificationPageRequest): Promise<ListedNotification[]> {
    return this.dataSource.query(
      `SELECT ${LISTED} FROM notification WHERE recipient_id = ANY($1::uuid[]) AND recipient_kind = 'staff' AND ${AFTER}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [memberIds, page.limit, page.after?.at ?? null, page.after?.id ?? null]);
  }

  listForRecipient(recipientId: string, limit = 100): Promise<NotificationRecord[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM notification WHERE recipient_id = $1 ORDER BY created_at DESC LIMIT $2`, [recipientId, limit]);
  }
}
