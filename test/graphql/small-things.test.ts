/** Issue 12 item 14: the small things a new user saw (logging aside). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_PEOPLE } from '../../src/sandbox/people.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('small things', () => {
  it('providers answers in the order of the Provider enum, as its description says', async () => {
    const res = await app.gql(graphql(`query SmallThingsProviders { providers { provider } }`));
    expect(res.data!.providers.map((p) => p.provider)).toEqual(['APALEO', 'AUTHRESS', 'LOGTO', 'LUMAPPS']);
  });

  it('spells extensions.provider as the Provider enum does', async () => {
    const res = await app.gql(graphql(`query SmallThingsUsers { users(provider: AUTHRESS, last: 2) { totalCount } }`));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'AUTHRESS' });
  });

  it('describes _entities and _service', async () => {
    const res = await app.gql(
      graphql(`query SmallThingsType { __type(name: "Query") { fields { name description } } s: __type(name: "_Service") { description } }`),
    );
    const fields = Object.fromEntries(res.data!.__type!.fields!.map((f) => [f.name, f.description]));
    expect(fields._entities).toMatch(/representations/);
    expect(fields._service).toMatch(/SDL/);
    expect(res.data!.s!.description).toBeTruthy();
  });

  it('says in plain words what a provider cannot do, and counts an already-disabled account as done in a dry run', async () => {
    const person = SHARED_PEOPLE.find((p) => p.in.includes('authress') && p.in.includes('apaleo'))!;
    const found = await app.gql(graphql(`query SmallThingsPerson($e: String!) { person(email: $e) { accounts { id provider } } }`), { e: person.email });
    const apaleo = found.data!.person.accounts.find((a) => a.provider === 'APALEO');
    const disabled = await app.gql(
      graphql(`mutation SmallThingsUpdateUser($id: ID!) { updateUser(input: { id: $id, status: DISABLED }) { ... on User { status } ... on Error { code } } }`),
      { id: apaleo!.id },
    );
    expect(disabled.data!.updateUser).toEqual({ status: 'DISABLED' });

    const res = await app.gql(
      graphql(
        `mutation SmallThingsDeprovisionPerson($e: String!) { deprovisionPerson(input: { email: $e, mode: DISABLE, dryRun: true }) { ... on DeprovisionReport { entries { provider outcome detail } } } }`,
      ),
      { e: person.email },
    );
    const entries = res.data!.deprovisionPerson.entries;
    expect(entries).toContainEqual({ provider: 'APALEO', outcome: 'SUCCEEDED', detail: 'already disabled' });
    expect(entries).toContainEqual({ provider: 'AUTHRESS', outcome: 'UNSUPPORTED', detail: 'AUTHRESS offers no way to disable users' });
  });
});
