/**
 * Replays the exchanges recorded against a real Logto 1.42.0 server (test/fixtures/logto/, copied from
 * shared/specs/logto/) against the simulator: each recorded request, with the recorded ids mapped to
 * simulator ids, must get the same status, the same error code, the same body shape (top-level keys,
 * or the first item's keys for a list) and, for paged lists, the same Link rels and a Total-Number.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { LogtoSandbox } from '../../../src/providers/logto/sandbox.js';

interface Exchange {
  label: string;
  method: string;
  path: string;
  body: string | null;
  status: number;
  headers: Record<string, string>;
  responseBody: unknown;
}

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/logto/${name}`, import.meta.url), 'utf8'));

/** Parses a recorded body; a list cut short by the recorder keeps its complete first item. */
function parseBody(text: string | null | undefined): unknown {
  if (text == null || text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    const cut = text.indexOf('},{');
    return JSON.parse(`${text.slice(0, cut + 1)}]`);
  }
}

const lower = (h: Record<string, string>) => Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

function newExchanges(): Exchange[] {
  return (fixture('real-exchanges-2026-11.json').exchanges as any[]).map((e, i) => ({
    label: `#${i} ${e.method} ${e.url} → ${e.status}`,
    method: e.method,
    path: e.url,
    body: e.requestBody || null,
    status: e.status,
    headers: lower(e.headers),
    responseBody: parseBody(e.body),
  }));
}

/** Routes idgraph never calls and the simulator does not serve (creating organizations, roles and users; user roles in an organization). */
const NOT_SIMULATED = [/^POST \/api\/organizations$/, /^POST \/api\/organization-roles$/, /^POST \/api\/users$/, /\/users\/[^/]+\/roles$/];

function olderExchanges(): Exchange[] {
  const file = fixture('recorded-exchanges.json');
  const all = [...file.exchanges, ...file['pagination_and_extra_probes (second, clean instance; ids differ)']] as any[];
  return all
    .map((e) => {
      const url = new URL(e.request.url);
      const body = e.request.body;
      return {
        label: e.label,
        method: e.request.method,
        path: url.pathname + url.search,
        body: body == null ? null : typeof body === 'string' ? body : JSON.stringify(body),
        status: e.response.status,
        headers: lower(e.response.headers),
        responseBody: e.response.body ?? null,
      } satisfies Exchange;
    })
    .filter((e) => !NOT_SIMULATED.some((r) => r.test(`${e.method} ${e.path.split('?')[0]}`)));
}

const shape = (value: unknown): unknown => {
  if (Array.isArray(value)) return { list: value.length > 0 ? shape(value[0]) : 'empty' };
  if (value && typeof value === 'object') return Object.keys(value).sort();
  return typeof value;
};
const rels = (link: string | string[] | undefined) =>
  [
    ...[link ?? '']
      .flat()
      .join(', ')
      .matchAll(/rel="(\w+)"/g),
  ]
    .map((m) => m[1])
    .sort();

class Replayer {
  readonly ids = new Map<string, string>();
  token = '';
  constructor(
    readonly sandbox: LogtoSandbox,
    readonly base: string,
  ) {}

  async login(): Promise<void> {
    const r = await this.send(
      'POST',
      '/oidc/token',
      'grant_type=client_credentials&resource=https%3A%2F%2Fdefault.logto.app%2Fapi&scope=all',
      this.basic(this.sandbox.appId, this.sandbox.appSecret),
    );
    this.token = r.json.access_token;
  }

  basic(id: string, secret: string): string {
    return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
  }

  map(text: string): string {
    let out = text;
    for (const [recorded, simulated] of this.ids) out = out.split(recorded).join(simulated);
    return out;
  }

  async send(method: string, path: string, body: string | null, authorization: string | null) {
    const headers: Record<string, string> = {};
    if (authorization) headers.authorization = authorization;
    if (body != null) headers['content-type'] = path.startsWith('/oidc') ? 'application/x-www-form-urlencoded' : 'application/json';
    const response = await request(this.base + path, { method: method as 'GET', headers, body: body ?? undefined });
    const text = await response.body.text();
    return { status: response.statusCode, headers: response.headers, json: text ? (JSON.parse(text) as any) : null };
  }

