import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A job to hand to BullMQ, written in the same transaction as the change that caused it. */
@Entity('outbox_message')
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) jobName: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ type: 'integer', nullable: true }) priority: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) dispatchedAt: Date | null;
  @Column({ type: 'integer', default: 0 }) attempts: number;
}
