import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, errors as undiciErrors } from 'undici';
import type { z } from 'zod';
import { ProviderError, type ProviderErrorCode } from '../domain/errors.js';
import type { ProviderId } from '../domain/types.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { notify, type HttpObserver, type ObservedClient, type TokenState } from './observer.js';
import type { TokenSource } from './token-cache.js';

/**
 * The one HTTP core: an undici keep-alive pool per provider, a per-call timeout, a concurrency cap,
 * retries for idempotent calls only (connection errors, 429, 502, 503, 504; Retry-After honoured;
 * jittered backoff), bodies always consumed, every body parsed with its zod schema, and every failure
 * turned into a ProviderError. Secrets (tokens, client secrets) never reach an error or a log.
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
  /** Consecutive failed calls (5xx, timeouts, connection errors) that open the circuit (default 5). */
  circuitFailureThreshold?: number;
  /** How long an open circuit answers UPSTREAM_UNAVAILABLE at once before it probes again (default 10 000 ms). */
  circuitCoolDownMs?: number;
  /** Metrics and readiness hooks (src/http/observer.ts); none by default. */
  observer?: HttpObserver | undefined;
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
  /** Success statuses answered without a body (e.g. Apaleo's 204 for a page past the end). */
  emptyStatuses?: readonly number[];
  auth?: TokenSource;
}

export interface HttpResponse<T> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed body, or null for a status listed in emptyStatuses or a null schema. */
  data: T | null;
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

class Semaphore {
  active = 0;
  readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    return () => {
      this.active -= 1;
      this.waiting.shift()?.();
    };
  }
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

function codeForStatus(status: number): ProviderErrorCode {
  if (status === 400 || status === 409 || status === 415 || status === 422) return 'BAD_USER_INPUT';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 504) return 'UPSTREAM_TIMEOUT';
  return 'UPSTREAM_ERROR';
}

