/** A table the importer fills: its columns (in COPY order), key, and which duplicate wins. */
export interface GeoTarget {
  readonly table: 'postcode_location' | 'outcode_location';
  readonly key: string;
  readonly columns: ReadonlyArray<readonly [name: string, type: string]>;
  /** ORDER BY after the key: of several rows for one key in a file, the first in this order is kept. */
  readonly preference: string;
}

export const POSTCODE_TARGET: GeoTarget = {
  table: 'postcode_location',
  key: 'postcode',
  columns: [
    ['postcode', 'text'],
    ['outward_code', 'text'],
    ['latitude', 'double precision'],
    ['longitude', 'double precision'],
    ['lad_code', 'text'],
    ['council_code', 'text'],
    ['country', 'text'],
    ['terminated', 'boolean'],
  ],
  // A live entry beats a terminated one, then the later line in the file.
  preference: 'terminated, line DESC',
};

export const OUTCODE_TARGET: GeoTarget = {
  table: 'outcode_location',
  key: 'outward_code',
  columns: [
    ['outward_code', 'text'],
    ['latitude', 'double precision'],
    ['longitude', 'double precision'],
    ['council_code', 'text'],
    ['country', 'text'],
  ],
  preference: 'line DESC',
};
