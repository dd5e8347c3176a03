/**
 * Traces (issue 14 item 3): a real OTLP/HTTP receiver (node:http, POST /v1/traces, JSON) gets the
 * spans idgraph exports; the simulators report which request headers reached them.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { beginUpstream, combineObservers, type UpstreamStartEvent } from '../../src/http/observer.js';
import { startTracing, type Tracing } from '../../src/ops/tracing.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
  events?: { name: string; attributes: { key: string; value: Record<string, unknown> }[] }[];
  status?: { code?: number };
}

const SERVER = 2;
const CLIENT = 3;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_ID = '00f067aa0ba902b7';
const USERS = 'query Users { users(first: 2, provider: APALEO) { edges { node { id } } } }';

function attr(span: OtlpSpan | { attributes: OtlpSpan['attributes'] }, key: string): unknown {
  const value = span.attributes.find((a) => a.key === key)?.value;
  if (!value) return undefined;
  const [kind, v] = Object.entries(value)[0]!;
  return kind === 'intValue' ? Number(v) : kind === 'arrayValue' ? (v as { values: Record<string, unknown>[] }).values.map((x) => Object.values(x)[0]) : v;
}

class Receiver {
  spans: OtlpSpan[] = [];
  contentTypes: string[] = [];
  server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      this.contentTypes.push(String(req.headers['content-type']));
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: { resource: { attributes: OtlpSpan['attributes'] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
      };
      for (const rs of body.resourceSpans) {
        expect(attr(rs.resource, 'service.name')).toBe('idgraph-test');
        for (const ss of rs.scopeSpans) this.spans.push(...ss.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

describe('traces over OTLP/HTTP', () => {
  const receiver = new Receiver();
  let tracing: Tracing;
  let app: TestApp;
  const upstreamHeaders: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    const endpoint = await receiver.start();
    tracing = startTracing({ endpoint, serviceName: 'idgraph-test', propagateUpstream: false, exportDelayMs: 50 })!;
    app = await createTestApp({}, { tracing });
    for (const sim of Object.values(app.runtime.simulators)) sim!.onRequestHeaders = (h) => upstreamHeaders.push(h);
  });
  afterAll(async () => {
    await tracing.shutdown();
    await app.close();
    receiver.server.close();
  });
  beforeEach(() => {
    receiver.spans = [];
    upstreamHeaders.length = 0;
  });

  async function operationSpans(name: string): Promise<{ op: OtlpSpan; children: OtlpSpan[] }> {
    await tracing.flush();
    const op = receiver.spans.find((s) => s.name === name);
    expect(op, `span ${name} among ${receiver.spans.map((s) => s.name).join(', ')}`).toBeDefined();
    return { op: op!, children: receiver.spans.filter((s) => s.parentSpanId === op!.spanId) };
  }

  it('an operation span, a child of the incoming traceparent, with a child span per upstream call', async () => {
    const response = await app.post(JSON.stringify({ query: USERS }), { traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` });
    expect(response.status).toBe(200);
    const { op, children } = await operationSpans('query Users');
    expect(receiver.contentTypes.at(-1)).toMatch(/application\/json/);
    expect(op.kind).toBe(SERVER);
    expect(op.traceId).toBe(TRACE_ID);
    expect(op.parentSpanId).toBe(PARENT_ID);
    expect(attr(op, 'graphql.operation.name')).toBe('Users');
    expect(attr(op, 'graphql.operation.type')).toBe('query');
    const list = children.find((s) => attr(s, 'idgraph.upstream.operation') === 'listUsers');
    expect(list).toBeDefined();
    expect(list!.kind).toBe(CLIENT);
    expect(list!.traceId).toBe(TRACE_ID);
    expect(attr(list!, 'idgraph.provider')).toBe('apaleo');
    expect(attr(list!, 'http.request.method')).toBe('GET');
    expect(attr(list!, 'http.response.status_code')).toBe(200);
    expect(attr(list!, 'idgraph.upstream.attempt')).toBe(1);
    expect(attr(list!, 'idgraph.upstream.retry')).toBe(false);
    // Nothing in a span names a URL or a credential.
    expect(JSON.stringify(receiver.spans)).not.toMatch(/127\.0\.0\.1|Bearer|secret/i);
    // Providers are third parties: no trace context is sent to them by default.
    expect(upstreamHeaders.length).toBeGreaterThan(0);
    expect(upstreamHeaders.filter((h) => h.traceparent !== undefined)).toEqual([]);
  });

  it('a new trace without a traceparent; a retried call shows each attempt, its status and the retry', async () => {
    app.runtime.simulators.apaleo!.inject({ route: 'users.list', kind: 'status', status: 503, times: 1 });
    const response = await app.post(JSON.stringify({ query: USERS }));
    expect(response.status).toBe(200);
    const { op, children } = await operationSpans('query Users');
    expect(op.parentSpanId ?? '').toBe('');
    expect(op.traceId).not.toBe(TRACE_ID);
    const attempts = children
      .filter((s) => attr(s, 'idgraph.upstream.operation') === 'listUsers')
      .sort((a, b) => Number(attr(a, 'idgraph.upstream.attempt')) - Number(attr(b, 'idgraph.upstream.attempt')));
    expect(attempts.map((s) => [attr(s, 'idgraph.upstream.attempt'), attr(s, 'http.response.status_code'), attr(s, 'idgraph.upstream.retry')])).toEqual([
      [1, 503, false],
      [2, 200, true],
    ]);
    expect(attempts[0]!.status?.code).toBe(2); // ERROR
    expect(attr(attempts[1]!, 'http.request.resend_count')).toBe(1);
    const retry = op.events?.find((e) => e.name === 'upstream.retry');
    expect(retry && attr(retry, 'idgraph.retry.reason')).toBe('503');
  });

  it('error codes on the operation span', async () => {
    const response = await app.post(JSON.stringify({ query: 'query Bad { user(provider: APALEO) { id } }' }));
    expect(response.status).toBe(200);
    const { op } = await operationSpans('query Bad');
    expect(op.status?.code).toBe(2);
    expect(attr(op, 'idgraph.error_codes')).toEqual(['BAD_USER_INPUT']);
  });
});

describe('traceparent to providers when OTEL_PROPAGATE_UPSTREAM=true', () => {
  it("sends the upstream span as the parent, in the caller's trace", async () => {
    const receiver = new Receiver();
    const endpoint = await receiver.start();
    const config = loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'idgraph-test', OTEL_PROPAGATE_UPSTREAM: 'true' });
    const tracing = startTracing({ ...config.tracing, exportDelayMs: 50 })!;
    const app = await createTestApp({}, { tracing });
    const seen: IncomingHttpHeaders[] = [];
    app.runtime.simulators.apaleo!.onRequestHeaders = (h) => seen.push(h);
    try {
      const response = await app.post(JSON.stringify({ query: USERS }), { traceparent: `00-${TRACE_ID}-${PARENT_ID}-01` });
      expect(response.status).toBe(200);
      await tracing.flush();
      const sent = seen.map((h) => h.traceparent).filter((t): t is string => typeof t === 'string');
      expect(sent.length).toBeGreaterThan(0);
      const clientIds = new Set(receiver.spans.filter((s) => s.kind === CLIENT).map((s) => s.spanId));
      for (const t of sent) {
        const [, traceId, spanId] = t.split('-');
        expect(traceId).toBe(TRACE_ID);
        expect(clientIds.has(spanId!)).toBe(true);
      }
    } finally {
      await tracing.shutdown();
      await app.close();
      receiver.server.close();
    }
  });

  it('is off, with nothing started, when no endpoint is configured', () => {
    const config = loadConfig({});
    expect(config.tracing).toEqual({ endpoint: null, serviceName: 'idgraph', propagateUpstream: false });
    expect(startTracing(config.tracing)).toBeNull();
  });
});

describe('observer hooks for tracing', () => {
  it('combineObservers sends every callback to each observer; a throwing start or end never fails the call', () => {
    const seen: string[] = [];
    const metrics = { onUpstreamCall: () => void seen.push('metrics') };
    const broken = {
      onUpstreamStart: () => {
        throw new Error('observer bug');
      },
    };
    const tracer = {
      onUpstreamStart: (e: UpstreamStartEvent) => {
        e.setHeader('traceparent', 'x');
        return () => {
          seen.push('end');
          throw new Error('end bug');
        };
      },
    };
    const combined = combineObservers(metrics, broken, tracer, undefined)!;
    const headers: Record<string, string> = {};
    const end = beginUpstream(combined, { provider: 'apaleo', operation: 'listUsers', method: 'GET', attempt: 1, setHeader: (k, v) => void (headers[k] = v) });
    const event = { provider: 'apaleo' as const, operation: 'listUsers', method: 'GET', status: '200', durationSeconds: 0.01, attempt: 1 };
    combined.onUpstreamCall!(event);
    expect(() => end!(event)).not.toThrow();
    expect(seen).toEqual(['metrics', 'end']);
    expect(headers).toEqual({ traceparent: 'x' });
    expect(combineObservers(metrics, undefined)).toBe(metrics);
    expect(beginUpstream(metrics, { provider: 'apaleo', operation: 'x', method: 'GET', attempt: 1, setHeader: () => undefined })).toBeUndefined();
  });
});
