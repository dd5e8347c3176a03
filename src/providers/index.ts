/**
 * Builds the provider registry from the configuration: live providers point at their configured base
 * URL; sandbox providers get their simulator started on a loopback port first.
 */
import type { Config } from '../config.js';
import type { IdentityProvider, ProviderRegistry } from '../domain/provider.js';
import { setCursorSecret } from '../domain/paging.js';
import type { ProviderId } from '../domain/types.js';
import type { HttpObserver } from '../http/observer.js';
import type { SimServer } from '../sandbox/server.js';
import { createApaleoProvider } from './apaleo/adapter.js';
import { ApaleoSandbox } from './apaleo/sandbox.js';
import { createAuthressProvider } from './authress/adapter.js';
import { AuthressSandbox } from './authress/sandbox.js';
import { createLumappsProvider } from './lumapps/adapter.js';
import { LUMAPPS_SANDBOX, LumappsSandbox } from './lumapps/sandbox.js';
import { createLogtoProvider } from './logto/adapter.js';
import { LogtoSandbox } from './logto/sandbox.js';
import { createSharedStore, type SharedStore } from '../shared/index.js';
import { upstreamBudgets } from '../shared/upstream-budget.js';
import { CatalogCache } from '../shared/catalog-cache.js';

export interface Sandboxes {
  apaleo?: ApaleoSandbox;
  authress?: AuthressSandbox;
  lumapps?: LumappsSandbox;
  logto?: LogtoSandbox;
}

export interface Runtime {
  providers: ProviderRegistry;
  sandboxes: Sandboxes;
  /** Every running simulator's server, for knobs and counters. */
  simulators: Partial<Record<ProviderId, SimServer>>;
  /** Issue 16: what replicas share (Redis when REDIS_URL is set, in-process otherwise). */
  shared: SharedStore;
  close(): Promise<void>;
}

export async function startProviders(config: Config, options: { observer?: HttpObserver } = {}): Promise<Runtime> {
  const providers: ProviderRegistry = {};
  const sandboxes: Sandboxes = {};
  const simulators: Runtime['simulators'] = {};
  const shared = await createSharedStore({ redisUrl: config.shared.redisUrl, keyPrefix: config.shared.keyPrefix, ...(config.logLevel === 'silent' ? { log: () => {} } : {}) });
  // The observer (metrics, readiness: src/ops/) and the shared upstream budgets reach every provider's HttpClient through its options.
  const http = { ...config.http, observer: options.observer, upstreamBudget: upstreamBudgets(shared, config.shared.rateLimits) };
  if (config.cursorSecret) setCursorSecret(config.cursorSecret);

  const apaleo = config.providers.apaleo;
  const apaleoCatalogs = config.shared.catalogTtlMs.apaleo > 0 ? new CatalogCache(shared, 'apaleo', config.shared.catalogTtlMs.apaleo) : undefined;
  if (apaleo.mode === 'sandbox') {
    const sandbox = new ApaleoSandbox();
    sandbox.server.latencyMs = config.sandboxLatencyMs;
    const baseUrl = await sandbox.start();
    sandboxes.apaleo = sandbox;
    simulators.apaleo = sandbox.server;
    providers.apaleo = createApaleoProvider({
      mode: 'sandbox',
      baseUrl,
      credentials: { clientId: sandbox.clientId, clientSecret: sandbox.clientSecret },
      http,
      catalogs: apaleoCatalogs,
    });
  } else if (apaleo.mode === 'live') {
    providers.apaleo = createApaleoProvider({
      mode: 'live',
      baseUrl: apaleo.baseUrl,
      credentials: { clientId: apaleo.clientId, clientSecret: apaleo.clientSecret, scope: apaleo.scope },
      http,
      catalogs: apaleoCatalogs,
    });
  }

  const authress = config.providers.authress;
  const authressCatalogs = config.shared.catalogTtlMs.authress > 0 ? new CatalogCache(shared, 'authress', config.shared.catalogTtlMs.authress) : undefined;
  if (authress.mode === 'sandbox') {
    const sandbox = new AuthressSandbox();
    sandbox.server.latencyMs = config.sandboxLatencyMs;
    const baseUrl = await sandbox.start();
    sandboxes.authress = sandbox;
    simulators.authress = sandbox.server;
    providers.authress = createAuthressProvider({ mode: 'sandbox', baseUrl, accessKey: sandbox.accessKey, http, catalogs: authressCatalogs });
  } else if (authress.mode === 'live') {
    providers.authress = createAuthressProvider({ mode: 'live', baseUrl: authress.baseUrl, accessKey: authress.accessKey, http, catalogs: authressCatalogs });
  }

  const lumapps = config.providers.lumapps;
  if (lumapps.mode === 'sandbox') {
    const sandbox = new LumappsSandbox();
    sandbox.server.latencyMs = config.sandboxLatencyMs;
    const baseUrl = await sandbox.start();
    sandboxes.lumapps = sandbox;
    simulators.lumapps = sandbox.server;
    providers.lumapps = createLumappsProvider({
      mode: 'sandbox',
      baseUrl,
      credentials: {
        kind: 'application',
        customerId: sandbox.customerId,
        clientId: sandbox.clientId,
        clientSecret: sandbox.clientSecret,
        userEmail: LUMAPPS_SANDBOX.userEmail,
      },
      http,
    });
  } else if (lumapps.mode === 'live') {
    providers.lumapps = createLumappsProvider({
      mode: 'live',
      baseUrl: lumapps.baseUrl,
      credentials:
        lumapps.auth === 'static'
          ? { kind: 'static', token: lumapps.token }
          : { kind: 'application', customerId: lumapps.customerId, clientId: lumapps.clientId, clientSecret: lumapps.clientSecret, userEmail: lumapps.userEmail },
      http,
    });
  }

  const logto = config.providers.logto;
  const logtoTtl = config.shared.catalogTtlMs.logto ?? 0;
  const logtoCatalogs = logtoTtl > 0 ? new CatalogCache(shared, 'logto', logtoTtl) : undefined;
  if (logto.mode === 'sandbox') {
    const sandbox = new LogtoSandbox();
    sandbox.server.latencyMs = config.sandboxLatencyMs;
    const baseUrl = await sandbox.start();
    sandboxes.logto = sandbox;
    simulators.logto = sandbox.server;
    providers.logto = createLogtoProvider({
      mode: 'sandbox',
      baseUrl,
      credentials: { appId: sandbox.appId, appSecret: sandbox.appSecret, resource: sandbox.resource },
      http,
      catalogs: logtoCatalogs,
    });
  } else if (logto.mode === 'live') {
    providers.logto = createLogtoProvider({
      mode: 'live',
      baseUrl: logto.baseUrl,
      credentials: { appId: logto.appId, appSecret: logto.appSecret, resource: logto.resource },
      http,
      catalogs: logtoCatalogs,
    });
  }

  return {
    providers,
    sandboxes,
    simulators,
    shared,
    async close() {
      await Promise.all(Object.values(providers).map((p: IdentityProvider) => p.close()));
      await Promise.all(Object.values(sandboxes).map((s: { stop(): Promise<void> }) => s.stop()));
      await shared.close();
    },
  };
}
