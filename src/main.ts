/** The only file that listens: load config → start providers (and simulators) → yoga → node:http. */
import { createServer } from 'node:http';
import { PROVIDER_IDS } from './domain/types.js';
import { appOptionsFromConfig, createApp, EXAMPLE_QUERY } from './app.js';
import { checkCallerAuth, ConfigError, loadConfig } from './config.js';
import { startProviders } from './providers/index.js';
import { SimServer } from './sandbox/server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const { warning } = checkCallerAuth(config);
  if (warning) console.warn(`\n${'!'.repeat(100)}\n${warning}\n${'!'.repeat(100)}\n`);
  for (const [name, port] of Object.entries(config.sandboxPorts)) SimServer.pinnedPorts.set(name, port);
  const runtime = await startProviders(config);
  const yoga = createApp(appOptionsFromConfig(config, runtime.providers));
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;

  const lines = [`idgraph is listening on ${url}${config.graphiql ? ' (GraphiQL: open it in a browser)' : ''}`];
  for (const id of PROVIDER_IDS) {
    const provider = runtime.providers[id];
    if (provider) lines.push(`  ${provider.id.padEnd(8)} ${provider.mode === 'sandbox' ? 'SANDBOX (simulator)' : 'LIVE'} ${provider.baseUrl}`);
  }
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
