import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, errors as undiciErrors } from 'undici';
import type { z } from 'zod';
import { InputError, ProviderError, UpstreamStatusError, type ProviderErrorCode, type ProviderErrorInit } from '../domain/errors.js';
import type { ProviderId } from '../domain/types.js';
import type { UpstreamCallContext } from './call-context.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { Exchange } from './exchange.js';
import { beginUpstream, notify, type HttpObserver, type ObservedClient, type TokenState } from './observer.js';
import { sanitizeProviderCode, sanitizeProviderMessage } from './sanitize.js';
import type { TokenSource } from './token-cache.js';
import type { UpstreamBudget } from '../shared/upstream-budget.js';

/**
 * The one HTTP core: an undici keep-alive pool per provider, a per-call timeout, a concurrency cap,
 * retries for idempotent calls only (connection errors, 429, 502, 503, 504; Retry-After honoured;
 * jittered backoff), bodies always consumed, every body parsed with its zod schema, and every failure
 * turned into a ProviderError. Secrets (tokens, client secrets) never reach an error or a log.
 *
 * Limits (issue 10): a bounded wait for a concurrency slot (slotWaitMs, then UPSTREAM_UNAVAILABLE,
 * nothing sent); a cap on response bodies (maxBodyBytes, then UPSTREAM_ERROR); and, inside a GraphQL
 * request, its upstream call context (call-context.ts): one overall deadline that also caps waits for
 * a slot, backoffs and Retry-After, the caller's abort signal, and a budget of calls per request.
 *
 * Write outcomes: a write (any method but GET) that may have reached the provider and got no
 * trustworthy answer (timeout or cancellation after sending, a reset after sending, 502 or 504) fails
 * with `outcomeUnknown: true, retryable: false`: the change may have happened, so check first.
 */

export interface HttpClientOptions {
  provider: ProviderId;
  baseUrl: string;
  timeoutMs?: number;
  maxConcurrent?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the call fails as RATE_LIMITED at once. */
  maxRetryDelayMs?: number;
  /** Reads the provider's own error code and message out of an error body. */
  describeError?: (status: number, body: unknown) => { code?: string | null; message?: string | null };
  /** How long a call may wait for a free concurrency slot before it fails as UPSTREAM_UNAVAILABLE (default 2 000 ms). */
  slotWaitMs?: number;
  /** The largest response body read (default 10 MB); a larger one fails as UPSTREAM_ERROR, unread. */
  maxBodyBytes?: number;
  /** Full upstream error bodies are written here at debug level (never to callers); off when omitted. */
  debugLog?: ((message: string) => void) | undefined;
  /** Consecutive failed calls (5xx, timeouts, connection errors) that open the circuit (default 5). */
  circuitFailureThreshold?: number;
  /** How long an open circuit answers UPSTREAM_UNAVAILABLE at once before it probes again (default 10 000 ms). */
  circuitCoolDownMs?: number;
  /** Metrics and readiness hooks (src/http/observer.ts); none by default. */
  observer?: HttpObserver | undefined;
  /** Issue 16: the provider's upstream budget shared by all replicas (src/shared/); unlimited when it answers undefined. */
  upstreamBudget?: ((provider: ProviderId) => UpstreamBudget | undefined) | undefined;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

export interface RequestSpec<S extends z.ZodType | null> {
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  contentType?: string;
  /** Defaults to true for GET, PUT and DELETE. Only idempotent calls are retried. */
  idempotent?: boolean;
  /** The schema of a success body; null when success has no body. */
  schema: S;
  /** Success statuses answered without a body (e.g. a 204 for a page past the end); `data` may then be null. */
  emptyStatuses?: readonly number[];
  auth?: TokenSource;
}

/** A call whose success always has a body: `data` is the parsed body. */
export type BodySpec<S extends z.ZodType> = RequestSpec<S> & { emptyStatuses?: undefined };
/** A call whose success may have no body (a status in emptyStatuses): `data` is the parsed body or null. */
export type MaybeEmptySpec<S extends z.ZodType> = RequestSpec<S> & { emptyStatuses: readonly number[] };

export interface HttpResponse<T> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed body (typed by the call: null only for a null schema or a status in emptyStatuses). */
  data: T;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const CONNECTION_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/** Errors that prove the request never left: safe to retry even for a write. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** At most `limit` calls at once per provider; a released slot goes to the longest waiter first. */
export class Semaphore {
  active = 0;
  /** Waiters in arrival order, each with the time (performance.now()) it gives up. */
  readonly waiting: SlotWaiter[] = [];
  /**
   * One timer for all the waits, set for the earliest deadline (a timer per wait was the largest
   * allocation of a call that waits, with 100 calls a request and 16 slots). Waits served in time
   * leave it set; when it fires it ends the waits past their deadline and is set again for the rest.
   */
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;
  constructor(private readonly limit: number) {}
  /** A release function, or null when no slot came free within `waitMs` (or the request was cancelled). */
  acquire(waitMs: number, call?: UpstreamCallContext): (() => void) | Promise<(() => void) | null> {
    // A free slot is taken at once, without a promise (the common case).
    return this.active < this.limit ? this.take() : this.wait(waitMs, call);
  }

