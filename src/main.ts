/** The only file that listens: load config → start providers (and simulators) → yoga → node:http. */
import { createServer } from 'node:http';
import { PROVIDER_IDS } from './domain/types.js';
import { appOptionsFromConfig, createApp, EXAMPLE_QUERY } from './app.js';
import { checkCallerAuth, ConfigError, loadConfig, type Config } from './config.js';
import type { ProviderRegistry } from './domain/provider.js';
import { startProviders } from './providers/index.js';
import { Ops } from './ops/index.js';
import { startMetricsServer } from './ops/metrics-server.js';
import { trackRequests } from './ops/shutdown.js';
import { combineObservers } from './http/observer.js';

/** One line per provider: live, on its simulator (said loudly in live mode), or off. */
function providerModeLines(config: Config, providers: ProviderRegistry): string[] {
  return PROVIDER_IDS.map((id) => {
    const provider = providers[id];
    const name = id.toUpperCase();
    if (!provider) return `  ${id.padEnd(8)} OFF`;
    if (provider.mode !== 'sandbox') return `  ${id.padEnd(8)} LIVE ${provider.baseUrl}`;
    const note = config.mode === 'live' ? ` (${name}_MODE=sandbox: simulated data beside live providers)` : '';
    return `  ${id.padEnd(8)} SANDBOX (simulator) ${provider.baseUrl}${note}`;
  });
}
import { SimServer } from './sandbox/server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const { warning } = checkCallerAuth(config);
  if (warning) console.warn(`\n${'!'.repeat(100)}\n${warning}\n${'!'.repeat(100)}\n`);
  for (const [name, port] of Object.entries(config.sandboxPorts)) SimServer.pinnedPorts.set(name, port);
  const enabled = PROVIDER_IDS.filter((id) => config.providers[id].mode !== 'off');
  const ops = new Ops({ config: config.ops, enabled, defaultMetrics: true });
  // Traces only when OTEL_EXPORTER_OTLP_ENDPOINT is set (src/ops/tracing.ts); otherwise nothing is started.
  // The OpenTelemetry SDK is loaded, and started, only then (in the production build, a chunk of its own).
  const tracing = config.tracing.endpoint ? (await import('./ops/tracing.js')).startTracing(config.tracing) : null;
  const runtime = await startProviders(config, { observer: combineObservers(ops.observer, tracing?.observer) });
  const appOptions = appOptionsFromConfig(config, runtime.providers, runtime.shared);
  const yoga = createApp({ ...appOptions, ops, tracing });
  const server = createServer(yoga);
  const drainer = trackRequests(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const metricsServer =
    config.ops.metrics.enabled && config.ops.metrics.port != null ? await startMetricsServer(ops, config.ops.metrics.host, config.ops.metrics.port) : null;
  ops.health.warmUp();
  // The audit store opens after the server listens (start-up stays fast) and purges daily.
  appOptions.audit?.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;

  const lines = [`idgraph is listening on ${url} in ${config.mode.toUpperCase()} mode${config.graphiql ? ' (GraphiQL: open it in a browser)' : ''}`];
  lines.push(...providerModeLines(config, runtime.providers));
  lines.push(
    '',
    'Try:',
    `  curl -s ${url} -H 'content-type: application/json' \\`,
    `    -d '{"query":"{ users(first: 3) { edges { node { provider email status } } } person(email: \\"ada.lovelace@people.example.com\\") { providers } }"}'`,
  );
  lines.push('', 'Or paste this in GraphiQL:', EXAMPLE_QUERY);
  if (metricsServer) {
    const m = metricsServer.address();
    lines.push(`Metrics: http://${config.ops.metrics.host}:${typeof m === 'object' && m ? m.port : config.ops.metrics.port}/metrics`);
  }
  lines.push(`Probes: /health (live), /ready (ready); metrics: ${metricsServer ? 'METRICS_PORT' : config.ops.metrics.enabled ? '/metrics' : 'off'}`);
  lines.push(
    `Logs: ${config.logFormat} at ${config.logLevel}; traces: ${tracing ? `OTLP/HTTP to ${config.tracing.endpoint}${config.tracing.propagateUpstream ? ' (traceparent sent to providers)' : ''}` : 'off'}`,
  );
  console.log(lines.join('\n'));

  // Graceful shutdown (src/ops/shutdown.ts): /ready answers draining, no new connections, requests
  // under way finish within SHUTDOWN_TIMEOUT_MS, then exit 0. A second signal cuts the drain short.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      drainer.cutShort();
      return;
    }
    stopping = true;
    console.log(`\n${signal} received: draining ${drainer.inFlight} request(s) (at most ${config.ops.shutdownTimeoutMs} ms)`);
    ops.health.startDraining();
    metricsServer?.close();
    const { abandoned, durationMs } = await drainer.drain(config.ops.shutdownTimeoutMs);
    metricsServer?.closeAllConnections();
    console.log(abandoned > 0 ? `drain deadline reached after ${durationMs} ms: ${abandoned} request(s) cut` : `drained in ${durationMs} ms`);
    // Pools wait for the calls they still carry; after a cut drain there is nothing left to wait for.
    await Promise.race([
      Promise.all([runtime.close(), appOptions.audit?.close(), tracing?.shutdown().catch(() => undefined)]),
      new Promise((resolve) => setTimeout(resolve, abandoned > 0 ? 100 : 2_000).unref()),
    ]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('idgraph failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
