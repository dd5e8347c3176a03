/** The only file that listens: load config → start providers (and simulators) → yoga → node:http. */
import { createServer } from 'node:http';
import { PROVIDER_IDS } from './domain/types.js';
import { appOptionsFromConfig, createApp, EXAMPLE_QUERY } from './app.js';
import { checkCallerAuth, ConfigError, loadConfig, type Config } from './config.js';
import type { ProviderRegistry } from './domain/provider.js';
import { startProviders } from './providers/index.js';

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

async function main(): Promise<void> {
  const config = loadConfig();
  const { warning } = checkCallerAuth(config);
  if (warning) console.warn(`\n${'!'.repeat(100)}\n${warning}\n${'!'.repeat(100)}\n`);
  const runtime = await startProviders(config);
  const yoga = createApp(appOptionsFromConfig(config, runtime.providers, runtime.shared));
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;

  const lines = [`idgraph is listening on ${url} in ${config.mode.toUpperCase()} mode${config.graphiql ? ' (GraphiQL: open it in a browser)' : ''}`];
  lines.push(...providerModeLines(config, runtime.providers));
  lines.push('', 'Try:', `  curl -s ${url} -H 'content-type: application/json' \\`, `    -d '{"query":"{ users(first: 3) { edges { node { provider email status } } } person(email: \\"ada.lovelace@people.example.com\\") { providers } }"}'`);
  lines.push('', 'Or paste this in GraphiQL:', EXAMPLE_QUERY);
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, shutting down`);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await runtime.close();
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
