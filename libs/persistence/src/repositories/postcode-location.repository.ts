import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export type LocationPrecision = 'postcode' | 'outward-code';

export interface StoredLocation {
  readonly precision: LocationPrecision;
  readonly latitude: number;
  readonly longitude: number;
  readonly councilCode: string | null;
  /** ONS country initial: E, W, S, N (Northern Ireland), or L/M (Channel Islands, Isle of Man). */
  readonly country: string;
}

@Injectable()
export class PostcodeLocationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The postcode's own location if the directory has it, else its outward code's centroid. */
  async locate(postcode: string, outwardCode: string): Promise<StoredLocation | null> {
    const rows: StoredLocation[] = await this.dataSource.query(
      `SELECT 'postcode' AS precision, latitude, longitude, council_code AS "councilCode", country
         FROM postcode_location WHERE postcode = $1
       UNION ALL
       SELECT 'outward-code', latitude, longitude, council_code, country
         FROM outcode_location WHERE outward_code = $2
       LIMIT 1`,
      [postcode, outwardCode],
    );
    return rows[0] ?? null;
  }

  /** How much geography is loaded: an empty directory is said plainly, not guessed around. */
  async counts(): Promise<{ postcodes: number; outwardCodes: number }> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM postcode_location)::int AS postcodes,
              (SELECT count(*) FROM outcode_location)::int AS "outwardCodes"`,
    );
    return row;
  }
}
