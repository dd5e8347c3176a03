/**
 * One HTTP exchange on an undici dispatcher, read whole into a string: the handler undici calls as the
 * response arrives (its dispatch API). `Pool.request` wraps each call in an AsyncResource, an abort
 * listener and a Readable stream for the body, then reads that stream back into one buffer; for calls
 * whose answer is always read whole (every provider call is), that machinery was about a fifth of
 * undici's own CPU per call (a loopback GET with a small JSON answer: 36 µs with `request`, 28 µs
 * dispatched here, in one process, 32 × 100 calls at a time).
 *
 * The exchange is also its call's abort: `cancel()` ends it at any point (before it is written, when it
 * is written, or while its answer arrives; the connection is then closed, not reused), and a body over
 * `maxBytes` (declared or counted) ends it with `too-large`.
 */
import { util as undiciUtil, type Dispatcher } from 'undici';

export type ExchangeResult =
  | { kind: 'response'; status: number; headers: Record<string, string | string[] | undefined>; text: string }
  | { kind: 'too-large'; status: number };

/** Why an exchange was ended by its caller: passed to undici as the reason, so it is what `start()` rejects with. */
export class ExchangeCancelled extends Error {
  constructor() {
    super('the call was ended by its caller');
    this.name = 'ExchangeCancelled';
  }
}

export class Exchange implements Dispatcher.DispatchHandler {
  /** Ended by cancel() (the caller's cancellation or the call's timer). */
  cancelled = false;
  /** Ended by the call's own timer (see timeOut), not by the caller. */
  timedOut = false;
  private abortFn: ((reason?: Error) => void) | null = null;
  private resolve: ((result: ExchangeResult) => void) | null = null;
  private reject: ((error: unknown) => void) | null = null;
  private status = 0;
  private headers: Record<string, string | string[] | undefined> = {};
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  /** Sends the request; settles once, with the whole answer, `too-large`, or undici's error (a cancelled exchange rejects with ExchangeCancelled). */
  start(dispatcher: Dispatcher, options: Dispatcher.DispatchOptions): Promise<ExchangeResult> {
    return new Promise<ExchangeResult>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
      dispatcher.dispatch(options, this);
    });
  }

  /** Ends the exchange (idempotent); `start()` rejects with ExchangeCancelled unless it has settled already. */
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    // Not yet written (queued in the pool): onConnect aborts it as soon as it is.
    if (this.resolve) this.abortFn?.(new ExchangeCancelled());
  }

  onConnect(abort: (reason?: Error) => void): void {
    if (this.cancelled) abort(new ExchangeCancelled());
    else this.abortFn = abort;
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[] | string[] | null, _resume: () => void): boolean {
    if (statusCode < 200) return true; // informational: the answer follows
    this.status = statusCode;
    this.headers = undiciUtil.parseHeaders(rawHeaders ?? []) as Record<string, string | string[] | undefined>;
    const declared = Number(this.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.maxBytes) this.endTooLarge();
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (!this.resolve) return true;
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      this.endTooLarge();
      return true;
    }
    this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    const resolve = this.resolve;
    if (!resolve) return;
    const chunks = this.chunks;
    this.settled();
    const text = chunks.length === 0 ? '' : chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, this.size).toString('utf8');
    resolve({ kind: 'response', status: this.status, headers: this.headers, text });
  }

  onError(error: Error): void {
    const reject = this.reject;
    if (!reject) return;
    this.settled();
    reject(error);
  }

  /** A body over the cap: answered as such, and the connection closed (the rest is not read). */
  private endTooLarge(): void {
    const resolve = this.resolve;
    if (!resolve) return;
    this.settled();
    resolve({ kind: 'too-large', status: this.status });
    this.abortFn?.(new ExchangeCancelled());
  }

  private settled(): void {
    this.resolve = null;
    this.reject = null;
    this.chunks = [];
  }
}
