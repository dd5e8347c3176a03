/**
 * The per-provider upstream budget shared by every replica (issue 16, item 1): a token bucket per
 * provider in the shared store, fed by the provider's 429s. The HTTP core takes one token before each
 * attempt it sends, and a 429 pauses the bucket for its Retry-After, so when one replica is told to
 * wait, every replica waits.
 */
import { PROVIDERS, type ProviderId } from '../providers/known.js';
import type { RateLimit, Reservation, SharedStore } from './store.js';

/**
 * Defaults from each provider's documented limits (its definition's `rateLimit`, see its README,
 * "Rate limits"); used for live providers. Simulators are not limited unless <NAME>_RATE_LIMIT is set.
 */
export const DEFAULT_RATE_LIMITS = Object.fromEntries(PROVIDERS.map((p) => [p.id, p.rateLimit])) as Record<ProviderId, RateLimit>;

/** The longest pause one 429 imposes on every replica (10 minutes). */
export const MAX_PAUSE_MS = 10 * 60 * 1000;

export class UpstreamBudget {
  constructor(
    private readonly store: SharedStore,
    readonly provider: ProviderId,
    readonly limit: RateLimit,
  ) {}

  /** Takes one token if it comes within `maxWaitMs`; the answer says how long to wait for it. */
  reserve(maxWaitMs: number): Promise<Reservation> {
    return this.store.reserve(`upstream:${this.provider}`, this.limit, maxWaitMs);
  }

  /**
   * The provider answered 429: every replica pauses `retryAfterMs` (or just empties the bucket without
   * one). A pause is capped at MAX_PAUSE_MS, so one absurd Retry-After cannot stop a provider for hours.
   */
  penalize(retryAfterMs: number | null): Promise<void> {
    return this.store.block(`upstream:${this.provider}`, Math.min(MAX_PAUSE_MS, Math.max(0, retryAfterMs ?? 0)));
  }
}

/** The factory the HTTP core is given: the budget of one provider, or undefined when it is unlimited. */
export function upstreamBudgets(
  store: SharedStore,
  limits: Partial<Record<ProviderId, RateLimit | null>>,
): (provider: ProviderId) => UpstreamBudget | undefined {
  const budgets = new Map<ProviderId, UpstreamBudget>();
  return (provider) => {
    const limit = limits[provider];
    if (!limit || limit.ratePerSecond <= 0) return undefined;
    let budget = budgets.get(provider);
    if (!budget) budgets.set(provider, (budget = new UpstreamBudget(store, provider, limit)));
    return budget;
  };
}
