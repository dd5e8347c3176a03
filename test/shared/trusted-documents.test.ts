import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOptionsFromConfig, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startProviders, type Runtime } from '../../src/providers/index.js';
import { MemoryStore } from '../../src/shared/store.js';
import { parseTrustedDocuments } from '../../src/shared/trusted-documents.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const QUERY = 'query Providers { providers { provider } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const dir = mkdtempSync(join(tmpdir(), 'idgraph-trusted-'));

describe('trusted documents (allowlist mode)', () => {
  let app: TestApp;
  const id = sha256(QUERY);
  beforeAll(async () => {
    const manifest = join(dir, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ [id]: QUERY, 'relay-md5-id': QUERY }));
    app = await createTestApp({ TRUSTED_DOCUMENTS: manifest });
  });
  afterAll(async () => {
    await app.close();
  });

  it('runs a manifest document by codegen documentId, Relay doc_id and Apollo persistedQuery hash', async () => {
    for (const body of [{ documentId: id }, { doc_id: 'relay-md5-id' }, { extensions: { persistedQuery: { version: 1, sha256Hash: id } } }]) {
      const response = await app.raw(JSON.stringify(body));
      expect(response.status).toBe(200);
      const json = JSON.parse(response.text);
      expect(json.errors).toBeUndefined();
      expect(json.data.providers.length).toBeGreaterThan(0);
    }
  });

  it('refuses an id not in the manifest and any query text, with a code', async () => {
    const unknown = await app.raw(JSON.stringify({ documentId: sha256('{ __typename }') }));
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Even the text of a trusted document is refused: clients send ids.
    const text = await app.raw(JSON.stringify({ query: QUERY }));
    expect(text.status).toBe(400);
    expect(JSON.parse(text.text).errors[0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_ONLY' } });
    const none = await app.raw(JSON.stringify({ variables: {} }));
    expect(none.status).toBe(400);
    expect(JSON.parse(none.text).errors[0].extensions.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
  });
});

describe('manifest formats', () => {
  it('reads codegen/Relay maps and Apollo manifests; names what is wrong', () => {
    expect(parseTrustedDocuments(JSON.stringify({ a: '{ x }' })).get('a')).toBe('{ x }');
    const apollo = parseTrustedDocuments(
      JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: 'h1', name: 'Q', type: 'query', body: '{ y }' }] }),
    );
    expect(apollo.get('h1')).toBe('{ y }');
    expect(() => parseTrustedDocuments('nope')).toThrow(/not JSON/);
    expect(() => parseTrustedDocuments('{}')).toThrow(/lists no documents/);
    expect(() => parseTrustedDocuments('{"a": 1}')).toThrow(/"a" is not a string/);
    expect(() => parseTrustedDocuments('{"format":"apollo-persisted-query-manifest","operations":[{"id":"x"}]}')).toThrow(/operations\[0\]/);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: '/x.json', PERSISTED_QUERIES: 'true' })).toThrow(
      /PERSISTED_QUERIES: cannot be combined with TRUSTED_DOCUMENTS/,
    );
  });

  it('a missing manifest stops startup with a clear message', async () => {
    const config = loadConfig({ TRUSTED_DOCUMENTS: join(dir, 'missing.json'), LOG_LEVEL: 'silent' });
    expect(() => appOptionsFromConfig(config, {})).toThrow(/TRUSTED_DOCUMENTS: cannot read .*missing\.json \(ENOENT\)/);
  });
});

describe('automatic persisted queries', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await startProviders(loadConfig({ LOG_LEVEL: 'silent', PERSISTED_QUERIES: 'true' }));
  });
  afterAll(async () => {
    await runtime.close();
  });
  const post = async (yoga: ReturnType<typeof createApp>, body: unknown) => {
    const r = await yoga.fetch('http://idgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: r.status, json: (await r.json()) as Record<string, any> };
  };

  it('a hash registered through one replica runs by hash on another sharing the store', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', PERSISTED_QUERIES: 'true' });
    const shared = new MemoryStore();
    const a = createApp(appOptionsFromConfig(config, runtime.providers, shared));
    const b = createApp(appOptionsFromConfig(config, runtime.providers, shared));
    const persistedQuery = { version: 1, sha256Hash: sha256(QUERY) };
    const miss = await post(b, { extensions: { persistedQuery } });
    expect(miss.json.errors[0].message).toBe('PersistedQueryNotFound');
    const registered = await post(a, { query: QUERY, extensions: { persistedQuery } });
    expect(registered.json.data.providers.length).toBeGreaterThan(0);
    const hit = await post(b, { extensions: { persistedQuery } });
    expect(hit.json.errors).toBeUndefined();
    expect(hit.json.data).toEqual(registered.json.data);
    // A hash that does not match its query is refused (no poisoning of the shared store).
    const wrong = await post(a, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors[0].message).toBe('PersistedQueryMismatch');
  });

  it('is off by default: a hash alone is not a query', async () => {
    const yoga = createApp(appOptionsFromConfig(loadConfig({ LOG_LEVEL: 'silent' }), runtime.providers, new MemoryStore()));
    const response = await post(yoga, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
    expect(response.json.errors[0].message).not.toBe('PersistedQueryNotFound');
    expect(response.json.data).toBeUndefined();
  });
});
