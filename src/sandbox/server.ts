import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The shared machinery of every provider simulator: a real HTTP server on loopback, a small router,
 * per-route call counters, injected latency and faults. The provider's own sandbox.ts supplies the
 * routes, store and wire format; the shared simulator plumbing (tokens, rate limits, body validation,
 * paging, the people seed) is in kit/. This file knows no provider.
 *
 * Knobs are plain properties (tests and benchmarks set them in-process) and are also reachable over
 * HTTP for manual experiments: GET /__sandbox/stats, POST /__sandbox/config {latencyMs, faults, faultRate}.
 */

export interface SimRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  rawBody: string;
  /** The body parsed as JSON; undefined when it is empty or not JSON. */
  json: unknown;
  /** The body parsed as a form, when it is one. */
  form: URLSearchParams;
}

export interface SimResponse {
  status: number;
  json?: unknown;
  text?: string;
  /** An array value is sent as one header line per element (as servers that send one Link header per rel do). */
  headers?: Record<string, string | string[]>;
}

export type SimHandler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export type FaultKind = 'status' | 'reset' | 'malformed' | 'mismatch' | 'delay';

export interface Fault {
  /** A route name ("users.list"), or "*" for every route. */
  route: string;
  kind: FaultKind;
  status?: number;
  json?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** How many matching calls it affects; omitted = until cleared. */
  times?: number;
}

interface Route {
  name: string;
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: SimHandler;
}

