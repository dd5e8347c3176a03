/**
 * idgraph in a child process (idgraph-process.ts), the simulators of every provider and the load generator here.
 * The simulators are started standalone with credentials, and idgraph runs in live mode against them
 * (as an operator runs it), so this process can set their latency and read their call counters while
 * the child's CPU is idgraph's alone.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Pool } from 'undici';
import { PROVIDER_IDS } from '../../src/providers/known.js';
import type { SimServer } from '../../src/sandbox/server.js';
import { startUpstreams, type Upstreams } from '../helpers/live-app.js';

export interface RemoteApp {
  /** Sends one operation to the named app (default: the first); answers the parsed JSON body. */
  query<T = any>(query: string, variables?: Record<string, unknown>, app?: string, headers?: Record<string, string>): Promise<{ data: T; errors?: unknown[] }>;
  /** The child's CPU time so far, in ms (user + system), and its resident memory in bytes. */
  cpu(): Promise<{ ms: number; rss: number }>;
  upstreams: Upstreams;
  sims: SimServer[];
  /** Upstream calls since the last reset, over every simulator (token calls included). */
  calls(): number;
  /** Upstream calls by route, "provider route n", since the last reset. */
  callsByRoute(): string;
  resetCounts(): void;
  /** Injected latency of every simulator, per call. */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

export interface RemoteOptions {
  /** Apps to serve by name, each with its own environment on top of the live-mode one. */
  apps: { name: string; env?: Record<string, string> }[];
  /** The checkout whose src/ is measured (default: this one). */
  root?: string;
  connections?: number;
}

/**
 * NODE_ENV as a checkout's `npm start` script sets it (`NODE_ENV=${NODE_ENV:-production} tsx …`), or
 * undefined where it sets none: a checkout is measured the way its `npm start` ran it, so a baseline
 * from before production mode became the default runs in development mode, as its users ran it.
 */
function startNodeEnv(root: string): string | undefined {
  const start = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return /^NODE_ENV=(?:\$\{NODE_ENV:-)?([a-z]+)/.exec(start)?.[1];
}

/**
 * `Bearer <token>` for calling the Apaleo simulator directly, as idgraph would (client credentials at
 * its /connect/token), through `pool` (a pool on APALEO_BASE_URL).
 */
export async function apaleoAuthorization(pool: Pool, env: Record<string, string | undefined>): Promise<string> {
  const token = await pool.request({
    method: 'POST',
    path: '/connect/token',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${env.APALEO_CLIENT_ID}:${env.APALEO_CLIENT_SECRET}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await token.body.json()) as { access_token: string };
  return `Bearer ${access_token}`;
}

/** NODE_ENV for a checkout's child: as its `npm start` sets it, unless the caller of the bench sets NODE_ENV (then that, for every checkout). */
export function benchNodeEnv(root: string): string | undefined {
  return process.env.NODE_ENV ?? startNodeEnv(root);
}

function childEnv(env: NodeJS.ProcessEnv, root: string): NodeJS.ProcessEnv {
  const nodeEnv = benchNodeEnv(root);
  const out = { ...env };
  if (nodeEnv === undefined) delete out.NODE_ENV;
  else out.NODE_ENV = nodeEnv;
  return out;
}

/** The node flags in a checkout's `npm start` script (`tsx --flag … src/main.ts`). */
function startFlags(root: string): string[] {
  const start = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return start.match(/(?<=\s)--[a-z-]+(=\S+)?(?=\s)/g) ?? [];
}

export async function startRemote(options: RemoteOptions): Promise<RemoteApp> {
  const upstreams = await startUpstreams();
  const sims = [upstreams.apaleo, upstreams.authress, upstreams.logto, upstreams.lumapps].filter((s) => s !== undefined).map((s) => s.server);
  const base = {
    ...upstreams.env,
    IDGRAPH_ALLOW_UNAUTHENTICATED: 'true',
    HTTP_MAX_RETRY_DELAY_MS: '1000',
    // idgraph's own latency and CPU, not the live-mode default provider budgets (Apaleo 10 calls/s
    // would make every sequential query wait ~100 ms for a token).
    ...Object.fromEntries(PROVIDER_IDS.map((id) => [`${id.toUpperCase()}_RATE_LIMIT`, '0'])),
  };
  const apps = options.apps.map((a) => ({ name: a.name, env: { ...base, ...a.env } }));
  const root = options.root ?? new URL('../..', import.meta.url).pathname;
  const child: ChildProcess = fork(new URL('./idgraph-process.ts', import.meta.url).pathname, {
    // BENCH_PROFILE_DIR: a V8 CPU profile of idgraph's process, written there when it exits (with
    // BENCH_PROFILE=alloc, a sampling profile of everything it allocated instead: idgraph-process.ts).
    // The V8 flags that checkout's `npm start` runs with, so the child measures what a deployment runs.
    execArgv: [
      ...process.execArgv,
      ...startFlags(root),
      ...(process.env.BENCH_PROFILE_DIR && process.env.BENCH_PROFILE !== 'alloc' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
    ],
    env: childEnv({ ...process.env, BENCH_APPS: JSON.stringify(apps), ...(options.root ? { BENCH_ROOT: options.root } : {}) }, root),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ports = await new Promise<Record<string, number>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`idgraph child exited with ${code} before it was ready`)));
    child.on('message', (m: { type?: string; ports?: Record<string, number> }) => {
      if (m.type === 'ready') resolve(m.ports!);
    });
  });
  child.removeAllListeners('exit');
  const pools = new Map(Object.entries(ports).map(([name, port]) => [name, new Pool(`http://127.0.0.1:${port}`, { connections: options.connections ?? 64 })]));
  const first = apps[0]!.name;
  return {
    upstreams,
    sims,
    async query(query, variables, app = first, headers = {}) {
      const response = await pools.get(app)!.request({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.body.json()) as { data: any; errors?: unknown[] };
    },
    cpu() {
      return new Promise((resolve) => {
        const on = (m: { type?: string; user: number; system: number; rss: number }) => {
          if (m.type !== 'cpu') return;
          child.off('message', on);
          resolve({ ms: (m.user + m.system) / 1000, rss: m.rss });
        };
        child.on('message', on);
        child.send({ type: 'cpu' });
      });
    },
    calls: () => sims.reduce((n, s) => n + s.count(), 0),
    callsByRoute: () => sims.flatMap((s) => [...s.calls].filter(([, n]) => n > 0).map(([route, n]) => `${s.name} ${route} ${n}`)).join(', '),
    resetCounts: () => sims.forEach((s) => s.resetCounts()),
    setLatency: (ms) => sims.forEach((s) => (s.latencyMs = ms)),
    async close() {
      await Promise.all([...pools.values()].map((p) => p.close()));
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        if (child.connected) child.disconnect();
        else child.kill();
        await exited;
      }
      await upstreams.close();
    },
  };
}
