/**
 * idgraph in a child process (idgraph-process.ts), the simulators of every provider and the load generator here.
 * The simulators are started standalone with credentials, and idgraph runs in live mode against them
 * (as an operator runs it), so this process can set their latency and read their call counters while
 * the child's CPU is idgraph's alone.
 */
import { execFile, execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
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
  /**
   * Gives idgraph's child the upper half of the CPUs and this process (the simulators and the load
   * generator) the lower half (benchCpus), so that a throughput is idgraph's: on a two-core machine the
   * two otherwise take turns on both cores, and every query's share of the simulators' and the load
   * generator's work is in the figure of both checkouts alike.
   */
  pin?: boolean;
}

/** The CPUs for idgraph and for this process when pinned: halves of those this process may use; undefined when there are fewer than two or no `taskset`. */
export function benchCpus(): { idgraph: string; bench: string } | undefined {
  // Decided once: once this process is pinned, it sees only its own half.
  if (cpuSplit === null) {
    const cpus = allowedCpus();
    const half = Math.floor(cpus.length / 2);
    cpuSplit = cpus.length < 2 ? undefined : { all: cpus.join(','), bench: cpus.slice(0, half).join(','), idgraph: cpus.slice(half).join(',') };
  }
  return cpuSplit;
}
let cpuSplit: { all: string; idgraph: string; bench: string } | undefined | null = null;

/** Gives this process back every CPU it had before a pinned startRemote (the suites that run after `critical` share the machine again). */
export function unpinBench(): void {
  if (cpuSplit) pinProcess(process.pid, cpuSplit.all);
}

/** The CPUs this process may run on (`taskset -cp`: "pid 1's current affinity list: 0,2-3"); none without taskset. */
function allowedCpus(): number[] {
  let out: string;
  try {
    out = execFileSync('taskset', ['-c', '-p', String(process.pid)], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const list = out.slice(out.lastIndexOf(':') + 1).trim();
  return list.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    return Number.isInteger(from) && Number.isInteger(to) ? Array.from({ length: to! - from! + 1 }, (_, i) => from! + i) : [];
  });
}

/** Pins every thread of a process (and those it starts later, which inherit its mask) to `cpus`. */
export function pinProcess(pid: number, cpus: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
}

/**
 * How a checkout's child runs idgraph: as that checkout is deployed. Where its build script can bundle
 * another entry point (`scripts/build.mjs --entry`), its production build (the README's production
 * start: `npm run build`, then `npm run start:prod`), with the node flags and NODE_ENV of its
 * `start:prod` script; otherwise its src/ under tsx, as its `npm start` ran it (with that script's
 * flags and NODE_ENV). `BENCH_RUN=tsx` runs every checkout's src/ under tsx with its `npm start`.
 */
export function benchRun(root: string): 'bundle' | 'tsx' {
  if (process.env.BENCH_RUN === 'tsx') return 'tsx';
  const script = resolve(root, 'scripts/build.mjs');
  return existsSync(script) && readFileSync(script, 'utf8').includes("'--entry'") && startScript(root, 'start:prod') ? 'bundle' : 'tsx';
}

