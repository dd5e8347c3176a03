/** The Logto simulator answers as the recorded real Logto server does: paths, token flow, statuses, error bodies, paging headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { LogtoSandbox } from '../../../src/providers/logto/sandbox.js';

let sandbox: LogtoSandbox;
let base: string;
let token: string;

async function call(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; form?: string } = {}) {
  const headers: Record<string, string> = { ...options.headers };
  let payload: string | undefined;
  if (options.form !== undefined) {
    payload = options.form;
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await request(base + path, { method: method as 'GET', headers, body: payload });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, json: text ? (JSON.parse(text) as any) : null };
}

const authed = (method: string, path: string, body?: unknown) => call(method, path, { body, headers: { authorization: `Bearer ${token}` } });
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const TOKEN_FORM = 'grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi&scope=all';

beforeAll(async () => {
  sandbox = new LogtoSandbox();
  base = await sandbox.start();
  const issued = await call('POST', '/oidc/token', { form: TOKEN_FORM, headers: { authorization: basic(sandbox.appId, sandbox.appSecret) } });
  token = issued.json.access_token;
});
afterAll(() => sandbox.stop());

describe('Logto simulator', () => {
  it('issues client-credentials tokens with Basic auth and refuses a wrong secret like Logto', async () => {
    const ok = await call('POST', '/oidc/token', { form: TOKEN_FORM, headers: { authorization: basic(sandbox.appId, sandbox.appSecret) } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ expires_in: 3600, token_type: 'Bearer', scope: 'all' });
    expect(ok.headers['cache-control']).toBe('no-store');
    const wrong = await call('POST', '/oidc/token', { form: TOKEN_FORM, headers: { authorization: basic(sandbox.appId, 'nope') } });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({
      code: 'oidc.invalid_client',
      message: 'An OIDC error occurred: oidc.invalid_client.',
      error: 'invalid_client',
      error_description: 'client authentication failed',
    });
    expect(String(wrong.headers['www-authenticate'])).toContain('error="invalid_client"');
    const target = await call('POST', '/oidc/token', {
      form: 'grant_type=client_credentials&resource=https%3A%2F%2Fother%2Fapi&scope=all',
      headers: { authorization: basic(sandbox.appId, sandbox.appSecret) },
    });
    expect(target.status).toBe(400);
  });

  it('answers 401 without or with a bad token, with Logto’s codes', async () => {
    const none = await call('GET', '/api/organizations');
    expect(none).toMatchObject({ status: 401, json: { code: 'auth.authorization_header_missing', message: 'Authorization header is missing.' } });
    const garbage = await call('GET', '/api/organizations', { headers: { authorization: 'Bearer garbage' } });
    expect(garbage).toMatchObject({ status: 401, json: { code: 'auth.unauthorized', data: { code: 'ERR_JWS_INVALID', name: 'JWSInvalid' } } });
    expect(garbage.headers['logto-core-request-id']).toBeTruthy();
  });

  it('pages with page/page_size, Total-Number and Link headers without the /api prefix', async () => {
    const page = await authed('GET', '/api/organizations?page=2&page_size=4');
    expect(page.status).toBe(200);
    expect(page.json).toHaveLength(2);
    expect(page.headers['total-number']).toBe('6');
    expect(String(page.headers.link)).toContain(`<${base}/organizations?page=1&page_size=4>; rel="first"`);
    expect(String(page.headers.link)).not.toContain('/api/');
    const users = await authed('GET', '/api/users');
    expect(users.json).toHaveLength(20);
    expect(users.headers['total-number']).toBe('40');
    const bad = await authed('GET', '/api/users?page_size=101');
    expect(bad).toMatchObject({ status: 400, json: { code: 'guard.invalid_pagination' } });
  });

  it('does not page invitations and ignores status, as the recorded Logto does', async () => {
    const all = await authed('GET', '/api/organization-invitations?page=2&page_size=1&status=Pending');
    expect(all.status).toBe(200);
    expect(all.json).toHaveLength(60);
    expect(all.headers['total-number']).toBeUndefined();
    expect(new Set(all.json.map((i: any) => i.status))).toEqual(new Set(['Pending', 'Accepted', 'Expired', 'Revoked']));
  });

  it('answers exact multi-id user search in one call', async () => {
    const ids = sandbox.users.slice(0, 3).map((u) => u.id);
    const r = await authed('GET', `/api/users?${ids.map((id) => `search.id=${id}`).join('&')}&mode.id=exact&page_size=100`);
    expect(r.json.map((u: any) => u.id).sort()).toEqual([...ids].sort());
  });

  it('creates invitations with 201 and answers 400/422/501 as Logto does', async () => {
    const org = sandbox.organizations[0]!.id;
    const expiresAt = Date.now() + 86_400_000;
    const created = await authed('POST', '/api/organization-invitations', { invitee: 'sim@example.com', organizationId: org, expiresAt });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      tenantId: 'default',
      invitee: 'sim@example.com',
      status: 'Pending',
      inviterId: null,
      acceptedUserId: null,
      organizationRoles: [],
      expiresAt,
    });
    const duplicate = await authed('POST', '/api/organization-invitations', { invitee: 'sim@example.com', organizationId: org, expiresAt });
    expect(duplicate).toMatchObject({ status: 422, json: { code: 'entity.unique_integrity_violation' } });
    const past = await authed('POST', '/api/organization-invitations', { invitee: 'past@example.com', organizationId: org, expiresAt: 1000 });
    expect(past).toMatchObject({
      status: 400,
      json: { code: 'request.invalid_input', message: 'Input is invalid. The value of `expiresAt` must be in the future.' },
    });
    const email = await authed('POST', '/api/organization-invitations', { invitee: 'not-an-email', organizationId: org, expiresAt });
    expect(email).toMatchObject({ status: 400, json: { code: 'guard.invalid_input', data: { name: 'ZodError' } } });
    const foreign = await authed('POST', '/api/organization-invitations', { invitee: 'x@example.com', organizationId: 'does-not-exist', expiresAt });
    expect(foreign).toMatchObject({ status: 422, json: { code: 'entity.relation_foreign_key_not_found' } });
    sandbox.emailConnector = false;
    const noConnector = await authed('POST', '/api/organization-invitations', {
      invitee: 'z@example.com',
      organizationId: org,
      expiresAt,
      messagePayload: { link: 'x' },
    });
    sandbox.emailConnector = false;
    expect(noConnector).toEqual(
      expect.objectContaining({ status: 501, json: { code: 'connector.not_found', message: 'Cannot find any available connector for type: Email.' } }),
    );
  });

  it('changes status only from Pending, answers 422 for Accepted without a user, 404 for unknown ids', async () => {
    const pending = sandbox.invitations.find((i) => i.status === 'Pending')!;
    const invalid = await authed('PUT', `/api/organization-invitations/${pending.id}/status`, { status: 'Pending' });
    expect(invalid).toMatchObject({ status: 400, json: { code: 'guard.invalid_input' } });
    const noUser = await authed('PUT', `/api/organization-invitations/${pending.id}/status`, { status: 'Accepted' });
    expect(noUser).toMatchObject({
      status: 422,
      json: { code: 'request.invalid_input', message: 'Input is invalid. The `acceptedUserId` is required when accepting an invitation.' },
    });
    const revoked = await authed('PUT', `/api/organization-invitations/${pending.id}/status`, { status: 'Revoked' });
    expect(revoked).toMatchObject({ status: 200, json: { status: 'Revoked' } });
    const again = await authed('PUT', `/api/organization-invitations/${pending.id}/status`, { status: 'Revoked' });
    expect(again).toMatchObject({ status: 422, json: { message: 'Input is invalid. The status of the invitation cannot be changed anymore.' } });
    expect((await authed('PUT', '/api/organization-invitations/nope/status', { status: 'Revoked' })).json).toEqual({
      code: 'entity.not_found',
      message: 'The resource does not exist.',
    });
    expect((await authed('POST', '/api/organization-invitations/nope/message', {})).status).toBe(404);
    const del = await authed('DELETE', `/api/organization-invitations/${pending.id}`);
    expect(del.status).toBe(204);
    expect((await authed('DELETE', `/api/organization-invitations/${pending.id}`)).status).toBe(404);
    expect((await authed('GET', `/api/organization-invitations/${pending.id}`)).status).toBe(404);
  });

  it('honours the latency and fault knobs', async () => {
    sandbox.server.inject({ route: 'roles.list', kind: 'status', status: 429, headers: { 'retry-after': '1' }, times: 1 });
    const limited = await authed('GET', '/api/organization-roles');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.json).toMatchObject({ code: 'request.too_many_requests' });
    sandbox.server.latencyMs = 30;
    const start = performance.now();
    expect((await authed('GET', '/api/organization-roles')).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
    sandbox.server.resetKnobs();
  });

  describe('behaviours of the real Logto 1.42.0 server (issue 11)', () => {
    const expiresAt = () => Date.now() + 86_400_000;

    it('1: deleting a user deletes the invitations it sent or accepted (ON DELETE CASCADE)', async () => {
      const org = sandbox.addOrganization('Cascade Org');
      const leaver = sandbox.addUser('leaver@example.com');
      const sent = sandbox.addInvitation({ invitee: 'friend@example.com', organizationId: org, inviterId: leaver });
      const accepted = sandbox.addInvitation({ invitee: 'leaver@example.com', organizationId: org, status: 'Accepted', acceptedUserId: leaver });
      const other = sandbox.addInvitation({ invitee: 'bystander@example.com', organizationId: org });
      expect((await authed('DELETE', `/api/users/${leaver}`)).status).toBe(204);
      const left = (await authed('GET', `/api/organization-invitations?organizationId=${org}`)).json.map((i: any) => i.id);
      expect(left).toEqual([other]);
      expect(left).not.toContain(sent);
      expect(left).not.toContain(accepted);
    });

    it('3: sends a message whatever the invitation status (Logto does not refuse)', async () => {
      sandbox.emailConnector = true;
      try {
        const revoked = sandbox.invitations.find((i) => i.status === 'Revoked')!;
        expect((await authed('POST', `/api/organization-invitations/${revoked.id}/message`, {})).status).toBe(204);
      } finally {
        sandbox.emailConnector = false;
      }
    });

    it('4: a Pending invitation past expiresAt reads as Expired, refuses a status change, and allows a new one', async () => {
      const org = sandbox.addOrganization('Expiry Org');
      const user = sandbox.addUser('late@example.com');
      const id = sandbox.addInvitation({ invitee: 'late@example.com', organizationId: org, expiresAt: Date.now() - 1000 });
      expect((await authed('GET', `/api/organization-invitations/${id}`)).json.status).toBe('Expired');
      const listed = (await authed('GET', `/api/organization-invitations?organizationId=${org}`)).json;
      expect(listed.map((i: any) => i.status)).toEqual(['Expired']);
      const accept = await authed('PUT', `/api/organization-invitations/${id}/status`, { status: 'Accepted', acceptedUserId: user });
      expect(accept).toMatchObject({
        status: 422,
        json: { code: 'request.invalid_input', message: 'Input is invalid. The status of the invitation cannot be changed anymore.' },
      });
      const again = await authed('POST', '/api/organization-invitations', {
        invitee: 'late@example.com',
        organizationId: org,
        expiresAt: expiresAt(),
        messagePayload: false,
      });
      expect(again.status).toBe(201);
    });

    it('5: matches the invitee case-insensitively (list filter and the one-pending rule)', async () => {
      const org = sandbox.addOrganization('Case Org');
      const id = sandbox.addInvitation({ invitee: 'Case.Test@Example.COM', organizationId: org });
      const found = await authed('GET', '/api/organization-invitations?invitee=case.test%40example.com');
      expect(found.json.map((i: any) => i.id)).toEqual([id]);
      expect(found.json[0].invitee).toBe('Case.Test@Example.COM');
      const duplicate = await authed('POST', '/api/organization-invitations', {
        invitee: 'case.test@example.com',
        organizationId: org,
        expiresAt: expiresAt(),
      });
      expect(duplicate).toMatchObject({ status: 422, json: { code: 'entity.unique_integrity_violation' } });
    });

    it('6: accepting needs the invitee’s email (422), and inviting a member is refused (422)', async () => {
      const org = sandbox.addOrganization('Accept Org');
      const stranger = sandbox.addUser('stranger@example.com');
      const invitee = sandbox.addUser('INVITED@example.com');
      const id = sandbox.addInvitation({ invitee: 'invited@example.com', organizationId: org });
      const wrong = await authed('PUT', `/api/organization-invitations/${id}/status`, { status: 'Accepted', acceptedUserId: stranger });
      expect(wrong).toMatchObject({ status: 422, json: { code: 'request.invalid_input' } });
      const right = await authed('PUT', `/api/organization-invitations/${id}/status`, { status: 'Accepted', acceptedUserId: invitee });
      expect(right).toMatchObject({ status: 200, json: { status: 'Accepted', acceptedUserId: invitee } });
      const member = await authed('POST', '/api/organization-invitations', { invitee: 'invited@example.com', organizationId: org, expiresAt: expiresAt() });
      expect(member).toMatchObject({
        status: 422,
        json: { code: 'request.invalid_input', message: 'Input is invalid. The invitee is already a member of the organization.' },
      });
    });

    it('7: users of an unknown organization are 200 [] with Total-Number 0', async () => {
      const r = await authed('GET', '/api/organizations/nope/users?page=1&page_size=20');
      expect(r.status).toBe(200);
      expect(r.json).toEqual([]);
      expect(r.headers['total-number']).toBe('0');
    });

    it('8: no email connector by default (501); 10 messages per recipient per 600 s, then 429 without Retry-After', async () => {
      const fresh = new LogtoSandbox();
      expect(fresh.emailConnector).toBe(false);
      const pending = sandbox.addInvitation({ invitee: 'often@example.com', organizationId: sandbox.organizations[0]!.id });
      expect((await authed('POST', `/api/organization-invitations/${pending}/message`, {})).json.code).toBe('connector.not_found');
      sandbox.emailConnector = true;
      try {
        for (let i = 0; i < 10; i += 1) expect((await authed('POST', `/api/organization-invitations/${pending}/message`, {})).status).toBe(204);
        const limited = await authed('POST', `/api/organization-invitations/${pending}/message`, {});
        expect(limited).toMatchObject({
          status: 429,
          json: { code: 'request.message_rate_limited', message: 'Too many messages sent to this recipient. Please try again later.' },
        });
        expect(limited.headers['retry-after']).toBeUndefined();
        // Another recipient is not limited.
        const other = sandbox.addInvitation({ invitee: 'rarely@example.com', organizationId: sandbox.organizations[0]!.id });
        expect((await authed('POST', `/api/organization-invitations/${other}/message`, {})).status).toBe(204);
      } finally {
        sandbox.emailConnector = false;
      }
    });

    it('9: users newest first, organization roles by name, a PATCHed organization moves to the end', async () => {
      const users = (await authed('GET', '/api/users?page_size=100')).json;
      const created = users.map((u: any) => u.createdAt);
      expect(created).toEqual([...created].sort((a: number, b: number) => b - a));
      const roles = (await authed('GET', '/api/organization-roles')).json.map((r: any) => r.name);
      expect(roles).toEqual([...roles].sort());
      const before = (await authed('GET', '/api/organizations?page_size=100')).json.map((o: any) => o.id);
      expect((await authed('PATCH', `/api/organizations/${before[0]}`, { description: 'moved' })).status).toBe(200);
      const after = (await authed('GET', '/api/organizations?page_size=100')).json.map((o: any) => o.id);
      expect(after).toEqual([...before.slice(1), before[0]]);
    });

    it('10: 404 codes per route, roles by id without scopes, one Link header per rel, validation issues with expected/received', async () => {
      expect((await authed('GET', '/api/users/nope')).json).toEqual({ code: 'entity.not_found', message: 'The resource does not exist.' });
      expect((await authed('PATCH', '/api/users/nope/is-suspended', { isSuspended: true })).json.code).toBe('entity.not_found');
      expect((await authed('GET', '/api/organizations/nope')).json).toEqual({
        code: 'entity.not_exists_with_id',
        message: 'The organizations with ID `nope` does not exist.',
      });
      const role = await authed('GET', `/api/organization-roles/${sandbox.roles[0]!.id}`);
      expect(Object.keys(role.json).sort()).toEqual(['description', 'id', 'name', 'tenantId', 'type']);
      const page = await authed('GET', '/api/users?page=2&page_size=7');
      const lines = [page.headers.link].flat() as string[];
      expect(lines.map((l) => /rel="(\w+)"/.exec(l)![1])).toEqual(['first', 'prev', 'last', 'next']);
      const first = await authed('GET', '/api/users?page=1&page_size=7');
      expect(([first.headers.link].flat() as string[]).map((l) => /rel="(\w+)"/.exec(l)![1])).toEqual(['first', 'last', 'next']);
      const missing = await authed('POST', '/api/organization-invitations', { organizationId: 'x', expiresAt: expiresAt() });
      expect(missing.json).toEqual({
        code: 'guard.invalid_input',
        message: 'The request body is invalid.',
        data: { issues: [{ code: 'invalid_type', expected: 'string', received: 'undefined', path: ['invitee'], message: 'Required' }], name: 'ZodError' },
        details: 'Error in key path "invitee": (invalid_type) Expected string but received undefined.',
      });
    });

    it('12: filters organization users with q', async () => {
      const org = sandbox.addOrganization('Search Org');
      const a = sandbox.addUser('alpha.search@example.com', 'Alpha');
      const b = sandbox.addUser('beta.search@example.com', 'Beta');
      sandbox.addMember(org, a, []);
      sandbox.addMember(org, b, []);
      const r = await authed('GET', `/api/organizations/${org}/users?q=ALPHA`);
      expect(r.json.map((u: any) => u.id)).toEqual([a]);
      expect(r.headers['total-number']).toBe('1');
    });
  });
});
