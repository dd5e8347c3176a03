import { GraphQLClient, gql } from 'graphql-request';

// errorPolicy 'all': answer data and errors together (the default throws a ClientError on any error).
export function createRequestClient(url = 'http://127.0.0.1:4000/graphql') {
  return new GraphQLClient(url, { errorPolicy: 'all' });
}

type Tenants = { tenants: { edges: { node: { id: string; providerId: string; name: string | null } }[] } };
type Roles = { roles: { edges: { node: { id: string; name: string } }[] } };
type Invite = {
  createInvitation:
    | { __typename: 'Invitation'; id: string; status: string; tenant: { name: string | null } | null }
    | { __typename: 'ValidationError'; field: string; code: string; message: string }
    | { __typename: 'UpstreamError' | 'NotFoundError' | 'UnsupportedOperationError' | 'EmailConnectorMissingError'; code: string; message: string };
};

const TENANTS_AND_ROLES = gql`
  query TenantsAndRoles {
    tenants(provider: LOGTO, first: 1) { edges { node { id providerId name } } }
    roles(provider: LOGTO, first: 1) { edges { node { id name } } }
  }
`;

const INVITE = gql`
  mutation Invite($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      __typename
      ... on Invitation { id status tenant { name } }
      ... on ValidationError { field }
      ... on Error { code message }
    }
  }
`;

export async function inviteToFirstOrganization(client: GraphQLClient, email: string) {
  // rawRequest answers { data, errors } instead of throwing when a provider fails.
  const { data, errors } = await client.rawRequest<Tenants & Roles>(TENANTS_AND_ROLES);
  const tenant = data.tenants.edges[0]!.node;
  const role = data.roles.edges[0]!.node;
  const invited = await client.request<Invite>(INVITE, { input: { provider: 'LOGTO', email, tenantIds: [tenant.id], roleIds: [role.id] } });
  return { tenant, errors, invited: invited.createInvitation };
}