  private wait(waitMs: number, call?: UpstreamCallContext): Promise<(() => void) | null> {
    if (waitMs <= 0 || call?.cancelled) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter: SlotWaiter = { resolve, deadline: performance.now() + waitMs, stopWatching: undefined, done: false };
      this.waiting.push(waiter);
      // The caller hanging up gives up the wait (one watcher in the request's set, no signal listener).
      waiter.stopWatching = call?.onCancel(() => this.giveUp(waiter));
      if (!waiter.done) this.armFor(waiter.deadline);
    });
  }

  private giveUp(waiter: SlotWaiter): void {
    if (waiter.done) return;
    const at = this.waiting.indexOf(waiter);
    if (at >= 0) this.waiting.splice(at, 1);
    this.settle(waiter, null);
    this.disarmIfIdle();
  }

  private settle(waiter: SlotWaiter, release: (() => void) | null): void {
    waiter.done = true;
    waiter.stopWatching?.();
    waiter.resolve(release);
  }

  private armFor(deadline: number): void {
    if (deadline >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = deadline;
    this.timer = setTimeout(() => this.expire(), Math.max(1, Math.ceil(deadline - performance.now())));
  }

  /** Ends the waits past their deadline, then sets the timer for the earliest of the others. */
  private expire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    let kept = 0;
    for (const waiter of this.waiting) {
      if (waiter.deadline <= now) this.settle(waiter, null);
      else {
        this.waiting[kept++] = waiter;
        if (waiter.deadline < next) next = waiter.deadline;
      }
    }
    this.waiting.length = kept;
    if (kept > 0) this.armFor(next);
  }

  private take(): () => void {
    this.active += 1;
    return this.releaser();
  }

  /** Releases a slot once: to the first waiter if any (so no newcomer takes it in between), else back. */
  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // Handed over: the slot stays counted in `active`.
      if (next) this.settle(next, this.releaser());
      else this.active -= 1;
      this.disarmIfIdle();
    };
  }

  /** No one waits: the timer goes, so that it holds nothing (nor the process) until it would fire. */
  private disarmIfIdle(): void {
    if (this.waiting.length > 0 || !this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }
}

interface SlotWaiter {
  resolve: (release: (() => void) | null) => void;
  deadline: number;
  stopWatching: (() => void) | undefined;
  done: boolean;
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function parseRetryAfter(value: string | string[] | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw == null || raw.trim() === '') return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(raw);
  if (Number.isNaN(date)) return null;
  return Math.max(0, (date - Date.now()) / 1000);
}

type SendOutcome =
  | { kind: 'response'; status: number; headers: Record<string, string | string[] | undefined>; text: string }
  | { kind: 'timeout' }
  | { kind: 'deadline' }
  | { kind: 'cancelled' }
  | { kind: 'no-slot' }
  | { kind: 'too-large'; status: number }
  | { kind: 'error'; code: string | undefined; error: unknown };

/** A call's timer ran out (passed to setTimeout with its exchange, so no closure per call). */
function timeOut(exchange: Exchange): void {
  exchange.timedOut = true;
  exchange.cancel();
}

/** Statuses after which a write may have been carried out by the provider (a gateway lost the answer). */
const WRITE_UNKNOWN_STATUSES = new Set([502, 504]);

/** What a provider's client sends its calls through: an HttpClient, or its view for one request (HttpClient.forCall). */
export interface Upstream {
  request<S extends z.ZodType>(spec: BodySpec<S>): Promise<HttpResponse<z.infer<S>>>;
  request<S extends z.ZodType>(spec: MaybeEmptySpec<S>): Promise<HttpResponse<z.infer<S> | null>>;
  request(spec: RequestSpec<null>): Promise<HttpResponse<null>>;
}

