/**
 * /metrics after real queries against the simulators, parsed by an independent Prometheus text parser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/auth/authenticator.js';
import { PROVIDER_IDS } from '../../src/domain/types.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { parseMetrics, samples, total } from './prometheus.js';
import { graphql } from '../gql/index.js';

async function scrape(app: TestApp, headers: Record<string, string> = {}) {
  const response = await app.fetch('/metrics', { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await response.text());
}

const USERS = graphql(`query Users { users(provider: APALEO, first: 2) { edges { node { id } } } }`);

describe('metrics after queries against the sandbox', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ HTTP_MAX_CONCURRENCY: '1' });
  });
  afterAll(() => app.close());

  it('counts operations, errors, upstream calls, tokens, circuits; names follow Prometheus conventions', async () => {
    expect((await app.gql(USERS)).errors).toBeUndefined();
    expect((await app.gql(USERS)).errors).toBeUndefined();
    const all = await app.gql(graphql(`query Everyone { person(email: "ada.lovelace@people.example.com") { providers } }`));
    expect(all.errors).toBeUndefined();
    expect((await app.gql('{ noSuchField }' satisfies string)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const m = await scrape(app);

    expect(total(m, 'idgraph_graphql_operations_total', { operation_name: 'Users', operation_type: 'query', outcome: 'success' })).toBe(2);
    expect(total(m, 'idgraph_graphql_operation_duration_seconds', { operation_name: 'Users', operation_type: 'query' })).toBe(2);
    expect(Number(samples(m, 'idgraph_graphql_operation_duration_seconds', { operation_name: 'Users' })[0]!.sum)).toBeGreaterThan(0);
    expect(total(m, 'idgraph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);

    for (const provider of PROVIDER_IDS) {
      expect(total(m, 'idgraph_upstream_requests_total', { provider, status: '200' }), provider).toBeGreaterThan(0);
      expect(total(m, 'idgraph_upstream_request_duration_seconds', { provider }), provider).toBeGreaterThan(0);
      expect(total(m, 'idgraph_upstream_token_fetches_total', { provider, outcome: 'success' }), provider).toBe(1);
      expect(total(m, 'idgraph_upstream_circuit_state', { provider, state: 'CLOSED' }), provider).toBe(1);
      expect(total(m, 'idgraph_upstream_circuit_state', { provider, state: 'OPEN' }), provider).toBe(0);
      expect(total(m, 'idgraph_upstream_slot_wait_seconds', { provider }), provider).toBeGreaterThan(0);
    }
    // Apaleo's token comes from its token endpoint: an upstream call of its own.
    expect(total(m, 'idgraph_upstream_requests_total', { provider: 'apaleo', operation: 'token', status: '200' })).toBe(1);

    for (const [name, family] of m) {
      expect(name).toMatch(/^idgraph_[a-z0-9_]+$/);
      if (family.type === 'COUNTER') expect(name).toMatch(/_total$/);
      if (family.type === 'HISTOGRAM') expect(name).toMatch(/_seconds$/);
      expect(family.help.length).toBeGreaterThan(10);
    }
  });

  it('counts a retry after a 429 and the Retry-After wait', async () => {
    const sim = app.runtime.simulators.apaleo!;
    sim.inject({ route: 'users.list', kind: 'status', status: 429, headers: { 'retry-after': '0' }, times: 1 });
    expect((await app.gql(USERS)).errors).toBeUndefined();
    const m = await scrape(app);
    expect(total(m, 'idgraph_upstream_requests_total', { provider: 'apaleo', status: '429' })).toBe(1);
    expect(total(m, 'idgraph_upstream_retries_total', { provider: 'apaleo', reason: '429' })).toBe(1);
    expect(total(m, 'idgraph_upstream_retry_after_wait_seconds', { provider: 'apaleo' })).toBe(1);
  });

  it('shows requests in flight and waits for a provider slot while a slow call runs', async () => {
    const sim = app.runtime.simulators.apaleo!;
    sim.latencyMs = 400;
    try {
      const slow = [app.gql(USERS), app.gql(USERS)];
      await new Promise((resolve) => setTimeout(resolve, 200));
      const during = await scrape(app);
      expect(total(during, 'idgraph_http_requests_in_flight')).toBe(2);
      expect(total(during, 'idgraph_upstream_requests_in_flight', { provider: 'apaleo' })).toBe(1);
      expect(total(during, 'idgraph_upstream_slot_waiting', { provider: 'apaleo' })).toBe(1);
      await Promise.all(slow);
      const after = await scrape(app);
      expect(total(after, 'idgraph_http_requests_in_flight')).toBe(0);
      // One of the two waited for the only slot (HTTP_MAX_CONCURRENCY=1) while the other ran.
      const waits = samples(after, 'idgraph_upstream_slot_wait_seconds', { provider: 'apaleo' })[0]!;
      expect(Number(waits.buckets!['0.1'])).toBeLessThan(Number(waits.count));
    } finally {
      sim.latencyMs = 0;
    }
  });
});

describe('circuit state and rejections', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ CIRCUIT_FAILURE_THRESHOLD: '1', HTTP_MAX_ATTEMPTS: '1' });
  });
  afterAll(() => app.close());

  it('shows an open circuit and counts the calls it refused', async () => {
    app.runtime.simulators.apaleo!.inject({ route: 'users.list', kind: 'status', status: 500 });
    await app.gql(USERS);
    const refused = await app.gql(USERS);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const m = await scrape(app);
    expect(total(m, 'idgraph_upstream_circuit_state', { provider: 'apaleo', state: 'OPEN' })).toBe(1);
    expect(total(m, 'idgraph_upstream_circuit_state', { provider: 'apaleo', state: 'CLOSED' })).toBe(0);
    expect(total(m, 'idgraph_upstream_circuit_rejections_total', { provider: 'apaleo' })).toBe(1);
    expect(total(m, 'idgraph_upstream_requests_total', { provider: 'apaleo', status: '500' })).toBe(1);
    expect(total(m, 'idgraph_graphql_errors_total', { code: 'UPSTREAM_UNAVAILABLE' })).toBeGreaterThanOrEqual(1);
    expect(total(m, 'idgraph_graphql_operations_total', { operation_name: 'Users', outcome: 'error' })).toBe(2);
  });
});

describe('/metrics access', () => {
  const keys = [
    { name: 'prometheus', key: 'prom-key-123', scopes: ['metrics:read'] },
    { name: 'reader', key: 'reader-key-123', scopes: ['users:read'] },
  ];
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ AUTH_API_KEYS: JSON.stringify(keys.map((k) => ({ name: k.name, sha256: sha256Hex(k.key), scopes: k.scopes }))) });
  });
  afterAll(() => app.close());

  it('needs the scope metrics:read when caller authentication is on', async () => {
    expect((await app.fetch('/metrics')).status).toBe(401);
    expect((await app.fetch('/metrics', { headers: { 'x-api-key': 'reader-key-123' } })).status).toBe(403);
    const m = await scrape(app, { 'x-api-key': 'prom-key-123' });
    expect(m.has('idgraph_graphql_operations_total')).toBe(true);
  });

  it('is not on the API port when METRICS_PORT is set, nor when metrics are off', async () => {
    for (const env of [{ METRICS_PORT: '0' }, { METRICS_ENABLED: 'false' }] as Record<string, string>[]) {
      const other = await createTestApp(env);
      try {
        expect((await other.fetch('/metrics')).status).toBe(404);
      } finally {
        await other.close();
      }
    }
  });
});
