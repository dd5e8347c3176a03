/**
 * Fault injection against every landed provider's simulator: each fault gives a typed error on the
 * affected field only, the rest of the response stays intact, and the server keeps serving.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../src/sandbox/server.js';
import { createTestApp, type GqlResponse, type TestApp } from './helpers/app.js';
import { FAULT_TARGETS, type FaultScenario } from './helpers/fault-targets.js';
import { graphql } from './gql/index.js';

/** The documents of this file are built at run time from the fault targets: their results are typed loosely, on purpose. */
type Loose = Record<string, any>;

const ENV = { HTTP_TIMEOUT_MS: '300', HTTP_MAX_RETRY_DELAY_MS: '2000', CIRCUIT_FAILURE_THRESHOLD: '1000' };

interface Case {
  name: string;
  fault: (route: string) => Fault;
  code: string | null;
  status?: number | null;
  message?: RegExp;
  /** Upstream calls the hit route sees. */
  calls?: number;
  extra?: Record<string, unknown>;
}

const CASES: Case[] = [
  { name: 'latency spike beyond the timeout', fault: (route) => ({ route, kind: 'delay', delayMs: 800, times: 1 }), code: 'UPSTREAM_TIMEOUT', status: null },
  { name: 'burst of 500', fault: (route) => ({ route, kind: 'status', status: 500, times: 3 }), code: 'UPSTREAM_ERROR', status: 500, calls: 1 },
  {
    name: 'burst of 503 longer than the retries',
    fault: (route) => ({ route, kind: 'status', status: 503, times: 5 }),
    code: 'UPSTREAM_ERROR',
    status: 503,
    calls: 3,
  },
  { name: 'short burst of 503 is retried away', fault: (route) => ({ route, kind: 'status', status: 503, times: 2 }), code: null, calls: 3 },
  {
    name: '429 with a Retry-After too long to wait',
    fault: (route) => ({ route, kind: 'status', status: 429, headers: { 'retry-after': '120' }, times: 1 }),
    code: 'RATE_LIMITED',
    status: 429,
    calls: 1,
    extra: { retryAfterSeconds: 120 },
  },
  {
    name: '429 with a short Retry-After is honoured',
    fault: (route) => ({ route, kind: 'status', status: 429, headers: { 'retry-after': '0' }, times: 1 }),
    code: null,
    calls: 2,
  },
  { name: 'connection resets', fault: (route) => ({ route, kind: 'reset', times: 3 }), code: 'UPSTREAM_UNAVAILABLE', status: null, calls: 3 },
  { name: 'malformed JSON', fault: (route) => ({ route, kind: 'malformed', times: 1 }), code: 'UPSTREAM_ERROR', message: /not JSON/ },
  {
    name: 'a body off the documented schema',
    fault: (route) => ({ route, kind: 'mismatch', times: 1 }),
    code: 'UPSTREAM_ERROR',
    message: /does not match its documented schema/,
  },
];

function expectOnlyHitFailed(response: GqlResponse, c: { code: string; provider: string; status?: number | null }) {
  expect(response.status).toBeLessThan(500);
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.path).toEqual(['hit']);
  expect(error.extensions).toMatchObject({ code: c.code, provider: c.provider.toUpperCase() });
  if (c.status !== undefined) expect(error.extensions!.status).toBe(c.status);
  expect(JSON.stringify(error)).not.toMatch(/stack|at .*\.ts:\d+/);
  expect(response.data).toMatchObject({ hit: null, providers: expect.any(Array) });
}

