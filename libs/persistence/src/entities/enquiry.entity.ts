import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Storage model of an enquiry: personal data lives here and nowhere else (not in jobs or logs). */
@Entity('enquiry')
export class EnquiryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 12, unique: true }) reference: string;
  @Column({ type: 'uuid' }) serviceId: string;
  @Column({ type: 'varchar', length: 9, nullable: true }) councilCode: string | null;
  @Column({ type: 'text', nullable: true }) triageReason: string | null;
  @Column({ type: 'text' }) firstName: string;
  @Column({ type: 'text' }) lastName: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text' }) phone: string;
  @Column({ type: 'varchar', length: 8 }) postcode: string;
  @Column({ type: 'varchar', length: 4, nullable: true }) outwardCode: string | null;
  @Column({ type: 'text' }) preferredContactMethod: string;
  @Column({ type: 'text' }) preferredContactTime: string;
  @Column({ type: 'smallint' }) adultsInHousehold: number;
  @Column({ type: 'smallint' }) childrenInHousehold: number;
  @Column({ type: 'smallint' }) spareBedrooms: number;
  @Column({ type: 'text', array: true }) interests: string[];
  @Column({ type: 'text' }) heardFrom: string;
  @Column({ type: 'jsonb', nullable: true }) eligibility: Record<string, string> | null;
  @Column({ type: 'text' }) priority: string;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'timestamptz' }) consentedAt: Date;
  @Column({ type: 'text', nullable: true }) idempotencyKey: string | null;
  @Column({ type: 'text', nullable: true }) requestHash: string | null;
  /** Funnel stage (FunnelStage in the domain); the column keeps its first name, status. */
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'timestamptz' }) stageEnteredAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) applicationSubmittedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) checksCompletedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) panelDate: Date | null;
  @Column({ type: 'text', nullable: true }) panelRecommendation: string | null;
  @Column({ type: 'smallint' }) unansweredContactAttempts: number;
  @Column({ type: 'text', nullable: true }) dueKind: string | null;
  @Column({ type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) contactedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) initialVisitAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) stage1StartedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) stage2StartedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) panelStageAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'text', nullable: true }) closedFromStage: string | null;
  @Column({ type: 'text', nullable: true }) withdrawalReason: string | null;
  /** Set when the person's details were erased or anonymised: nothing may be sent to them again. */
  @Column({ type: 'timestamptz', nullable: true }) anonymisedAt: Date | null;
  /** The recruitment officer (a team_member) who follows this applicant up; null while the team shares them. */
  @Column({ type: 'uuid', nullable: true }) assignedTo: string | null;
  @Column({ type: 'timestamptz', nullable: true }) assignedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
