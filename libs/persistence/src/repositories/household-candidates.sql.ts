import type { BoundingBox } from '@app/domain';

/** What SQL may safely rule out before the matching rules look (never anything the rules would keep). */
export interface CandidateFilter {
  /** Only homes approved for this type (not for emergencies, which may go outside the terms). */
  readonly fosteringType: string | null;
  /** Only homes whose age range overlaps the children's (not for emergencies). */
  readonly youngest: number | null;
  readonly oldest: number | null;
  /** Only homes with at least this many free places (not for emergencies, which may exceed the number approved). */
  readonly freePlaces: number | null;
}

/** Where to look: inside `box` (null: all of England) but not inside `outside`, the box a previous step already read. */
export interface CandidateArea {
  readonly box: BoundingBox | null;
  readonly outside: BoundingBox | null;
}

/** The search key and version of each offerable home in the area that passes the filter; only the conditions that apply are written. */
export function candidateStatement(area: CandidateArea, filter: CandidateFilter): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const p = (value: unknown) => `$${values.push(value)}`;
  const inBox = (b: BoundingBox) =>
    `h.latitude BETWEEN ${p(b.minLatitude)} AND ${p(b.maxLatitude)} AND h.longitude BETWEEN ${p(b.minLongitude)} AND ${p(b.maxLongitude)}`;
  const where = [`h.approval_status IN ('approved', 'temporarily-approved')`];
  if (area.box) where.push(inBox(area.box));
  if (area.outside) where.push(`NOT (${inBox(area.outside)})`);
  if (filter.fosteringType !== null) where.push(`${p(filter.fosteringType)}::text = ANY (h.fostering_types)`);
  if (filter.youngest !== null) where.push(`h.max_age >= ${p(filter.youngest)}::int`);
  if (filter.oldest !== null) where.push(`h.min_age <= ${p(filter.oldest)}::int`);
  if (filter.freePlaces !== null) where.push(`h.free_places >= ${p(filter.freePlaces)}::int`);
  return { text: `SELECT h.search_key, h.version FROM fostering_household h WHERE ${where.join(' AND ')}`, values };
}
