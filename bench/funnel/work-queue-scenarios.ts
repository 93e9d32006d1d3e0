import { Agent } from 'node:http';
import { send, type LoadScenario, type PlannedRequest } from '../shared/http-load';

const PAGE = 25;
const PATH = `/api/v1/applicants/work-queue?limit=${PAGE}`;

export interface QueuePage { readonly path: string; readonly ids: readonly string[]; readonly last: boolean }

interface WorkQueueBody {
  items?: { id?: string; dueNext?: { dueBy?: string } }[];
  nextCursor?: string | null;
}

/**
 * Follows nextCursor from the first page to the last, checking that the pages together are the
 * whole queue in (due_at, id) order with nothing skipped or repeated. Returns each page's path.
 */
export async function walkQueue(port: number, token: string, expected: readonly string[]): Promise<QueuePage[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const pages: QueuePage[] = [];
  try {
    for (let path = PATH; ;) {
      const ids = expected.slice(pages.length * PAGE, (pages.length + 1) * PAGE);
      const page = { path, ids, last: (pages.length + 1) * PAGE >= expected.length };
      const { status, body } = await send(agent, { host: '127.0.0.1', port }, { path, headers: { authorization: `Bearer ${token}` } });
      const problem = judgePage(status, body, page);
      if (problem) throw new Error(`work queue page ${pages.length + 1}: ${problem}\n${body.slice(0, 500)}`);
      pages.push(page);
      const next = (JSON.parse(body) as WorkQueueBody).nextCursor;
      if (!next) break;
      path = `${PATH}&cursor=${encodeURIComponent(next)}`;
    }
  } finally {
    agent.destroy();
  }
  if (pages.length * PAGE < expected.length) throw new Error(`work queue: paging stopped after ${pages.length} pages of ${expected.length} applicants`);
  return pages;
}

/** The first page over and over (what an officer opens), and the pages behind it, chosen at random. */
export function workQueueScenarios(token: string, pages: readonly QueuePage[]): LoadScenario[] {
  const headers = { authorization: `Bearer ${token}` };
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const deep = pages.length > 1 ? pages.slice(1) : pages;
  let n = 0;
  const check = (status: number | string, body: string, sent: PlannedRequest) => judgePage(status, body, byPath.get(sent.path)!);
  return [
    { name: 'work-queue-first', describe: `work queue, first page (limit ${PAGE})`, next: () => ({ path: PATH, headers }), check },
    {
      name: 'work-queue-deep', describe: pages.length > 1 ? `work queue, pages 2–${pages.length} via cursor` : 'work queue, one page only: first page again',
      // Round robin, so every page behind the first is timed equally often.
      next: () => ({ path: deep[n++ % deep.length].path, headers }), check,
    },
  ];
}

/** Null if the page is the expected slice of the queue, sorted by dueBy, with a cursor iff more follow. */
function judgePage(status: number | string, body: string, page: QueuePage): string | null {
  if (status !== 200) return `status ${status}`;
  const parsed = JSON.parse(body) as WorkQueueBody;
  const items = parsed.items ?? [];
  const due = items.map((i) => Date.parse(i.dueNext?.dueBy ?? ''));
  if (due.some((d, i) => Number.isNaN(d) || (i > 0 && d < due[i - 1]))) return 'items not sorted by dueNext.dueBy';
  if (items.length !== page.ids.length || items.some((item, i) => item.id !== page.ids[i])) return 'items differ from SQL order';
  if (page.last === Boolean(parsed.nextCursor)) return page.last ? 'nextCursor on the last page' : 'no nextCursor before the end';
  return null;
}
