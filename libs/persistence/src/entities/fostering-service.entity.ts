import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('fostering_service')
export class FosteringServiceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: 'council' | 'hub' | 'agency' | 'triage';
  @Column({ type: 'varchar', length: 9, nullable: true }) councilCode: string | null;
  @Column({ type: 'text', nullable: true }) ofstedUrn: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
