// A map that keeps the most recently used values within a memory budget, for the caches of
// what queries read from IndexedDB.

export class LruMap<K, V> {
  /** Least recently used first: a Map keeps insertion order, and a hit moves the entry last. */
  private readonly entries = new Map<K, V>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly bytesOf: (value: V) => number,
  ) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Keeps `value` unless `key` has one already; drops the least recently used beyond the budget. */
  add(key: K, value: V): void {
    if (this.entries.has(key)) return;
    this.entries.set(key, value);
    this.bytes += this.bytesOf(value);
    for (const [oldKey, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= this.bytesOf(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