function startScript(root: string, name: 'start' | 'start:prod'): string | undefined {
  return (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[name];
}

/** The script a checkout's child runs as: `start:prod` for its production build, else `start`. */
function runScript(root: string): string {
  return (benchRun(root) === 'bundle' ? startScript(root, 'start:prod') : startScript(root, 'start')) ?? '';
}

/**
 * NODE_ENV as the script a checkout's child runs as sets it (`NODE_ENV=${NODE_ENV:-production} tsx …`,
 * `NODE_ENV=production node … dist/main.js`), or undefined where it sets none: a baseline from before
 * production mode became the default runs in development mode, as its users ran it.
 */
function startNodeEnv(root: string): string | undefined {
  return /^NODE_ENV=(?:\$\{NODE_ENV:-)?([a-z]+)/.exec(runScript(root))?.[1];
}

const bundles = new Map<string, Promise<{ process: string; app: string }>>();
/**
 * A checkout's production build of its app (the functions idgraph-process.ts needs, imported in
 * src/main.ts's order), made by its own build script, and idgraph-process.ts compiled to run it
 * without tsx; in the checkout's node_modules/.cache (so the bundle finds its node_modules). Once per run.
 */
function bundleFor(root: string): Promise<{ process: string; app: string }> {
  let made = bundles.get(root);
  if (!made) {
    made = (async () => {
      const dir = resolve(root, 'node_modules/.cache/idgraph-bench');
      mkdirSync(dir, { recursive: true });
      const src = (path: string) => JSON.stringify(resolve(root, 'src', path));
      writeFileSync(
        resolve(dir, 'bench-app.ts'),
        [
          `import ${src('domain/types.ts')};`,
          `export { appOptionsFromConfig, createApp } from ${src('app.ts')};`,
          `export { loadConfig } from ${src('config.ts')};`,
          `export { startProviders } from ${src('providers/index.ts')};`,
        ].join('\n'),
      );
      await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--entry', resolve(dir, 'bench-app.ts'), '--outdir', resolve(dir, 'app')], {
        cwd: root,
      });
      await build({
        entryPoints: [new URL('./idgraph-process.ts', import.meta.url).pathname],
        outfile: resolve(dir, 'idgraph-process.mjs'),
        platform: 'node',
        format: 'esm',
        logLevel: 'warning',
      });
      return { process: resolve(dir, 'idgraph-process.mjs'), app: resolve(dir, 'app/bench-app.js') };
    })();
    bundles.set(root, made);
  }
  return made;
}

/** This process's node flags without tsx's loader (`--import tsx`, or tsx's own CLI's `--require …/preflight.cjs --import …/loader.mjs`), for a child that runs compiled JavaScript. */
function withoutTsx(argv: string[]): string[] {
  const loads = /^--(import|require|loader|experimental-loader)$/;
  const isTsx = (value: string | undefined) => value !== undefined && /(^|[/\\])tsx([/\\]|$)/.test(value);
  return argv.filter((arg, i) => {
    if (loads.test(arg) && isTsx(argv[i + 1])) return false;
    if (loads.test(argv[i - 1] ?? '') && isTsx(arg)) return false;
    return !/^--(import|require|loader|experimental-loader)=/.test(arg) || !isTsx(arg.slice(arg.indexOf('=') + 1));
  });
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

/** The node flags in the script a checkout's child runs as (`tsx --flag … src/main.ts`, `node --flag … dist/main.js`). */
function startFlags(root: string): string[] {
  return runScript(root).match(/(?<=\s)--[a-z-]+(=\S+)?(?=\s)/g) ?? [];
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
  const bundle = benchRun(root) === 'bundle' ? await bundleFor(root) : undefined;
  const child: ChildProcess = fork(bundle?.process ?? new URL('./idgraph-process.ts', import.meta.url).pathname, {
    // BENCH_PROFILE_DIR: a V8 CPU profile of idgraph's process, written there when it exits (with
    // BENCH_PROFILE=alloc, a sampling profile of everything it allocated instead: idgraph-process.ts).
    // The V8 flags that checkout's `npm start` runs with, so the child measures what a deployment runs.
    execArgv: [
      ...(bundle ? withoutTsx(process.execArgv) : process.execArgv),
      ...startFlags(root),
      ...(process.env.BENCH_PROFILE_DIR && process.env.BENCH_PROFILE !== 'alloc' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
    ],
    env: childEnv(
      {
        ...process.env,
        BENCH_APPS: JSON.stringify(apps),
        ...(options.root ? { BENCH_ROOT: options.root } : {}),
        ...(bundle ? { BENCH_BUNDLE: bundle.app } : {}),
      },
      root,
    ),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ports = await new Promise<Record<string, number>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`idgraph child exited with ${code} before it was ready`)));
    child.on('message', (m: { type?: string; ports?: Record<string, number> }) => {
      if (m.type === 'ready') resolve(m.ports!);
    });
  });
  child.removeAllListeners('exit');
  // After `ready`: the threads the child started up with exist (taskset -a pins them all).
  const cpus = options.pin ? benchCpus() : undefined;
  if (cpus) {
    pinProcess(child.pid!, cpus.idgraph);
    pinProcess(process.pid, cpus.bench);
  }
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
