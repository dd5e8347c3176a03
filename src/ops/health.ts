/**
 * Liveness and readiness for load balancers and orchestrators.
 *
 * - live: the process answers (always 200 while it runs, also while draining).
 * - ready: the configuration loaded (it did, or the process would not run), the process is not
 *   draining, and each required provider has a circuit that is not OPEN and a bearer token that the
 *   last attempt obtained. Nothing here calls a provider per probe: the answer is computed from the
 *   HttpClients' state and cached for `cacheMs`. A token is fetched in the background only when none
 *   was ever obtained (once at start) or the last attempt failed, at most once per `tokenRetryMs`
 *   per provider; a valid cached token costs nothing.
 *
 * The answer names providers, states and reasons only: no URLs, no ids, no secrets.
 */
import type { ProviderId } from '../domain/types.js';
import type { ObservedClient, TokenState } from '../http/observer.js';

export interface ReadinessOptions {
  /** The providers that must be ready for idgraph to be ready. */
  required: readonly ProviderId[];
  /** The providers that are configured (enabled) at all. */
  enabled: readonly ProviderId[];
  /** How long one readiness answer is reused (default 2000 ms). */
  cacheMs?: number;
  /** The least time between two background token attempts for one provider (default 10 000 ms). */
  tokenRetryMs?: number;
  now?: () => number;
}

export interface ProviderReadiness {
  required: boolean;
  ready: boolean;
  circuit: 'CLOSED' | 'OPEN' | 'HALF_OPEN' | 'UNKNOWN';
  token: TokenState;
  /** Why it is not ready; absent when ready. */
  reason?: string;
}

export interface ReadinessReport {
  status: 'ready' | 'not_ready' | 'draining';
  checkedAt: string;
  providers: Partial<Record<ProviderId, ProviderReadiness>>;
}

export class Health {
  private draining = false;
  private cached: { at: number; report: ReadinessReport } | null = null;
  private readonly lastTokenAttempt = new Map<ProviderId, number>();
  private readonly refreshing = new Set<ProviderId>();
  private readonly cacheMs: number;
  private readonly tokenRetryMs: number;
  private readonly now: () => number;

  constructor(
    private readonly clients: () => ReadonlyMap<ProviderId, ObservedClient>,
    private readonly options: ReadinessOptions,
  ) {
    this.cacheMs = options.cacheMs ?? 2_000;
    this.tokenRetryMs = options.tokenRetryMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Gets every enabled provider's first token in the background (main.ts calls it at start). */
  warmUp(): void {
    for (const client of this.clients().values()) this.refreshToken(client);
  }

  /** From now on readiness answers `draining` (503), so load balancers stop sending new requests. */
  startDraining(): void {
    this.draining = true;
    this.cached = null;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  ready(): ReadinessReport {
    const now = this.now();
    if (this.cached && now - this.cached.at < this.cacheMs) return this.cached.report;
    const report = this.evaluate(now);
    this.cached = { at: now, report };
    return report;
  }

  private evaluate(now: number): ReadinessReport {
    const clients = this.clients();
    const providers: ReadinessReport['providers'] = {};
    let ready = true;
    for (const id of new Set([...this.options.enabled, ...this.options.required])) {
      const required = this.options.required.includes(id);
      const client = clients.get(id);
      let entry: ProviderReadiness;
      if (!client) {
        entry = { required, ready: false, circuit: 'UNKNOWN', token: 'unknown', reason: this.options.enabled.includes(id) ? 'not started' : 'not configured' };
      } else {
        const circuit = client.circuitState();
        const token = client.tokenState();
        if (token !== 'ok') this.refreshToken(client);
        const reason =
          circuit === 'OPEN' ? 'circuit open' : token === 'failed' ? 'token could not be obtained' : token === 'unknown' ? 'token not obtained yet' : undefined;
        entry = { required, ready: reason === undefined, circuit, token, ...(reason ? { reason } : {}) };
      }
      if (required && !entry.ready) ready = false;
      providers[id] = entry;
    }
    return { status: this.draining ? 'draining' : ready ? 'ready' : 'not_ready', checkedAt: new Date(now).toISOString(), providers };
  }

  private refreshToken(client: ObservedClient): void {
    const id = client.provider;
    const last = this.lastTokenAttempt.get(id);
    if (this.refreshing.has(id) || (last != null && this.now() - last < this.tokenRetryMs)) return;
    this.lastTokenAttempt.set(id, this.now());
    this.refreshing.add(id);
    void client.refreshToken().finally(() => {
      this.refreshing.delete(id);
      // The next probe sees the new token state instead of a cached answer.
      this.cached = null;
    });
  }
}
