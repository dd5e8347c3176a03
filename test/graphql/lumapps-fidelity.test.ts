/**
 * LumApps against its discovery document and SDK (issue 11, items 15 and 17): a rename stores a
 * consistent fullName, `more: true` without items ends a list, and a 403 on user/get is "not visible".
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LUMAPPS_FOREIGN_USERS, type LumappsSandbox } from '../../src/providers/lumapps/sandbox.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
let sim: LumappsSandbox;

beforeAll(async () => {
  app = await createTestApp({}, { providers: ['lumapps'] });
  sim = app.runtime.sandboxes.lumapps!;
});
afterAll(() => app.close());
afterEach(() => {
  sim.server.resetKnobs();
  sim.moreWithoutItems = false;
});

const globalId = (uid: string) => Buffer.from(`User:lumapps:${uid}`).toString('base64url');
const visible = () => sim.users.filter((u) => u.wire.isHidden !== true && u.wire.status === 'enabled');

const UPDATE = graphql(`mutation LumappsFidelityUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename
  ... on User { providerId firstName lastName displayName } ... on NotFoundError { kind resourceId } ... on Error { code message } } }`);

describe('updateUser sends a fullName consistent with the names (item 15)', () => {
  it('a first-name change stores the new full name, not the old one sent back', async () => {
    const user = visible()[60]!;
    const lastName = String(user.wire.lastName);
    const res = await app.gql(UPDATE, { input: { id: globalId(user.wire.uid), firstName: 'Freshly' } });
    expect(res.data!.updateUser).toMatchObject({ __typename: 'User', firstName: 'Freshly', lastName, displayName: `Freshly ${lastName}` });
    expect(user.wire.fullName).toBe(`Freshly ${lastName}`);
  });

  it('a change that is not a rename leaves a custom fullName as LumApps had it', async () => {
    const user = visible()[61]!;
    user.wire.fullName = 'Dr. Custom Display Name';
    const res = await app.gql(UPDATE, { input: { id: globalId(user.wire.uid), status: 'DISABLED' } });
    expect(res.data!.updateUser).toMatchObject({ __typename: 'User', displayName: 'Dr. Custom Display Name' });
    expect(user.wire.fullName).toBe('Dr. Custom Display Name');
    await app.gql(UPDATE, { input: { id: globalId(user.wire.uid), status: 'ENABLED' } });
  });
});

describe('`more: true` with no items ends the list (item 17)', () => {
  const LIST =
    graphql(`query LumappsFidelityUsers($first: Int, $after: String, $filter: UserFilter) { users(provider: LUMAPPS, first: $first, after: $after, filter: $filter) {
    edges { node { providerId } } pageInfo { hasNextPage endCursor } } }`);

  it('a page that only says more, with nothing in it, is the end: hasNextPage false', async () => {
    sim.moreWithoutItems = true;
    const filter = { accountTypes: ['external'], status: 'DISABLED' as const };
    const expected = sim.users.filter((u) => u.wire.isHidden !== true && u.wire.status === 'disabled' && u.wire.accountType === 'external');
    expect(expected.length).toBeGreaterThan(1);
    const first = await app.gql(LIST, { first: expected.length, filter });
    expect(first.errors).toBeUndefined();
    expect(first.data!.users.edges).toHaveLength(expected.length);
    // LumApps said `more` on a full last page: idgraph cannot know better yet.
    expect(first.data!.users.pageInfo.hasNextPage).toBe(true);
    sim.server.resetCounts();
    const second = await app.gql(LIST, { first: 10, after: first.data!.users.pageInfo.endCursor, filter });
    expect(second.errors).toBeUndefined();
    expect(second.data!.users).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(sim.server.count('user.list')).toBe(1);
  });

  it('a batch of nodes stops at a `more` page without items instead of asking again and again', async () => {
    sim.moreWithoutItems = true;
    const [a, b] = visible();
    sim.server.resetCounts();
    const res = await app.gql(graphql(`query LumappsFidelityNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { providerId } } }`), {
      ids: [globalId(a!.wire.uid), globalId(b!.wire.uid)],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([{ providerId: a!.wire.uid }, { providerId: b!.wire.uid }]);
    expect(sim.server.count('user.list')).toBe(2);
  });
});

describe('a 403 on user/get is a user idgraph may not see (item 17)', () => {
  const [foreign] = LUMAPPS_FOREIGN_USERS;

  it('answers null, without an error, by id, by email and by node id', async () => {
    const byId = await app.gql(graphql(`query LumappsFidelityUser($id: String!) { user(provider: LUMAPPS, id: $id) { providerId } }`), { id: foreign.uid });
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.user).toBeNull();
    const byEmail = await app.gql(graphql(`query LumappsFidelityUser2($email: String!) { user(provider: LUMAPPS, email: $email) { providerId } }`), {
      email: foreign.email,
    });
    expect(byEmail.errors).toBeUndefined();
    expect(byEmail.data!.user).toBeNull();
    const node = await app.gql(graphql(`query LumappsFidelityNode($id: ID!) { node(id: $id) { id } }`), { id: globalId(foreign.uid) });
    expect(node.errors).toBeUndefined();
    expect(node.data!.node).toBeNull();
  });

  it('an update of such a user is a NotFoundError and nothing is saved', async () => {
    sim.server.resetCounts();
    const res = await app.gql(UPDATE, { input: { id: globalId(foreign.uid), firstName: 'Nope' } });
    expect(res.data!.updateUser).toMatchObject({ __typename: 'NotFoundError', kind: 'User', resourceId: foreign.uid });
    expect(sim.server.count('user.save')).toBe(0);
  });
});
