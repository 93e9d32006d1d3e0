/** The file cannot be imported as it is (empty, unknown header, no loadable row); the message says why. */
export class GeoFileError extends Error {
  override readonly name = 'GeoFileError';
}
