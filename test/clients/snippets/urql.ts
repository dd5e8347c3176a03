import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';

// urql's defaults: queries go as GET (within the URL length limit), mutations as JSON POST.
export function createUrqlClient(url = 'http://127.0.0.1:4000/graphql') {
  return new Client({ url, exchanges: [cacheExchange, fetchExchange] });
}

const PERSON = gql`
  query Person($email: String!) {
    person(email: $email) {
      id
      email
      accounts { id provider status }
      errors { provider code message }
    }
  }
`;

const RENAME = gql`
  mutation Rename($id: ID!, $firstName: String!) {
    updateUser(input: { id: $id, firstName: $firstName }) {
      __typename
      ... on User { id firstName }
      ... on Error { code message }
    }
  }
`;

export async function personThenRename(client: Client, email: string, firstName: string) {
  // `error` (a CombinedError) and `data` can both be set: one failing provider never blanks the rest.
  const person = await client.query(PERSON, { email }).toPromise();
  if (!person.data) throw person.error ?? new Error('no data');
  const lumapps = person.data?.person.accounts.find((a: { provider: string }) => a.provider === 'LUMAPPS');
  const renamed = await client.mutation(RENAME, { id: lumapps.id, firstName }).toPromise();
  // The mutation's own failures are typed results, not `error`: check __typename.
  return { person, renamed };
}
