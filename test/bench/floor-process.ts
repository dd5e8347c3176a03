/**
 * The yardstick of `npm run bench -- floor`: a bare graphql-yoga (no plugins) whose one resolver makes
 * W1's upstream call with raw undici and answers the same 20 users (no zod, no mapping, no paging).
 * Forked by floor.ts. Env: UPSTREAM (the Apaleo simulator's base URL), UPSTREAM_AUTHORIZATION.
 * IPC: sends { type: 'ready', port }; answers { type: 'cpu' } with { type: 'cpu', ms }.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { Pool } from 'undici';

const upstream = new Pool(process.env.UPSTREAM!, { connections: 16 });
const authorization = process.env.UPSTREAM_AUTHORIZATION!;
const schema = createSchema({
  typeDefs: `enum Provider { APALEO }
    type Query { users(provider: Provider!, first: Int): UserConnection! }
    type UserConnection { edges: [UserEdge!]! }
    type UserEdge { node: User! }
    type User { id: ID! email: String }`,
  resolvers: {
    Query: {
      users: async () => {
        const response = await upstream.request({
          method: 'GET',
          path: '/api/v1/users?pageNumber=1&pageSize=20',
          headers: { authorization, accept: 'application/json' },
        });
        const page = JSON.parse(await response.body.text()) as { users: { subjectId: string; email: string }[] };
        return { edges: page.users.map((u) => ({ node: { id: u.subjectId, email: u.email } })) };
      },
    },
  },
});
const server = createServer(createYoga({ schema, logging: false, landingPage: false, graphiql: false }));
server.listen(0, '127.0.0.1', () => process.send!({ type: 'ready', port: (server.address() as AddressInfo).port }));
process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.send!({ type: 'cpu', ms: (user + system) / 1000 });
});
process.on('disconnect', () => process.exit(0));