export class HttpClient implements ObservedClient, Upstream {
  readonly provider: ProviderId;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly semaphore: Semaphore;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly slotWaitMs: number;
  private readonly maxBodyBytes: number;
  private readonly debugLog: ((message: string) => void) | undefined;
  private readonly describeError: NonNullable<HttpClientOptions['describeError']>;
  /** The provider's circuit breaker; `providers { circuit }` shows its state. */
  readonly circuit: CircuitBreaker;
  /** Failures that say nothing about the provider's health (no free slot, cancelled, request deadline). */
  private readonly neutral = new WeakSet<ProviderError>();
  private readonly observer: HttpObserver | undefined;
  private tokens: TokenSource | null = null;
  private lastTokenState: TokenState = 'unknown';
  /** Issue 16: the shared per-provider token bucket (one token per attempt sent), if any. */
  private readonly budget: UpstreamBudget | undefined;

  constructor(options: HttpClientOptions) {
    const url = new URL(options.baseUrl);
    const maxConcurrent = options.maxConcurrent ?? 16;
    this.provider = options.provider;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.pool = new Pool(url.origin, { connections: maxConcurrent, keepAliveTimeout: 30_000, pipelining: 1 });
    this.semaphore = new Semaphore(maxConcurrent);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.retryBaseMs = options.retryBaseMs ?? 100;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5_000;
    this.slotWaitMs = options.slotWaitMs ?? 2_000;
    this.maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
    this.debugLog = options.debugLog;
    this.describeError = options.describeError ?? (() => ({}));
    this.circuit = new CircuitBreaker({ failureThreshold: options.circuitFailureThreshold, coolDownMs: options.circuitCoolDownMs });
    this.observer = options.observer;
    notify(this.observer, 'onClient', this);
    this.budget = options.upstreamBudget?.(options.provider);
  }

  // --- ObservedClient (src/http/observer.ts): readiness and gauges, never a call upstream ---

  /** The provider's token source, so readiness can warm it up before the first call (adapters call this). */
  bindTokens(source: TokenSource): void {
    if (this.tokens === source) return;
    this.tokens = source;
    source.observeFetches?.((outcome, durationSeconds) => notify(this.observer, 'onTokenFetch', { provider: this.provider, outcome, durationSeconds }));
  }

  circuitState() {
    return this.circuit.snapshot().state;
  }

  tokenState(): TokenState {
    return this.tokens ? this.lastTokenState : 'ok';
  }

  inFlight() {
    return { active: this.semaphore.active, waiting: this.semaphore.waiting.length };
  }

  async refreshToken(): Promise<TokenState> {
    if (!this.tokens) return 'ok';
    await this.token(this.tokens).catch(() => undefined);
    return this.lastTokenState;
  }

  /** Whether `source` has a valid token now (then the health state says so too). */
  private tokenAtHand(source: TokenSource): boolean {
    if (this.tokens !== source || !source.peek?.()) return false;
    this.lastTokenState = 'ok';
    return true;
  }

