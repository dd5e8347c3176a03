/** The sandbox app on a real listening node:http server (as `npm start` serves it), for client libraries. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appOptionsFromConfig, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startProviders } from '../../src/providers/index.js';

export interface ListeningApp {
  url: string;
  close(): Promise<void>;
}

export async function listen(env: Record<string, string> = {}): Promise<ListeningApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', AUDIT_ENABLED: 'false', ...env });
  const runtime = await startProviders(config);
  const yoga = createApp({ ...appOptionsFromConfig(config, runtime.providers), graphiql: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}
