/**
 * Shared caches of slowly changing catalogs (issue 16, item 2): a JSON value per key in the shared
 * store (Redis when configured), kept `ttlMs`, loaded once per replica at a time (concurrent misses
 * wait for the same load), and dropped for every replica by `invalidate` when idgraph itself changes
 * what it caches. Only catalogs go here: never a user's or an invitation's status.
 */
import type { SharedStore } from './store.js';

export class CatalogCache {
  private readonly loading = new Map<string, Promise<unknown>>();
  /** Loads that ran (misses), for tests and metrics. */
  loads = 0;

  constructor(
    private readonly store: SharedStore,
    private readonly namespace: string,
    readonly ttlMs: number,
  ) {}

  private key(name: string): string {
    return `catalog:${this.namespace}:${name}`;
  }

  /** The cached value of `name`, or `load()`'s (then cached for ttlMs). */
  async get<T>(name: string, load: () => Promise<T>): Promise<T> {
    const key = this.key(name);
    const cached = await this.store.get(key);
    if (cached !== null) {
      try {
        return JSON.parse(cached) as T;
      } catch {
        // A corrupt entry is a miss.
      }
    }
    const running = this.loading.get(key);
    if (running) return running as Promise<T>;
    const promise = (async () => {
      this.loads += 1;
      const value = await load();
      await this.store.set(key, JSON.stringify(value), this.ttlMs);
      return value;
    })();
    this.loading.set(key, promise);
    try {
      return await promise;
    } finally {
      this.loading.delete(key);
    }
  }

  /** Drops `name` for every replica (idgraph changed it). */
  async invalidate(name: string): Promise<void> {
    await this.store.del(this.key(name));
  }
}
