import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('runs every provider in sandbox mode with no configuration', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, graphiql: true, corsOrigins: '*' });
    expect(config.providers.apaleo).toEqual({ mode: 'sandbox' });
  });

  it('goes live with credentials and can switch a provider off', () => {
    const live = loadConfig({
      APALEO_CLIENT_ID: 'id',
      APALEO_CLIENT_SECRET: 'secret',
      APALEO_BASE_URL: 'https://identity.example.com',
      AUTHRESS_MODE: 'off',
      LUMAPPS_MODE: 'off',
      LOGTO_MODE: 'off',
    });
    expect(live.providers.apaleo).toMatchObject({ mode: 'live', baseUrl: 'https://identity.example.com', clientId: 'id' });
    expect(loadConfig({ APALEO_ENABLED: 'false' }).providers.apaleo).toEqual({ mode: 'off' });
  });

  it('names every missing or malformed variable', () => {
    expect(() => loadConfig({ APALEO_CLIENT_ID: 'id' })).toThrow(/APALEO_CLIENT_SECRET/);
    const error = (() => {
      try {
        loadConfig({ PORT: 'eighty', HTTP_TIMEOUT_MS: '-1', APALEO_BASE_URL: 'not a url' });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'HTTP_TIMEOUT_MS', 'APALEO_BASE_URL']) expect(message).toContain(name);
  });
});
