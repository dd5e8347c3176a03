import { ApolloClient, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
// schema/possible-types.json from idgraph (`npm run codegen` keeps it fresh); copy it into your app.
import possibleTypes from '../../../schema/possible-types.json' with { type: 'json' };

// Apollo Client 4 types results by the default errorPolicy; declare it once for the whole app.
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
      interface Mutate {
        errorPolicy: 'all';
      }
    }
  }
}

export function createApolloClient(uri = 'http://127.0.0.1:4000/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      // Without it Apollo cannot tell that UpstreamError is an Error, and drops `... on Error { code }`.
      possibleTypes,
      typePolicies: {
        Query: {
          fields: {
            // One cached list per provider and filter; fetchMore pages are appended by cursor.
            users: relayStylePagination(['provider', 'filter']),
            invitations: relayStylePagination(['provider', 'filter']),
            roles: relayStylePagination(['provider']),
            tenants: relayStylePagination(['provider']),
          },
        },
      },
    }),
    // A failing provider is an entry in `errors` next to the other providers' data: keep both.
    defaultOptions: {
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
      mutate: { errorPolicy: 'all' },
    },
  });
}

// The codegen client preset writes these types for you; they are spelled out here to stay short.
type User = { id: string; provider: string; email: string | null; status: 'ENABLED' | 'DISABLED' | null };
type UsersPage = { users: { edges: { node: User }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
type UpdateUserResult =
  | ({ __typename: 'User' } & Pick<User, 'id' | 'status'>)
  | { __typename: 'ValidationError'; field: string; reason: string; code: string; message: string }
  | { __typename: 'NotFoundError' | 'UnsupportedOperationError' | 'UpstreamError'; code: string; message: string };

export const USERS: TypedDocumentNode<UsersPage, { first?: number; after?: string | null }> = gql`
  query Users($first: Int, $after: String) {
    users(provider: APALEO, first: $first, after: $after) {
      edges { node { id provider email status } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const DISABLE_USER: TypedDocumentNode<{ updateUser: UpdateUserResult }, { id: string }> = gql`
  mutation DisableUser($id: ID!) {
    updateUser(input: { id: $id, status: DISABLED }) {
      ... on User { id status }
      ... on ValidationError { field reason }
      ... on Error { code message }
    }
  }
`;

export async function firstTwoPagesThenDisable(client: ApolloClient) {
  const first = await client.query({ query: USERS, variables: { first: 2 } });
  const after = first.data?.users.pageInfo.endCursor;
  // The next page from the network (in React: fetchMore); relayStylePagination appends it to the list
  // cached under the key arguments (provider, filter), so the cache now holds both pages.
  const more = await client.query({ query: USERS, variables: { first: 2, after }, fetchPolicy: 'network-only' });
  const cached = client.readQuery({ query: USERS, variables: { first: 2 } });
  const id = more.data?.users.edges[0]?.node.id ?? '';
  const result = await client.mutate({ mutation: DISABLE_USER, variables: { id } });
  return { first, more, cached, result };
}
