import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('region')
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 9 }) code: string;
  @Column({ type: 'text' }) name: string;
}
