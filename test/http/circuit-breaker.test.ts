import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/http/circuit-breaker.js';

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after the threshold of consecutive failures and refuses calls', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 500, now: c.now });
    for (let i = 0; i < 2; i += 1) breaker.admit()!.failure();
    expect(breaker.snapshot()).toMatchObject({ state: 'CLOSED', failures: 2 });
    breaker.admit()!.failure();
    expect(breaker.snapshot()).toEqual({ state: 'OPEN', failures: 3, openedAt: 1_000, retryAt: 1_500 });
    expect(breaker.admit()).toBeNull();
  });

  it('a success in between resets the count; neutral outcomes do not count', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2 });
    breaker.admit()!.failure();
    breaker.admit()!.success();
    breaker.admit()!.failure();
    breaker.admit()!.neutral();
    expect(breaker.snapshot()).toMatchObject({ state: 'CLOSED', failures: 1 });
  });

  it('lets exactly one probe through after the cool-down; success closes it', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 500, now: c.now });
    breaker.admit()!.failure();
    c.advance(499);
    expect(breaker.admit()).toBeNull();
    c.advance(1);
    expect(breaker.snapshot().state).toBe('HALF_OPEN');
    const probe = breaker.admit();
    expect(probe).not.toBeNull();
    expect(breaker.admit()).toBeNull();
    probe!.success();
    expect(breaker.snapshot()).toEqual({ state: 'CLOSED', failures: 0, openedAt: null, retryAt: null });
  });

  it('a failed probe opens the circuit for another cool-down', () => {
    const c = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 500, now: c.now });
    breaker.admit()!.failure();
    c.advance(600);
    const probe = breaker.admit()!;
    probe.failure();
    probe.failure(); // settling twice is ignored
    expect(breaker.snapshot()).toMatchObject({ state: 'OPEN', failures: 2, openedAt: 1_600 });
    expect(breaker.admit()).toBeNull();
  });
});
