/** Why a row of the file was not loaded; the importer counts each so an operator can judge the file. */
export type SkipReason = 'no-coordinates' | 'invalid-code' | 'unknown-country' | 'malformed-row' | 'duplicate';
