import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a provider call for a message began: a message still `sending` long after was cut off by a
 * crash, and is marked `unknown` for a person to check rather than sent again.
 */
export class NotificationSendingSince1764028800001 implements MigrationInterface {
  name = 'NotificationSendingSince1764028800001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification ADD COLUMN sending_since timestamptz`);
    await db.query(`CREATE INDEX notification_sending_idx ON notification(sending_since) WHERE delivery = 'sending'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification DROP COLUMN sending_since`);
  }
}