export class SimServer {
  /** Ports to listen on by simulator name, when start() is given none (main.ts sets them from the config). */
  static readonly pinnedPorts = new Map<string, number>();
  /**
   * The injected latency per call. A read (GET) is answered `latencyMs` after it arrived, its handler
   * and serialization included, as a real server's response time includes its own work (several
   * reads arriving together are then answered together, not one after the other on this one thread).
   * A write waits first, then runs, so a write cut short by the caller was not applied.
   */
  latencyMs = 0;
  faults: Fault[] = [];
  /** The fraction of calls (0..1) answered with a random 500/503 for soak tests. */
  faultRate = 0;
  readonly calls = new Map<string, number>();
  /** Sees every request's headers (tests of what idgraph sends, e.g. trace context); none by default. */
  onRequestHeaders: ((headers: IncomingMessage['headers']) => void) | undefined;
  private readonly routes: Route[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  baseUrl = '';

  constructor(
    readonly name: string,
    /** Builds the provider's own error body for faults of kind "status". */
    private readonly errorBody: (status: number, message: string) => unknown,
  ) {}

  route(method: string, path: string, name: string, handler: SimHandler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, key: string) => {
        keys.push(key);
        return '([^/]+)';
      })}$`,
    );
    this.routes.push({ name, method, pattern, keys, handler });
    return this;
  }

  count(route?: string): number {
    if (route) return this.calls.get(route) ?? 0;
    let total = 0;
    for (const value of this.calls.values()) total += value;
    return total;
  }

  resetCounts(): void {
    this.calls.clear();
  }

  /** Clears latency and faults (not the data). */
  resetKnobs(): void {
    this.latencyMs = 0;
    this.faults = [];
    this.faultRate = 0;
  }

  inject(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Listens on `port`; 0 means the pinned port of this simulator, if any, else a random free one. */
  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    const listenPort = port || (SimServer.pinnedPorts.get(this.name) ?? 0);
    const server = createServer((req, res) => {
      void this.handle(req, res);
    });
    server.keepAliveTimeout = 60_000;
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(listenPort, host, () => resolve());
    });
    this.server = server;
    const address = server.address() as AddressInfo;
    this.baseUrl = `http://${host}:${address.port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private takeFault(route: string): Fault | null {
    const index = this.faults.findIndex((f) => f.route === route || f.route === '*');
    if (index < 0) return null;
    const fault = this.faults[index]!;
    if (fault.times != null) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(index, 1);
    }
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.onRequestHeaders?.(req.headers);
    const arrived = performance.now();
    /** For a read: waits out what is left of the latency before the answer goes out (see latencyMs). */
    let settle = async () => {};
    /** When a read under latency is answered (a delay fault pushes it further). */
    let answerAt = 0;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://sandbox');
      const method = req.method ?? 'GET';

      if (url.pathname.startsWith('/__sandbox/')) return this.admin(method, url.pathname, rawBody, res);

      let matched: { route: Route; params: Record<string, string> } | null = null;
      for (const route of this.routes) {
        if (route.method !== method) continue;
        const m = route.pattern.exec(url.pathname);
        if (!m) continue;
        const params: Record<string, string> = {};
        route.keys.forEach((key, i) => {
          params[key] = decodeURIComponent(m[i + 1] ?? '');
        });
        matched = { route, params };
        break;
      }
      if (!matched) return this.send(res, { status: 404, json: this.errorBody(404, `No route for ${method} ${url.pathname}`) });

      const name = matched.route.name;
      this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
      if (this.latencyMs > 0) {
        if (method === 'GET') {
          answerAt = arrived + this.latencyMs;
          settle = async () => {
            const left = answerAt - performance.now();
            if (left > 0) await sleep(left);
          };
        } else await sleep(this.latencyMs);
      }

      const fault = this.takeFault(name) ?? this.randomFault();
      if (fault) {
        if (fault.kind === 'delay') {
          // A latency spike comes on top of the injected latency.
          answerAt += fault.delayMs ?? 1_000;
          await sleep(fault.delayMs ?? 1_000);
        } else if (fault.kind === 'reset') {
          await settle();
          req.socket.destroy();
          return;
        } else if (fault.kind === 'malformed') {
          await settle();
          return this.send(res, { status: fault.status ?? 200, text: '{"truncated": ', headers: { 'content-type': 'application/json' } });
        } else if (fault.kind === 'status') {
          const status = fault.status ?? 500;
          await settle();
          return this.send(res, { status, json: fault.json ?? this.errorBody(status, 'Injected fault'), headers: fault.headers });
        }
      }

      let json: unknown;
      try {
        json = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        json = undefined;
      }
      const form = new URLSearchParams(String(req.headers['content-type'] ?? '').includes('form') ? rawBody : '');
      const response = await matched.route.handler({
        method,
        path: url.pathname,
        params: matched.params,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
        json,
        form,
      });
      const answer =
        fault?.kind === 'mismatch' && response.json !== undefined ? { ...response, json: { unexpected: true, was: typeof response.json } } : response;
      const encoded = this.encode(answer);
      await settle();
      return this.write(res, answer.status, encoded);
    } catch (error) {
      await settle();
      this.send(res, { status: 500, json: this.errorBody(500, error instanceof Error ? error.message : 'Simulator error') });
    }
  }

  private randomFault(): Fault | null {
    if (this.faultRate <= 0 || Math.random() >= this.faultRate) return null;
    return { route: '*', kind: 'status', status: Math.random() < 0.5 ? 500 : 503 };
  }

  private admin(method: string, path: string, rawBody: string, res: ServerResponse): void {
    if (method === 'GET' && path === '/__sandbox/stats') {
      return this.send(res, { status: 200, json: { name: this.name, calls: Object.fromEntries(this.calls), latencyMs: this.latencyMs, faults: this.faults } });
    }
    if (method === 'POST' && path === '/__sandbox/config') {
      try {
        const body = JSON.parse(rawBody || '{}') as { latencyMs?: number; faults?: Fault[]; faultRate?: number; resetCounts?: boolean };
        if (typeof body.latencyMs === 'number') this.latencyMs = body.latencyMs;
        if (Array.isArray(body.faults)) this.faults = body.faults;
        if (typeof body.faultRate === 'number') this.faultRate = body.faultRate;
        if (body.resetCounts) this.resetCounts();
        return this.send(res, { status: 200, json: { latencyMs: this.latencyMs, faults: this.faults, faultRate: this.faultRate } });
      } catch {
        return this.send(res, { status: 400, json: { error: 'body must be JSON' } });
      }
    }
    return this.send(res, { status: 404, json: { error: 'unknown sandbox admin route' } });
  }

  private send(res: ServerResponse, response: SimResponse): void {
    this.write(res, response.status, this.encode(response));
  }

  private encode(response: SimResponse): { headers: Record<string, string | string[]>; payload: string } {
    const headers: Record<string, string | string[]> = { ...response.headers };
    let payload = '';
    if (response.json !== undefined) {
      payload = JSON.stringify(response.json);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    } else if (response.text !== undefined) {
      payload = response.text;
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
    return { headers, payload };
  }

  private write(res: ServerResponse, status: number, { headers, payload }: { headers: Record<string, string | string[]>; payload: string }): void {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, headers);
    res.end(payload);
  }
}

/** A deterministic pseudo-random generator, so demo data is the same on every start. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic UUID-shaped ids from a generator. */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const FIRST_NAMES = [
  'Ada',
  'Alan',
  'Grace',
  'Linus',
  'Margaret',
  'Ken',
  'Barbara',
  'Dennis',
  'Frances',
  'Edsger',
  'Hedy',
  'John',
  'Katherine',
  'Donald',
  'Radia',
  'Tim',
  'Shafi',
  'Leslie',
  'Sophie',
  'Niklaus',
  'Anita',
  'Guido',
  'Joan',
  'Bjarne',
] as const;
export const LAST_NAMES = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Torvalds',
  'Hamilton',
  'Thompson',
  'Liskov',
  'Ritchie',
  'Allen',
  'Dijkstra',
  'Lamarr',
  'McCarthy',
  'Johnson',
  'Knuth',
  'Perlman',
  'Berners-Lee',
  'Goldwasser',
  'Lamport',
  'Wilson',
  'Wirth',
  'Borg',
  'Rossum',
  'Clarke',
  'Stroustrup',
] as const;
