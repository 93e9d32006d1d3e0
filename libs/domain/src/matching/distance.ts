/**
 * Straight-line distance between two postcode locations, the DfE method for placement
 * distances: haversine on a sphere of the Earth's mean radius, published to one decimal place.
 */
export const EARTH_RADIUS_MILES = 3958.8;

const RADIANS_PER_DEGREE = Math.PI / 180;

/** A location in decimal degrees (WGS84, as the ONS Postcode Directory gives it). */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** A point with its trigonometry done once, for when one point is measured against many. */
export interface PreparedPoint {
  readonly latRad: number;
  readonly lonRad: number;
  readonly cosLat: number;
}

/** Converts degrees to radians. */
export function toRadians(degrees: number): number {
  return degrees * RADIANS_PER_DEGREE;
}

/** A point ready for repeated distance measurements. */
export function preparePoint(point: GeoPoint): PreparedPoint {
  const latRad = toRadians(point.latitude);
  return { latRad, lonRad: toRadians(point.longitude), cosLat: Math.cos(latRad) };
}

/** Unrounded haversine miles from a prepared point to a point given in radians (the hot path: no allocation). */
export function milesFrom(from: PreparedPoint, latRad: number, lonRad: number, cosLat: number): number {
  const sinHalfDLat = Math.sin((latRad - from.latRad) / 2);
  const sinHalfDLon = Math.sin((lonRad - from.lonRad) / 2);
  const h = sinHalfDLat * sinHalfDLat + from.cosLat * cosLat * sinHalfDLon * sinHalfDLon;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Unrounded haversine miles from a prepared point to a point in degrees, with nothing allocated. */
export function milesTo(from: PreparedPoint, to: GeoPoint): number {
  const latRad = toRadians(to.latitude);
  return milesFrom(from, latRad, toRadians(to.longitude), Math.cos(latRad));
}

/** Unrounded haversine miles between two points. */
export function haversineMiles(a: GeoPoint, b: GeoPoint): number {
  const latRad = toRadians(b.latitude);
  return milesFrom(preparePoint(a), latRad, toRadians(b.longitude), Math.cos(latRad));
}

/** Miles to one decimal place, as the DfE publishes them. */
export function roundMiles(miles: number): number {
  return Math.round(miles * 10) / 10;
}

/** Straight-line miles between two points to one decimal place (the DfE method). */
export function distanceMiles(a: GeoPoint, b: GeoPoint): number {
  return roundMiles(haversineMiles(a, b));
}
