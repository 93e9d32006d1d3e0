/** The bytes are not well-formed CSV (e.g. a quote that never closes), so no row can be trusted. */
export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError';
}
