/** Simulator ports can be pinned (SANDBOX_PORT_BASE, <PROVIDER>_SANDBOX_PORT); unset, they are random. */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { startProviders } from '../src/providers/index.js';
import { SimServer } from '../src/sandbox/server.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

afterEach(() => SimServer.pinnedPorts.clear());

describe('simulator ports', () => {
  it('are random unless pinned', () => {
    expect(loadConfig({}).sandboxPorts).toEqual({});
  });

  it('follow SANDBOX_PORT_BASE in Provider enum order, and <PROVIDER>_SANDBOX_PORT wins', () => {
    expect(loadConfig({ SANDBOX_PORT_BASE: '4001' }).sandboxPorts).toEqual({ apaleo: 4001, authress: 4002, logto: 4003, lumapps: 4004 });
    expect(loadConfig({ SANDBOX_PORT_BASE: '4001', LOGTO_SANDBOX_PORT: '5555' }).sandboxPorts).toEqual({
      apaleo: 4001,
      authress: 4002,
      logto: 5555,
      lumapps: 4004,
    });
    expect(loadConfig({ LUMAPPS_SANDBOX_PORT: '4100' }).sandboxPorts).toEqual({ lumapps: 4100 });
  });

  it('refuse a malformed port, naming the variable', () => {
    expect(() => loadConfig({ AUTHRESS_SANDBOX_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTHRESS_SANDBOX_PORT: 'eighty' })).toThrow(/AUTHRESS_SANDBOX_PORT/);
    expect(() => loadConfig({ SANDBOX_PORT_BASE: '70000' })).toThrow(/SANDBOX_PORT_BASE/);
  });

  it('are the ports the simulators listen on', async () => {
    const ports = { apaleo: await freePort(), authress: await freePort(), logto: await freePort(), lumapps: await freePort() };
    for (const [name, port] of Object.entries(ports)) SimServer.pinnedPorts.set(name, port);
    const runtime = await startProviders(loadConfig({ LOG_LEVEL: 'silent' }));
    try {
      for (const [name, port] of Object.entries(ports)) {
        expect(runtime.providers[name as keyof typeof ports]?.baseUrl).toBe(`http://127.0.0.1:${port}`);
      }
    } finally {
      await runtime.close();
    }
  });
});
