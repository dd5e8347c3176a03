import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Pool } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { Exchange, ExchangeCancelled } from '../../src/http/exchange.js';

let server: Server;
let pool: Pool;
/** This test's server: what it was asked for and which of its connections closed (a new array per server, so a late close of an earlier test's socket is not counted). */
let seen: string[] = [];
let closed: Socket[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void, connections = 1): Promise<void> {
  const requests: string[] = (seen = []);
  const mine: Socket[] = (closed = []);
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  server.on('connection', (socket) => socket.on('close', () => mine.push(socket)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pool = new Pool(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { connections, pipelining: 1 });
}

afterEach(async () => {
  await pool?.destroy();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

const get = (path: string) => ({ method: 'GET' as const, path, headers: { accept: 'application/json' } });
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe('Exchange (an undici dispatch read whole)', () => {
  it('reads a chunked body whole, a character split across chunks included, with the status and headers', async () => {
    const text = JSON.stringify({ name: 'Zoë Ångström — 東京' });
    const bytes = Buffer.from(text, 'utf8');
    await serve((_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json', 'x-total-count': '7' });
      // One byte at a time: every multi-byte character is cut between chunks.
      let i = 0;
      const next = () => (i < bytes.length ? res.write(bytes.subarray(i, ++i), () => setImmediate(next)) : res.end());
      next();
    });
    const result = await new Exchange(1024).start(pool, get('/one'));
    expect(result).toEqual({ kind: 'response', status: 201, headers: expect.objectContaining({ 'x-total-count': '7' }), text });
  });

  it('an empty body is the empty string', async () => {
    await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    expect(await new Exchange(1024).start(pool, get('/empty'))).toMatchObject({ kind: 'response', status: 204, text: '' });
  });

  it('a declared length over the cap is too-large before the body is read, and its connection is closed', async () => {
    await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '5000' });
      res.write('x'.repeat(100)); // the rest never comes: only the header can settle it
    });
    expect(await new Exchange(1000).start(pool, get('/big'))).toEqual({ kind: 'too-large', status: 200 });
    await until(() => closed.length === 1);
  });

  it('a chunked body is counted as it arrives: too-large past the cap, and its connection is closed', async () => {
    await serve((_req, res) => {
      res.writeHead(200);
      res.write('x'.repeat(600));
      setTimeout(() => res.write('y'.repeat(600)), 10);
    });
    expect(await new Exchange(1000).start(pool, get('/big'))).toEqual({ kind: 'too-large', status: 200 });
    await until(() => closed.length === 1);
  });

  it('cancel() while the answer arrives rejects with ExchangeCancelled and closes the connection', async () => {
    await serve((_req, res) => {
      res.writeHead(200);
      res.write('{"partial":');
    });
    const exchange = new Exchange(1024);
    const pending = exchange.start(pool, get('/slow'));
    await until(() => seen.length === 1);
    exchange.cancel();
    await expect(pending).rejects.toBeInstanceOf(ExchangeCancelled);
    expect(exchange.cancelled).toBe(true);
    await until(() => closed.length === 1);
  });

  it('cancel() of a call still queued for a connection: it is never sent', async () => {
    let release: () => void = () => {};
    await serve((req, res) => {
      if (req.url === '/first') release = () => res.end('{}');
      else res.end('{}');
    });
    const first = new Exchange(1024).start(pool, get('/first'));
    await until(() => seen.length === 1);
    const queued = new Exchange(1024);
    const pending = queued.start(pool, get('/queued'));
    queued.cancel();
    release();
    await expect(first).resolves.toMatchObject({ status: 200, text: '{}' });
    await expect(pending).rejects.toBeInstanceOf(ExchangeCancelled);
    // The pool's one connection still serves the next call; the queued one never reached the server.
    await expect(new Exchange(1024).start(pool, get('/after'))).resolves.toMatchObject({ status: 200 });
    expect(seen).toEqual(['/first', '/after']);
  });

  it('cancel() after it settled changes nothing', async () => {
    await serve((_req, res) => res.end('{"ok":true}'));
    const exchange = new Exchange(1024);
    const result = await exchange.start(pool, get('/done'));
    exchange.cancel();
    expect(result).toMatchObject({ status: 200, text: '{"ok":true}' });
    await expect(new Exchange(1024).start(pool, get('/again'))).resolves.toMatchObject({ status: 200 });
    expect(closed).toHaveLength(0);
  });

  it("a connection error rejects with undici's error", async () => {
    await serve((req) => req.socket.destroy());
    await expect(new Exchange(1024).start(pool, get('/reset'))).rejects.toMatchObject({ name: expect.stringMatching(/SocketError|Error/) });
  });
});
