import { DomainError } from '@app/domain';

const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque keyset cursor: the exact time and id of the last message on the previous page. */
export function encodeNotificationCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`, 'utf8').toString('base64url');
}

/** Where to continue from; a cursor that is not one of ours is a 400, never a 500. */
export function decodeNotificationCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!EXACT_TIME.test(at ?? '') || !UUID.test(id ?? '') || Number.isNaN(Date.parse(at))) {
    throw new DomainError('REQUEST.VALIDATION_FAILED', 'The request has invalid fields', [
      { field: 'cursor', rule: 'cursor', message: 'cursor must be a nextCursor from a previous page' },
    ]);
  }
  return { at, id };
}
