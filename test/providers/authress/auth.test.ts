/** The service-client JWT: header and claims as the Authress SDK signs them, and the simulator's 401s. */
import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authressTokenSource, issuerOrigin, parseAccessKey, signServiceClientToken, TOKEN_LIFETIME_SECONDS } from '../../../src/providers/authress/auth.js';
import { AuthressSandbox } from '../../../src/providers/authress/sandbox.js';

let sandbox: AuthressSandbox;
let baseUrl: string;

beforeAll(async () => {
  sandbox = new AuthressSandbox({ users: 20 });
  baseUrl = await sandbox.start();
});
afterAll(() => sandbox.stop());

async function call(token: string | null): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}/v1/tenants`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}

describe('parseAccessKey', () => {
  it('splits the four segments', () => {
    expect(parseAccessKey('sc_a.kid1.acc-1.MC4CAQAwBQYDK2VwBCIEIabc=')).toEqual({
      clientId: 'sc_a',
      keyId: 'kid1',
      accountId: 'acc-1',
      privateKeyBase64: 'MC4CAQAwBQYDK2VwBCIEIabc=',
    });
  });
  it('rejects legacy JSON keys and malformed keys without echoing them', () => {
    expect(() => parseAccessKey('eyJzZWNyZXQiOiJ4In0')).toThrow(/legacy/);
    expect(() => parseAccessKey('sc_a.kid1.acc-1')).toThrow(/form/);
    expect(() => parseAccessKey('sc_a.kid1.acc-1.not base64!')).toThrow(/base64/);
    try {
      parseAccessKey('sc_a.kid1.acc-1.secret!!');
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
  });
});

describe('signServiceClientToken', () => {
  it('signs the header and claims the SDK signs', async () => {
    const token = await signServiceClientToken(baseUrl, sandbox.accessKey, 1_700_000_000);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA', kid: 'sandbox-key-1', typ: 'at+jwt' });
    expect(decodeJwt(token)).toEqual({
      aud: 'acc-idgraph-sandbox.accounts.authress.io',
      iss: `${baseUrl}/v1/clients/sc_idgraph_sandbox`,
      sub: 'sc_idgraph_sandbox',
      client_id: 'sc_idgraph_sandbox',
      scope: 'openid',
      iat: 1_700_000_000,
      exp: 1_700_000_000 + TOKEN_LIFETIME_SECONDS,
    });
  });

  it('uses the account host as issuer origin for authress.io URLs', () => {
    expect(issuerOrigin('https://login.authress.io', 'acc-1')).toBe('https://acc-1.api.authress.io');
    expect(issuerOrigin('https://auth.example.com/some/path', 'acc-1')).toBe('https://auth.example.com');
  });

  it('is cached: concurrent callers share one signature', async () => {
    const source = authressTokenSource(baseUrl, sandbox.accessKey);
    const tokens = await Promise.all([source.get(), source.get(), source.get()]);
    expect(new Set(tokens).size).toBe(1);
    expect(source.fetches).toBe(1);
    source.invalidate(tokens[0]!);
    await source.get();
    expect(source.fetches).toBe(2);
  });
});

describe('token reuse', () => {
  it('reuses the 24 h token until less than 1 h is left, then signs a new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
      const source = authressTokenSource(baseUrl, sandbox.accessKey);
      const first = await source.get();
      vi.setSystemTime(new Date('2026-01-01T22:59:00Z'));
      expect(await source.get()).toBe(first);
      expect(source.fetches).toBe(1);
      vi.setSystemTime(new Date('2026-01-01T23:00:01Z'));
      const second = await source.get();
      expect(second).not.toBe(first);
      expect(source.fetches).toBe(2);
      expect(decodeJwt(second).iat).toBe(Date.parse('2026-01-01T23:00:01Z') / 1000);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('simulator token verification', () => {
  it('accepts a valid token', async () => {
    const { status, body } = await call(await signServiceClientToken(baseUrl, sandbox.accessKey));
    expect(status).toBe(200);
    expect(body.tenants).toHaveLength(sandbox.tenantsPageSize);
  });

  it('answers 401 with { errorCode, title } to a missing token, a bad signature, a wrong audience and an expired token', async () => {
    expect((await call(null)).status).toBe(401);

    const other = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const forged = await signServiceClientToken(baseUrl, { ...sandbox.accessKey, privateKeyBase64: other });
    const badSignature = await call(forged);
    expect(badSignature).toEqual({ status: 401, body: { errorCode: 'Unauthorized', title: expect.any(String) } });

    const wrongAudience = await signServiceClientToken(baseUrl, { ...sandbox.accessKey, accountId: 'acc-other' });
    expect((await call(wrongAudience)).status).toBe(401);

    const expired = await signServiceClientToken(baseUrl, sandbox.accessKey, Math.floor(Date.now() / 1000) - TOKEN_LIFETIME_SECONDS - 10);
    expect((await call(expired)).status).toBe(401);

    const wrongIssuer = await signServiceClientToken('http://elsewhere.example.com', sandbox.accessKey);
    expect((await call(wrongIssuer)).status).toBe(401);
  });

  it('a token accepted once is refused when it expires, and a token altered after acceptance is refused', async () => {
    // Signed 10 s before it would be expired: accepted now (and remembered), refused 11 s later.
    const soon = await signServiceClientToken(baseUrl, sandbox.accessKey, Math.floor(Date.now() / 1000) - TOKEN_LIFETIME_SECONDS + 10);
    expect((await call(soon)).status).toBe(200);
    expect((await call(soon)).status).toBe(200);
    const [header, payload, signature] = soon.split('.');
    const altered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await call(altered)).status).toBe(401);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 11_000 });
    try {
      expect((await call(soon)).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('publishes the public key as a JWKS', async () => {
    const response = await fetch(`${baseUrl}/v1/clients/sc_idgraph_sandbox/.well-known/openid-configuration/jwks`);
    const body = (await response.json()) as { keys: { kty: string; crv: string; kid: string }[] };
    expect(body.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'sandbox-key-1' });
  });
});
