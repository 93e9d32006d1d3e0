import type { WorkQueueCursor } from '@app/persistence';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque keyset cursor: the due time, priority rank and id of the last applicant on the previous page. */
export function encodeWorkQueueCursor(c: WorkQueueCursor): string {
  return Buffer.from(`${c.dueAt.toISOString()}|${c.priorityRank}|${c.id}`, 'utf8').toString('base64url');
}

/** Null for anything that is not one of ours. */
export function decodeWorkQueueCursor(cursor: string): WorkQueueCursor | null {
  const [at, rank, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const dueAt = new Date(at ?? '');
  if (Number.isNaN(dueAt.getTime()) || (rank !== '0' && rank !== '1') || !UUID.test(id ?? '')) return null;
  return { dueAt, priorityRank: Number(rank), id };
}
