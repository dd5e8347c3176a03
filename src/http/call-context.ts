/**
 * The per-request "upstream call context": one overall deadline, the caller's abort signal and a
 * budget of upstream calls. src/context.ts creates one per GraphQL request and binds the request's
 * providers to it (IdentityProvider.forRequest), so each adapter's HTTP client carries it explicitly
 * into every call (HttpClient.forCall). Outside a request (startup, scripts, unit tests) there is none
 * and only the per-call limits apply. No AsyncLocalStorage: on Node 20 it hooks every promise of the
 * process, and what a request's calls carry is clearer passed by hand (docs/decisions.md: the CPU
 * measured after the change was within noise of before).
 */
import { setMaxListeners } from 'node:events';

export interface UpstreamLimits {
  /** One overall deadline per request, in ms (REQUEST_DEADLINE_MS). */
  deadlineMs: number;
  /** How many upstream calls one request may make (UPSTREAM_CALL_BUDGET). */
  callBudget: number;
}

/** What a request's cancellation can stop (see UpstreamCallContext.watch). */
export interface Cancellable {
  cancel(): void;
}

export const DEFAULT_UPSTREAM_LIMITS: UpstreamLimits = { deadlineMs: 15_000, callBudget: 200 };

/** The promise already started under `key`, or a new one started by `start` and kept there. */
function once<T>(started: Map<string, Promise<unknown>>, key: string, start: () => Promise<T>): Promise<T> {
  const known = started.get(key);
  if (known) return known as Promise<T>;
  const promise = start();
  started.set(key, promise);
  return promise;
}

