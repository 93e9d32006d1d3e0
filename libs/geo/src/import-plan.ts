import type { CopyValue } from './copy-text';
import type { GeoFileLayout } from './geo-file-layout';
import { OUTCODE_TARGET, POSTCODE_TARGET, type GeoTarget } from './geo-target';
import { toOutcodeRow } from './outcode-row';
import { toPostcodeRow } from './postcode-row';
import type { SkipReason } from './skip-reason';

/** How the records of one detected file become COPY values for its target table. */
export interface ImportPlan {
  readonly target: GeoTarget;
  /** The row's values in `target.columns` order, or why it is skipped. */
  toValues(fields: readonly string[]): CopyValue[] | SkipReason;
}

export function importPlanFor(layout: GeoFileLayout, councils: ReadonlySet<string>): ImportPlan {
  switch (layout.kind) {
    case 'onspd':
      return {
        target: POSTCODE_TARGET,
        toValues(fields) {
          const r = toPostcodeRow(fields, layout, councils);
          return typeof r === 'string' ? r : [r.postcode, r.outwardCode, r.latitude, r.longitude, r.ladCode, r.councilCode, r.country, r.terminated];
        },
      };
    case 'outcode-centroids':
      return {
        target: OUTCODE_TARGET,
        toValues(fields) {
          const r = toOutcodeRow(fields, layout, councils);
          return typeof r === 'string' ? r : [r.outwardCode, r.latitude, r.longitude, r.councilCode, r.country];
        },
      };
  }
}
