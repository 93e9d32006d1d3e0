import type { CouncilRelation } from '../matching/council-relation';
import type { OpenStage } from '../recruitment/funnel';
import { monthCovered, type AreaProjection } from './area-projection';
import type { AreaSufficiency } from './compute-sufficiency';
import { TOTAL, type CountTable, type PublishedTable } from './count-table';
import { disclosurePolicy, type PublicationLevel, type PublishedEstimate } from './disclosure-policy';
import { protectLinkedTables, type CellLink } from './linked-tables';
import type { DistanceBand } from './placement-quality';
import { connectedTable, localityTable, siblingsTable, type ConnectedColumn, type SiblingColumn, type SiblingRow } from './placement-quality-tables';
import { publishProjectedGaps } from './projected-gap';
import { pipelineTable } from './projection-tables';
import type { SufficiencyArea } from './sufficiency-areas';
import type { SliceKey } from './sufficiency-slices';
import {
  gapKey, gapTable, householdsTable, needTable, placesTable,
  type GapColumn, type NeedStatus, type PlaceStatus, type ServiceKindColumn,
} from './sufficiency-tables';

/** Month by whose end the pipeline is expected to close a category's gap (0: no gap), or why not shown. */
export type PublishedCoverage = number | 'c' | 'not-within-horizon' | 'z';

/** Everything the dashboard shows for one area, every figure through disclosure control. */
export interface PublishedAreaSufficiency {
  readonly area: SufficiencyArea;
  readonly level: PublicationLevel;
  readonly households: PublishedTable<SliceKey, ServiceKindColumn>;
  readonly places: readonly { readonly slice: SliceKey; readonly table: PublishedTable<ServiceKindColumn, PlaceStatus> }[];
  readonly need: PublishedTable<SliceKey, NeedStatus>;
  readonly gap: PublishedTable<SliceKey, GapColumn>;
  readonly placementLocality: PublishedTable<CouncilRelation, DistanceBand>;
  readonly connectedPerson: PublishedTable<'placed-children', ConnectedColumn>;
  readonly siblings: PublishedTable<SiblingRow, SiblingColumn>;
  /** Null when no projection was given. */
  readonly pipeline: PublishedTable<SliceKey, OpenStage> | null;
  /** By projection slice ('all' and each category). */
  readonly coverage: Readonly<Partial<Record<SliceKey, PublishedCoverage>>>;
  /** The gap projected to months 3, 6 and 12 (keys from projectedGapKey); empty when no projection was given. */
  readonly projectedGap: Readonly<Record<string, PublishedEstimate>>;
}

const HOUSEHOLDS = 0, NEED = 1, GAP = 2, LOCALITY = 3, CONNECTED = 4, SIBLINGS = 5, PLACES = 6;

/**
 * Builds the area's tables and protects them together: figures shown in more than one table are
 * linked, so one table cannot give away what another suppressed.
 */
export function publishAreaSufficiency(a: AreaSufficiency, projection: AreaProjection | null = null): PublishedAreaSufficiency {
  const places = a.supply.map(placesTable);
  const tables: CountTable[] = [
    householdsTable(a), needTable(a), gapTable(a), localityTable(a.placementQuality),
    connectedTable(a.placementQuality), siblingsTable(a.placementQuality), ...places,
    ...(projection ? [pipelineTable(projection)] : []),
  ];
  const policy = disclosurePolicy(a.level);
  const out = protectLinkedTables(tables.map((table) => ({ table, policy })), areaLinks(a.supply.map((s) => s.slice)));
  const pipeline = projection ? (out[PLACES + places.length] as PublishedTable<SliceKey, OpenStage>) : null;
  const gap = out[GAP] as PublishedTable<SliceKey, GapColumn>;
  return {
    area: a.area,
    level: a.level,
    households: out[HOUSEHOLDS] as PublishedTable<SliceKey, ServiceKindColumn>,
    places: a.supply.map((s, i) => ({ slice: s.slice, table: out[PLACES + i] as PublishedTable<ServiceKindColumn, PlaceStatus> })),
    need: out[NEED] as PublishedTable<SliceKey, NeedStatus>,
    gap,
    placementLocality: out[LOCALITY] as PublishedTable<CouncilRelation, DistanceBand>,
    connectedPerson: out[CONNECTED] as PublishedTable<'placed-children', ConnectedColumn>,
    siblings: out[SIBLINGS] as PublishedTable<SiblingRow, SiblingColumn>,
    pipeline,
    coverage: projection && pipeline ? coverageOf(a, projection, gap, pipeline) : {},
    projectedGap: projection && pipeline ? publishProjectedGaps(a, projection, gap, pipeline, policy) : {},
  };
}

function areaLinks(slices: readonly SliceKey[]): CellLink[] {
  const link = (t1: number, row1: string, col1: string, t2: number, row2: string, col2: string): CellLink =>
    [{ table: t1, cell: { row: row1, column: col1 } }, { table: t2, cell: { row: row2, column: col2 } }];
  const links = slices.flatMap((slice, i) => [
    link(GAP, slice, 'need', NEED, slice, TOTAL),
    link(GAP, slice, 'filled-places', PLACES + i, TOTAL, 'filled'),
    link(GAP, slice, 'available-vacancies', PLACES + i, TOTAL, 'available-vacancy'),
  ]);
  links.push(link(LOCALITY, TOTAL, TOTAL, NEED, 'all', 'placed'));
  links.push(link(CONNECTED, 'placed-children', TOTAL, LOCALITY, TOTAL, TOTAL));
  return links;
}

function coverageOf(
  a: AreaSufficiency, projection: AreaProjection, gap: PublishedTable<SliceKey, GapColumn>, pipeline: PublishedTable<SliceKey, OpenStage>,
): Partial<Record<SliceKey, PublishedCoverage>> {
  const out: Partial<Record<SliceKey, PublishedCoverage>> = {};
  projection.slices.forEach((p, i) => {
    const rawGap = a.gap.find((g) => g.slice === p.slice)?.gap;
    if (rawGap === undefined) { out[p.slice] = 'z'; return; }
    const month = monthCovered(rawGap, p.cumulativeGapClosed);
    const hidden = gap.estimates[gapKey(p.slice)] === 'c' || (month !== 0 && pipeline.rowTotals?.[i] === 'c');
    out[p.slice] = hidden ? 'c' : month ?? 'not-within-horizon';
  });
  return out;
}
