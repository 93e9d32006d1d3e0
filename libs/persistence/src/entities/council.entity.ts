import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('council')
export class CouncilEntity {
  @PrimaryColumn({ type: 'varchar', length: 9 }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) tier: string;
  @Column({ type: 'varchar', length: 9 }) regionCode: string;
  @Column({ type: 'double precision' }) latitude: number;
  @Column({ type: 'double precision' }) longitude: number;
}
