/**
 * A circuit breaker per provider, used by HttpClient. CLOSED lets calls through and counts consecutive
 * failed calls (5xx, timeouts, connection errors; never 4xx, 429 or a bad body). At `failureThreshold`
 * it OPENs: calls fail at once with UPSTREAM_UNAVAILABLE instead of waiting for timeouts. After
 * `coolDownMs` it is HALF_OPEN: exactly one probe call goes through; success closes it, failure opens
 * it again for another cool-down.
 */
export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit (default 5). */
  failureThreshold?: number;
  /** How long an open circuit refuses calls before one probe (default 10 000 ms). */
  coolDownMs?: number;
  now?: () => number;
}

export interface CircuitSnapshot {
  state: CircuitState;
  /** Consecutive failed calls so far. */
  failures: number;
  /** When the circuit last opened (epoch ms); null when closed. */
  openedAt: number | null;
  /** When an open circuit lets the next probe through (epoch ms); null unless open. */
  retryAt: number | null;
}

/** A permit to call upstream: report how the call went exactly once. */
export interface CircuitPermit {
  success(): void;
  failure(): void;
  /** The call ended without telling anything about the provider's health (4xx, 429, bad body). */
  neutral(): void;
}

export class CircuitBreaker {
  private state: CircuitState = 'CLOSED';
  private failures = 0;
  private openedAt: number | null = null;
  private probing = false;
  readonly failureThreshold: number;
  readonly coolDownMs: number;
  private readonly now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.failureThreshold = Math.max(1, options.failureThreshold ?? 5);
    this.coolDownMs = Math.max(0, options.coolDownMs ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  snapshot(): CircuitSnapshot {
    this.refresh();
    return {
      state: this.state,
      failures: this.failures,
      openedAt: this.openedAt,
      retryAt: this.state === 'OPEN' && this.openedAt != null ? this.openedAt + this.coolDownMs : null,
    };
  }

  /** A permit when a call may go upstream now; null when the circuit refuses it. */
  admit(): CircuitPermit | null {
    this.refresh();
    if (this.state === 'OPEN') return null;
    if (this.state === 'HALF_OPEN') {
      if (this.probing) return null;
      this.probing = true;
      return this.permit(true);
    }
    return this.permit(false);
  }

  private refresh(): void {
    if (this.state === 'OPEN' && this.openedAt != null && this.now() - this.openedAt >= this.coolDownMs) {
      this.state = 'HALF_OPEN';
      this.probing = false;
    }
  }

  private permit(probe: boolean): CircuitPermit {
    return new Permit(this, probe);
  }

  /** How a permitted call went (Permit calls it once). */
  settle(probe: boolean, outcome: 'success' | 'failure' | 'neutral'): void {
    if (probe) this.probing = false;
    if (outcome === 'success') {
      this.state = 'CLOSED';
      this.failures = 0;
      this.openedAt = null;
    } else if (outcome === 'failure') {
      this.failures += 1;
      if (probe || (this.state === 'CLOSED' && this.failures >= this.failureThreshold)) {
        this.state = 'OPEN';
        this.openedAt = this.now();
      }
    } else if (probe && this.state === 'HALF_OPEN') {
      // A 4xx answer proves the provider is up again.
      this.state = 'CLOSED';
      this.failures = 0;
      this.openedAt = null;
    }
  }
}

/** One object per call (its methods on the prototype), not four closures: a permit is taken for every upstream call. */
class Permit implements CircuitPermit {
  private done = false;
  constructor(
    private readonly circuit: CircuitBreaker,
    private readonly probe: boolean,
  ) {}
  private settle(outcome: 'success' | 'failure' | 'neutral'): void {
    if (this.done) return;
    this.done = true;
    this.circuit.settle(this.probe, outcome);
  }
  success(): void {
    this.settle('success');
  }
  failure(): void {
    this.settle('failure');
  }
  neutral(): void {
    this.settle('neutral');
  }
}