function truncate(text: string | null | undefined, max = 300): string | null {
  if (text == null) return null;
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export class HttpClient implements ObservedClient {
  readonly provider: ProviderId;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly semaphore: Semaphore;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly describeError: NonNullable<HttpClientOptions['describeError']>;
  /** The provider's circuit breaker; `providers { circuit }` shows its state. */
  readonly circuit: CircuitBreaker;
  private readonly observer: HttpObserver | undefined;
  private tokens: TokenSource | null = null;
  private lastTokenState: TokenState = 'unknown';

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
    this.describeError = options.describeError ?? (() => ({}));
    this.circuit = new CircuitBreaker({ failureThreshold: options.circuitFailureThreshold, coolDownMs: options.circuitCoolDownMs });
    this.observer = options.observer;
    notify(this.observer, 'onClient', this);
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
   * Sends one logical call (with its retries) and returns the parsed body, or throws a ProviderError.
   * An open circuit refuses the call at once with UPSTREAM_UNAVAILABLE.
   */
  async request<S extends z.ZodType | null>(spec: RequestSpec<S>): Promise<HttpResponse<S extends z.ZodType ? z.infer<S> : null>> {
    // The token is a call of its own (with its own permit), so a half-open probe never waits on it.
    if (spec.auth) await this.token(spec.auth);
    const permit = this.circuit.admit();
    if (!permit) {
      notify(this.observer, 'onCircuitRejected', { provider: this.provider, operation: spec.operation });
      throw this.circuitOpenError(spec.operation);
    }
    try {
      const response = await this.attempts(spec);
      permit.success();
      return response;
    } catch (error) {
      if (isHealthFailure(error)) permit.failure();
      else permit.neutral();
      throw error;
    }
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

  private async attempts<S extends z.ZodType | null>(spec: RequestSpec<S>): Promise<HttpResponse<S extends z.ZodType ? z.infer<S> : null>> {
    const idempotent = spec.idempotent ?? (spec.method === 'GET' || spec.method === 'PUT' || spec.method === 'DELETE');
    let authRetried = false;
    for (let attempt = 1; ; attempt += 1) {
      const token = spec.auth ? await spec.auth.get() : null;
      const outcome = await this.send(spec, token, attempt);
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
        const retryable = RETRY_STATUSES.has(status);
        if (retryable && idempotent && attempt < this.maxAttempts) {
          const delay = this.backoff(attempt, retryAfter);
          if (delay !== null) {
            notify(this.observer, 'onRetry', { provider: this.provider, operation: spec.operation, reason: String(status), delaySeconds: delay / 1000, retryAfter: retryAfter != null });
            await sleep(delay);
            continue;
          }
          notify(this.observer, 'onRetryAfterRefused', { provider: this.provider, operation: spec.operation, retryAfterSeconds: retryAfter ?? 0 });
        }
        throw this.statusError(spec, status, text, retryAfter, retryable);
      }
      if (outcome.kind === 'timeout') {
        throw new ProviderError({
          provider: this.provider,
          operation: spec.operation,
          code: 'UPSTREAM_TIMEOUT',
          message: idempotent
            ? `${this.provider} ${spec.operation} timed out after ${this.timeoutMs} ms`
            : `${this.provider} ${spec.operation} timed out after ${this.timeoutMs} ms; the request was sent, so its outcome is unknown`,
          retryable: true,
          outcomeUnknown: !idempotent,
        });
      }
      const code = outcome.code;
      const connectionError = code != null && CONNECTION_ERROR_CODES.has(code);
      const safe = idempotent || (code != null && NOT_SENT_CODES.has(code));
      if (connectionError && safe && attempt < this.maxAttempts) {
        const delay = this.backoff(attempt, null) ?? 0;
        notify(this.observer, 'onRetry', { provider: this.provider, operation: spec.operation, reason: 'connection_error', delaySeconds: delay / 1000, retryAfter: false });
        await sleep(delay);
        continue;
      }
      throw new ProviderError({
        provider: this.provider,
        operation: spec.operation,
        code: 'UPSTREAM_UNAVAILABLE',
        message: `${this.provider} ${spec.operation} could not be reached (${code ?? 'connection error'})${
          safe ? '' : '; the request may have been sent, so its outcome is unknown'
        }`,
        retryable: true,
        outcomeUnknown: !safe,
        cause: outcome.error,
      });
    }
  }

  /** Full-jitter exponential backoff; a Retry-After is honoured, or null when it is too long to wait. */
  private backoff(attempt: number, retryAfterSeconds: number | null): number | null {
    if (retryAfterSeconds != null) {
      const ms = retryAfterSeconds * 1000;
      return ms > this.maxRetryDelayMs ? null : ms + Math.random() * this.retryBaseMs;
    }
    const cap = Math.min(this.maxRetryDelayMs, this.retryBaseMs * 2 ** (attempt - 1));
    return cap / 2 + Math.random() * (cap / 2);
  }

  private async send(
    spec: RequestSpec<z.ZodType | null>,
    token: string | null,
    attempt = 1,
  ): Promise<
    | { kind: 'response'; status: number; headers: Record<string, string | string[] | undefined>; text: string }
    | { kind: 'timeout' }
    | { kind: 'error'; code: string | undefined; error: unknown }
  > {
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
    const queuedAt = performance.now();
    const release = await this.semaphore.acquire();
    const startedAt = performance.now();
    if (this.observer) notify(this.observer, 'onSlotWait', { provider: this.provider, waitSeconds: (startedAt - queuedAt) / 1000 });
    let observed = 'connection_error';
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const response = await this.pool.request({
        method: spec.method,
        path: this.basePath + spec.path + queryString(spec.query),
        headers,
        body,
        signal,
      });
      // Always read the body to the end, so the connection goes back to the pool.
      const text = await response.body.text();
      observed = String(response.statusCode);
      return { kind: 'response', status: response.statusCode, headers: response.headers, text };
    } catch (error) {
      if (signal.aborted || error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) {
        observed = 'timeout';
        return { kind: 'timeout' };
      }
      return { kind: 'error', code: errorCode(error), error };
    } finally {
      release();
      if (this.observer) {
        const durationSeconds = (performance.now() - startedAt) / 1000;
        notify(this.observer, 'onUpstreamCall', { provider: this.provider, operation: spec.operation, method: spec.method, status: observed, durationSeconds, attempt });
      }
    }
  }

  private parseSuccess<S extends z.ZodType | null>(
    spec: RequestSpec<S>,
    status: number,
    headers: Record<string, string | string[] | undefined>,
    text: string,
  ): HttpResponse<S extends z.ZodType ? z.infer<S> : null> {
    type Out = S extends z.ZodType ? z.infer<S> : null;
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
    return { status, headers, data: parsed.data as Out };
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
    const providerMessage = truncate(described.message);
    return new ProviderError({
      provider: this.provider,
      operation: spec.operation,
      code: codeForStatus(status),
      status,
      providerCode: described.code ?? null,
      providerMessage,
      retryable,
      retryAfterSeconds: retryAfter,
      message: `${this.provider} ${spec.operation} failed with HTTP ${status}${providerMessage ? `: ${providerMessage}` : ''}`,
    });
  }
}

/** A failure that says the provider is unhealthy (counts toward opening its circuit). */
function isHealthFailure(error: unknown): boolean {
  if (!(error instanceof ProviderError)) return false;
  if (error.code === 'UPSTREAM_TIMEOUT' || error.code === 'UPSTREAM_UNAVAILABLE') return true;
  return error.status != null && error.status >= 500;
}

export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
