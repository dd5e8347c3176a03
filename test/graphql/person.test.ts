import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_PEOPLE } from '../../src/sandbox/people.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';
import { narrow } from '../helpers/typename.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(() => {
  for (const sim of Object.values(app.runtime.simulators)) sim?.resetKnobs();
});
afterAll(() => app.close());

const configured = () => Object.keys(app.runtime.simulators);
/** People present in at least two of the configured simulators. */
const shared = () => SHARED_PEOPLE.filter((p) => p.in.filter((id) => configured().includes(id)).length >= 2);

const PERSON = graphql(`query PersonPerson($email: String!) { person(email: $email) {
  email providers accounts { provider email status } invitations { provider email status } errors { provider code message } } }`);
const DEPROVISION = graphql(`mutation PersonDeprovisionPerson($input: DeprovisionPersonInput!) { deprovisionPerson(input: $input) { __typename
  ... on DeprovisionReport { dryRun complete entries { provider action outcome detail account { email } invitation { email } error { provider code } } }
  ... on ValidationError { field } } }`);

describe('person(email)', () => {
  it('finds one person in every provider that has them, ignoring letter case', async () => {
    expect(shared().length).toBeGreaterThan(0);
    for (const person of shared().slice(0, 6)) {
      const res = await app.gql(PERSON, { email: person.email.toUpperCase() });
      expect(res.errors).toBeUndefined();
      const expected = person.in
        .filter((id) => configured().includes(id))
        .map((id) => id.toUpperCase())
        .sort();
      expect([...res.data!.person.providers].sort(), person.email).toEqual(expected);
      for (const account of res.data!.person.accounts) expect(account.email!.toLowerCase()).toBe(person.email);
    }
  });

  it('lists a provider that fails as an error entry, keeping the others', async () => {
    const person = shared()[0]!;
    app.runtime.simulators.apaleo!.inject({ route: 'users.list', kind: 'status', status: 500 });
    const res = await app.gql(PERSON, { email: person.email });
    expect(res.errors).toBeUndefined();
    expect(res.data!.person.errors).toContainEqual(expect.objectContaining({ provider: 'APALEO', code: 'UPSTREAM_ERROR' }));
    expect(res.data!.person.accounts.filter((a) => a.provider !== 'APALEO').length).toBeGreaterThan(0);
  });

  it('finds pending invitations too', async () => {
    const res = await app.gql(PERSON, { email: 'invitee.3@hotel.example.com' });
    expect(res.data!.person.invitations).toEqual([{ provider: 'APALEO', email: 'invitee.3@hotel.example.com', status: 'PENDING' }]);
  });

  it('rejects a bad email', async () => {
    const res = await app.gql(PERSON, { email: 'nobody' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});

describe('deprovisionPerson', () => {
  it('reports without changing anything in a dry run', async () => {
    const person = shared()[1]!;
    const before = await app.gql(PERSON, { email: person.email });
    const res = await app.gql(DEPROVISION, { input: { email: person.email, mode: 'DISABLE', dryRun: true } });
    const report = narrow(res.data!.deprovisionPerson, 'DeprovisionReport');
    expect(report).toMatchObject({ __typename: 'DeprovisionReport', dryRun: true });
    expect(report.entries.length).toBe(before.data!.person.accounts.length + before.data!.person.invitations.length);
    for (const entry of report.entries) expect(['SKIPPED', 'UNSUPPORTED']).toContain(entry.outcome);
    const after = await app.gql(PERSON, { email: person.email });
    expect(after.data!.person).toEqual(before.data!.person);
  });

  it('disables or deletes every account and withdraws invitations, and is safe to run twice', async () => {
    const person = shared()[2]!;
    const first = await app.gql(DEPROVISION, { input: { email: person.email, mode: 'DELETE' } });
    const entries = narrow(first.data!.deprovisionPerson, 'DeprovisionReport').entries;
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) expect(entry.outcome, JSON.stringify(entry)).toBe('SUCCEEDED');
    await new Promise((r) => setTimeout(r, 150)); // asynchronous deletions settle

    const after = await app.gql(PERSON, { email: person.email });
    for (const account of after.data!.person.accounts) expect(account.status).toBe('DISABLED');

    const second = await app.gql(DEPROVISION, { input: { email: person.email, mode: 'DELETE' } });
    for (const entry of narrow(second.data!.deprovisionPerson, 'DeprovisionReport').entries) expect(entry.outcome).toBe('SUCCEEDED');
    expect(narrow(second.data!.deprovisionPerson, 'DeprovisionReport').complete).toBe(true);
  });

  it('revokes or deletes a pending invitation', async () => {
    const res = await app.gql(DEPROVISION, { input: { email: 'invitee.4@hotel.example.com', mode: 'DISABLE' } });
    expect(narrow(res.data!.deprovisionPerson, 'DeprovisionReport').entries).toEqual([
      expect.objectContaining({ provider: 'APALEO', action: 'DELETE_INVITATION', outcome: 'SUCCEEDED', invitation: { email: 'invitee.4@hotel.example.com' } }),
    ]);
  });

  it('never stops at the first failure', async () => {
    const person = shared().find((p) => p.in.includes('apaleo') && p.in.filter((id) => configured().includes(id)).length >= 2)!;
    app.runtime.simulators.apaleo!.inject({ route: 'users.patch', kind: 'status', status: 500 });
    const res = await app.gql(DEPROVISION, { input: { email: person.email, mode: 'DISABLE' } });
    const entries = narrow(res.data!.deprovisionPerson, 'DeprovisionReport').entries;
    expect(entries).toContainEqual(expect.objectContaining({ provider: 'APALEO', outcome: 'FAILED', error: { provider: 'APALEO', code: 'UPSTREAM_ERROR' } }));
    expect(entries.filter((e) => e.provider !== 'APALEO').length).toBeGreaterThan(0);
    expect(narrow(res.data!.deprovisionPerson, 'DeprovisionReport').complete).toBe(false);
  });

  it('rejects a bad email as a typed result', async () => {
    const res = await app.gql(DEPROVISION, { input: { email: 'nope', mode: 'DISABLE' } });
    expect(res.data!.deprovisionPerson).toMatchObject({ __typename: 'ValidationError', field: 'input.email' });
  });
});
