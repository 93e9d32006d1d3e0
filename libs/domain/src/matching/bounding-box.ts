import { EARTH_RADIUS_MILES, toRadians, type GeoPoint } from './distance';

/** A latitude/longitude rectangle in decimal degrees, for an indexed SQL pre-filter. */
export interface BoundingBox {
  readonly minLatitude: number;
  readonly maxLatitude: number;
  readonly minLongitude: number;
  readonly maxLongitude: number;
}

const DEGREES_PER_RADIAN = 180 / Math.PI;

/**
 * The smallest box holding every point within `radiusMiles` of `centre` (J. Matuschek's
 * method). It is a pre-filter only: corners lie further away, so measure each row after.
 */
export function boundingBox(centre: GeoPoint, radiusMiles: number): BoundingBox {
  if (!(radiusMiles >= 0)) throw new RangeError('a radius must be 0 miles or more');
  const angle = radiusMiles / EARTH_RADIUS_MILES;
  const lat = toRadians(centre.latitude);
  const minLat = lat - angle;
  const maxLat = lat + angle;
  if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2) {
    // The circle reaches a pole, so it spans every longitude.
    return box(Math.max(minLat, -Math.PI / 2), Math.min(maxLat, Math.PI / 2), -Math.PI, Math.PI);
  }
  const lon = toRadians(centre.longitude);
  const dLon = Math.asin(Math.sin(angle) / Math.cos(lat));
  if (lon - dLon < -Math.PI || lon + dLon > Math.PI) return box(minLat, maxLat, -Math.PI, Math.PI);
  return box(minLat, maxLat, lon - dLon, lon + dLon);
}

function box(minLat: number, maxLat: number, minLon: number, maxLon: number): BoundingBox {
  return {
    minLatitude: minLat * DEGREES_PER_RADIAN,
    maxLatitude: maxLat * DEGREES_PER_RADIAN,
    minLongitude: minLon * DEGREES_PER_RADIAN,
    maxLongitude: maxLon * DEGREES_PER_RADIAN,
  };
}

/** Whether a point lies inside a box (what the SQL pre-filter keeps). */
export function isInsideBox(point: GeoPoint, b: BoundingBox): boolean {
  return (
    point.latitude >= b.minLatitude &&
    point.latitude <= b.maxLatitude &&
    point.longitude >= b.minLongitude &&
    point.longitude <= b.maxLongitude
  );
}
