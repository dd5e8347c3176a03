import { Kind, isScalarType, parseValue } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/public-schema.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const scalar = (name: string) => {
  const type = schema.getType(name);
  if (!isScalarType(type)) throw new Error(`${name} is not a scalar`);
  return type;
};

describe('DateTime (graphql-scalars)', () => {
  const dateTime = scalar('DateTime');

  it('answers an ISO 8601 string in UTC, as before', () => {
    expect(dateTime.serialize(new Date('2026-11-23T09:30:00+02:00'))).toBe('2026-11-23T07:30:00.000Z');
    expect(dateTime.specifiedByURL).toMatch(/date-time/);
  });

  it('reads RFC 3339 date-times and refuses anything else', () => {
    expect(dateTime.parseValue('2026-11-23T09:30:00Z')).toEqual(new Date('2026-11-23T09:30:00.000Z'));
    expect(dateTime.parseLiteral({ kind: Kind.STRING, value: '2026-11-23T09:30:00.5+01:00' })).toEqual(new Date('2026-11-23T08:30:00.500Z'));
    expect(() => dateTime.parseValue('yesterday')).toThrow(/DateTime/);
    expect(() => dateTime.parseValue(1_700_000_000)).toThrow(/DateTime/);
    expect(() => dateTime.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(/DateTime/);
  });
});

describe('JSONObject (graphql-scalars)', () => {
  const json = scalar('JSONObject');

  it('passes objects through and refuses other JSON values', () => {
    expect(json.serialize({ a: [1, { b: null }] })).toEqual({ a: [1, { b: null }] });
    expect(json.parseValue({ a: 1 })).toEqual({ a: 1 });
    expect(() => json.parseValue([1])).toThrow(/JSONObject/);
    expect(() => json.parseValue('x')).toThrow(/JSONObject/);
  });

  it('reads an inline object literal (variables were required before)', () => {
    expect(json.parseLiteral(parseValue('{ a: 1, b: ["x", true], c: { d: null } }'))).toEqual({ a: 1, b: ['x', true], c: { d: null } });
  });
});

describe('scalars over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ AUDIT_ENABLED: 'true' });
  });
  afterAll(() => app.close());

  it('a DateTime argument that is not RFC 3339 is a BAD_USER_INPUT naming the argument', async () => {
    const r = await app.gql('query($since: DateTime) { auditEvents(first: 1, filter: { since: $since }) { edges { node { id at } } } }', {
      since: 'yesterday',
    });
    expect(r.data ?? null).toBeNull();
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(r.errors![0]!.message).toMatch(/\$since/);
    expect(r.errors![0]!.message).toMatch(/DateTime/);
  });

  it('a DateTime is answered as an ISO string', async () => {
    const r = await app.gql('{ users(provider: LOGTO, first: 1) { edges { node { createdAt logto { updatedAt } } } } }');
    expect(r.errors).toBeUndefined();
    const node = (r.data as { users: { edges: { node: { createdAt: string; logto: { updatedAt: string } } }[] } }).users.edges[0]!.node;
    expect(node.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(node.logto.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
