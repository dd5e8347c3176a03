/**
 * The fake provider's simulator, on the generic SimServer: a token endpoint (client credentials in a
 * form), a bearer check, and a user list paged by offset and limit with a total.
 */
import { SimServer, type SimRequest, type SimResponse } from '../../../src/sandbox/server.js';
import { clientCredentials } from '../../../src/sandbox/kit/tokens.js';

export interface FakeWireUser {
  uid: string;
  mail: string;
  given: string;
  family: string;
  active: boolean;
}

export class FakeSandbox {
  readonly server = new SimServer('fake', (status, message) => ({ fault: { status, message } }));
  readonly clientId = 'fake-client';
  readonly clientSecret = 'fake-secret';
  readonly users: FakeWireUser[] = Array.from({ length: 23 }, (_, i) => ({
    uid: `f-${String(i + 1).padStart(3, '0')}`,
    mail: `fake.user${i + 1}@fake.example.com`,
    given: `Fake${i + 1}`,
    family: 'User',
    active: i % 5 !== 0,
  }));
  private readonly tokens = new Set<string>();
  private issued = 0;

  constructor() {
    const s = this.server;
    s.route('POST', '/oauth/token', 'token', (req) => {
      const client = clientCredentials(req);
      if (client.id !== this.clientId || client.secret !== this.clientSecret) return { status: 401, json: { fault: { status: 401, message: 'bad client' } } };
      const token = `fake-token-${++this.issued}`;
      this.tokens.add(token);
      return { status: 200, json: { access_token: token, expires_in: 3600 } };
    });
    s.route(
      'GET',
      '/v1/people',
      'people.list',
      this.authed((req) => {
        const offset = Number(req.query.get('offset') ?? '0');
        const limit = Number(req.query.get('limit') ?? '10');
        return { status: 200, json: { items: this.users.slice(offset, offset + limit), total: this.users.length } };
      }),
    );
    s.route(
      'GET',
      '/v1/people/:uid',
      'people.get',
      this.authed((req) => {
        const user = this.users.find((u) => u.uid === req.params.uid);
        return user ? { status: 200, json: user } : { status: 404, json: { fault: { status: 404, message: 'no such person' } } };
      }),
    );
  }

  /** Every issued token stops working (the next call gets 401 and must fetch a new one). */
  expireTokens(): void {
    this.tokens.clear();
  }

  private authed(handler: (req: SimRequest) => SimResponse): (req: SimRequest) => SimResponse {
    return (req) => {
      const header = req.headers.authorization ?? '';
      if (!header.startsWith('Bearer ') || !this.tokens.has(header.slice(7)))
        return { status: 401, json: { fault: { status: 401, message: 'token expired' } } };
      return handler(req);
    };
  }

  start(): Promise<string> {
    return this.server.start();
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}
