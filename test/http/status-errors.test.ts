/**
 * Issue 13 item 2: the HTTP core turns every non-2xx status into one typed UpstreamStatusError
 * subclass, the same for every provider, with the code and extensions clients saw before; the
 * helpers orNull / orNotFound / mapStatus read them at call sites with a provider's declared exceptions.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  EmailConnectorMissingError,
  InputError,
  NotFoundError,
  ProviderError,
  UpstreamBadRequest,
  UpstreamConflict,
  UpstreamForbidden,
  UpstreamNotFound,
  UpstreamRateLimited,
  UpstreamServerError,
  UpstreamStatusError,
  UpstreamUnauthorized,
  UpstreamUnprocessable,
} from '../../src/domain/errors.js';
import { HttpClient } from '../../src/http/http-client.js';
import { TokenCache } from '../../src/http/token-cache.js';
import { mapStatus, orNotFound, orNull, type StatusException } from '../../src/http/status.js';
import { statusExceptions as apaleo } from '../../src/providers/apaleo/client.js';
import { statusExceptions as authress } from '../../src/providers/authress/client.js';
import { statusExceptions as logto } from '../../src/providers/logto/client.js';
import { statusExceptions as lumapps } from '../../src/providers/lumapps/client.js';

let server: Server;
let baseUrl = '';
const Thing = z.object({ id: z.string() });

beforeAll(async () => {
  // GET /status/{n} answers n with a small JSON error body; /empty/{n} answers n without a body.
  server = createServer((req, res) => {
    const [, kind, raw] = (req.url ?? '').split('/');
    const status = Number(raw);
    if (kind === 'ok') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'a' }));
    } else if (kind === 'empty') {
      res.writeHead(status);
      res.end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: `E${status}`, message: `status ${status}` }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const describeError = (_status: number, body: unknown) => {
  const parsed = z.object({ code: z.string(), message: z.string() }).safeParse(body);
  return parsed.success ? parsed.data : {};
};

async function failure(provider: 'apaleo' | 'logto', status: number): Promise<unknown> {
  const http = new HttpClient({ provider, baseUrl, maxAttempts: 1, describeError });
  try {
    await http.request({ operation: 'getThing', method: 'GET', path: `/status/${status}`, schema: Thing });
    return null;
  } catch (error) {
    return error;
  } finally {
    await http.close();
  }
}

describe('the HTTP core generates one typed error per status, for every provider alike', () => {
  const cases = [
    [400, UpstreamBadRequest, 'BAD_USER_INPUT'],
    [401, UpstreamUnauthorized, 'UPSTREAM_ERROR'],
    [403, UpstreamForbidden, 'FORBIDDEN'],
    [404, UpstreamNotFound, 'NOT_FOUND'],
    [409, UpstreamConflict, 'BAD_USER_INPUT'],
    [415, UpstreamStatusError, 'BAD_USER_INPUT'],
    [422, UpstreamUnprocessable, 'BAD_USER_INPUT'],
    [429, UpstreamRateLimited, 'RATE_LIMITED'],
    [500, UpstreamServerError, 'UPSTREAM_ERROR'],
    [501, UpstreamServerError, 'UPSTREAM_ERROR'],
    [504, UpstreamServerError, 'UPSTREAM_TIMEOUT'],
    [410, UpstreamStatusError, 'UPSTREAM_ERROR'],
  ] as const;

  it.each(cases)('HTTP %i → %o with code %s', async (status, type, code) => {
    for (const provider of ['apaleo', 'logto'] as const) {
      const error = await failure(provider, status);
      expect(error).toBeInstanceOf(type);
      expect(error).toBeInstanceOf(ProviderError);
      const e = error as UpstreamStatusError;
      expect(e.code).toBe(code);
      // The extensions clients see are those of any ProviderError (no new keys, same values).
      expect(e.extensions()).toEqual({
        provider,
        operation: 'getThing',
        status,
        providerCode: `E${status}`,
        retryable: [429, 502, 503, 504].includes(status),
        ...(e.retryAfterSeconds != null ? { retryAfterSeconds: e.retryAfterSeconds } : {}),
      });
      expect(e.message).toBe(`${provider} getThing failed with HTTP ${status}: status ${status}`);
    }
  });

  it('a status error carries no stack frames (it names provider, operation and status), and the stack limit is restored', async () => {
    const limit = Error.stackTraceLimit;
    const error = (await failure('apaleo', 404)) as UpstreamNotFound;
    expect(error).toBeInstanceOf(UpstreamNotFound);
    expect(error.stack?.split('\n')).toEqual([`ProviderError: ${error.message}`]);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('x').stack).toContain('\n    at ');
  });

  it('a 404 is not any other class, and a 403 is not a 404', async () => {
    expect(await failure('apaleo', 404)).not.toBeInstanceOf(UpstreamForbidden);
    expect(await failure('apaleo', 403)).not.toBeInstanceOf(UpstreamNotFound);
  });

  it('types request(): a body call answers its parsed body, an emptyStatuses call may answer null', async () => {
    const http = new HttpClient({ provider: 'apaleo', baseUrl, maxAttempts: 1 });
    try {
      const body = await http.request({ operation: 'get', method: 'GET', path: '/ok/200', schema: Thing });
      // No `!`: the type is { id: string }.
      expect(body.data.id).toBe('a');
      const maybe = await http.request({ operation: 'list', method: 'GET', path: '/empty/204', schema: Thing, emptyStatuses: [204] });
      expect(maybe.data).toBeNull();
      const none = await http.request({ operation: 'delete', method: 'DELETE', path: '/empty/204', schema: null });
      expect(none).toMatchObject({ status: 204, data: null });
    } finally {
      await http.close();
    }
  });
});

describe('a failed token is never read as the status of the resource', () => {
  it('a 404 from the token endpoint fails a by-id read instead of answering null', async () => {
    const http = new HttpClient({ provider: 'apaleo', baseUrl, maxAttempts: 1, describeError });
    const tokens = new TokenCache(async () => {
      await http.request({ operation: 'token', method: 'POST', path: '/status/404', form: { grant_type: 'client_credentials' }, schema: null });
      return { token: 't', expiresInSeconds: 60 };
    });
    try {
      const read = http.request({ operation: 'getThing', method: 'GET', path: '/ok/200', schema: Thing, auth: tokens });
      const error = await orNull(read).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).not.toBeInstanceOf(UpstreamNotFound);
      expect(error).toMatchObject({ operation: 'token', code: 'UPSTREAM_ERROR', status: 404 });
    } finally {
      await http.close();
    }
  });
});

const generated = (status: number, provider: 'apaleo' | 'logto' | 'lumapps' | 'authress' = 'apaleo') =>
  UpstreamStatusError.generate({ provider, operation: 'op', status, message: `HTTP ${status}` });

describe('orNull, orNotFound and mapStatus', () => {
  it('orNull answers null for a 404 and passes other failures and answers through', async () => {
    await expect(orNull(Promise.reject(generated(404)))).resolves.toBeNull();
    await expect(orNull(Promise.resolve('x'))).resolves.toBe('x');
    await expect(orNull(Promise.reject(generated(400)))).rejects.toBeInstanceOf(UpstreamBadRequest);
    await expect(orNull(Promise.reject(generated(403)))).rejects.toBeInstanceOf(UpstreamForbidden);
  });

  it('a lost write (a plain ProviderError with status, not generated from an answer) is never read as absent', async () => {
    const lost = new ProviderError({ provider: 'logto', operation: 'deleteUser', code: 'UPSTREAM_ERROR', status: 404, outcomeUnknown: true, message: 'lost' });
    await expect(orNull(Promise.reject(lost))).rejects.toBe(lost);
    await expect(orNotFound(Promise.reject(lost), { kind: 'User', id: 'u' })).rejects.toBe(lost);
  });

  it('orNotFound turns a 404 into the NotFoundError of the provider that answered', async () => {
    const error = await orNotFound(Promise.reject(generated(404, 'logto')), { kind: 'Invitation', id: 'i1', field: 'input.id' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', provider: 'logto', kind: 'Invitation', id: 'i1', field: 'input.id' });
    await expect(orNotFound(Promise.reject(generated(409)), { kind: 'User', id: 'u' })).rejects.toBeInstanceOf(UpstreamConflict);
  });

  it('an absent exception extends what null means, for the statuses it names only', async () => {
    const hidden: StatusException = { statuses: [403], reason: 'test', means: 'absent' };
    await expect(orNull(Promise.reject(generated(403)), hidden)).resolves.toBeNull();
    await expect(orNull(Promise.reject(generated(400)), hidden)).rejects.toBeInstanceOf(UpstreamBadRequest);
    await expect(orNotFound(Promise.reject(generated(403, 'lumapps')), { kind: 'User', id: 'u' }, hidden)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      provider: 'lumapps',
    });
  });

  it('a mapping exception throws its own error; mapStatus leaves other statuses alone', async () => {
    const teapot: StatusException = { statuses: [418], reason: 'test', means: () => new InputError('x', 'teapot') };
    await expect(mapStatus(Promise.reject(generated(418)), teapot)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'x' });
    await expect(mapStatus(Promise.reject(generated(404)), teapot)).rejects.toBeInstanceOf(UpstreamNotFound);
    await expect(orNotFound(Promise.reject(generated(418)), { kind: 'User', id: 'u' }, teapot)).rejects.toBeInstanceOf(InputError);
  });
});

describe("each provider's declared exceptions (one table each, with a reason)", () => {
  it('every exception names its statuses and a reason', () => {
    const all: StatusException[] = [...Object.values(apaleo), ...Object.values(authress), lumapps.userNotVisible, logto.connectorMissing('createInvitation')];
    for (const e of all) {
      expect(e.statuses.length).toBeGreaterThan(0);
      expect(e.reason.length).toBeGreaterThan(10);
    }
  });

  it('Apaleo: 400 on a by-id user read is no such user; a 400 elsewhere stays a bad request', async () => {
    await expect(orNull(Promise.reject(generated(400)), apaleo.malformedUserId)).resolves.toBeNull();
    await expect(orNull(Promise.reject(generated(400)))).rejects.toBeInstanceOf(UpstreamBadRequest);
  });

  it('LumApps: 403 on user/get is a user idgraph may not see (null), not FORBIDDEN', async () => {
    await expect(orNull(Promise.reject(generated(403, 'lumapps')), lumapps.userNotVisible)).resolves.toBeNull();
  });

  it('Authress: 400 on a call sent with a cursor is the expired cursor, named `after`', async () => {
    await expect(mapStatus(Promise.reject(generated(400, 'authress')), authress.expiredCursor)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
      provider: 'authress',
    });
  });

  it('Logto: 501 when sending an invitation email is the missing email connector, for the public operation', async () => {
    const error = await mapStatus(Promise.reject(generated(501, 'logto')), logto.connectorMissing('resendInvitation')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailConnectorMissingError);
    expect(error).toMatchObject({ code: 'EMAIL_CONNECTOR_MISSING', operation: 'resendInvitation' });
  });
});
