/**
 * Composes idgraph's subgraph with a small Employees subgraph (@apollo/composition), serves the
 * supergraph with @apollo/gateway, and runs queries that cross both subgraphs over HTTP.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { subgraphSdl } from '../../src/graphql/print-subgraph.js';
import { SHARED_PEOPLE } from '../../src/sandbox/people.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/** The documents of this file are sent to the subgraph schema (_entities, _service), which test/gql/ does not cover: their results are typed loosely, on purpose. */
type Loose = Record<string, any>;

const EMPLOYEES_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Query { employees: [Employee!]! }
  type Employee @key(fields: "id") { id: ID! name: String! person: Person! }
  type Person @key(fields: "email", resolvable: false) { email: String! }
`;
const employees = SHARED_PEOPLE.slice(0, 3).map((p, i) => ({ id: `e${i}`, name: `${p.firstName} ${p.lastName}`, email: p.email }));

let idgraph: TestApp;
const servers: Server[] = [];
let gateway: ApolloServer;

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

beforeAll(async () => {
  idgraph = await createTestApp();
  const idgraphUrl = await listen(createApp({ providers: idgraph.runtime.providers, graphiql: false }));
  const employeesSchema = buildSubgraphSchema({
    typeDefs: parse(EMPLOYEES_SDL),
    resolvers: {
      Query: { employees: () => employees },
      Employee: { person: (e: { email: string }) => ({ email: e.email }) },
    },
  });
  const employeesUrl = await listen(createYoga({ schema: employeesSchema, graphqlEndpoint: '/graphql' }));

  const composed = composeServices([
    { name: 'idgraph', typeDefs: parse(subgraphSdl()), url: idgraphUrl },
    { name: 'employees', typeDefs: parse(EMPLOYEES_SDL), url: employeesUrl },
  ]);
  expect(composed.errors ?? []).toEqual([]);
  gateway = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl!, buildService: ({ url }) => new RemoteGraphQLDataSource({ url }) }),
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await idgraph.close();
});

async function run(query: string, variables?: Record<string, unknown>) {
  const response = await gateway.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as { data?: any; errors?: unknown[] };
}

describe('the company supergraph', () => {
  it('reaches every account of an employee through Person, across both subgraphs', async () => {
    const result = await run('{ employees { name person { email providers accounts { provider email } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.employees).toHaveLength(3);
    const configured = Object.keys(idgraph.runtime.simulators);
    for (const [i, employee] of result.data.employees.entries()) {
      expect(employee.person.email).toBe(employees[i]!.email);
      const expected = SHARED_PEOPLE[i]!.in.filter((p) => configured.includes(p)).map((p) => p.toUpperCase());
      expect([...employee.person.providers].sort()).toEqual(expected.sort());
      for (const account of employee.person.accounts) expect(account.email.toLowerCase()).toBe(employees[i]!.email);
    }
  });

  it('resolves User entities by global id through _entities, batched per provider', async () => {
    const users = await idgraph.gql<Loose>('{ users(provider: APALEO, first: 100) { edges { node { id } } } }');
    const representations = users.data!.users.edges.map((e: any) => ({ __typename: 'User', id: e.node.id }));
    const sim = idgraph.runtime.simulators.apaleo!;
    sim.resetCounts();
    const res = await idgraph.gql<Loose>('query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email } } }', { r: representations });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((u: any) => u.id)).toEqual(representations.map((r: any) => r.id));
    // Apaleo reads users one by one (no batch endpoint), but each only once and all in one batch.
    expect(sim.count('users.get')).toBe(100);
    const sdl = await idgraph.gql<Loose>('{ _service { sdl } }');
    expect(sdl.data!._service.sdl).toContain('@key(fields: "email")');
    // Printed on the first ask (not at start), it is exactly the committed subgraph SDL.
    expect(`${sdl.data!._service.sdl.trim()}\n`).toBe(readFileSync(new URL('../../schema/subgraph.graphql', import.meta.url), 'utf8'));
  });
});
