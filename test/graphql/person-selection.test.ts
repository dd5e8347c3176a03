/**
 * Issue 12 items 10 and 12: `Person` has a stable id and a normalized email, and `person` reads from
 * the providers only what the selection needs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
const ADA = 'ada.lovelace@people.example.com';

const sims = () => Object.values(app.runtime.simulators).filter((s) => s != null);
const upstreamCalls = () => sims().reduce((n, s) => n + s.count(), 0);
const invitationReads = () => sims().reduce((n, s) => n + s.count('invitations.list') + s.count('invitations.get'), 0);

beforeAll(async () => {
  app = await createTestApp();
  // Fetch every provider's token once, so the counts below are the lookups alone.
  await app.gql(graphql(`query PersonSelectionPerson2 { person(email: "ada.lovelace@people.example.com") { accounts { id } invitations { id } } }`));
});
beforeEach(() => {
  for (const sim of sims()) {
    sim.resetKnobs();
    sim.resetCounts();
  }
});
afterAll(() => app.close());

describe('Person identity', () => {
  it('has one id and one email whatever letter case was asked for', async () => {
    const res = await app.gql(
      graphql(
        `query PersonSelectionA { a: person(email: "Ada.Lovelace@People.Example.com") { id email } b: person(email: "ada.lovelace@people.example.com") { id email } }`,
      ),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.a).toEqual(res.data!.b);
    expect(res.data!.a.email).toBe(ADA);
    expect(res.data!.a.id).not.toContain('@');
  });

  it('can be fetched again by its id through node', async () => {
    const { data } = await app.gql(graphql(`query PersonSelectionPerson { person(email: "ADA.LOVELACE@people.example.com") { id } }`));
    const res = await app.gql(
      graphql(`query PersonSelectionNode($id: ID!) { node(id: $id) { __typename id ... on Person { email accounts { provider } } } }`),
      { id: data!.person.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toMatchObject({ __typename: 'Person', id: data!.person.id, email: ADA });
    expect(res.data!.node).toMatchObject({ accounts: ['APALEO', 'AUTHRESS', 'LOGTO', 'LUMAPPS'].map((provider) => ({ provider })) });
  });

  it('resolves a federation reference in any letter case to the normalized email', async () => {
    // _entities is in the subgraph schema only: a plain string, typed here.
    const res = await app.gql<{ _entities: { id: string; email: string }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id email } } }',
      {
        r: [
          { __typename: 'Person', email: 'Ada.LOVELACE@people.example.com' },
          { __typename: 'Person', email: ADA },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toEqual(res.data!._entities[1]);
    expect(res.data!._entities[0]!.email).toBe(ADA);
  });
});

describe('person reads only what the selection needs', () => {
  it('costs no upstream call for email and id', async () => {
    const res = await app.gql(graphql(`query PersonSelectionPerson3 { person(email: "ada.lovelace@people.example.com") { id email } }`));
    expect(res.errors).toBeUndefined();
    expect(upstreamCalls()).toBe(0);
  });

  it('costs no upstream call for a federation reference that resolves only the key', async () => {
    const res = await app.gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { email } } }' satisfies string, {
      r: [{ __typename: 'Person', email: ADA }],
    });
    expect(res.errors).toBeUndefined();
    expect(upstreamCalls()).toBe(0);
  });

  it('reads no invitations for accounts and errors, in either order', async () => {
    for (const query of [
      graphql(`query PersonSelectionPerson4 { person(email: "ada.lovelace@people.example.com") { accounts { provider } errors { provider } } }`),
      graphql(`query PersonSelectionPerson5 { person(email: "ada.lovelace@people.example.com") { errors { provider } accounts { provider } } }`),
    ]) {
      for (const sim of sims()) sim.resetCounts();
      const res = await app.gql(query);
      expect(res.errors).toBeUndefined();
      expect(res.data!.person.accounts).toHaveLength(4);
      expect(invitationReads(), query.toString()).toBe(0);
      expect(upstreamCalls(), query.toString()).toBeGreaterThan(0);
    }
  });

  it('reads accounts once however many fields and aliases need them', async () => {
    await app.gql(graphql(`query PersonSelectionPerson6 { person(email: "ada.lovelace@people.example.com") { accounts { id } } }`));
    const once = upstreamCalls();
    for (const sim of sims()) sim.resetCounts();
    await app.gql(
      graphql(
        `query PersonSelectionA2 { a: person(email: "ada.lovelace@people.example.com") { accounts { id } errors { code } } b: person(email: "Ada.Lovelace@people.example.com") { accounts { provider } } }`,
      ),
    );
    expect(upstreamCalls()).toBe(once);
  });

  it('reports in errors only the failures of the parts it read', async () => {
    app.runtime.simulators.apaleo!.inject({ route: 'invitations.list', kind: 'status', status: 500 });
    const accountsOnly = await app.gql(
      graphql(`query PersonSelectionPerson7 { person(email: "ada.lovelace@people.example.com") { accounts { provider } errors { provider code } } }`),
    );
    expect(accountsOnly.data!.person.errors).toEqual([]);
    const withInvitations = await app.gql(
      graphql(`query PersonSelectionPerson8 { person(email: "ada.lovelace@people.example.com") { invitations { provider } errors { provider code } } }`),
    );
    expect(withInvitations.data!.person.errors).toEqual([{ provider: 'APALEO', code: 'UPSTREAM_ERROR' }]);
    const errorsOnly = await app.gql(graphql(`query PersonSelectionPerson9 { person(email: "ada.lovelace@people.example.com") { errors { provider code } } }`));
    expect(errorsOnly.data!.person.errors).toEqual([{ provider: 'APALEO', code: 'UPSTREAM_ERROR' }]);
  });
});