  async replay(e: Exchange, authorization?: string | null): Promise<void> {
    let body = e.body == null ? null : this.map(e.body);
    // Recorded expiry times lie in the recording's future; keep them in the future.
    if (body && !e.path.startsWith('/oidc')) {
      const parsed = JSON.parse(body);
      if (typeof parsed.expiresAt === 'number' && parsed.expiresAt > 1e12) parsed.expiresAt = Date.now() + 7 * 24 * 3600 * 1000;
      body = JSON.stringify(parsed);
    }
    const auth = authorization === undefined ? `Bearer ${this.token}` : authorization;
    const got = await this.send(e.method, this.map(e.path), body, auth);
    const recorded = e.responseBody as any;
    expect({ label: e.label, status: got.status }).toEqual({ label: e.label, status: e.status });
    if (recorded && typeof recorded === 'object' && !Array.isArray(recorded) && 'code' in recorded) {
      expect({ label: e.label, code: got.json?.code }).toEqual({ label: e.label, code: recorded.code });
      if (recorded.data?.issues) {
        expect({ label: e.label, issue: shape(got.json.data?.issues?.[0]) }).toEqual({ label: e.label, issue: shape(recorded.data.issues[0]) });
      }
    }
    expect({ label: e.label, shape: shape(got.json) }).toEqual({ label: e.label, shape: shape(recorded) });
    if (e.headers['total-number']) expect(got.headers['total-number'], e.label).toBeDefined();
    if (e.headers.link) {
      // The rels depend on whether a next page exists, which depends on the server's data: compare where both agree on that.
      const query = new URL(e.path, 'http://x').searchParams;
      const seen = Number(query.get('page') ?? 1) * Number(query.get('page_size') ?? 20);
      const bothOrNeither = Number(e.headers['total-number']) > seen === Number(got.headers['total-number']) > seen;
      const got_ = rels(got.headers.link as string | string[]);
      if (bothOrNeither) {
        // The older recorder kept only the last of several Link header lines: its rel must be among ours.
        if (e.headers.link.includes(', ')) expect({ label: e.label, rels: got_ }).toEqual({ label: e.label, rels: rels(e.headers.link) });
        else expect(got_, e.label).toContain(rels(e.headers.link)[0]);
      }
      // Each rel is its own header line.
      expect([got.headers.link].flat().length, e.label).toBe(got_.length);
    }
    if (!e.headers['retry-after']) expect(got.headers['retry-after'], e.label).toBeUndefined();
    // Learn the simulator's id for a recorded entity the request created or read.
    if (recorded && got.json && typeof recorded.id === 'string' && typeof got.json.id === 'string' && !this.ids.has(recorded.id))
      this.ids.set(recorded.id, got.json.id);
  }
}

let sandbox: LogtoSandbox | null = null;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = null;
});

describe('Logto simulator replays the recorded real exchanges', () => {
  it('real-exchanges-2026-11.json: statuses, error codes, body shapes, Link rels', async () => {
    sandbox = new LogtoSandbox();
    const r = new Replayer(sandbox, await sandbox.start());
    await r.login();
    const s = sandbox;
    for (let i = 0; i < 10; i += 1) s.addOrganization(`Replay Org ${i}`);
    const org = s.addOrganization('Replay Org');
    const member = s.addUser('member.replay@example.com', 'Member');
    s.addMember(org, member, []);
    const someone = s.addUser('someone.replay@example.com', 'Someone');
    r.ids.set('09my3z50ntap', org);
    r.ids.set('xwxy8atkzfrd', org);
    r.ids.set('ada.lovelace@people.example.com', 'member.replay@example.com');
    r.ids.set('vw891sjcy1tu', someone);
    s.addInvitation({ invitee: 'New.Hire1@Example.com', organizationId: org });
    r.ids.set('opsu7m28lfhsrulrtquad', s.addInvitation({ invitee: 'pending.a@example.com', organizationId: org }));
    r.ids.set('prmo8ymz2w3a3vfhwt1be', s.addInvitation({ invitee: 'pending.b@example.com', organizationId: org }));
    // Pending as stored, past its expiry: real Logto refuses the status change.
    r.ids.set('4ptxhpa1sehhrc2p2n6hm', s.addInvitation({ invitee: 'someone.replay@example.com', organizationId: org, expiresAt: Date.now() - 1000 }));
    const limited = s.addInvitation({ invitee: 'limited@example.com', organizationId: org });
    r.ids.set('jbzjv3esa5pt32wmogupz', limited);

    for (const e of newExchanges()) {
      if (e.status === 429) {
        // The recorded 429 came from a server with a connector, after ten sends to one recipient.
        s.emailConnector = true;
        for (let i = 0; i < 10; i += 1)
          expect((await r.send('POST', `/api/organization-invitations/${limited}/message`, '{}', `Bearer ${r.token}`)).status).toBe(204);
      }
      // The recorded 401s used a token signed with a rotated key; any token the simulator did not issue answers the same.
      await r.replay(e, e.status === 401 ? 'Bearer signed-with-a-rotated-key' : undefined);
      s.emailConnector = false;
    }
  });

  it('recorded-exchanges.json: the sequence of the first recording on the routes the simulator serves', async () => {
    sandbox = new LogtoSandbox();
    const r = new Replayer(sandbox, await sandbox.start());
    await r.login();
    const s = sandbox;
    const org = s.addOrganization('Peer Org');
    r.ids.set('rfz799ji3i7n', org);
    r.ids.set('nim21nhymo1c', org);
    r.ids.set('zlkfeomru73c1gv14goau', s.roles[0]!.id);
    r.ids.set('bhbgyckwqmrt', s.addUser('inviter@example.com', 'Inviter'));
    r.ids.set('w3if7fzsn5iw', s.addUser('invitee@example.com', 'Invitee'));
    const exchanges = olderExchanges();
    expect(exchanges.length).toBeGreaterThan(35);
    for (const e of exchanges) {
      if (e.path.startsWith('/oidc/token')) {
        const wrong = e.status === 401;
        const got = await r.send('POST', '/oidc/token', e.body, r.basic(s.appId, wrong ? 'wrong' : s.appSecret));
        expect(got.status, e.label).toBe(e.status);
        expect(shape(got.json), e.label).toEqual(shape(e.responseBody));
        continue;
      }
      const authorization = e.label === 'no token' ? null : e.label === 'garbage token' ? 'Bearer garbage' : undefined;
      await r.replay(e, authorization);
    }
  });
});
