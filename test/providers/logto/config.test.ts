import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { createLogtoProvider } from '../../../src/providers/logto/adapter.js';
import { LogtoSandbox } from '../../../src/providers/logto/sandbox.js';

describe('Logto configuration', () => {
  it('runs in sandbox mode without credentials, and can be switched off', () => {
    expect(loadConfig({}).providers.logto).toEqual({ mode: 'sandbox' });
    expect(loadConfig({ LOGTO_ENABLED: 'false' }).providers.logto).toEqual({ mode: 'off' });
  });

  it('goes live with both credentials and a base URL; the resource defaults to the OSS indicator', () => {
    expect(
      loadConfig({
        LOGTO_APP_ID: 'a',
        LOGTO_APP_SECRET: 's',
        LOGTO_BASE_URL: 'https://t1.logto.app',
        APALEO_MODE: 'off',
        AUTHRESS_MODE: 'off',
        LUMAPPS_MODE: 'off',
      }).providers.logto,
    ).toEqual({
      mode: 'live',
      baseUrl: 'https://t1.logto.app',
      appId: 'a',
      appSecret: 's',
      resource: 'https://default.logto.app/api',
    });
  });

  it.each([
    [{ LOGTO_APP_ID: 'a' }, 'LOGTO_APP_SECRET'],
    [{ LOGTO_APP_SECRET: 's' }, 'LOGTO_APP_ID'],
    [{ LOGTO_APP_ID: 'a', LOGTO_APP_SECRET: 's' }, 'LOGTO_BASE_URL'],
    [{ LOGTO_RESOURCE: 'not a url' }, 'LOGTO_RESOURCE'],
  ])('names the missing or malformed variable (%o)', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe('Logto adapter in live mode', () => {
  let sandbox: LogtoSandbox;
  let baseUrl: string;
  beforeAll(async () => {
    sandbox = new LogtoSandbox({ appId: 'live-app', appSecret: 'live-secret', resource: 'https://t1.logto.app/api' });
    baseUrl = await sandbox.start();
  });
  afterAll(() => sandbox.stop());

  it('uses the configured resource indicator and caches the token across calls', async () => {
    const provider = createLogtoProvider({
      mode: 'live',
      baseUrl,
      credentials: { appId: 'live-app', appSecret: 'live-secret', resource: 'https://t1.logto.app/api' },
    });
    try {
      expect((await provider.listTenants({ first: 2 })).totalCount).toBe(6);
      expect((await provider.listRoles({ first: 2 })).totalCount).toBe(5);
      expect(sandbox.tokensIssued).toBe(1);
    } finally {
      await provider.close();
    }
  });

  it('renews the token before it expires, so no call meets a 401', async () => {
    sandbox.tokenTtlSeconds = 1;
    const provider = createLogtoProvider({
      mode: 'live',
      baseUrl,
      credentials: { appId: 'live-app', appSecret: 'live-secret', resource: 'https://t1.logto.app/api' },
    });
    try {
      const issued = sandbox.tokensIssued;
      sandbox.server.resetCounts();
      await provider.listRoles({ first: 1 });
      await new Promise((resolve) => setTimeout(resolve, 600));
      await provider.listRoles({ first: 1 });
      expect(sandbox.tokensIssued).toBe(issued + 2);
      // One call each: neither was answered 401 and repeated.
      expect(sandbox.server.count('roles.list')).toBe(2);
    } finally {
      sandbox.tokenTtlSeconds = 3600;
      await provider.close();
    }
  });

  it('fails with a token error naming Logto when the secret is wrong', async () => {
    const provider = createLogtoProvider({
      mode: 'live',
      baseUrl,
      credentials: { appId: 'live-app', appSecret: 'wrong', resource: 'https://t1.logto.app/api' },
    });
    try {
      await expect(provider.listTenants({ first: 1 })).rejects.toMatchObject({
        provider: 'logto',
        operation: 'token',
        status: 401,
        providerCode: 'oidc.invalid_client',
      });
    } finally {
      await provider.close();
    }
  });

  it('says a wrong LOGTO_RESOURCE is the resource indicator (oidc.invalid_target), not the client id and secret', async () => {
    const provider = createLogtoProvider({
      mode: 'live',
      baseUrl,
      credentials: { appId: 'live-app', appSecret: 'live-secret', resource: 'https://default.logto.app/api' },
    });
    try {
      const error = await provider.listRoles({ first: 1 }).then(
        () => null,
        (e: unknown) => e as Error & { providerCode?: string },
      );
      expect(error?.providerCode).toBe('oidc.invalid_target');
      expect(error?.message).toMatch(/LOGTO_RESOURCE/);
      expect(error?.message).not.toMatch(/client id and secret/);
    } finally {
      await provider.close();
    }
  });
});
