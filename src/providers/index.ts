/**
 * Starts the providers of the registry (src/providers/registry.ts) from the configuration: live
 * providers point at their configured base URL; sandbox providers get their simulator started on a
 * loopback port first.
 */
import type { Config } from '../config.js';
import type { IdentityProvider, ProviderRegistry } from '../domain/provider.js';
import type { HttpObserver } from '../http/observer.js';
import type { SimServer } from '../sandbox/server.js';
import { createSharedStore, type SharedStore } from '../shared/index.js';
import { upstreamBudgets } from '../shared/upstream-budget.js';
import { CatalogCache } from '../shared/catalog-cache.js';
import type { ProviderDefinition, SandboxHandle } from './define.js';
import { PROVIDERS, type ProviderId } from './known.js';

type InstanceOf<Id extends ProviderId> = Extract<(typeof PROVIDERS)[number], { id: Id }> extends ProviderDefinition<Id, any, infer I> ? I : never;

/** Every running simulator object (the class in src/providers/<id>/sandbox.ts), by provider. */
export type Sandboxes = { [Id in ProviderId]?: InstanceOf<Id> };

export interface Runtime {
  providers: ProviderRegistry;
  sandboxes: Sandboxes;
  /** Every running simulator's server, for knobs and counters. */
  simulators: Partial<Record<ProviderId, SimServer>>;
  /** Issue 16: what replicas share (Redis when REDIS_URL is set, in-process otherwise). */
  shared: SharedStore;
  close(): Promise<void>;
}

export interface StartOptions {
  observer?: HttpObserver;
  /** Start only these providers (tests); the others stay off whatever the configuration says. */
  only?: readonly ProviderId[];
}

export async function startProviders(config: Config, options: StartOptions = {}): Promise<Runtime> {
  const providers: ProviderRegistry = {};
  const sandboxes: Sandboxes = {};
  const simulators: Runtime['simulators'] = {};
  const handles: SandboxHandle<unknown>[] = [];
  const shared = await createSharedStore({
    redisUrl: config.shared.redisUrl,
    keyPrefix: config.shared.keyPrefix,
    ...(config.logLevel === 'silent' ? { log: () => {} } : {}),
  });
  // The observer (metrics, readiness: src/ops/) and the shared upstream budgets reach every provider's HttpClient through its options.
  const http = { ...config.http, observer: options.observer, upstreamBudget: upstreamBudgets(shared, config.shared.rateLimits) };

  try {
    for (const definition of PROVIDERS as readonly ProviderDefinition<ProviderId>[]) {
      const id = definition.id;
      const provider = config.providers[id];
      if (provider.mode === 'off' || (options.only && !options.only.includes(id))) continue;
      const ttl = config.shared.catalogTtlMs[id] ?? 0;
      const catalogs = ttl > 0 ? new CatalogCache(shared, id, ttl) : undefined;
      if (provider.mode === 'sandbox') {
        const handle = await definition.createSandbox({ latencyMs: config.sandboxLatencyMs });
        handles.push(handle);
        (sandboxes as Record<string, unknown>)[id] = handle.instance;
        simulators[id] = handle.server;
        providers[id] = definition.createAdapter({ mode: 'sandbox', ...(handle.config as object) }, { http, catalogs });
      } else {
        const { mode: _mode, ...live } = provider;
        providers[id] = definition.createAdapter({ mode: 'live', ...live }, { http, catalogs });
      }
    }
  } catch (error) {
    await Promise.all(handles.map((h) => h.stop()));
    await shared.close();
    throw error;
  }

  return {
    providers,
    sandboxes,
    simulators,
    shared,
    async close() {
      await Promise.all(Object.values(providers).map((p: IdentityProvider) => p.close()));
      await Promise.all(handles.map((h) => h.stop()));
      await shared.close();
    },
  };
}
