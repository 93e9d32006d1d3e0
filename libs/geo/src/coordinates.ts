/** WGS84 degrees, as ONSPD's lat and long columns give them. */
export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * WGS84 degrees, or null when the row has no usable grid reference. ONSPD marks "no grid
 * reference" with latitude 99.999999 (and longitude 0), so anything off the globe counts as none.
 */
export function parseCoordinates(latitudeText: string, longitudeText: string): Coordinates | null {
  if (latitudeText.trim() === '' || longitudeText.trim() === '') return null;
  const latitude = Number(latitudeText);
  const longitude = Number(longitudeText);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}
