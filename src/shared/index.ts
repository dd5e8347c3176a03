/** createSharedStore: Redis when REDIS_URL is set, the in-process store otherwise. */
import { MemoryStore, setCurrentSharedStore, type SharedStore } from './store.js';

export { MemoryStore, sharedStoreState, type RateLimit, type SharedStore, type SharedStoreState } from './store.js';

export interface SharedStoreOptions {
  redisUrl?: string | undefined;
  keyPrefix?: string | undefined;
  log?: (message: string) => void;
  /** How long startup waits for Redis before serving locally (default 2 000 ms). */
  connectWaitMs?: number;
}

export async function createSharedStore(options: SharedStoreOptions = {}): Promise<SharedStore> {
  if (!options.redisUrl) {
    const store = new MemoryStore();
    setCurrentSharedStore(store);
    return store;
  }
  // ioredis is loaded only then (a chunk of its own in the production build): a start without Redis does not parse it.
  const { RedisStore } = await import('./redis-store.js');
  const store = new RedisStore({ url: options.redisUrl, keyPrefix: options.keyPrefix, log: options.log });
  await store.waitUntilReady(options.connectWaitMs ?? 2_000);
  setCurrentSharedStore(store);
  return store;
}
