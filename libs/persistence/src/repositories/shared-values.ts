/**
 * Equal values decoded from many rows, kept once and frozen. Households repeat a few dozen
 * combinations of fostering types, languages, pets and so on; sharing them keeps a national
 * search's working set small: the rules read a dozen of these per home for hundreds of homes a
 * search, and each one scattered across the heap is a likely cache miss.
 */
export class SharedValues<T> {
  private readonly values = new Map<string, T>();

  /** Past this many distinct values new ones are no longer kept: bounded memory whatever the data. */
  constructor(private readonly capacity = 10_000) {}

  share(key: string, value: T): T {
    const kept = this.values.get(key);
    if (kept !== undefined) return kept;
    const frozen = Object.freeze(value);
    if (this.values.size < this.capacity) this.values.set(key, frozen);
    return frozen;
  }
}

/** One shared, frozen copy of each distinct list of codes or numbers (order kept: it can matter to readers). */
export class SharedLists {
  private readonly lists = new SharedValues<readonly unknown[]>();

  share<T extends string | number>(list: readonly T[]): readonly T[] {
    return this.lists.share(list.join('\u001f'), list) as readonly T[];
  }
}
