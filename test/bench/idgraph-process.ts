/**
 * The process under measurement: idgraph alone, as `npm start` runs it (its providers pointed at
 * simulators in the parent process), so that process.cpuUsage() here is idgraph's CPU and nothing
 * else (not the simulators, not the load generator). Forked by remote.ts.
 *
 * Input (env BENCH_APPS): JSON [{ name, env }]. One provider runtime is built from the first app's
 * configuration and shared by the apps with the same provider settings (same pools, tokens and
 * caches); each app gets its own port, so variants of the HTTP gate can be compared in one process,
 * alternating. An app with other catalog settings (*_CATALOG_TTL_MS) gets a runtime of its own.
 * Input (env BENCH_ROOT): the checkout whose src/ is measured (default: this one), so that another
 * branch can be measured in the same run. Input (env BENCH_BUNDLE): that checkout's production build of
 * its app (remote.ts builds it), loaded instead of its src/; this file then runs compiled, without tsx.
 * IPC: sends { type: 'ready', ports }; answers { type: 'cpu' } with { type: 'cpu', user, system, rss }
 * (microseconds, bytes).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface AppSpec {
  name: string;
  env: Record<string, string>;
}

const root = resolve(process.env.BENCH_ROOT ?? new URL('../..', import.meta.url).pathname);
const load = (path: string) => import(pathToFileURL(resolve(root, path)).href);
const { appOptionsFromConfig, createApp, loadConfig, startProviders } = process.env.BENCH_BUNDLE
  ? await import(pathToFileURL(process.env.BENCH_BUNDLE).href)
  : { ...(await load('src/app.ts')), ...(await load('src/config.ts')), ...(await load('src/providers/index.ts')) };

const specs = JSON.parse(process.env.BENCH_APPS ?? '[]') as AppSpec[];
const configs = specs.map((spec) => loadConfig({ LOG_LEVEL: 'silent', ...spec.env }));
// Apps whose provider settings differ (catalog caches: *_CATALOG_TTL_MS) get a runtime of their own;
// the others share the first app's (same pools, tokens and caches).
const runtimes = new Map<string, Awaited<ReturnType<typeof startProviders>>>();
const runtimeKey = (spec: AppSpec) => JSON.stringify(Object.entries(spec.env).filter(([name]) => name.endsWith('_CATALOG_TTL_MS')));
const ports: Record<string, number> = {};
for (const [i, spec] of specs.entries()) {
  const key = runtimeKey(spec);
  if (!runtimes.has(key)) runtimes.set(key, await startProviders(configs[i]));
  const runtime = runtimes.get(key)!;
  const server = createServer(createApp({ ...appOptionsFromConfig(configs[i], runtime.providers), graphiql: false }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  ports[spec.name] = (server.address() as AddressInfo).port;
}

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send!({ type: 'cpu', user, system, rss: process.memoryUsage().rss });
  }
});
// BENCH_PROFILE=alloc: where the allocations are made, collected objects included (what the GC pays for).
let stopProfile = async () => {};
if (process.env.BENCH_PROFILE === 'alloc' && process.env.BENCH_PROFILE_DIR) {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  // BENCH_PROFILE_SURVIVORS=1: only what outlived a young-generation collection (what is copied and
  // promoted: the expensive garbage), not what died young.
  const survivors = process.env.BENCH_PROFILE_SURVIVORS === '1';
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: !survivors,
  } as object);
  stopProfile = async () => {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: unknown };
    writeFileSync(resolve(process.env.BENCH_PROFILE_DIR!, `alloc-${process.pid}.heapprofile`), JSON.stringify(profile));
  };
}
process.on('disconnect', () => void stopProfile().finally(() => process.exit(0)));
process.send!({ type: 'ready', ports });
