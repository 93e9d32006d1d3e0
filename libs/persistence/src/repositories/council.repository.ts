import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CouncilEntity } from '../entities/council.entity';
import { RegionEntity } from '../entities/region.entity';

@Injectable()
export class CouncilRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listRegions(): Promise<RegionEntity[]> {
    return this.dataSource.getRepository(RegionEntity).find({ order: { code: 'ASC' } });
  }

  listCouncils(regionCode?: string): Promise<CouncilEntity[]> {
    return this.dataSource.getRepository(CouncilEntity).find({
      where: regionCode ? { regionCode } : {},
      order: { code: 'ASC' },
    });
  }

  findCouncil(code: string): Promise<CouncilEntity | null> {
    return this.dataSource.getRepository(CouncilEntity).findOneBy({ code });
  }

  async neighbours(code: string): Promise<string[]> {
    const rows: { neighbour_code: string }[] = await this.dataSource.query(
      `SELECT neighbour_code FROM council_adjacency WHERE council_code = $1 ORDER BY 1`,
      [code],
    );
    return rows.map((r) => r.neighbour_code);
  }
}