export class UpstreamCallContext {
  readonly deadlineAt: number;
  /** The caller's signal (the request's), when there is one. */
  private readonly source: AbortSignal | undefined;
  /** A plain AbortSignal of our own for APIs that take one (a slot wait, a backoff), made on first use. */
  private controller: AbortController | undefined;
  private hungUp = false;
  /** Upstream calls started so far (each logical call counts once, its retries do not). */
  used = 0;
  constructor(
    readonly limits: UpstreamLimits,
    signal?: AbortSignal,
    now = Date.now(),
    /** The app's cursor signing key (src/domain/paging.ts CursorScope.key); undefined outside an app. */
    readonly cursorKey?: Buffer,
  ) {
    this.deadlineAt = now + limits.deadlineMs;
    this.source = signal;
    // One listener on the request's signal, whatever the number of calls: it sets `cancelled`, aborts
    // our own signal if one was made, and stops the calls under way (onCancel). The server adapter's
    // signal is a lazy proxy that stops reporting `aborted` once combined with AbortSignal.any(), so
    // nothing below reads it again. An AbortController bridged per request, made eagerly, was 1% of
    // the CPU of a simple query.
    if (signal?.aborted) this.hungUp = true;
    else if (signal) {
      this.onAbort = () => this.cancel();
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  /** The listener on the caller's signal, removed by end(). */
  private onAbort: (() => void) | undefined;

  /**
   * The request is answered: forgets its reads, catalogs and watchers and stops listening to the
   * caller's signal, so what it read from the providers can die young even where something outlives
   * the request by a little (see Context's release in src/context.ts). `used` and the limits stay.
   */
  end(): void {
    if (this.onAbort) this.source?.removeEventListener('abort', this.onAbort);
    this.onAbort = undefined;
    this.forgetReads();
    this.cancelWatchers.clear();
  }

  private cancel(): void {
    this.hungUp = true;
    this.controller?.abort();
    for (const watcher of this.cancelWatchers) {
      if (typeof watcher === 'function') watcher();
      else watcher.cancel();
    }
  }

  /** Aborted when the caller hangs up (or the request is otherwise cancelled); undefined without a caller's signal. */
  get signal(): AbortSignal | undefined {
    if (!this.source) return undefined;
    if (!this.controller) {
      this.controller = new AbortController();
      // Waits of many calls may listen on it at once: no leak warning past ten.
      setMaxListeners(0, this.controller.signal);
      if (this.hungUp) this.controller.abort();
    }
    return this.controller.signal;
  }

  /** What a cancellation of the request aborts: the calls under way (see onCancel). */
  private readonly cancelWatchers = new Set<(() => void) | Cancellable>();

  /**
   * Runs `cancel` when the caller hangs up (at once if it has); answers how to stop watching (the call
   * ended), or undefined when there is nothing to watch.
   */
  onCancel(cancel: () => void): (() => void) | undefined {
    if (!this.source) return undefined;
    if (this.hungUp) {
      cancel();
      return undefined;
    }
    this.cancelWatchers.add(cancel);
    return () => this.cancelWatchers.delete(cancel);
  }

  /**
   * onCancel for an object that stops itself (an upstream call's exchange): no closure to make, to
   * watch or to stop watching per call. Cancels it at once if the caller has hung up; `unwatch` it when
   * it ends.
   */
  watch(it: Cancellable): void {
    if (!this.source) return;
    if (this.hungUp) it.cancel();
    else this.cancelWatchers.add(it);
  }

  unwatch(it: Cancellable): void {
    this.cancelWatchers.delete(it);
  }

  /** Milliseconds left before the request's deadline (0 when it has passed). */
  remainingMs(now = Date.now()): number {
    return Math.max(0, this.deadlineAt - now);
  }

  get cancelled(): boolean {
    return this.hungUp;
  }

  /**
   * Reads (GETs) of this request, by client (one per provider) and then by `path?query` (plus any extra
   * headers): identical reads share one upstream call, the way loaders share a lookup by id (five
   * aliases of one list are one call). Only reads are kept, and any write through this request forgets
   * them all, so a read after a write is sent again. Keyed by the client object first, so the key
   * string is the path the call sends anyway, not a second, longer string built for every call.
   */
  private readonly reads = new Map<object, Map<string, Promise<unknown>>>();

  /** The read already started under `owner` and `key` in this request, or a new one started by `start`. */
  coalesceRead<T>(owner: object, key: string, start: () => Promise<T>): Promise<T> {
    let mine = this.reads.get(owner);
    if (!mine) {
      mine = new Map();
      this.reads.set(owner, mine);
    }
    return once(mine, key, start);
  }

  /** Forgets every read of this request (a write has started or ended), catalogs included. */
  forgetReads(): void {
    this.reads.clear();
    this.catalogs.clear();
  }

  /**
   * Catalogs this request reads whole (every organization, every tenant's members), by name: started
   * at most once per request, by whichever comes first, the look-ahead of a list whose selected
   * fields will need the catalog (issue 15: it starts when the list does, not after it answers) or
   * the field itself.
   */
  private readonly catalogs = new Map<string, Promise<unknown>>();

  catalog<T>(name: string, load: () => Promise<T>): Promise<T> {
    return once(this.catalogs, name, load);
  }

  /** Whether `name` was started in this request (a by-id read can then use the whole catalog instead). */
  hasCatalog(name: string): boolean {
    return this.catalogs.has(name);
  }

  /** Takes one call from the budget; false when the budget is spent (nothing is taken then). */
  take(): boolean {
    if (this.used >= this.limits.callBudget) return false;
    this.used += 1;
    return true;
  }
}

/**
 * The request's catalog `name` (see UpstreamCallContext.catalog); outside a request, a fresh load.
 * `ahead`: a look-ahead that nobody awaits yet, so its failure is left to the field that reads it.
 */
export function requestCatalog<T>(call: UpstreamCallContext | undefined, name: string, load: () => Promise<T>, ahead = false): Promise<T> {
  if (!call) return ahead ? Promise.resolve(undefined as T) : load();
  const started = call.catalog(name, load);
  if (ahead) started.catch(() => {});
  return started;
}
