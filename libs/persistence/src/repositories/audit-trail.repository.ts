import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** One read or change of a child's or applicant's record. */
export interface AuditEvent {
  readonly actor: string;
  readonly role: string;
  readonly action: 'read' | 'create' | 'update' | 'search' | 'book' | 'end';
  readonly entityType: 'referral' | 'placement' | 'applicant';
  readonly entityId: string;
  readonly clientIp: string | null;
}

/** The append-only audit trail (the database refuses updates and deletes of it). */
@Injectable()
export class AuditTrailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inside the caller's transaction when given one, so a change and its audit row commit together. */
  async record(event: AuditEvent, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.query(
      `INSERT INTO audit_event (actor, role, action, entity_type, entity_id, client_ip) VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.actor, event.role, event.action, event.entityType, event.entityId, event.clientIp],
    );
  }

  /** Who has touched one record, newest first. */
  forEntity(entityType: string, entityId: string): Promise<(AuditEvent & { at: Date })[]> {
    return this.dataSource.query(
      `SELECT at, actor, role, action, entity_type AS "entityType", entity_id AS "entityId", client_ip AS "clientIp"
         FROM audit_event WHERE entity_type = $1 AND entity_id = $2 ORDER BY at DESC, id DESC LIMIT 500`,
      [entityType, entityId],
    );
  }
}
