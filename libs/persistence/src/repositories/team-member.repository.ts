import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** One person in a fostering service's recruitment team. */
export interface TeamMemberRecord {
  readonly id: string;
  readonly serviceId: string;
  /** The subject of their sign-in token: how a signed-in officer is recognised. */
  readonly subject: string;
  readonly name: string;
  readonly email: string;
  readonly manager: boolean;
  readonly active: boolean;
}

export interface NewTeamMember {
  readonly subject: string;
  readonly name: string;
  readonly email: string;
  readonly manager: boolean;
}

export type TeamMemberChanges = Partial<Pick<TeamMemberRecord, 'name' | 'email' | 'manager' | 'active'>>;

const COLUMNS = `id, service_id AS "serviceId", subject, name, email, is_manager AS manager, active`;

/** The constraint that keeps one subject once per service. */
export const TEAM_MEMBER_SUBJECT_CONSTRAINT = 'team_member_service_id_subject_key';

/**
 * Recruitment teams and who each applicant is assigned to. A team has at most one manager: naming
 * a new one steps the old one down in the same statement. A member who leaves keeps their row
 * (history names them) but is no longer anyone's officer.
 */
@Injectable()
export class TeamMemberRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listForService(serviceId: string): Promise<TeamMemberRecord[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM team_member WHERE service_id = $1 ORDER BY active DESC, name, id`, [serviceId]);
  }

  async find(serviceId: string, id: string, em: EntityManager = this.dataSource.manager): Promise<TeamMemberRecord | null> {
    const [row] = await em.query(`SELECT ${COLUMNS} FROM team_member WHERE service_id = $1 AND id = $2`, [serviceId, id]);
    return row ?? null;
  }

  /** The team rows a signed-in person is, in one service or (null) in any. */
  async idsForSubject(subject: string, serviceId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM team_member WHERE subject = $1 AND ($2::uuid IS NULL OR service_id = $2)`, [subject, serviceId]);
    return rows.map((r) => r.id);
  }

  /** Throws a unique violation (TEAM_MEMBER_SUBJECT_CONSTRAINT) if the person is already in the team. */
  add(em: EntityManager, serviceId: string, member: NewTeamMember): Promise<TeamMemberRecord> {
    return this.write(em, serviceId, member.manager, async () => {
      const [row] = await em.query(
        `INSERT INTO team_member (service_id, subject, name, email, is_manager) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [serviceId, member.subject, member.name, member.email, member.manager]);
      return row;
    });
  }

  /** Null when there is no such member in this service. Leaving the team also ends their assignments and any management. */
  async update(em: EntityManager, serviceId: string, id: string, changes: TeamMemberChanges): Promise<TeamMemberRecord | null> {
    const current = await this.find(serviceId, id, em);
    if (!current) return null;
    const active = changes.active ?? current.active;
    const manager = active && (changes.manager ?? current.manager);
    return this.write(em, serviceId, manager && !current.manager, async () => {
      const [rows] = await em.query(
        `UPDATE team_member SET name = $3, email = $4, is_manager = $5, active = $6, updated_at = now()
          WHERE service_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
        [serviceId, id, changes.name ?? current.name, changes.email ?? current.email, manager, active]);
      if (!active) await em.query(`UPDATE enquiry SET assigned_to = NULL, assigned_at = NULL WHERE assigned_to = $1`, [id]);
      return rows[0];
    });
  }

  /** Assigns (or, with null, unassigns) an applicant; the caller has checked the member is active in the applicant's team. */
  async assign(em: EntityManager, enquiryId: string, memberId: string | null): Promise<void> {
    await em.query(
      `UPDATE enquiry SET assigned_to = $2, assigned_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() END WHERE id = $1`,
      [enquiryId, memberId]);
  }

  /** The service's team, locked while one change is made, so two managers can never be named at once. */
  private async write<T>(em: EntityManager, serviceId: string, becomesManager: boolean, change: () => Promise<T>): Promise<T> {
    await em.query(`SELECT 1 FROM fostering_service WHERE id = $1 FOR UPDATE`, [serviceId]);
    if (becomesManager) await em.query(`UPDATE team_member SET is_manager = false, updated_at = now() WHERE service_id = $1 AND is_manager`, [serviceId]);
    return change();
  }
}
