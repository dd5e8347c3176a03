/**
 * Structured logs (issue 14 item 4): the pino stream is captured and its JSON lines checked: one
 * line per GraphQL request with request id, operation, caller, duration, upstream calls and error
 * codes; credentials never appear; yoga's lines (client errors, refused callers) keep debug.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/logging.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
const READER_KEY = 'reader-key-logging-0123456789';
const API_KEYS = JSON.stringify([{ name: 'reader', sha256: sha256Hex(READER_KEY), scopes: ['users:read'] }]);
const USERS = 'query Users { users(first: 2, provider: APALEO) { edges { node { id } } } }';

interface Line {
  level: number;
  msg: string;
  time: string;
  requestId?: string;
  operationName?: string | null;
  operationType?: string | null;
  caller?: string | null;
  callerKind?: string | null;
  status?: number;
  durationMs?: number;
  upstreamCalls?: number;
  errorCodes?: string[];
}

describe('request log lines (LOG_FORMAT=json)', () => {
  const raw: string[] = [];
  let app: TestApp;
  const lines = (): Line[] => raw.map((l) => JSON.parse(l) as Line);
  const requestLines = () => lines().filter((l) => l.msg === 'graphql request');

  beforeAll(async () => {
    const log = createLogger({ level: 'debug', format: 'json', destination: { write: (s: string) => void raw.push(s) } });
    app = await createTestApp({ AUTH_API_KEYS: API_KEYS }, { log });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    raw.length = 0;
  });

  it('one line per request: request id (honoured and echoed), operation, caller, duration, upstream calls', async () => {
    const response = await app.post(JSON.stringify({ query: USERS }), { authorization: `Bearer ${READER_KEY}`, 'x-request-id': 'lb-req-42' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('lb-req-42');
    const [line, ...more] = requestLines();
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      requestId: 'lb-req-42',
      operationName: 'Users',
      operationType: 'query',
      caller: 'reader',
      callerKind: 'api-key',
      status: 200,
      errorCodes: [],
    });
    expect(line!.upstreamCalls).toBeGreaterThanOrEqual(1);
    expect(line!.durationMs).toBeGreaterThan(0);
    expect(new Date(line!.time).toISOString()).toBe(line!.time);
    expect(raw.join('')).not.toContain(READER_KEY);
  });

  it('a generated request id when none, or an unusable one, came', async () => {
    const first = await app.post(JSON.stringify({ query: USERS }), { authorization: `Bearer ${READER_KEY}` });
    const second = await app.post(JSON.stringify({ query: USERS }), { authorization: `Bearer ${READER_KEY}`, 'x-request-id': 'has spaces and "quotes"' });
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(requestLines().map((l) => l.requestId)).toEqual(ids);
  });

  it('error codes of client errors; the client error itself at debug', async () => {
    const response = await app.post(JSON.stringify({ query: 'query Bad { user(provider: APALEO) { id } }' }), { authorization: `Bearer ${READER_KEY}` });
    expect(response.status).toBe(200);
    const [line] = requestLines();
    expect(line).toMatchObject({ operationName: 'Bad', caller: 'reader', callerKind: 'api-key', errorCodes: ['BAD_USER_INPUT'], level: 30 });
    const debug = lines().filter((l) => l.level === 20 && l.msg.startsWith('client error BAD_USER_INPUT'));
    expect(debug).toHaveLength(1);
    expect(lines().filter((l) => l.level >= 50)).toEqual([]);
  });

  it('a refused caller: 401 logged with its code, the gate line at debug, the presented key nowhere', async () => {
    const wrongKey = 'wrong-key-that-must-not-be-logged-987';
    const response = await app.post(JSON.stringify({ query: USERS }), { authorization: `Bearer ${wrongKey}`, 'x-request-id': 'refused-1' });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-request-id')).toBe('refused-1');
    const [line] = requestLines();
    expect(line).toMatchObject({ requestId: 'refused-1', status: 401, caller: null, callerKind: null, errorCodes: ['UNAUTHENTICATED'], upstreamCalls: 0 });
    expect(lines().some((l) => l.level === 20 && l.msg.startsWith('caller refused: 401'))).toBe(true);
    expect(raw.join('')).not.toContain(wrongKey);
  });

  it('LOG_LEVEL=warn keeps request lines out', async () => {
    const quiet: string[] = [];
    const log = createLogger({ level: 'warn', format: 'json', destination: { write: (s: string) => void quiet.push(s) } });
    const other = await createTestApp({}, { log });
    try {
      expect((await other.post(JSON.stringify({ query: USERS }))).status).toBe(200);
      expect(quiet).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('logger', () => {
  it('redacts secrets by construction, whatever object is logged', () => {
    const raw: string[] = [];
    const log = createLogger({ level: 'info', format: 'json', destination: { write: (s: string) => void raw.push(s) } });
    log.info({ headers: { authorization: 'Bearer tok-123' }, token: 'tok-456', upstream: { clientSecret: 'cs-789', authorization: 'Basic abc' } }, 'x');
    const text = raw.join('');
    for (const secret of ['tok-123', 'tok-456', 'cs-789', 'Basic abc']) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({
      headers: '[redacted]',
      token: '[redacted]',
      upstream: { clientSecret: '[redacted]', authorization: '[redacted]' },
    });
  });

  it('pretty: one human-readable line per request', async () => {
    const raw: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        raw.push(chunk.toString('utf8'));
        done();
      },
    });
    const log = createLogger({ level: 'info', format: 'pretty', destination });
    const app = await createTestApp({}, { log });
    try {
      await app.post(JSON.stringify({ query: USERS }), { 'x-request-id': 'pretty-1' });
      const text = raw.join('');
      expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: graphql request \{.*"requestId":"pretty-1".*"operationName":"Users".*\}\n$/);
      expect(() => JSON.parse(text)).toThrow();
    } finally {
      await app.close();
    }
  });

  it('LOG_FORMAT: pretty by default in the sandbox, json when asked (live mode defaults to json)', () => {
    expect(loadConfig({}).logFormat).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });
});