  private async token(source: TokenSource): Promise<string> {
    if (this.tokens !== source) this.bindTokens(source);
    try {
      const token = await source.get();
      this.lastTokenState = 'ok';
      return token;
    } catch (error) {
      this.lastTokenState = 'failed';
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /**
   * This client as one request sees it: every call carries `call` (its deadline, cancellation, budget
   * and coalesced reads). A provider binds its client so for each request (IdentityProvider.forRequest);
   * without a request (startup, token fetches, scripts) the client itself is the Upstream.
   */
  forCall(call: UpstreamCallContext | undefined): Upstream {
    if (!call) return this;
    return { request: (spec: RequestSpec<z.ZodType | null>) => this.request(spec as RequestSpec<null>, call) } as Upstream;
  }

  /**
   * Sends one logical call (with its retries) and returns the parsed body, or throws a ProviderError.
   * An open circuit refuses the call at once with UPSTREAM_UNAVAILABLE; so do a cancelled request, a
   * request past its deadline and a request whose call budget is spent (nothing is sent then).
   */
  request<S extends z.ZodType>(spec: BodySpec<S>, call?: UpstreamCallContext): Promise<HttpResponse<z.infer<S>>>;
  request<S extends z.ZodType>(spec: MaybeEmptySpec<S>, call?: UpstreamCallContext): Promise<HttpResponse<z.infer<S> | null>>;
  request(spec: RequestSpec<null>, call?: UpstreamCallContext): Promise<HttpResponse<null>>;
  async request(spec: RequestSpec<z.ZodType | null>, call?: UpstreamCallContext): Promise<HttpResponse<unknown>> {
    // The path and query string, built (and its limits checked) once per logical call, before anything
    // is taken from the request's budget: the coalescing key and every attempt use it.
    const path = spec.path + queryString(spec.query);
    if (!call) return this.requestOnce(spec, path, call);
    if (spec.method === 'GET') {
      // Identical reads within one request share one call (see UpstreamCallContext.coalesceRead).
      return call.coalesceRead(this, spec.headers ? `${path} ${headersKey(spec.headers)}` : path, () => this.requestOnce(spec, path, call));
    }
    call.forgetReads();
    try {
      return await this.requestOnce(spec, path, call);
    } finally {
      call.forgetReads();
    }
  }

  private async requestOnce(spec: RequestSpec<z.ZodType | null>, path: string, call: UpstreamCallContext | undefined): Promise<HttpResponse<unknown>> {
    if (call) this.admitCall(call, spec.operation);
    // The token is a call of its own (with its own permit), so a half-open probe never waits on it.
    // It is shared by every request, so it is fetched outside this one's context, but this request
    // waits for it only until its own deadline or cancellation.
    // A token already at hand needs no wait (and no timer or listener to race it).
    if (spec.auth && !this.tokenAtHand(spec.auth)) await (call ? this.untilDeadline(this.token(spec.auth), call, spec.operation) : this.token(spec.auth));
    const permit = this.circuit.admit();
    if (!permit) {
      notify(this.observer, 'onCircuitRejected', { provider: this.provider, operation: spec.operation });
      throw this.circuitOpenError(spec.operation);
    }
    try {
      const response = await this.attempts(spec, path, call);
      permit.success();
      return response;
    } catch (error) {
      if (isHealthFailure(error) && !this.neutral.has(error as ProviderError)) permit.failure();
      else permit.neutral();
      throw error;
    }
  }

  /** Waits for `work` until the request's deadline or cancellation, whichever comes first. */
  private async untilDeadline<T>(work: Promise<T>, call: UpstreamCallContext, operation: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    let stopWatching: (() => void) | undefined;
    const stop = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(this.notSentError(operation, 'UPSTREAM_TIMEOUT', `the request's deadline of ${call.limits.deadlineMs} ms passed while waiting for a token`)),
        call.remainingMs(),
      );
      stopWatching = call.onCancel(() => reject(this.notSentError(operation, 'UPSTREAM_UNAVAILABLE', 'the request was cancelled by the caller')));
    });
    try {
      return await Promise.race([work, stop]);
    } finally {
      clearTimeout(timer);
      stopWatching?.();
    }
  }

  /** The request-level gate: cancelled, past the deadline, or out of budget → fail before sending. */
  private admitCall(call: UpstreamCallContext, operation: string): void {
    if (call.cancelled) throw this.notSentError(operation, 'UPSTREAM_UNAVAILABLE', 'the request was cancelled by the caller');
    if (call.remainingMs() <= 0) {
      throw this.notSentError(operation, 'UPSTREAM_TIMEOUT', `the request's deadline of ${call.limits.deadlineMs} ms has passed`);
    }
    if (!call.take()) {
      throw new ProviderError({
        provider: this.provider,
        operation,
        code: 'UPSTREAM_BUDGET_EXCEEDED',
        message: `this request has used its budget of ${call.limits.callBudget} upstream calls; ${this.provider} ${operation} was not sent. Ask for fewer items or split the request`,
        retryable: false,
      });
    }
  }

  /** A write that may have reached the provider failed: its outcome is unknown, and it is not retryable. */
  private outcomeUnknown(operation: string, message: string, code: ProviderErrorCode, extra: Partial<ProviderErrorInit> = {}): ProviderError {
    return new ProviderError({
      provider: this.provider,
      operation,
      code,
      message: `${message}; the request may have reached ${this.provider}, so its outcome is unknown: check before repeating it`,
      retryable: false,
      outcomeUnknown: true,
      ...extra,
    });
  }

  private notSentError(operation: string, code: ProviderErrorCode, why: string): ProviderError {
    return new ProviderError({
      provider: this.provider,
      operation,
      code,
      message: `${this.provider} ${operation} was not sent: ${why}`,
      retryable: true,
    });
  }

  private circuitOpenError(operation: string): ProviderError {
    const { failures, retryAt } = this.circuit.snapshot();
    const wait = retryAt == null ? 0 : Math.max(0, Math.ceil((retryAt - Date.now()) / 1000));
    return new ProviderError({
      provider: this.provider,
      operation,
      code: 'UPSTREAM_UNAVAILABLE',
      message: `${this.provider} is unavailable: its circuit is open after ${failures} consecutive failures; nothing was sent (next probe in ${wait} s)`,
      retryable: true,
      retryAfterSeconds: wait,
    });
  }

  private async attempts(spec: RequestSpec<z.ZodType | null>, path: string, call: UpstreamCallContext | undefined): Promise<HttpResponse<unknown>> {
    const idempotent = spec.idempotent ?? (spec.method === 'GET' || spec.method === 'PUT' || spec.method === 'DELETE');
    const write = spec.method !== 'GET';
    /** Whether an earlier attempt of this write may have reached the provider. */
    let maybeApplied = false;
    let authRetried = false;
    for (let attempt = 1; ; attempt += 1) {
      const token = spec.auth ? (spec.auth.peek?.() ?? (await spec.auth.get())) : null;
      if (this.budget) {
        try {
          await this.throttle(spec.operation, call);
        } catch (error) {
          // A retry of a write that may already have happened: its outcome stays unknown.
          if (maybeApplied && error instanceof ProviderError)
            throw this.neutralError(this.outcomeUnknown(spec.operation, error.message, error.code, { retryAfterSeconds: error.retryAfterSeconds }));
          throw error;
        }
      }
      const outcome = await this.send(spec, path, token, call, attempt);
      if (outcome.kind === 'response') {
        const { status, headers, text } = outcome;
        if (status === 401 && spec.auth && token && !authRetried) {
          // The token expired or was revoked upstream: fetch a new one once. A 401 was not processed.
          spec.auth.invalidate(token);
          authRetried = true;
          attempt -= 1;
          continue;
        }
        if (status >= 200 && status < 300) return this.parseSuccess(spec, status, headers, text);
        const retryAfter = parseRetryAfter(headers['retry-after']);
        if (status === 429 && this.budget) await this.budget.penalize(retryAfter == null ? null : retryAfter * 1000);
        const retryable = RETRY_STATUSES.has(status);
        if (write && WRITE_UNKNOWN_STATUSES.has(status)) maybeApplied = true;
        if (retryable && idempotent && attempt < this.maxAttempts) {
          const delay = this.backoff(attempt, retryAfter, call);
          if (delay !== null) {
            notify(this.observer, 'onRetry', {
              provider: this.provider,
              operation: spec.operation,
              reason: String(status),
              delaySeconds: delay / 1000,
              retryAfter: retryAfter != null,
            });
            if (!(await this.pause(delay, call))) break;
            continue;
          }
          notify(this.observer, 'onRetryAfterRefused', { provider: this.provider, operation: spec.operation, retryAfterSeconds: retryAfter ?? 0 });
        }
        const error = this.statusError(spec, status, text, retryAfter, retryable);
        if (maybeApplied) {
          // A 4xx after an earlier attempt may have applied the write (say a 404 for a DELETE) is no
          // proof of anything: the status is left out so no adapter turns it into NOT_FOUND.
          throw this.outcomeUnknown(spec.operation, error.message, error.code, {
            status: status >= 500 ? status : null,
            providerCode: error.providerCode,
            providerMessage: error.providerMessage,
            retryAfterSeconds: retryAfter,
          });
        }
        throw error;
      }
      if (outcome.kind === 'no-slot') {
        throw this.neutralError(
          maybeApplied
            ? this.outcomeUnknown(spec.operation, `${this.provider} ${spec.operation} found no free connection slot for its retry`, 'UPSTREAM_UNAVAILABLE')
            : this.notSentError(
                spec.operation,
                'UPSTREAM_UNAVAILABLE',
                `no free connection slot within ${this.slotWaitMs} ms (${this.provider} is slow or busy)`,
              ),
        );
      }
      if (outcome.kind === 'too-large') {
        const message = `${this.provider} ${spec.operation} answered HTTP ${outcome.status} with a body larger than ${this.maxBodyBytes} bytes; it was not read`;
        if (write) throw this.outcomeUnknown(spec.operation, message, 'UPSTREAM_ERROR', { status: outcome.status });
        throw new ProviderError({ provider: this.provider, operation: spec.operation, code: 'UPSTREAM_ERROR', status: outcome.status, message });
      }
      if (outcome.kind === 'timeout' || outcome.kind === 'deadline' || outcome.kind === 'cancelled') {
        const code: ProviderErrorCode = outcome.kind === 'cancelled' ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_TIMEOUT';
        const what =
          outcome.kind === 'timeout'
            ? `${this.provider} ${spec.operation} timed out after ${this.timeoutMs} ms`
            : outcome.kind === 'deadline'
              ? `${this.provider} ${spec.operation} was stopped at the request's deadline of ${call?.limits.deadlineMs ?? '?'} ms`
              : `${this.provider} ${spec.operation} was stopped because the caller cancelled the request`;
        const error = write
          ? this.outcomeUnknown(spec.operation, what, code)
          : new ProviderError({ provider: this.provider, operation: spec.operation, code, message: what, retryable: true });
        // A call cut short by the caller or the request's deadline says nothing about the provider's health.
        throw outcome.kind === 'timeout' ? error : this.neutralError(error);
      }
      const code = outcome.code;
      const connectionError = code != null && CONNECTION_ERROR_CODES.has(code);
      const notSent = code != null && NOT_SENT_CODES.has(code);
      if (write && !notSent) maybeApplied = true;
      const safe = idempotent || notSent;
      if (connectionError && safe && attempt < this.maxAttempts) {
        const delay = this.backoff(attempt, null, call) ?? 0;
        notify(this.observer, 'onRetry', {
          provider: this.provider,
          operation: spec.operation,
          reason: 'connection_error',
          delaySeconds: delay / 1000,
          retryAfter: false,
        });
        if (await this.pause(delay, call)) continue;
      }
      const what = `${this.provider} ${spec.operation} could not be reached (${code ?? 'connection error'})`;
      if (maybeApplied) throw this.outcomeUnknown(spec.operation, what, 'UPSTREAM_UNAVAILABLE', { cause: outcome.error });
      throw new ProviderError({
        provider: this.provider,
        operation: spec.operation,
        code: 'UPSTREAM_UNAVAILABLE',
        message: what,
        retryable: true,
        cause: outcome.error,
      });
    }
    // A backoff was cut short by the deadline or a cancellation.
    const cancelled = call?.cancelled === true;
    const why = cancelled ? 'the caller cancelled the request' : `the request's deadline of ${call?.limits.deadlineMs ?? '?'} ms passed`;
    const message = `${this.provider} ${spec.operation} was not retried: ${why}`;
    const code: ProviderErrorCode = cancelled ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_TIMEOUT';
    throw this.neutralError(
      maybeApplied
        ? this.outcomeUnknown(spec.operation, message, code)
        : new ProviderError({ provider: this.provider, operation: spec.operation, code, message, retryable: true }),
    );
  }

  // ---- Issue 16: the shared upstream budget ---------------------------------------------------------

  /**
   * Takes a token from the provider's shared budget before an attempt is sent, waiting for it when it
   * comes before the request's deadline (outside a request: within maxRetryDelayMs). A token that
   * would come later fails the call at once as RATE_LIMITED, with the wait in retryAfterSeconds.
   */
  private async throttle(operation: string, call: UpstreamCallContext | undefined): Promise<void> {
    const budget = this.budget!;
    const maxWaitMs = call ? call.remainingMs() - 1 : this.maxRetryDelayMs;
    const { granted, waitMs } = await budget.reserve(Math.max(0, maxWaitMs));
    if (!granted) {
      throw this.neutralError(
        new ProviderError({
          provider: this.provider,
          operation,
          code: 'RATE_LIMITED',
          message: `${this.provider} ${operation} was not sent: idgraph's shared budget for ${this.provider} (${budget.limit.ratePerSecond}/s, burst ${budget.limit.burst}) has no call free for ${waitMs} ms${call ? ", past this request's deadline" : ''}; retry after that`,
          retryable: true,
          retryAfterSeconds: Math.ceil(waitMs) / 1000,
        }),
      );
    }
    if (waitMs > 0 && !(await this.pause(waitMs, call))) {
      const cancelled = call?.cancelled === true;
      throw this.neutralError(
        this.notSentError(
          operation,
          cancelled ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_TIMEOUT',
          cancelled
            ? 'the request was cancelled by the caller'
            : `the request's deadline of ${call?.limits.deadlineMs ?? '?'} ms passed while waiting for the shared budget`,
        ),
      );
    }
  }

  // ---- end of issue 16 ------------------------------------------------------------------------------

  private neutralError(error: ProviderError): ProviderError {
    this.neutral.add(error);
    return error;
  }

  /** Waits `ms` unless the request is cancelled or its deadline comes first; false then. */
  private async pause(ms: number, call: UpstreamCallContext | undefined): Promise<boolean> {
    if (!call) {
      await sleep(ms);
      return true;
    }
    if (call.cancelled || ms >= call.remainingMs()) return false;
    try {
      await sleep(ms, undefined, call.signal ? { signal: call.signal } : undefined);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Full-jitter exponential backoff; a Retry-After is honoured, or null when it is too long to wait
   * (longer than maxRetryDelayMs, or past the request's deadline).
   */
  private backoff(attempt: number, retryAfterSeconds: number | null, call?: UpstreamCallContext): number | null {
    if (retryAfterSeconds != null) {
      const ms = retryAfterSeconds * 1000;
      if (ms > this.maxRetryDelayMs) return null;
      if (call && ms >= call.remainingMs()) return null;
      return ms + Math.random() * this.retryBaseMs;
    }
    const cap = Math.min(this.maxRetryDelayMs, this.retryBaseMs * 2 ** (attempt - 1));
    return cap / 2 + Math.random() * (cap / 2);
  }

  private async send(
    spec: RequestSpec<z.ZodType | null>,
    specPath: string,
    token: string | null,
    call: UpstreamCallContext | undefined,
    attempt = 1,
  ): Promise<SendOutcome> {
    const headers: Record<string, string> = { accept: 'application/json', ...spec.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (spec.json !== undefined) {
      body = JSON.stringify(spec.json);
      headers['content-type'] = spec.contentType ?? 'application/json';
    } else if (spec.form) {
      body = new URLSearchParams(spec.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const path = this.basePath + specPath;
    if (call?.cancelled) return { kind: 'cancelled' };
    const remaining = call ? call.remainingMs() : Infinity;
    if (remaining <= 0) return { kind: 'deadline' };
    const queuedAt = performance.now();
    const slot = this.semaphore.acquire(Math.min(this.slotWaitMs, remaining), call);
    const release = typeof slot === 'function' ? slot : await slot;
    const startedAt = performance.now();
    if (this.observer) notify(this.observer, 'onSlotWait', { provider: this.provider, waitSeconds: (startedAt - queuedAt) / 1000 });
    if (!release) {
      if (call?.cancelled) return { kind: 'cancelled' };
      if (call && call.remainingMs() <= 0) return { kind: 'deadline' };
      return { kind: 'no-slot' };
    }
    // The per-call timeout, cut short by the request's deadline; the caller's signal aborts too.
    const left = call ? call.remainingMs() : Infinity;
    const byDeadline = left < this.timeoutMs;
    // One exchange per call (./exchange.ts), which is also its abort: its timer is cleared and its watch
    // on the request ended when the call ends (an AbortSignal.timeout lives, with what it holds, until it
    // fires; AbortSignal.any keeps more).
    const exchange = new Exchange(this.maxBodyBytes);
    const timer = setTimeout(timeOut, Math.max(1, Math.min(this.timeoutMs, left)), exchange);
    call?.watch(exchange);
    let observed = 'connection_error';
    // Tracing (src/ops/tracing.ts): a span per exchange, and traceparent upstream when configured.
    const traced =
      this.observer?.onUpstreamStart &&
      beginUpstream(this.observer, {
        provider: this.provider,
        operation: spec.operation,
        method: spec.method,
        attempt,
        setHeader: (name, value) => void (headers[name] = value),
      });
    try {
      if (exchange.cancelled) return call?.cancelled ? { kind: 'cancelled' } : { kind: 'deadline' };
      // Read whole, up to maxBodyBytes (declared or counted); a body over it closes the connection.
      const result = await exchange.start(this.pool, { method: spec.method, path, headers, body });
      observed = String(result.status);
      return result;
    } catch (error) {
      if (call?.cancelled) return { kind: 'cancelled' };
      const timedOut = exchange.timedOut;
      if (timedOut || error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) observed = 'timeout';
      if (timedOut) return byDeadline ? { kind: 'deadline' } : { kind: 'timeout' };
      if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) return { kind: 'timeout' };
      return { kind: 'error', code: errorCode(error), error };
    } finally {
      clearTimeout(timer);
      call?.unwatch(exchange);
      release();
      if (this.observer) {
        const durationSeconds = (performance.now() - startedAt) / 1000;
        const event = { provider: this.provider, operation: spec.operation, method: spec.method, status: observed, durationSeconds, attempt };
        notify(this.observer, 'onUpstreamCall', event);
        traced?.(event);
      }
    }
  }

  private parseSuccess(
    spec: RequestSpec<z.ZodType | null>,
    status: number,
    headers: Record<string, string | string[] | undefined>,
    text: string,
  ): HttpResponse<unknown> {
    if (spec.schema === null || spec.emptyStatuses?.includes(status)) return { status, headers, data: null };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ProviderError({
        provider: this.provider,
        operation: spec.operation,
        code: 'UPSTREAM_ERROR',
        status,
        message: `${this.provider} ${spec.operation} answered HTTP ${status} with a body that is not JSON`,
      });
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown';
      throw new ProviderError({
        provider: this.provider,
        operation: spec.operation,
        code: 'UPSTREAM_ERROR',
        status,
        message: `${this.provider} ${spec.operation} answered a body that does not match its documented schema (${where})`,
      });
    }
    return { status, headers, data: parsed.data };
  }

  private statusError(spec: RequestSpec<z.ZodType | null>, status: number, text: string, retryAfter: number | null, retryable: boolean): ProviderError {
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    let described: { code?: string | null; message?: string | null } = {};
    try {
      described = this.describeError(status, body);
    } catch {
      described = {};
    }
    // The full body goes to the server log at debug only; callers get the code and a bounded, sanitized message.
    this.debugLog?.(`${this.provider} ${spec.operation} HTTP ${status} body: ${text.slice(0, 64 * 1024)}`);
    const providerMessage = sanitizeProviderMessage(described.message);
    const init = {
      provider: this.provider,
      operation: spec.operation,
      status,
      providerCode: sanitizeProviderCode(described.code),
      providerMessage,
      retryable,
      retryAfterSeconds: retryAfter,
      message: `${this.provider} ${spec.operation} failed with HTTP ${status}${providerMessage ? `: ${providerMessage}` : ''}`,
    };
    // One typed error per status family, the same for every provider (UpstreamNotFound, UpstreamForbidden, …).
    // Without a stack trace: it would show only this client's frames (the provider, operation and status
    // are in the error), and capturing it cost ~10 µs per error, where a 404 is an everyday answer
    // (`person` looks an email up in providers that answer 404 when no user has it).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return UpstreamStatusError.generate(init);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** Extra request headers as part of a read's coalescing key; adapters pass constant objects, so each is written once. */
const headerKeys = new WeakMap<Record<string, string>, string>();
function headersKey(headers: Record<string, string>): string {
  let key = headerKeys.get(headers);
  if (key === undefined) {
    key = JSON.stringify(headers);
    headerKeys.set(headers, key);
  }
  return key;
}

/** A failure that says the provider is unhealthy (counts toward opening its circuit). */
function isHealthFailure(error: unknown): boolean {
  if (!(error instanceof ProviderError)) return false;
  if (error.code === 'UPSTREAM_TIMEOUT' || error.code === 'UPSTREAM_UNAVAILABLE') return true;
  return error.status != null && error.status >= 500;
}

/** Caps on what one call sends upstream in its query string (BAD_USER_INPUT beyond, nothing sent). */
export const QUERY_LIMITS = { maxListItems: 100, maxValueLength: 256, maxQueryLength: 8_192 };

export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  const check = (key: string, value: string) => {
    if (value.length > QUERY_LIMITS.maxValueLength) throw new InputError(key, `a value is longer than ${QUERY_LIMITS.maxValueLength} characters`);
    return value;
  };
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > QUERY_LIMITS.maxListItems) throw new InputError(key, `at most ${QUERY_LIMITS.maxListItems} values (got ${value.length})`);
      for (const item of value) params.append(key, check(key, String(item)));
    } else params.append(key, check(key, String(value)));
  }
  const text = params.toString();
  if (text.length > QUERY_LIMITS.maxQueryLength)
    throw new InputError('filter', `the values together are too long to send upstream (more than ${QUERY_LIMITS.maxQueryLength} characters)`);
  return text ? `?${text}` : '';
}
