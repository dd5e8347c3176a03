import { ProviderError } from '../domain/errors.js';

/** A token request the provider refused is idgraph's configuration problem, never the caller's input. */
function asCredentialError(error: unknown): unknown {
  if (!(error instanceof ProviderError) || ['UPSTREAM_TIMEOUT', 'UPSTREAM_UNAVAILABLE', 'RATE_LIMITED'].includes(error.code)) return error;
  return new ProviderError({
    provider: error.provider,
    operation: error.operation,
    code: 'UPSTREAM_ERROR',
    status: error.status,
    providerCode: error.providerCode,
    providerMessage: error.providerMessage,
    message: `${error.provider} refused idgraph's credentials (HTTP ${error.status ?? '?'}${error.providerCode ? ` ${error.providerCode}` : ''}); check the provider's client id and secret`,
    cause: error,
  });
}

/**
 * Caches one bearer token until shortly before it expires. Concurrent callers that find no valid
 * token share a single fetch; a token the provider rejected is dropped so the next call fetches anew.
 */
export interface IssuedToken {
  token: string;
  expiresInSeconds: number;
}

export interface TokenSource {
  get(): Promise<string>;
  /** The token `get()` would answer at once, without a fetch; null when it would fetch (optional). */
  peek?(): string | null;
  /** Forget `token` (a 401 answered it); a newer token already cached is kept. */
  invalidate(token: string): void;
  /** Reports each token fetch (metrics); optional, sources without fetches omit it. */
  observeFetches?(listener: (outcome: 'success' | 'failure', durationSeconds: number) => void): void;
}

export class TokenCache implements TokenSource {
  private current: { token: string; expiresAt: number } | null = null;
  private inFlight: Promise<string> | null = null;
  /** How many tokens were fetched; tests and benchmarks read it. */
  fetches = 0;
  private fetchListener: ((outcome: 'success' | 'failure', durationSeconds: number) => void) | null = null;

  constructor(
    private readonly fetchToken: () => Promise<IssuedToken>,
    private readonly options: { marginSeconds?: number; now?: () => number } = {},
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  peek(): string | null {
    return this.current && this.current.expiresAt > this.now() ? this.current.token : null;
  }

  async get(): Promise<string> {
    if (this.current && this.current.expiresAt > this.now()) return this.current.token;
    if (!this.inFlight) {
      // Shared by every waiting request: fetched through the provider's own HTTP client, not a request's
      // (HttpClient.forCall), so outside any one request's deadline, signal and budget.
      this.inFlight = (async () => {
        try {
          this.fetches += 1;
          const startedAt = performance.now();
          const issued = await this.fetchToken().catch((error: unknown) => {
            this.fetchListener?.('failure', (performance.now() - startedAt) / 1000);
            throw asCredentialError(error);
          });
          this.fetchListener?.('success', (performance.now() - startedAt) / 1000);
          const lifetimeMs = issued.expiresInSeconds * 1000;
          const marginMs = Math.min((this.options.marginSeconds ?? 60) * 1000, lifetimeMs / 2);
          this.current = { token: issued.token, expiresAt: this.now() + lifetimeMs - marginMs };
          return issued.token;
        } finally {
          this.inFlight = null;
        }
      })();
    }
    return this.inFlight;
  }

  invalidate(token: string): void {
    if (this.current?.token === token) this.current = null;
  }

  observeFetches(listener: (outcome: 'success' | 'failure', durationSeconds: number) => void): void {
    this.fetchListener = listener;
  }
}
