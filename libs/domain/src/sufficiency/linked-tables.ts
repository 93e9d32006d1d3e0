import type { CellRef, CountTable, PublishedTable } from './count-table';
import { publishedCell } from './count-table';
import type { DisclosurePolicy } from './disclosure-policy';
import { protectTable } from './protect-table';

/** A table to protect together with others, with the policy for its level. */
export interface LinkedTable {
  readonly table: CountTable;
  readonly policy: DisclosurePolicy;
}

/** The same figure shown in two tables (by index in the list): it must be suppressed in both or neither. */
export type CellLink = readonly [{ readonly table: number; readonly cell: CellRef }, { readonly table: number; readonly cell: CellRef }];

/**
 * Protects tables that share figures. If one table suppresses a figure another shows, the other
 * gives it away (e.g. children placed, hidden in the need table, shown as the total of the
 * placement table); so suppressions are copied across links and the tables protected again
 * until nothing changes. Suppressions only grow, so this ends. (A zero is never forced: a
 * suppressed figure is never zero, so a link from one to a zero is a wrong link.)
 */
export function protectLinkedTables(tables: readonly LinkedTable[], links: readonly CellLink[]): PublishedTable[] {
  const forced: CellRef[][] = tables.map(() => []);
  const published = tables.map((t) => protectTable(t.table, t.policy));
  for (;;) {
    const changed = new Set<number>();
    for (const [a, b] of links) {
      const va = publishedCell(published[a.table], a.cell);
      const vb = publishedCell(published[b.table], b.cell);
      if (va === 'c' && vb !== 'c' && vb !== 0) { forced[b.table].push(b.cell); changed.add(b.table); }
      if (vb === 'c' && va !== 'c' && va !== 0) { forced[a.table].push(a.cell); changed.add(a.table); }
    }
    if (changed.size === 0) return published;
    for (const i of changed) published[i] = protectTable(tables[i].table, tables[i].policy, { forced: forced[i] });
  }
}
