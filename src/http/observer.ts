/**
 * The one hook interface of the HTTP core for operations code (metrics, readiness): an HttpClient
 * given an observer reports each upstream exchange, retry, wait for a connection slot, circuit
 * refusal and token fetch. Every callback is optional and must be cheap and must not throw (an
 * observer that throws is ignored, never allowed to fail a call). No secrets and no URLs are passed.
 */
import type { ProviderId } from '../domain/types.js';

/** One HTTP exchange (one attempt of a logical call). */
export interface UpstreamCallEvent {
  provider: ProviderId;
  operation: string;
  method: string;
  /** The HTTP status as text ('200', '429'), or 'timeout' or 'connection_error' when none came. */
  status: string;
  /** The exchange alone, without the wait for a connection slot. */
  durationSeconds: number;
  attempt: number;
}

export interface UpstreamRetryEvent {
  provider: ProviderId;
  operation: string;
  /** What is retried: the status ('429', '503') or 'connection_error'. */
  reason: string;
  delaySeconds: number;
  /** True when the delay is the provider's Retry-After. */
  retryAfter: boolean;
}

/** An exchange about to be sent (after its connection slot was obtained). */
export interface UpstreamStartEvent {
  provider: ProviderId;
  operation: string;
  method: string;
  attempt: number;
  /** Adds a header to the outgoing request (trace context); the request's own headers are never shown. */
  setHeader(name: string, value: string): void;
}

export interface HttpObserver {
  /**
   * An exchange starts (tracing): the answer, if any, is called once with the same event as
   * onUpstreamCall when the exchange is over.
   */
  onUpstreamStart?(event: UpstreamStartEvent): ((end: UpstreamCallEvent) => void) | void;
  /** Called once by each HttpClient when it is created (readiness and gauges read it later). */
  onClient?(client: ObservedClient): void;
  onUpstreamCall?(event: UpstreamCallEvent): void;
  onRetry?(event: UpstreamRetryEvent): void;
  /** A Retry-After longer than the configured maximum: not waited for, the call fails as RATE_LIMITED. */
  onRetryAfterRefused?(event: { provider: ProviderId; operation: string; retryAfterSeconds: number }): void;
  /** How long an exchange waited for one of the provider's connection slots (HTTP_MAX_CONCURRENCY). */
  onSlotWait?(event: { provider: ProviderId; waitSeconds: number }): void;
  /** The circuit was open: the call was refused without being sent. */
  onCircuitRejected?(event: { provider: ProviderId; operation: string }): void;
  onTokenFetch?(event: { provider: ProviderId; outcome: 'success' | 'failure'; durationSeconds: number }): void;
}

export type TokenState = 'unknown' | 'ok' | 'failed';

/** What an HttpClient tells operations code about itself, without a call upstream. */
export interface ObservedClient {
  readonly provider: ProviderId;
  /** The circuit breaker's state now. */
  circuitState(): 'CLOSED' | 'OPEN' | 'HALF_OPEN';
  /** Whether the last attempt to get a bearer token succeeded ('unknown' before the first one). */
  tokenState(): TokenState;
  /** Exchanges under way and exchanges waiting for a slot. */
  inFlight(): { active: number; waiting: number };
  /** Gets a token (from the cache when it is valid) and updates tokenState; never throws. */
  refreshToken(): Promise<TokenState>;
}

/** Calls one observer callback; an observer that throws never fails the call it observes. */
export function notify<K extends keyof HttpObserver>(observer: HttpObserver | undefined, key: K, event: Parameters<NonNullable<HttpObserver[K]>>[0]): void {
  const callback = observer?.[key] as ((e: typeof event) => void) | undefined;
  if (!callback) return;
  try {
    callback.call(observer, event);
  } catch {
    // Observing must never change what the call does.
  }
}

/** Calls onUpstreamStart; its answer is wrapped so that a throwing observer never fails the call. */
export function beginUpstream(observer: HttpObserver | undefined, event: UpstreamStartEvent): ((end: UpstreamCallEvent) => void) | undefined {
  if (!observer?.onUpstreamStart) return undefined;
  try {
    const end = observer.onUpstreamStart(event);
    if (typeof end !== 'function') return undefined;
    return (e) => {
      try {
        end(e);
      } catch {
        // Observing must never change what the call does.
      }
    };
  } catch {
    return undefined;
  }
}

/** Several observers as one (metrics and traces): each callback goes to every observer that has it. */
export function combineObservers(...observers: (HttpObserver | undefined)[]): HttpObserver | undefined {
  const list = observers.filter((o): o is HttpObserver => o !== undefined);
  if (list.length <= 1) return list[0];
  const keys = ['onClient', 'onUpstreamCall', 'onRetry', 'onRetryAfterRefused', 'onSlotWait', 'onCircuitRejected', 'onTokenFetch'] as const;
  const combined: HttpObserver = {};
  for (const key of keys) {
    const having = list.filter((o) => o[key]);
    if (having.length === 0) continue;
    (combined as Record<string, unknown>)[key] = (event: never) => {
      for (const o of having) notify(o, key, event);
    };
  }
  const starters = list.filter((o) => o.onUpstreamStart);
  if (starters.length > 0) {
    combined.onUpstreamStart = (event) => {
      const ends = starters.map((o) => beginUpstream(o, event)).filter((e) => e !== undefined);
      return ends.length === 0 ? undefined : (end) => ends.forEach((e) => e(end));
    };
  }
  return combined;
}