for (const target of FAULT_TARGETS) {
  describe(`resilience: ${target.provider}`, () => {
    let app: TestApp;
    let s: FaultScenario;
    const query = () => `{ ${s.hit} ${s.ok} providers { provider mode } }`;

    beforeAll(async () => {
      app = await createTestApp(ENV);
      s = await target.scenario(app);
    });
    afterEach(() => target.sim(app).resetKnobs());
    afterAll(() => app.close());

    for (const c of CASES) {
      it(`${c.name}: ${c.code ?? 'recovers'} on the affected field only`, async () => {
        const sim = target.sim(app);
        sim.inject(c.fault(s.hitRoute));
        sim.resetCounts();
        const response = await app.gql<Loose>(query());
        if (c.calls !== undefined) expect(sim.count(s.hitRoute)).toBe(c.calls);
        if (c.code === null) {
          expect(response.errors).toBeUndefined();
          expect(response.data!.hit).not.toBeNull();
        } else {
          expectOnlyHitFailed(response, { code: c.code, provider: target.provider, status: c.status });
          if (c.message) expect(response.errors![0]!.message).toMatch(c.message);
          if (c.extra) expect(response.errors![0]!.extensions).toMatchObject(c.extra);
        }
        // A node ({ id }), or for LumApps a list of nodes: either way present and without an error.
        expect(response.data!.ok).toEqual(expect.any(Object));
        expect(response.errors?.filter((e) => e.path?.[0] === 'ok') ?? []).toEqual([]);
        sim.resetKnobs();
        const after = await app.gql<Loose>(query());
        expect(after.errors).toBeUndefined();
        expect(after.data!.hit).not.toBeNull();
      });
    }

    if (target.writes)
      it('a write that timed out after it was sent says its outcome is unknown, and is not retried', async () => {
        const sim = target.sim(app);
        sim.inject({ route: s.mutation!.route, kind: 'delay', delayMs: 800, times: 1 });
        sim.resetCounts();
        const response = await app.gql<Loose>(s.mutation!.query, s.mutation!.variables);
        expect(response.errors).toBeUndefined();
        expect(response.data![s.mutation!.field]).toMatchObject({
          __typename: 'UpstreamError',
          code: 'UPSTREAM_TIMEOUT',
          provider: target.enumValue,
          outcomeUnknown: true,
          message: expect.stringMatching(/outcome is unknown/),
        });
        expect(sim.count(s.mutation!.route)).toBe(1);
      });

    if (target.writes)
      it('a write whose connection was reset after sending says its outcome is unknown, and is not retried', async () => {
        const sim = target.sim(app);
        sim.inject({ route: s.mutation!.route, kind: 'reset', times: 3 });
        sim.resetCounts();
        const response = await app.gql<Loose>(s.mutation!.query, s.mutation!.variables);
        expect(response.data![s.mutation!.field]).toMatchObject({ __typename: 'UpstreamError', code: 'UPSTREAM_UNAVAILABLE', outcomeUnknown: true });
        expect(sim.count(s.mutation!.route)).toBe(1);
      });

    if (target.writes)
      it('a write answered 503 is not retried', async () => {
        const sim = target.sim(app);
        sim.inject({ route: s.mutation!.route, kind: 'status', status: 503, times: 3 });
        sim.resetCounts();
        const response = await app.gql<Loose>(s.mutation!.query, s.mutation!.variables);
        expect(response.data![s.mutation!.field]).toMatchObject({ __typename: 'UpstreamError', code: 'UPSTREAM_ERROR', outcomeUnknown: false });
        expect(sim.count(s.mutation!.route)).toBe(1);
      });

    if (target.tokenRoute)
      it('a failing token endpoint fails the provider’s fields with a typed error, and the rest answers', async () => {
        const fresh = await createTestApp(ENV);
        try {
          const sim = target.sim(fresh);
          const scenario = await target.scenario(app);
          sim.inject({ route: target.tokenRoute!, kind: 'status', status: 503, times: 10 });
          const response = await fresh.gql<Loose>(`{ ${scenario.hit} providers { provider } }`);
          expectOnlyHitFailed(response, { code: 'UPSTREAM_ERROR', provider: target.provider, status: 503 });
          expect(response.errors![0]!.extensions!.operation).toBe('token');
          sim.resetKnobs();
          const after = await fresh.gql<Loose>(`{ ${scenario.hit} }`);
          expect(after.errors).toBeUndefined();
          expect(after.data!.hit).not.toBeNull();
        } finally {
          await fresh.close();
        }
      });
  });

  describe(`circuit breaker: ${target.provider}`, () => {
    it('opens after repeated failures, answers UPSTREAM_UNAVAILABLE at once, shows its state, and closes after a good probe', async () => {
      const app = await createTestApp({ ...ENV, CIRCUIT_FAILURE_THRESHOLD: '3', CIRCUIT_COOLDOWN_MS: '300' });
      try {
        const s = await target.scenario(app);
        const sim = target.sim(app);
        const circuit = async () =>
          (
            (await app.gql(graphql(`query ResilienceProviders { providers { provider circuit { state failures openedAt retryAt } } }`))).data!.providers as {
              provider: string;
              circuit: any;
            }[]
          ).find((p) => p.provider === target.enumValue)!.circuit;
        expect(await circuit()).toMatchObject({ state: 'CLOSED', failures: 0, openedAt: null });

        sim.inject({ route: s.hitRoute, kind: 'status', status: 500 });
        for (let i = 0; i < 3; i += 1) {
          const r = await app.gql<Loose>(`{ ${s.hit} providers { provider } }`);
          expectOnlyHitFailed(r, { code: 'UPSTREAM_ERROR', provider: target.provider, status: 500 });
        }
        const open = await circuit();
        expect(open).toMatchObject({ state: 'OPEN', failures: 3 });
        expect(Date.parse(open.openedAt)).toBeLessThanOrEqual(Date.now());

        sim.resetCounts();
        const started = performance.now();
        const refused = await app.gql<Loose>(`{ ${s.hit} ${s.ok} providers { provider } }`);
        expect(performance.now() - started).toBeLessThan(200);
        expect(sim.count()).toBe(0);
        const codes = refused.errors!.map((e) => e.extensions!.code);
        expect(new Set(codes)).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
        expect(refused.errors![0]!.extensions).toMatchObject({ provider: target.provider.toUpperCase(), retryable: true });
        expect(refused.data!.providers).toHaveLength(Object.keys(app.runtime.providers).length);

        // Cool-down over, provider still broken: the one probe fails and the circuit opens again.
        await new Promise((resolve) => setTimeout(resolve, 350));
        expect((await circuit()).state).toBe('HALF_OPEN');
        await app.gql<Loose>(`{ ${s.hit} }`);
        expect((await circuit()).state).toBe('OPEN');

        // Provider healed: after the next cool-down one good probe closes the circuit.
        sim.resetKnobs();
        await new Promise((resolve) => setTimeout(resolve, 350));
        const probe = await app.gql<Loose>(`{ ${s.hit} }`);
        expect(probe.errors).toBeUndefined();
        expect(await circuit()).toMatchObject({ state: 'CLOSED', failures: 0, openedAt: null });
        const healed = await app.gql<Loose>(`{ ${s.hit} ${s.ok} }`);
        expect(healed.errors).toBeUndefined();
      } finally {
        await app.close();
      }
    });
  });
}
