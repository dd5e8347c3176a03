/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query FuzzUsers { users(provider: APALEO, first: 2) { edges { cursor node { id } } } roles(provider: APALEO, first: 1) { edges { node { id } } } }": typeof types.FuzzUsersDocument,
    "query FuzzUsers2 { users(provider: APALEO, first: 1) { totalCount } }": typeof types.FuzzUsers2Document,
    "query GateGraphqlNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.GateGraphqlNodesDocument,
    "query GateHttpProviders { providers { provider } }": typeof types.GateHttpProvidersDocument,
    "query GateHttpProviders2 { providers { provider mode } }": typeof types.GateHttpProviders2Document,
    "query GateHttpProviders3 { providers { provider } }": typeof types.GateHttpProviders3Document,
    "query GateHttpInvitations { invitations(provider: APALEO) { totalCount } }": typeof types.GateHttpInvitationsDocument,
    "query GateHttpUsers { users(provider: APALEO, first: 1, after: \"not-a-cursor\") { totalCount } }": typeof types.GateHttpUsersDocument,
    "query GateHttpRoles { roles(provider: LUMAPPS) { totalCount } }": typeof types.GateHttpRolesDocument,
    "query GateHttpUsers2 { users(provider: APALEO, first: 1) { totalCount } }": typeof types.GateHttpUsers2Document,
    "query GateUpstreamNodeById($id: ID!) { node(id: $id) { id } }": typeof types.GateUpstreamNodeByIdDocument,
    "query GateUpstreamUsers { users(provider: APALEO, first: 1) { totalCount } }": typeof types.GateUpstreamUsersDocument,
    "query GateUpstreamNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.GateUpstreamNodesDocument,
    "query GateUpstreamNodes2($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.GateUpstreamNodes2Document,
    "mutation GateUpstreamCreateInvitation($email: String!) { createInvitation(input: { provider: APALEO, email: $email, tenantIds: [\"BER\"] }) { __typename ... on Invitation { id } } }": typeof types.GateUpstreamCreateInvitationDocument,
    "mutation GateUpstreamDeleteInvitation($id: ID!) { deleteInvitation(input: { id: $id }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": typeof types.GateUpstreamDeleteInvitationDocument,
    "mutation GateUpstreamUpdateUser3($id: ID!) { updateUser(input: { id: $id, firstName: \"Gate\" }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": typeof types.GateUpstreamUpdateUser3Document,
    "mutation GateUpstreamCreateInvitation2 { createInvitation(input: { provider: APALEO, email: \"gate-reset@example.com\", tenantIds: [\"BER\"] }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": typeof types.GateUpstreamCreateInvitation2Document,
    "mutation GateUpstreamCreateInvitation3($email: String!) { createInvitation(input: { provider: APALEO, email: $email, tenantIds: [\"BER\"] }) { __typename ... on Invitation { email } ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": typeof types.GateUpstreamCreateInvitation3Document,
    "mutation GateUpstreamUpdateUser4($id: ID!) { updateUser(input: { id: $id, lastName: \"Readback\" }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": typeof types.GateUpstreamUpdateUser4Document,
    "query GateUpstreamInvitations { invitations(provider: LOGTO, first: 20) { edges { node { id status } } } }": typeof types.GateUpstreamInvitationsDocument,
    "mutation GateUpstreamResendInvitation($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": typeof types.GateUpstreamResendInvitationDocument,
    "mutation GateUpstreamResendInvitation2($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on Invitation { id status } ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": typeof types.GateUpstreamResendInvitation2Document,
    "query GateUpstreamUsers2 { users(provider: APALEO, first: 1) { totalCount } }": typeof types.GateUpstreamUsers2Document,
    "query GateUpstreamUsers3 { users(provider: APALEO, first: 1) { totalCount } }": typeof types.GateUpstreamUsers3Document,
    "query GateUpstreamUsers4 { users(provider: APALEO, first: 1) { totalCount } }": typeof types.GateUpstreamUsers4Document,
    "query GateUpstreamNodes3($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.GateUpstreamNodes3Document,
    "query GateUpstreamUsers5 { users(provider: LOGTO, first: 1) { totalCount } users2: users(provider: APALEO, first: 1) { totalCount } }": typeof types.GateUpstreamUsers5Document,
    "mutation GateUpstreamUpdateUser($id: ID!) { updateUser(input: { id: $id, status: DISABLED }) { __typename ... on ValidationError { code field } ... on Error { code } } }": typeof types.GateUpstreamUpdateUserDocument,
    "mutation GateUpstreamUpdateUser2($id: ID!) { updateUser(input: { id: $id, firstName: \"X\" }) { __typename ... on Error { code } } }": typeof types.GateUpstreamUpdateUser2Document,
    "query GateUpstreamUsers6 { users(provider: APALEO, first: 1) { totalCount } }": typeof types.GateUpstreamUsers6Document,
    "query GateUpstreamRoles { roles(provider: APALEO) { totalCount } }": typeof types.GateUpstreamRolesDocument,
    "query GateUpstreamRoles2 { roles(provider: APALEO) { totalCount } }": typeof types.GateUpstreamRoles2Document,
    "query GateUpstreamUsers7 { users(provider: APALEO, first: 1) { totalCount } }": typeof types.GateUpstreamUsers7Document,
    "query GateUpstreamUsers8($p: [String!]) { users(provider: APALEO, first: 1, filter: { propertyIds: $p }) { totalCount } }": typeof types.GateUpstreamUsers8Document,
    "query GateUpstreamUsers9($p: [String!]) { users(provider: APALEO, first: 1, filter: { propertyIds: $p }) { totalCount } }": typeof types.GateUpstreamUsers9Document,
    "query AcrossFailingPage($first: Int, $after: String) { users(first: $first, after: $after) {\n  edges { node { id provider } } pageInfo { hasNextPage endCursor } } }": typeof types.AcrossFailingPageDocument,
    "query AcrossFailingUsers { users(provider: AUTHRESS, first: 500) { edges { node { id } } } }": typeof types.AcrossFailingUsersDocument,
    "query AcrossFailingUsers2 { users(provider: LUMAPPS, first: 500) { edges { node { id } } } }": typeof types.AcrossFailingUsers2Document,
    "query AcrossFailingUsers3 { users(last: 3) { totalCount } }": typeof types.AcrossFailingUsers3Document,
    "query AcrossUsers { users(first: 500) { edges { node { provider } } pageInfo { hasNextPage } } }": typeof types.AcrossUsersDocument,
    "query AcrossUsers2 { users(first: 5, filter: { propertyIds: [\"BER\"] }) { edges { node { provider } } } }": typeof types.AcrossUsers2Document,
    "query AcrossUsers3 { users(provider: APALEO, first: 1) { pageInfo { endCursor } } }": typeof types.AcrossUsers3Document,
    "query AcrossUsers4($a: String) { users(first: 1, after: $a) { totalCount } }": typeof types.AcrossUsers4Document,
    "query AcrossUsers5 { users(last: 3) { totalCount } }": typeof types.AcrossUsers5Document,
    "query AcrossNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.AcrossNodesDocument,
    "query AcrossNode($id: ID!) { node(id: $id) { id } }": typeof types.AcrossNodeDocument,
    "query AcrossNodes2($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.AcrossNodes2Document,
    "query AcrossNodes3($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.AcrossNodes3Document,
    "query AcrossUsers6 { users(provider: APALEO, first: 1) { edges { node { id } } } }": typeof types.AcrossUsers6Document,
    "query AcrossUsers7 { users(provider: AUTHRESS, first: 1) { edges { node { id } } } }": typeof types.AcrossUsers7Document,
    "query AcrossNodes4($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.AcrossNodes4Document,
    "query AliasesTwoProviders {\n  a: users(provider: APALEO, first: 3) { totalCount edges { cursor node { id provider } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n  b: users(provider: LOGTO, first: 3) { edges { node { id provider } } }\n}": typeof types.AliasesTwoProvidersDocument,
    "query AliasesLists {\n        t1: tenants(provider: LOGTO, first: 2) { edges { node { id } } pageInfo { hasNextPage } }\n        t2: tenants(provider: AUTHRESS, first: 2) { edges { node { id provider } } }\n        i1: invitations(provider: LOGTO, first: 2) { edges { node { id } } pageInfo { hasNextPage } }\n        i2: invitations(provider: APALEO, first: 2) { edges { node { id provider } } }\n        r: roles(provider: APALEO, first: 2) { edges { node { name } } }\n      }": typeof types.AliasesListsDocument,
    "query AliasesNested { tenants(provider: LOGTO, first: 20) { edges { node { name users(first: 2) { edges { node { id } } pageInfo { hasNextPage } } } } } }": typeof types.AliasesNestedDocument,
    "query AliasesBadArg { a: users(provider: APALEO, first: -3) { edges { node { id } } } b: users(provider: LOGTO, first: 1) { edges { node { id } } } }": typeof types.AliasesBadArgDocument,
    "query ApaleoFaultsBroken($id: String!) {\n  broken: user(provider: APALEO, id: $id) { email }\n  roles(provider: APALEO, first: 3) { totalCount edges { node { providerId } } }\n}": typeof types.ApaleoFaultsBrokenDocument,
    "mutation ApaleoFaultsCreateInvitation { createInvitation(input: { provider: APALEO, email: \"retry.me@hotel.example.com\", tenantIds: [\"BER\"] }) {\n        __typename ... on UpstreamError { code httpStatus retryable outcomeUnknown } } }": typeof types.ApaleoFaultsCreateInvitationDocument,
    "mutation ApaleoFaultsCreateInvitation2 { createInvitation(input: { provider: APALEO, email: \"slow.one@hotel.example.com\", tenantIds: [\"BER\"] }) {\n        __typename ... on UpstreamError { code outcomeUnknown message } } }": typeof types.ApaleoFaultsCreateInvitation2Document,
    "query ApaleoFaultsRoles { roles(provider: APALEO) { totalCount } }": typeof types.ApaleoFaultsRolesDocument,
    "query ApaleoFidelityUsers($first: Int) { users(provider: APALEO, first: $first) { totalCount edges { node { providerId roles { providerId name description } } } } }": typeof types.ApaleoFidelityUsersDocument,
    "query ApaleoFidelityUser($id: String!) { user(provider: APALEO, id: $id) { roles { providerId } } }": typeof types.ApaleoFidelityUserDocument,
    "query ApaleoFidelityRoles { roles(provider: APALEO, first: 50) { edges { node { providerId name } } } }": typeof types.ApaleoFidelityRolesDocument,
    "mutation ApaleoFidelityCreateInvitation($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on Invitation { roles { providerId } apaleo { legacyRole } } ... on Error { code message } } }": typeof types.ApaleoFidelityCreateInvitationDocument,
    "query ApaleoFidelityInvitations { invitations(provider: APALEO, first: 100) { edges { node { email roles { providerId } } } } }": typeof types.ApaleoFidelityInvitationsDocument,
    "mutation ApaleoFidelityCreateInvitation2($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on ValidationError { field } } }": typeof types.ApaleoFidelityCreateInvitation2Document,
    "mutation ApaleoFidelityUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n    ... on Error { code message } ... on UpstreamError { httpStatus providerMessage } ... on NotFoundError { kind } } }": typeof types.ApaleoFidelityUpdateUserDocument,
    "query ApaleoFidelityInvitations2 { invitations(provider: APALEO, filter: { propertyId: \"NOPE\" }, first: 5) { totalCount edges { node { email } } pageInfo { hasNextPage } } }": typeof types.ApaleoFidelityInvitations2Document,
    "query ApaleoFidelityCurrentUser { currentUser(provider: APALEO) { providerId } }": typeof types.ApaleoFidelityCurrentUserDocument,
    "query ApaleoFidelityCurrentUser2 { currentUser(provider: APALEO) { providerId } }": typeof types.ApaleoFidelityCurrentUser2Document,
    "query ApaleoLiveProviders { providers { provider mode baseUrl } users(provider: APALEO, first: 2) { totalCount } }": typeof types.ApaleoLiveProvidersDocument,
    "mutation ApaleoMutationsCreate($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }": typeof types.ApaleoMutationsCreateDocument,
    "mutation ApaleoMutationsDelete($id: ID!) { deleteInvitation(input: { id: $id }) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }": typeof types.ApaleoMutationsDeleteDocument,
    "query ApaleoMutationsInvitations { invitations(provider: APALEO, filter: { propertyId: \"MUC\" }, first: 50) {\n      totalCount edges { node { email status tenants { providerId } roles { providerId } inviter { email } apaleo { legacyRole } } } } }": typeof types.ApaleoMutationsInvitationsDocument,
    "query ApaleoMutationsInvitations2 { invitations(provider: APALEO, first: 20) { edges { node { email } } } }": typeof types.ApaleoMutationsInvitations2Document,
    "query ApaleoMutationsInvitations3 { invitations(provider: APALEO, last: 7) { edges { node { email } } pageInfo { hasPreviousPage hasNextPage } } }": typeof types.ApaleoMutationsInvitations3Document,
    "mutation ApaleoMutationsResend($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }": typeof types.ApaleoMutationsResendDocument,
    "mutation ApaleoMutationsUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n    ... on User { providerId firstName lastName status tenants { providerId } apaleo { isAccountAdmin } }\n    ... on Error { code message }\n    ... on ValidationError { field }\n    ... on UpstreamError { httpStatus providerMessage }\n    ... on NotFoundError { kind } } }": typeof types.ApaleoMutationsUpdateUserDocument,
    "\n  query Page($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {\n    users(provider: APALEO, first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id providerId email } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }": typeof types.PageDocument,
    "query ApaleoUsersUsers { users(provider: APALEO, first: 20) { edges { node { id roles { name } } } } }": typeof types.ApaleoUsersUsersDocument,
    "query ApaleoUsersUsers2 { users(provider: APALEO, first: 250) { edges { node { id providerId } } } }": typeof types.ApaleoUsersUsers2Document,
    "query ApaleoUsersRoles { roles(provider: APALEO, first: 1) { pageInfo { endCursor } } }": typeof types.ApaleoUsersRolesDocument,
    "query ApaleoUsersUser($id: String, $email: String) { user(provider: APALEO, id: $id, email: $email) {\n    id providerId email firstName status enabled roles { providerId } tenants { providerId }\n    apaleo { isAccountAdmin isMfaEnabled isPasskeysEnabled propertyRoles { tenant { providerId } roles { providerId } } } } }": typeof types.ApaleoUsersUserDocument,
    "query ApaleoUsersCurrentUser { currentUser(provider: APALEO) { providerId email apaleo { isAccountAdmin } } }": typeof types.ApaleoUsersCurrentUserDocument,
    "query ApaleoUsersUsers3 {\n      users(provider: APALEO, first: 2) { edges { node { id } } }\n      invitations(provider: APALEO, first: 1) { edges { node { id } } }\n      roles(provider: APALEO, first: 1) { edges { node { id } } }\n      tenants(provider: APALEO, first: 1) { edges { node { id } } }\n    }": typeof types.ApaleoUsersUsers3Document,
    "query ApaleoUsersNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": typeof types.ApaleoUsersNodesDocument,
    "query ApaleoUsersNode($id: ID!) { node(id: $id) { ... on User { email } } }": typeof types.ApaleoUsersNodeDocument,
    "query ApaleoUsersNode2($id: ID!) { node(id: $id) { id } }": typeof types.ApaleoUsersNode2Document,
    "query ApaleoUsersNode3($id: ID!) { node(id: $id) { id } }": typeof types.ApaleoUsersNode3Document,
    "query ApaleoUsersUsers4 { users(provider: APALEO, first: 100) { edges { node { roles { name } apaleo { propertyRoles { roles { name } } } } } } }": typeof types.ApaleoUsersUsers4Document,
    "query ApaleoUsersRoles2 { roles(provider: APALEO, first: 50) { totalCount edges { node { providerId name description } } } }": typeof types.ApaleoUsersRoles2Document,
    "query ApaleoUsersTenants { tenants(provider: APALEO) { totalCount edges { node { providerId name users(first: 3) { totalCount } } } } }": typeof types.ApaleoUsersTenantsDocument,
    "query AuthressUsersPage($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {\n  users(provider: AUTHRESS, first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    totalCount\n    edges { cursor node { id providerId email displayName provider authress { picture } } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}": typeof types.AuthressUsersPageDocument,
    "query AuthressUser($id: String!) { user(provider: AUTHRESS, id: $id) { id providerId email displayName authress { picture } } }": typeof types.AuthressUserDocument,
    "query AuthressNode($id: ID!) { node(id: $id) { ... on User { providerId provider } } }": typeof types.AuthressNodeDocument,
    "query AuthressUser2 { user(provider: AUTHRESS, id: \"oauth2|nobody\") { id } }": typeof types.AuthressUser2Document,
    "query AuthressUser3($e: String!) { user(provider: AUTHRESS, email: $e) { providerId } }": typeof types.AuthressUser3Document,
    "query AuthressUser4($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }": typeof types.AuthressUser4Document,
    "query AuthressUser5($id: String!) { user(provider: AUTHRESS, id: $id) { id } }": typeof types.AuthressUser5Document,
    "query AuthressTenants { tenants(provider: AUTHRESS, first: 20) { totalCount pageInfo { hasNextPage } edges { node { id providerId name createdAt authress { lookupIdentifier domains connectionId } } } } }": typeof types.AuthressTenantsDocument,
    "query AuthressTenantsPage($after: String) { tenants(provider: AUTHRESS, first: 3, after: $after) { edges { node { providerId } } pageInfo { hasNextPage endCursor } } }": typeof types.AuthressTenantsPageDocument,
    "query AuthressTenants2 { tenants(provider: AUTHRESS, first: 5) { pageInfo { hasNextPage } } }": typeof types.AuthressTenants2Document,
    "query AuthressTenants3 { tenants(provider: AUTHRESS, first: 20) { totalCount } }": typeof types.AuthressTenants3Document,
    "query AuthressTenants4 { tenants(provider: AUTHRESS, last: 2) { totalCount } }": typeof types.AuthressTenants4Document,
    "query AuthressNode2($id: ID!) { node(id: $id) { ... on Tenant { name users(first: 500) { edges { node { providerId } } } } } }": typeof types.AuthressNode2Document,
    "query AuthressNode3($id: ID!) { node(id: $id) { id } }": typeof types.AuthressNode3Document,
    "query AuthressUsers { users(provider: AUTHRESS, first: 100) { edges { node { providerId tenants { providerId name } } } } }": typeof types.AuthressUsersDocument,
    "query AuthressUsersAhead { users(provider: AUTHRESS, first: 10) { edges { node { providerId tenants { providerId } } } } }": typeof types.AuthressUsersAheadDocument,
    "query AuthressUsersNoTenants { users(provider: AUTHRESS, first: 10) { edges { node { providerId } } } }": typeof types.AuthressUsersNoTenantsDocument,
    "query AuthressUsersAheadFails { users(provider: AUTHRESS, first: 5) { edges { node { providerId tenants { providerId } } } } }": typeof types.AuthressUsersAheadFailsDocument,
    "query AuthressNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Tenant { providerId } } }": typeof types.AuthressNodesDocument,
    "query AuthressNodes2($ids: [ID!]!) { nodes(ids: $ids) { ... on Tenant { providerId } } }": typeof types.AuthressNodes2Document,
    "query AuthressUser6($id: String!) { user(provider: AUTHRESS, id: $id) { id providerId email } }": typeof types.AuthressUser6Document,
    "query AuthressNode4($id: ID!) { node(id: $id) { ... on User { providerId } } }": typeof types.AuthressNode4Document,
    "mutation AuthressDeleteUser($id: ID!) { deleteUser(input: { id: $id }) {\n  __typename\n  ... on UserDeletion { pending user { providerId email } }\n  ... on Error { code message }\n  ... on NotFoundError { kind resourceId }\n  ... on ForbiddenError { provider operation }\n  ... on ValidationError { field }\n} }": typeof types.AuthressDeleteUserDocument,
    "mutation AuthressAddUserToTenant($userId: ID!, $tenantId: ID!) { addUserToTenant(input: { userId: $userId, tenantId: $tenantId }) {\n  __typename\n  ... on User { providerId tenants { providerId } }\n  ... on Error { code message }\n  ... on NotFoundError { kind resourceId }\n  ... on ForbiddenError { provider operation }\n  ... on ValidationError { field }\n} }": typeof types.AuthressAddUserToTenantDocument,
    "query AuthressUser7($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }": typeof types.AuthressUser7Document,
    "query AuthressUser8($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }": typeof types.AuthressUser8Document,
    "query AuthressProviders { providers { provider mode capabilities userFilters } }": typeof types.AuthressProvidersDocument,
    "\n  query CursorSecretPage($after: String) {\n    users(provider: APALEO, first: 2, after: $after) {\n      edges { node { id } }\n      pageInfo { endCursor }\n    }\n  }\n": typeof types.CursorSecretPageDocument,
    "mutation ForbiddenAnyProviderDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) {\n  __typename\n  ... on UserDeletion { pending }\n  ... on Error { code message }\n  ... on ForbiddenError { provider operation providerMessage }\n} }": typeof types.ForbiddenAnyProviderDeleteUserDocument,
    "mutation GlobalIdsInInputsCreateInvitation($input: CreateInvitationInput!) { createInvitation(input: $input) {\n  __typename ... on Invitation { provider tenant { providerId } roles { providerId } } ... on ValidationError { field } } }": typeof types.GlobalIdsInInputsCreateInvitationDocument,
    "query GlobalIdsInInputsUser($id: String) { user(provider: APALEO, id: $id) { id } }": typeof types.GlobalIdsInInputsUserDocument,
    "query GlobalIdsInInputsUser2($id: String) { user(provider: APALEO, id: $id) { id } }": typeof types.GlobalIdsInInputsUser2Document,
    "query GlobalIdsInInputsInvitations($o: String) { invitations(provider: LOGTO, filter: { organizationId: $o }) { edges { node { id } } } }": typeof types.GlobalIdsInInputsInvitationsDocument,
    "query GlobalIdsInInputsInvitations2($o: String) { invitations(provider: LOGTO, filter: { organizationId: $o }) { edges { node { id } } } }": typeof types.GlobalIdsInInputsInvitations2Document,
    "query GlobalIdsInInputsUsers($p: [String!]) { users(provider: APALEO, first: 5, filter: { propertyIds: $p }) { totalCount } }": typeof types.GlobalIdsInInputsUsersDocument,
    "query GlobalIdsInInputsUsers2($p: [String!]) { users(provider: APALEO, first: 5, filter: { propertyIds: $p }) { totalCount } }": typeof types.GlobalIdsInInputsUsers2Document,
    "mutation LogtoCreateInvitation($input: CreateInvitationInput!) {\n  createInvitation(input: $input) {\n    __typename\n    ... on Invitation { id providerId email status expiresAt tenant { providerId name } roles { providerId name } inviter { providerId } }\n    ... on Error { code message }\n    ... on ValidationError { field }\n    ... on NotFoundError { kind resourceId inputField }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on EmailConnectorMissingError { provider operation }\n  }\n}": typeof types.LogtoCreateInvitationDocument,
    "mutation LogtoSetInvitationStatus($input: SetInvitationStatusInput!) {\n  setInvitationStatus(input: $input) {\n    __typename\n    ... on Invitation { id status updatedAt acceptedBy { providerId email } }\n    ... on Error { code message }\n    ... on NotFoundError { kind resourceId }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on ValidationError { field }\n  }\n}": typeof types.LogtoSetInvitationStatusDocument,
    "mutation LogtoResendInvitation2($input: ResendInvitationInput!) {\n  resendInvitation(input: $input) {\n    __typename\n    ... on Invitation { id status }\n    ... on Error { code message }\n    ... on NotFoundError { kind }\n  }\n}": typeof types.LogtoResendInvitation2Document,
    "mutation LogtoDeleteInvitation($input: DeleteInvitationInput!) {\n  deleteInvitation(input: $input) {\n    __typename\n    ... on Invitation { id providerId email }\n    ... on Error { code message }\n    ... on NotFoundError { kind resourceId }\n  }\n}": typeof types.LogtoDeleteInvitationDocument,
    "query LogtoProviders { providers { provider mode capabilities userFilters invitationFilters } }": typeof types.LogtoProvidersDocument,
    "query LogtoInvitations {\n      invitations(provider: LOGTO, first: 60) {\n        totalCount\n        edges { node { provider providerId email status createdAt expiresAt tenant { name } roles { name } inviter { email } acceptedBy { email } } }\n        pageInfo { hasNextPage hasPreviousPage }\n      }\n    }": typeof types.LogtoInvitationsDocument,
    "query LogtoInvitationsAhead { invitations(provider: LOGTO, first: 5) { edges { node { providerId tenant { providerId name } } } } }": typeof types.LogtoInvitationsAheadDocument,
    "query LogtoInvitationsNoTenant { invitations(provider: LOGTO, first: 5) { edges { node { providerId email } } } }": typeof types.LogtoInvitationsNoTenantDocument,
    "query LogtoInvitations11($f: InvitationFilter) { invitations(provider: LOGTO, filter: $f, first: 100) { totalCount edges { node { status email tenant { providerId } inviter { providerId } } } } }": typeof types.LogtoInvitations11Document,
    "query LogtoInvitations2 { invitations(provider: LOGTO, filter: { propertyId: \"BER\" }) { totalCount } }": typeof types.LogtoInvitations2Document,
    "query LogtoInvitations12($first: Int, $after: String, $last: Int, $before: String) {\n      invitations(provider: LOGTO, first: $first, after: $after, last: $last, before: $before) {\n        edges { cursor node { providerId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount\n      }\n    }": typeof types.LogtoInvitations12Document,
    "query LogtoTenants { tenants(provider: LOGTO, first: 4) { totalCount edges { node { providerId name description createdAt } } pageInfo { hasNextPage endCursor } } }": typeof types.LogtoTenantsDocument,
    "query LogtoTenants2($a: String) { tenants(provider: LOGTO, first: 4, after: $a) { edges { node { name } } pageInfo { hasNextPage } } }": typeof types.LogtoTenants2Document,
    "query LogtoRoles { roles(provider: LOGTO, last: 2) { totalCount edges { node { name description } } pageInfo { hasPreviousPage } } }": typeof types.LogtoRolesDocument,
    "query LogtoNode($id: ID!) { node(id: $id) { ... on Tenant { name invitations(first: 100) { totalCount } users(first: 50) { totalCount edges { node { providerId } } } } } }": typeof types.LogtoNodeDocument,
    "query LogtoUsers { users(provider: LOGTO, first: 5) { totalCount edges { node { providerId email status displayName logto { username isSuspended lastSignInAt } } } } }": typeof types.LogtoUsersDocument,
    "query LogtoUser($id: String!) { user(provider: LOGTO, id: $id) { email firstName lastName } }": typeof types.LogtoUserDocument,
    "query LogtoUser2($e: String!) { user(provider: LOGTO, email: $e) { providerId } }": typeof types.LogtoUser2Document,
    "query LogtoUser3 { user(provider: LOGTO, id: \"no-such-user\") { email } }": typeof types.LogtoUser3Document,
    "query LogtoUsers2 { users(provider: LOGTO, filter: { search: \"lovelace\" }) { edges { node { email } } } }": typeof types.LogtoUsers2Document,
    "query LogtoUsers3($e: String) { users(provider: LOGTO, filter: { search: \"lovelace\", email: $e }) { totalCount } }": typeof types.LogtoUsers3Document,
    "query LogtoUsers4($e: String) { users(provider: LOGTO, filter: { email: $e }) { totalCount edges { node { providerId } } } }": typeof types.LogtoUsers4Document,
    "query LogtoNode2($id: ID!) { node(id: $id) { ... on Invitation { providerId email } } }": typeof types.LogtoNode2Document,
    "query LogtoNode3($id: ID!) { node(id: $id) { id } }": typeof types.LogtoNode3Document,
    "query LogtoUser4($id: String!) { user(provider: LOGTO, id: $id) { tenants { providerId name } } }": typeof types.LogtoUser4Document,
    "query LogtoUser5($id: String!) { user(provider: LOGTO, id: $id) { tenants { providerId } } }": typeof types.LogtoUser5Document,
    "query LogtoInvitations3 { invitations(provider: LOGTO, first: 1) { totalCount } }": typeof types.LogtoInvitations3Document,
    "query LogtoInvitations4 { invitations(provider: LOGTO, first: 1) { totalCount } }": typeof types.LogtoInvitations4Document,
    "query LogtoInvitations5 { invitations(provider: LOGTO, first: 1) { totalCount } }": typeof types.LogtoInvitations5Document,
    "query LogtoRoles2 { roles(provider: LOGTO, first: 1) { totalCount } }": typeof types.LogtoRoles2Document,
    "query LogtoInvitations6($e: String) { invitations(provider: LOGTO, filter: { invitee: $e }) { edges { node { id status } } } }": typeof types.LogtoInvitations6Document,
    "mutation LogtoResendInvitation($input: ResendInvitationInput!) { resendInvitation(input: $input) { __typename ... on UpstreamError { code providerCode retryAfterSeconds retryable } } }": typeof types.LogtoResendInvitationDocument,
    "mutation LogtoUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on User { status logto { isSuspended } } ... on Error { code } ... on ValidationError { field } ... on NotFoundError { kind } } }": typeof types.LogtoUpdateUserDocument,
    "mutation LogtoDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on UserDeletion { pending user { providerId } } ... on Error { code } } }": typeof types.LogtoDeleteUserDocument,
    "mutation LogtoDeprovisionPerson($input: DeprovisionPersonInput!) { deprovisionPerson(input: $input) { __typename\n    ... on DeprovisionReport { dryRun entries { provider action outcome detail account { email } invitation { id providerId } } } } }": typeof types.LogtoDeprovisionPersonDocument,
    "mutation LogtoDeleteUser2($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on UserDeletion { pending deletedInvitations { providerId email status } } } }": typeof types.LogtoDeleteUser2Document,
    "query LogtoNode4($id: ID!) { node(id: $id) { ... on User { roles { providerId } tenants { providerId } } } }": typeof types.LogtoNode4Document,
    "query LogtoNode5($id: ID!) { node(id: $id) { ... on Invitation { status } } }": typeof types.LogtoNode5Document,
    "query LogtoPerson($e: String!) { person(email: $e) { invitations { provider email } } }": typeof types.LogtoPersonDocument,
    "query LogtoUsers5 { users(provider: LOGTO, filter: { tenantId: \"nope\" }) { totalCount edges { node { id } } } }": typeof types.LogtoUsers5Document,
    "query LogtoInvitations10($a: String) { invitations(provider: LOGTO, first: 3, after: $a) { edges { node { providerId } } pageInfo { endCursor } } }": typeof types.LogtoInvitations10Document,
    "query LogtoInvitations7 { invitations(provider: LOGTO, first: 6) { edges { node { providerId } } } }": typeof types.LogtoInvitations7Document,
    "query LogtoInvitations8 { invitations(provider: LOGTO, first: 1) { edges { node { providerId } } } }": typeof types.LogtoInvitations8Document,
    "query LogtoUsers6($t: String!) { users(provider: LOGTO, filter: { tenantId: $t, search: \"zebra\" }) { totalCount edges { node { providerId } } } }": typeof types.LogtoUsers6Document,
    "query LogtoInvitations9 { invitations(provider: LOGTO, first: 5) { edges { node { roles { name description } } } } }": typeof types.LogtoInvitations9Document,
    "query LogtoPerson2 { person(email: \"anyone@example.com\") { errors { provider code } } }": typeof types.LogtoPerson2Document,
    "mutation LumappsFidelityUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n  ... on User { providerId firstName lastName displayName } ... on NotFoundError { kind resourceId } ... on Error { code message } } }": typeof types.LumappsFidelityUpdateUserDocument,
    "query LumappsFidelityUsers($first: Int, $after: String, $filter: UserFilter) { users(provider: LUMAPPS, first: $first, after: $after, filter: $filter) {\n    edges { node { providerId } } pageInfo { hasNextPage endCursor } } }": typeof types.LumappsFidelityUsersDocument,
    "query LumappsFidelityNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { providerId } } }": typeof types.LumappsFidelityNodesDocument,
    "query LumappsFidelityUser($id: String!) { user(provider: LUMAPPS, id: $id) { providerId } }": typeof types.LumappsFidelityUserDocument,
    "query LumappsFidelityUser2($email: String!) { user(provider: LUMAPPS, email: $email) { providerId } }": typeof types.LumappsFidelityUser2Document,
    "query LumappsFidelityNode($id: ID!) { node(id: $id) { id } }": typeof types.LumappsFidelityNodeDocument,
    "mutation LumappsMutationsCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    __typename\n    ... on User { id providerId email firstName lastName status lumapps { accountType isHidden } }\n    ... on ValidationError { field reason }\n    ... on UpstreamError { httpStatus providerCode providerMessage }\n    ... on UnsupportedOperationError { operation }\n    ... on Error { code message }\n  }\n}": typeof types.LumappsMutationsCreateUserDocument,
    "mutation LumappsMutationsUpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    __typename\n    ... on User { id providerId firstName lastName displayName status lumapps { isHidden accountType } }\n    ... on ValidationError { field reason }\n    ... on NotFoundError { kind resourceId }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on Error { code message }\n  }\n}": typeof types.LumappsMutationsUpdateUserDocument,
    "query LumappsMutationsNode($id: ID!) { node(id: $id) { ... on User { email } } }": typeof types.LumappsMutationsNodeDocument,
    "query LumappsMutationsUsers($f: UserFilter) { users(provider: LUMAPPS, filter: $f, first: 5) { edges { node { providerId } } } }": typeof types.LumappsMutationsUsersDocument,
    "query LumappsMutationsPerson($e: String!) { person(email: $e) { accounts { provider providerId } } }": typeof types.LumappsMutationsPersonDocument,
    "mutation LumappsMutationsDeprovisionPerson($e: String!) { deprovisionPerson(input: { email: $e, mode: DISABLE }) { ... on DeprovisionReport { entries { provider action outcome } } } }": typeof types.LumappsMutationsDeprovisionPersonDocument,
    "query LumappsUpstreamUsers3 { users(provider: LUMAPPS, first: 2) { edges { node { email } } } }": typeof types.LumappsUpstreamUsers3Document,
    "query LumappsUpstreamProviders { providers { provider mode } currentUser(provider: LUMAPPS) { email } }": typeof types.LumappsUpstreamProvidersDocument,
    "query LumappsUpstreamUsers { users(provider: LUMAPPS, first: 2) { edges { node { email } } pageInfo { hasNextPage } } }": typeof types.LumappsUpstreamUsersDocument,
    "query LumappsUpstreamUsers2 { users(provider: LUMAPPS, first: 2) { edges { node { email } } } }": typeof types.LumappsUpstreamUsers2Document,
    "query LumappsUpstreamCurrentUser { currentUser(provider: LUMAPPS) { email } }": typeof types.LumappsUpstreamCurrentUserDocument,
    "query LumappsUsersList($filter: UserFilter, $first: Int, $after: String) {\n  users(provider: LUMAPPS, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage endCursor }\n    edges { cursor node { providerId email status createdAt lumapps { accountType isHidden } } }\n  }\n}": typeof types.LumappsUsersListDocument,
    "query LumappsUsersUsers { users(provider: LUMAPPS, last: 5) { edges { cursor } } }": typeof types.LumappsUsersUsersDocument,
    "query LumappsUsersUsers2 { users(provider: LUMAPPS, first: 5, before: \"c1.x\") { edges { cursor } } }": typeof types.LumappsUsersUsers2Document,
    "query LumappsUsersUsers3 { users(filter: { accountTypes: [\"okta\"] }, first: 10) { edges { node { provider email lumapps { accountType } } } } }": typeof types.LumappsUsersUsers3Document,
    "query LumappsUsersUsers4 { users(provider: LUMAPPS, first: 100) { edges { node { id email } } } }": typeof types.LumappsUsersUsers4Document,
    "query LumappsUsersUsers5 { users(provider: LUMAPPS, first: 100) { edges { node { id email displayName lumapps { accountType } } } } }": typeof types.LumappsUsersUsers5Document,
    "query LumappsUsersUsers6 { users(provider: LUMAPPS, first: 100) { edges { ...E } } } fragment E on UserEdge { node { ... on User { providerId email } } }": typeof types.LumappsUsersUsers6Document,
    "query LumappsUsersUsers7 { users(provider: LUMAPPS, first: 100) { totalCount } }": typeof types.LumappsUsersUsers7Document,
    "query LumappsUsersUsers8 { users(provider: LUMAPPS, first: 100) { edges { node { id email } } } }": typeof types.LumappsUsersUsers8Document,
    "query LumappsUsersUser($id: String!) { user(provider: LUMAPPS, id: $id) { providerId email firstName lastName enabled lumapps { accountType customerId } } }": typeof types.LumappsUsersUserDocument,
    "query LumappsUsersUser2($e: String!) { user(provider: LUMAPPS, email: $e) { providerId lumapps { isHidden } } }": typeof types.LumappsUsersUser2Document,
    "query LumappsUsersA { a: user(provider: LUMAPPS, id: \"999\") { id } b: user(provider: LUMAPPS, email: \"nobody@nowhere.example\") { id } }": typeof types.LumappsUsersADocument,
    "query LumappsUsersUser3 { user(provider: LUMAPPS) { id } }": typeof types.LumappsUsersUser3Document,
    "query LumappsUsersUsers9 { users(provider: LUMAPPS, first: 3) { edges { node { id providerId } } } }": typeof types.LumappsUsersUsers9Document,
    "query LumappsUsersNode($id: ID!) { node(id: $id) { ... on User { providerId } } }": typeof types.LumappsUsersNodeDocument,
    "query LumappsUsersNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { providerId } } }": typeof types.LumappsUsersNodesDocument,
    "query LumappsUsersCurrentUser { currentUser(provider: LUMAPPS) { email lumapps { isSuperAdmin } } }": typeof types.LumappsUsersCurrentUserDocument,
    "query LumappsUsersRoles { roles(provider: LUMAPPS) { edges { cursor } } }": typeof types.LumappsUsersRolesDocument,
    "query LumappsUsersProviders { providers { provider mode capabilities userFilters } }": typeof types.LumappsUsersProvidersDocument,
    "query PersonSelectionPerson2 { person(email: \"ada.lovelace@people.example.com\") { accounts { id } invitations { id } } }": typeof types.PersonSelectionPerson2Document,
    "query PersonSelectionA { a: person(email: \"Ada.Lovelace@People.Example.com\") { id email } b: person(email: \"ada.lovelace@people.example.com\") { id email } }": typeof types.PersonSelectionADocument,
    "query PersonSelectionPerson { person(email: \"ADA.LOVELACE@people.example.com\") { id } }": typeof types.PersonSelectionPersonDocument,
    "query PersonSelectionNode($id: ID!) { node(id: $id) { __typename id ... on Person { email accounts { provider } } } }": typeof types.PersonSelectionNodeDocument,
    "query PersonSelectionPerson3 { person(email: \"ada.lovelace@people.example.com\") { id email } }": typeof types.PersonSelectionPerson3Document,
    "query PersonSelectionPerson4 { person(email: \"ada.lovelace@people.example.com\") { accounts { provider } errors { provider } } }": typeof types.PersonSelectionPerson4Document,
    "query PersonSelectionPerson5 { person(email: \"ada.lovelace@people.example.com\") { errors { provider } accounts { provider } } }": typeof types.PersonSelectionPerson5Document,
    "query PersonSelectionPerson6 { person(email: \"ada.lovelace@people.example.com\") { accounts { id } } }": typeof types.PersonSelectionPerson6Document,
    "query PersonSelectionA2 { a: person(email: \"ada.lovelace@people.example.com\") { accounts { id } errors { code } } b: person(email: \"Ada.Lovelace@people.example.com\") { accounts { provider } } }": typeof types.PersonSelectionA2Document,
    "query PersonSelectionPerson7 { person(email: \"ada.lovelace@people.example.com\") { accounts { provider } errors { provider code } } }": typeof types.PersonSelectionPerson7Document,
    "query PersonSelectionPerson8 { person(email: \"ada.lovelace@people.example.com\") { invitations { provider } errors { provider code } } }": typeof types.PersonSelectionPerson8Document,
    "query PersonSelectionPerson9 { person(email: \"ada.lovelace@people.example.com\") { errors { provider code } } }": typeof types.PersonSelectionPerson9Document,
    "query PersonPerson($email: String!) { person(email: $email) {\n  email providers accounts { provider email status } invitations { provider email status } errors { provider code message } } }": typeof types.PersonPersonDocument,
    "mutation PersonDeprovisionPerson($input: DeprovisionPersonInput!) { deprovisionPerson(input: $input) { __typename\n  ... on DeprovisionReport { dryRun complete entries { provider action outcome detail account { email } invitation { email } error { provider code } } }\n  ... on ValidationError { field } } }": typeof types.PersonDeprovisionPersonDocument,
    "query SmallThingsProviders { providers { provider } }": typeof types.SmallThingsProvidersDocument,
    "query SmallThingsUsers { users(provider: AUTHRESS, last: 2) { totalCount } }": typeof types.SmallThingsUsersDocument,
    "query SmallThingsType { __type(name: \"Query\") { fields { name description } } s: __type(name: \"_Service\") { description } }": typeof types.SmallThingsTypeDocument,
    "query SmallThingsPerson($e: String!) { person(email: $e) { accounts { id provider } } }": typeof types.SmallThingsPersonDocument,
    "mutation SmallThingsUpdateUser($id: ID!) { updateUser(input: { id: $id, status: DISABLED }) { ... on User { status } ... on Error { code } } }": typeof types.SmallThingsUpdateUserDocument,
    "mutation SmallThingsDeprovisionPerson($e: String!) { deprovisionPerson(input: { email: $e, mode: DISABLE, dryRun: true }) { ... on DeprovisionReport { entries { provider outcome detail } } } }": typeof types.SmallThingsDeprovisionPersonDocument,
    "query LimitsUsers($n: Int) { users(provider: APALEO, first: $n) { edges { node { id } } } }": typeof types.LimitsUsersDocument,
    "query LimitsUsers2 { users(provider: APALEO, first: 501) { totalCount } }": typeof types.LimitsUsers2Document,
    "query LimitsSchema { __schema { queryType { name } } }": typeof types.LimitsSchemaDocument,
    "query LimitsSchema2 { __schema { queryType { name } } }": typeof types.LimitsSchema2Document,
    "query HealthUsers { users(provider: LUMAPPS, first: 1) { edges { node { id } } } }": typeof types.HealthUsersDocument,
    "query HealthUsers2 { users(provider: APALEO, first: 1) { edges { node { id } } } }": typeof types.HealthUsers2Document,
    "query Users { users(provider: APALEO, first: 2) { edges { node { id } } } }": typeof types.UsersDocument,
    "query Everyone { person(email: \"ada.lovelace@people.example.com\") { providers } }": typeof types.EveryoneDocument,
    "query ResilienceProviders { providers { provider circuit { state failures openedAt retryAt } } }": typeof types.ResilienceProvidersDocument,
    "query CatalogCacheUsers { users(provider: AUTHRESS, first: 20) { edges { node { providerId tenants { providerId } } } } }": typeof types.CatalogCacheUsersDocument,
    "mutation CatalogCacheAddUserToTenant($u: ID!, $t: ID!) { addUserToTenant(input: { userId: $u, tenantId: $t }) { __typename ... on User { tenants { providerId } } } }": typeof types.CatalogCacheAddUserToTenantDocument,
    "query CatalogCacheRoles { roles(provider: APALEO, first: 50) { edges { node { name } } } }": typeof types.CatalogCacheRolesDocument,
    "query CatalogCacheRoles2 { roles(provider: LOGTO, first: 50) { totalCount edges { node { providerId name } } } tenants(provider: LOGTO, first: 50) { totalCount edges { node { providerId name } } } }": typeof types.CatalogCacheRoles2Document,
    "query CatalogCacheInvitations { invitations(provider: LOGTO, first: 100) { totalCount edges { node { id status tenant { providerId name } } } } }": typeof types.CatalogCacheInvitationsDocument,
    "query UpstreamBudgetUsers { users(first: 2, provider: AUTHRESS) { edges { node { id } } } }": typeof types.UpstreamBudgetUsersDocument,
};
const documents: Documents = {
    "query FuzzUsers { users(provider: APALEO, first: 2) { edges { cursor node { id } } } roles(provider: APALEO, first: 1) { edges { node { id } } } }": types.FuzzUsersDocument,
    "query FuzzUsers2 { users(provider: APALEO, first: 1) { totalCount } }": types.FuzzUsers2Document,
    "query GateGraphqlNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.GateGraphqlNodesDocument,
    "query GateHttpProviders { providers { provider } }": types.GateHttpProvidersDocument,
    "query GateHttpProviders2 { providers { provider mode } }": types.GateHttpProviders2Document,
    "query GateHttpProviders3 { providers { provider } }": types.GateHttpProviders3Document,
    "query GateHttpInvitations { invitations(provider: APALEO) { totalCount } }": types.GateHttpInvitationsDocument,
    "query GateHttpUsers { users(provider: APALEO, first: 1, after: \"not-a-cursor\") { totalCount } }": types.GateHttpUsersDocument,
    "query GateHttpRoles { roles(provider: LUMAPPS) { totalCount } }": types.GateHttpRolesDocument,
    "query GateHttpUsers2 { users(provider: APALEO, first: 1) { totalCount } }": types.GateHttpUsers2Document,
    "query GateUpstreamNodeById($id: ID!) { node(id: $id) { id } }": types.GateUpstreamNodeByIdDocument,
    "query GateUpstreamUsers { users(provider: APALEO, first: 1) { totalCount } }": types.GateUpstreamUsersDocument,
    "query GateUpstreamNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.GateUpstreamNodesDocument,
    "query GateUpstreamNodes2($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.GateUpstreamNodes2Document,
    "mutation GateUpstreamCreateInvitation($email: String!) { createInvitation(input: { provider: APALEO, email: $email, tenantIds: [\"BER\"] }) { __typename ... on Invitation { id } } }": types.GateUpstreamCreateInvitationDocument,
    "mutation GateUpstreamDeleteInvitation($id: ID!) { deleteInvitation(input: { id: $id }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": types.GateUpstreamDeleteInvitationDocument,
    "mutation GateUpstreamUpdateUser3($id: ID!) { updateUser(input: { id: $id, firstName: \"Gate\" }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": types.GateUpstreamUpdateUser3Document,
    "mutation GateUpstreamCreateInvitation2 { createInvitation(input: { provider: APALEO, email: \"gate-reset@example.com\", tenantIds: [\"BER\"] }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": types.GateUpstreamCreateInvitation2Document,
    "mutation GateUpstreamCreateInvitation3($email: String!) { createInvitation(input: { provider: APALEO, email: $email, tenantIds: [\"BER\"] }) { __typename ... on Invitation { email } ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": types.GateUpstreamCreateInvitation3Document,
    "mutation GateUpstreamUpdateUser4($id: ID!) { updateUser(input: { id: $id, lastName: \"Readback\" }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": types.GateUpstreamUpdateUser4Document,
    "query GateUpstreamInvitations { invitations(provider: LOGTO, first: 20) { edges { node { id status } } } }": types.GateUpstreamInvitationsDocument,
    "mutation GateUpstreamResendInvitation($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": types.GateUpstreamResendInvitationDocument,
    "mutation GateUpstreamResendInvitation2($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on Invitation { id status } ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }": types.GateUpstreamResendInvitation2Document,
    "query GateUpstreamUsers2 { users(provider: APALEO, first: 1) { totalCount } }": types.GateUpstreamUsers2Document,
    "query GateUpstreamUsers3 { users(provider: APALEO, first: 1) { totalCount } }": types.GateUpstreamUsers3Document,
    "query GateUpstreamUsers4 { users(provider: APALEO, first: 1) { totalCount } }": types.GateUpstreamUsers4Document,
    "query GateUpstreamNodes3($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.GateUpstreamNodes3Document,
    "query GateUpstreamUsers5 { users(provider: LOGTO, first: 1) { totalCount } users2: users(provider: APALEO, first: 1) { totalCount } }": types.GateUpstreamUsers5Document,
    "mutation GateUpstreamUpdateUser($id: ID!) { updateUser(input: { id: $id, status: DISABLED }) { __typename ... on ValidationError { code field } ... on Error { code } } }": types.GateUpstreamUpdateUserDocument,
    "mutation GateUpstreamUpdateUser2($id: ID!) { updateUser(input: { id: $id, firstName: \"X\" }) { __typename ... on Error { code } } }": types.GateUpstreamUpdateUser2Document,
    "query GateUpstreamUsers6 { users(provider: APALEO, first: 1) { totalCount } }": types.GateUpstreamUsers6Document,
    "query GateUpstreamRoles { roles(provider: APALEO) { totalCount } }": types.GateUpstreamRolesDocument,
    "query GateUpstreamRoles2 { roles(provider: APALEO) { totalCount } }": types.GateUpstreamRoles2Document,
    "query GateUpstreamUsers7 { users(provider: APALEO, first: 1) { totalCount } }": types.GateUpstreamUsers7Document,
    "query GateUpstreamUsers8($p: [String!]) { users(provider: APALEO, first: 1, filter: { propertyIds: $p }) { totalCount } }": types.GateUpstreamUsers8Document,
    "query GateUpstreamUsers9($p: [String!]) { users(provider: APALEO, first: 1, filter: { propertyIds: $p }) { totalCount } }": types.GateUpstreamUsers9Document,
    "query AcrossFailingPage($first: Int, $after: String) { users(first: $first, after: $after) {\n  edges { node { id provider } } pageInfo { hasNextPage endCursor } } }": types.AcrossFailingPageDocument,
    "query AcrossFailingUsers { users(provider: AUTHRESS, first: 500) { edges { node { id } } } }": types.AcrossFailingUsersDocument,
    "query AcrossFailingUsers2 { users(provider: LUMAPPS, first: 500) { edges { node { id } } } }": types.AcrossFailingUsers2Document,
    "query AcrossFailingUsers3 { users(last: 3) { totalCount } }": types.AcrossFailingUsers3Document,
    "query AcrossUsers { users(first: 500) { edges { node { provider } } pageInfo { hasNextPage } } }": types.AcrossUsersDocument,
    "query AcrossUsers2 { users(first: 5, filter: { propertyIds: [\"BER\"] }) { edges { node { provider } } } }": types.AcrossUsers2Document,
    "query AcrossUsers3 { users(provider: APALEO, first: 1) { pageInfo { endCursor } } }": types.AcrossUsers3Document,
    "query AcrossUsers4($a: String) { users(first: 1, after: $a) { totalCount } }": types.AcrossUsers4Document,
    "query AcrossUsers5 { users(last: 3) { totalCount } }": types.AcrossUsers5Document,
    "query AcrossNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.AcrossNodesDocument,
    "query AcrossNode($id: ID!) { node(id: $id) { id } }": types.AcrossNodeDocument,
    "query AcrossNodes2($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.AcrossNodes2Document,
    "query AcrossNodes3($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.AcrossNodes3Document,
    "query AcrossUsers6 { users(provider: APALEO, first: 1) { edges { node { id } } } }": types.AcrossUsers6Document,
    "query AcrossUsers7 { users(provider: AUTHRESS, first: 1) { edges { node { id } } } }": types.AcrossUsers7Document,
    "query AcrossNodes4($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.AcrossNodes4Document,
    "query AliasesTwoProviders {\n  a: users(provider: APALEO, first: 3) { totalCount edges { cursor node { id provider } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n  b: users(provider: LOGTO, first: 3) { edges { node { id provider } } }\n}": types.AliasesTwoProvidersDocument,
    "query AliasesLists {\n        t1: tenants(provider: LOGTO, first: 2) { edges { node { id } } pageInfo { hasNextPage } }\n        t2: tenants(provider: AUTHRESS, first: 2) { edges { node { id provider } } }\n        i1: invitations(provider: LOGTO, first: 2) { edges { node { id } } pageInfo { hasNextPage } }\n        i2: invitations(provider: APALEO, first: 2) { edges { node { id provider } } }\n        r: roles(provider: APALEO, first: 2) { edges { node { name } } }\n      }": types.AliasesListsDocument,
    "query AliasesNested { tenants(provider: LOGTO, first: 20) { edges { node { name users(first: 2) { edges { node { id } } pageInfo { hasNextPage } } } } } }": types.AliasesNestedDocument,
    "query AliasesBadArg { a: users(provider: APALEO, first: -3) { edges { node { id } } } b: users(provider: LOGTO, first: 1) { edges { node { id } } } }": types.AliasesBadArgDocument,
    "query ApaleoFaultsBroken($id: String!) {\n  broken: user(provider: APALEO, id: $id) { email }\n  roles(provider: APALEO, first: 3) { totalCount edges { node { providerId } } }\n}": types.ApaleoFaultsBrokenDocument,
    "mutation ApaleoFaultsCreateInvitation { createInvitation(input: { provider: APALEO, email: \"retry.me@hotel.example.com\", tenantIds: [\"BER\"] }) {\n        __typename ... on UpstreamError { code httpStatus retryable outcomeUnknown } } }": types.ApaleoFaultsCreateInvitationDocument,
    "mutation ApaleoFaultsCreateInvitation2 { createInvitation(input: { provider: APALEO, email: \"slow.one@hotel.example.com\", tenantIds: [\"BER\"] }) {\n        __typename ... on UpstreamError { code outcomeUnknown message } } }": types.ApaleoFaultsCreateInvitation2Document,
    "query ApaleoFaultsRoles { roles(provider: APALEO) { totalCount } }": types.ApaleoFaultsRolesDocument,
    "query ApaleoFidelityUsers($first: Int) { users(provider: APALEO, first: $first) { totalCount edges { node { providerId roles { providerId name description } } } } }": types.ApaleoFidelityUsersDocument,
    "query ApaleoFidelityUser($id: String!) { user(provider: APALEO, id: $id) { roles { providerId } } }": types.ApaleoFidelityUserDocument,
    "query ApaleoFidelityRoles { roles(provider: APALEO, first: 50) { edges { node { providerId name } } } }": types.ApaleoFidelityRolesDocument,
    "mutation ApaleoFidelityCreateInvitation($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on Invitation { roles { providerId } apaleo { legacyRole } } ... on Error { code message } } }": types.ApaleoFidelityCreateInvitationDocument,
    "query ApaleoFidelityInvitations { invitations(provider: APALEO, first: 100) { edges { node { email roles { providerId } } } } }": types.ApaleoFidelityInvitationsDocument,
    "mutation ApaleoFidelityCreateInvitation2($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on ValidationError { field } } }": types.ApaleoFidelityCreateInvitation2Document,
    "mutation ApaleoFidelityUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n    ... on Error { code message } ... on UpstreamError { httpStatus providerMessage } ... on NotFoundError { kind } } }": types.ApaleoFidelityUpdateUserDocument,
    "query ApaleoFidelityInvitations2 { invitations(provider: APALEO, filter: { propertyId: \"NOPE\" }, first: 5) { totalCount edges { node { email } } pageInfo { hasNextPage } } }": types.ApaleoFidelityInvitations2Document,
    "query ApaleoFidelityCurrentUser { currentUser(provider: APALEO) { providerId } }": types.ApaleoFidelityCurrentUserDocument,
    "query ApaleoFidelityCurrentUser2 { currentUser(provider: APALEO) { providerId } }": types.ApaleoFidelityCurrentUser2Document,
    "query ApaleoLiveProviders { providers { provider mode baseUrl } users(provider: APALEO, first: 2) { totalCount } }": types.ApaleoLiveProvidersDocument,
    "mutation ApaleoMutationsCreate($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }": types.ApaleoMutationsCreateDocument,
    "mutation ApaleoMutationsDelete($id: ID!) { deleteInvitation(input: { id: $id }) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }": types.ApaleoMutationsDeleteDocument,
    "query ApaleoMutationsInvitations { invitations(provider: APALEO, filter: { propertyId: \"MUC\" }, first: 50) {\n      totalCount edges { node { email status tenants { providerId } roles { providerId } inviter { email } apaleo { legacyRole } } } } }": types.ApaleoMutationsInvitationsDocument,
    "query ApaleoMutationsInvitations2 { invitations(provider: APALEO, first: 20) { edges { node { email } } } }": types.ApaleoMutationsInvitations2Document,
    "query ApaleoMutationsInvitations3 { invitations(provider: APALEO, last: 7) { edges { node { email } } pageInfo { hasPreviousPage hasNextPage } } }": types.ApaleoMutationsInvitations3Document,
    "mutation ApaleoMutationsResend($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }": types.ApaleoMutationsResendDocument,
    "mutation ApaleoMutationsUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n    ... on User { providerId firstName lastName status tenants { providerId } apaleo { isAccountAdmin } }\n    ... on Error { code message }\n    ... on ValidationError { field }\n    ... on UpstreamError { httpStatus providerMessage }\n    ... on NotFoundError { kind } } }": types.ApaleoMutationsUpdateUserDocument,
    "\n  query Page($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {\n    users(provider: APALEO, first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id providerId email } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }": types.PageDocument,
    "query ApaleoUsersUsers { users(provider: APALEO, first: 20) { edges { node { id roles { name } } } } }": types.ApaleoUsersUsersDocument,
    "query ApaleoUsersUsers2 { users(provider: APALEO, first: 250) { edges { node { id providerId } } } }": types.ApaleoUsersUsers2Document,
    "query ApaleoUsersRoles { roles(provider: APALEO, first: 1) { pageInfo { endCursor } } }": types.ApaleoUsersRolesDocument,
    "query ApaleoUsersUser($id: String, $email: String) { user(provider: APALEO, id: $id, email: $email) {\n    id providerId email firstName status enabled roles { providerId } tenants { providerId }\n    apaleo { isAccountAdmin isMfaEnabled isPasskeysEnabled propertyRoles { tenant { providerId } roles { providerId } } } } }": types.ApaleoUsersUserDocument,
    "query ApaleoUsersCurrentUser { currentUser(provider: APALEO) { providerId email apaleo { isAccountAdmin } } }": types.ApaleoUsersCurrentUserDocument,
    "query ApaleoUsersUsers3 {\n      users(provider: APALEO, first: 2) { edges { node { id } } }\n      invitations(provider: APALEO, first: 1) { edges { node { id } } }\n      roles(provider: APALEO, first: 1) { edges { node { id } } }\n      tenants(provider: APALEO, first: 1) { edges { node { id } } }\n    }": types.ApaleoUsersUsers3Document,
    "query ApaleoUsersNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": types.ApaleoUsersNodesDocument,
    "query ApaleoUsersNode($id: ID!) { node(id: $id) { ... on User { email } } }": types.ApaleoUsersNodeDocument,
    "query ApaleoUsersNode2($id: ID!) { node(id: $id) { id } }": types.ApaleoUsersNode2Document,
    "query ApaleoUsersNode3($id: ID!) { node(id: $id) { id } }": types.ApaleoUsersNode3Document,
    "query ApaleoUsersUsers4 { users(provider: APALEO, first: 100) { edges { node { roles { name } apaleo { propertyRoles { roles { name } } } } } } }": types.ApaleoUsersUsers4Document,
    "query ApaleoUsersRoles2 { roles(provider: APALEO, first: 50) { totalCount edges { node { providerId name description } } } }": types.ApaleoUsersRoles2Document,
    "query ApaleoUsersTenants { tenants(provider: APALEO) { totalCount edges { node { providerId name users(first: 3) { totalCount } } } } }": types.ApaleoUsersTenantsDocument,
    "query AuthressUsersPage($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {\n  users(provider: AUTHRESS, first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    totalCount\n    edges { cursor node { id providerId email displayName provider authress { picture } } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}": types.AuthressUsersPageDocument,
    "query AuthressUser($id: String!) { user(provider: AUTHRESS, id: $id) { id providerId email displayName authress { picture } } }": types.AuthressUserDocument,
    "query AuthressNode($id: ID!) { node(id: $id) { ... on User { providerId provider } } }": types.AuthressNodeDocument,
    "query AuthressUser2 { user(provider: AUTHRESS, id: \"oauth2|nobody\") { id } }": types.AuthressUser2Document,
    "query AuthressUser3($e: String!) { user(provider: AUTHRESS, email: $e) { providerId } }": types.AuthressUser3Document,
    "query AuthressUser4($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }": types.AuthressUser4Document,
    "query AuthressUser5($id: String!) { user(provider: AUTHRESS, id: $id) { id } }": types.AuthressUser5Document,
    "query AuthressTenants { tenants(provider: AUTHRESS, first: 20) { totalCount pageInfo { hasNextPage } edges { node { id providerId name createdAt authress { lookupIdentifier domains connectionId } } } } }": types.AuthressTenantsDocument,
    "query AuthressTenantsPage($after: String) { tenants(provider: AUTHRESS, first: 3, after: $after) { edges { node { providerId } } pageInfo { hasNextPage endCursor } } }": types.AuthressTenantsPageDocument,
    "query AuthressTenants2 { tenants(provider: AUTHRESS, first: 5) { pageInfo { hasNextPage } } }": types.AuthressTenants2Document,
    "query AuthressTenants3 { tenants(provider: AUTHRESS, first: 20) { totalCount } }": types.AuthressTenants3Document,
    "query AuthressTenants4 { tenants(provider: AUTHRESS, last: 2) { totalCount } }": types.AuthressTenants4Document,
    "query AuthressNode2($id: ID!) { node(id: $id) { ... on Tenant { name users(first: 500) { edges { node { providerId } } } } } }": types.AuthressNode2Document,
    "query AuthressNode3($id: ID!) { node(id: $id) { id } }": types.AuthressNode3Document,
    "query AuthressUsers { users(provider: AUTHRESS, first: 100) { edges { node { providerId tenants { providerId name } } } } }": types.AuthressUsersDocument,
    "query AuthressUsersAhead { users(provider: AUTHRESS, first: 10) { edges { node { providerId tenants { providerId } } } } }": types.AuthressUsersAheadDocument,
    "query AuthressUsersNoTenants { users(provider: AUTHRESS, first: 10) { edges { node { providerId } } } }": types.AuthressUsersNoTenantsDocument,
    "query AuthressUsersAheadFails { users(provider: AUTHRESS, first: 5) { edges { node { providerId tenants { providerId } } } } }": types.AuthressUsersAheadFailsDocument,
    "query AuthressNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Tenant { providerId } } }": types.AuthressNodesDocument,
    "query AuthressNodes2($ids: [ID!]!) { nodes(ids: $ids) { ... on Tenant { providerId } } }": types.AuthressNodes2Document,
    "query AuthressUser6($id: String!) { user(provider: AUTHRESS, id: $id) { id providerId email } }": types.AuthressUser6Document,
    "query AuthressNode4($id: ID!) { node(id: $id) { ... on User { providerId } } }": types.AuthressNode4Document,
    "mutation AuthressDeleteUser($id: ID!) { deleteUser(input: { id: $id }) {\n  __typename\n  ... on UserDeletion { pending user { providerId email } }\n  ... on Error { code message }\n  ... on NotFoundError { kind resourceId }\n  ... on ForbiddenError { provider operation }\n  ... on ValidationError { field }\n} }": types.AuthressDeleteUserDocument,
    "mutation AuthressAddUserToTenant($userId: ID!, $tenantId: ID!) { addUserToTenant(input: { userId: $userId, tenantId: $tenantId }) {\n  __typename\n  ... on User { providerId tenants { providerId } }\n  ... on Error { code message }\n  ... on NotFoundError { kind resourceId }\n  ... on ForbiddenError { provider operation }\n  ... on ValidationError { field }\n} }": types.AuthressAddUserToTenantDocument,
    "query AuthressUser7($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }": types.AuthressUser7Document,
    "query AuthressUser8($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }": types.AuthressUser8Document,
    "query AuthressProviders { providers { provider mode capabilities userFilters } }": types.AuthressProvidersDocument,
    "\n  query CursorSecretPage($after: String) {\n    users(provider: APALEO, first: 2, after: $after) {\n      edges { node { id } }\n      pageInfo { endCursor }\n    }\n  }\n": types.CursorSecretPageDocument,
    "mutation ForbiddenAnyProviderDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) {\n  __typename\n  ... on UserDeletion { pending }\n  ... on Error { code message }\n  ... on ForbiddenError { provider operation providerMessage }\n} }": types.ForbiddenAnyProviderDeleteUserDocument,
    "mutation GlobalIdsInInputsCreateInvitation($input: CreateInvitationInput!) { createInvitation(input: $input) {\n  __typename ... on Invitation { provider tenant { providerId } roles { providerId } } ... on ValidationError { field } } }": types.GlobalIdsInInputsCreateInvitationDocument,
    "query GlobalIdsInInputsUser($id: String) { user(provider: APALEO, id: $id) { id } }": types.GlobalIdsInInputsUserDocument,
    "query GlobalIdsInInputsUser2($id: String) { user(provider: APALEO, id: $id) { id } }": types.GlobalIdsInInputsUser2Document,
    "query GlobalIdsInInputsInvitations($o: String) { invitations(provider: LOGTO, filter: { organizationId: $o }) { edges { node { id } } } }": types.GlobalIdsInInputsInvitationsDocument,
    "query GlobalIdsInInputsInvitations2($o: String) { invitations(provider: LOGTO, filter: { organizationId: $o }) { edges { node { id } } } }": types.GlobalIdsInInputsInvitations2Document,
    "query GlobalIdsInInputsUsers($p: [String!]) { users(provider: APALEO, first: 5, filter: { propertyIds: $p }) { totalCount } }": types.GlobalIdsInInputsUsersDocument,
    "query GlobalIdsInInputsUsers2($p: [String!]) { users(provider: APALEO, first: 5, filter: { propertyIds: $p }) { totalCount } }": types.GlobalIdsInInputsUsers2Document,
    "mutation LogtoCreateInvitation($input: CreateInvitationInput!) {\n  createInvitation(input: $input) {\n    __typename\n    ... on Invitation { id providerId email status expiresAt tenant { providerId name } roles { providerId name } inviter { providerId } }\n    ... on Error { code message }\n    ... on ValidationError { field }\n    ... on NotFoundError { kind resourceId inputField }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on EmailConnectorMissingError { provider operation }\n  }\n}": types.LogtoCreateInvitationDocument,
    "mutation LogtoSetInvitationStatus($input: SetInvitationStatusInput!) {\n  setInvitationStatus(input: $input) {\n    __typename\n    ... on Invitation { id status updatedAt acceptedBy { providerId email } }\n    ... on Error { code message }\n    ... on NotFoundError { kind resourceId }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on ValidationError { field }\n  }\n}": types.LogtoSetInvitationStatusDocument,
    "mutation LogtoResendInvitation2($input: ResendInvitationInput!) {\n  resendInvitation(input: $input) {\n    __typename\n    ... on Invitation { id status }\n    ... on Error { code message }\n    ... on NotFoundError { kind }\n  }\n}": types.LogtoResendInvitation2Document,
    "mutation LogtoDeleteInvitation($input: DeleteInvitationInput!) {\n  deleteInvitation(input: $input) {\n    __typename\n    ... on Invitation { id providerId email }\n    ... on Error { code message }\n    ... on NotFoundError { kind resourceId }\n  }\n}": types.LogtoDeleteInvitationDocument,
    "query LogtoProviders { providers { provider mode capabilities userFilters invitationFilters } }": types.LogtoProvidersDocument,
    "query LogtoInvitations {\n      invitations(provider: LOGTO, first: 60) {\n        totalCount\n        edges { node { provider providerId email status createdAt expiresAt tenant { name } roles { name } inviter { email } acceptedBy { email } } }\n        pageInfo { hasNextPage hasPreviousPage }\n      }\n    }": types.LogtoInvitationsDocument,
    "query LogtoInvitationsAhead { invitations(provider: LOGTO, first: 5) { edges { node { providerId tenant { providerId name } } } } }": types.LogtoInvitationsAheadDocument,
    "query LogtoInvitationsNoTenant { invitations(provider: LOGTO, first: 5) { edges { node { providerId email } } } }": types.LogtoInvitationsNoTenantDocument,
    "query LogtoInvitations11($f: InvitationFilter) { invitations(provider: LOGTO, filter: $f, first: 100) { totalCount edges { node { status email tenant { providerId } inviter { providerId } } } } }": types.LogtoInvitations11Document,
    "query LogtoInvitations2 { invitations(provider: LOGTO, filter: { propertyId: \"BER\" }) { totalCount } }": types.LogtoInvitations2Document,
    "query LogtoInvitations12($first: Int, $after: String, $last: Int, $before: String) {\n      invitations(provider: LOGTO, first: $first, after: $after, last: $last, before: $before) {\n        edges { cursor node { providerId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount\n      }\n    }": types.LogtoInvitations12Document,
    "query LogtoTenants { tenants(provider: LOGTO, first: 4) { totalCount edges { node { providerId name description createdAt } } pageInfo { hasNextPage endCursor } } }": types.LogtoTenantsDocument,
    "query LogtoTenants2($a: String) { tenants(provider: LOGTO, first: 4, after: $a) { edges { node { name } } pageInfo { hasNextPage } } }": types.LogtoTenants2Document,
    "query LogtoRoles { roles(provider: LOGTO, last: 2) { totalCount edges { node { name description } } pageInfo { hasPreviousPage } } }": types.LogtoRolesDocument,
    "query LogtoNode($id: ID!) { node(id: $id) { ... on Tenant { name invitations(first: 100) { totalCount } users(first: 50) { totalCount edges { node { providerId } } } } } }": types.LogtoNodeDocument,
    "query LogtoUsers { users(provider: LOGTO, first: 5) { totalCount edges { node { providerId email status displayName logto { username isSuspended lastSignInAt } } } } }": types.LogtoUsersDocument,
    "query LogtoUser($id: String!) { user(provider: LOGTO, id: $id) { email firstName lastName } }": types.LogtoUserDocument,
    "query LogtoUser2($e: String!) { user(provider: LOGTO, email: $e) { providerId } }": types.LogtoUser2Document,
    "query LogtoUser3 { user(provider: LOGTO, id: \"no-such-user\") { email } }": types.LogtoUser3Document,
    "query LogtoUsers2 { users(provider: LOGTO, filter: { search: \"lovelace\" }) { edges { node { email } } } }": types.LogtoUsers2Document,
    "query LogtoUsers3($e: String) { users(provider: LOGTO, filter: { search: \"lovelace\", email: $e }) { totalCount } }": types.LogtoUsers3Document,
    "query LogtoUsers4($e: String) { users(provider: LOGTO, filter: { email: $e }) { totalCount edges { node { providerId } } } }": types.LogtoUsers4Document,
    "query LogtoNode2($id: ID!) { node(id: $id) { ... on Invitation { providerId email } } }": types.LogtoNode2Document,
    "query LogtoNode3($id: ID!) { node(id: $id) { id } }": types.LogtoNode3Document,
    "query LogtoUser4($id: String!) { user(provider: LOGTO, id: $id) { tenants { providerId name } } }": types.LogtoUser4Document,
    "query LogtoUser5($id: String!) { user(provider: LOGTO, id: $id) { tenants { providerId } } }": types.LogtoUser5Document,
    "query LogtoInvitations3 { invitations(provider: LOGTO, first: 1) { totalCount } }": types.LogtoInvitations3Document,
    "query LogtoInvitations4 { invitations(provider: LOGTO, first: 1) { totalCount } }": types.LogtoInvitations4Document,
    "query LogtoInvitations5 { invitations(provider: LOGTO, first: 1) { totalCount } }": types.LogtoInvitations5Document,
    "query LogtoRoles2 { roles(provider: LOGTO, first: 1) { totalCount } }": types.LogtoRoles2Document,
    "query LogtoInvitations6($e: String) { invitations(provider: LOGTO, filter: { invitee: $e }) { edges { node { id status } } } }": types.LogtoInvitations6Document,
    "mutation LogtoResendInvitation($input: ResendInvitationInput!) { resendInvitation(input: $input) { __typename ... on UpstreamError { code providerCode retryAfterSeconds retryable } } }": types.LogtoResendInvitationDocument,
    "mutation LogtoUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on User { status logto { isSuspended } } ... on Error { code } ... on ValidationError { field } ... on NotFoundError { kind } } }": types.LogtoUpdateUserDocument,
    "mutation LogtoDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on UserDeletion { pending user { providerId } } ... on Error { code } } }": types.LogtoDeleteUserDocument,
    "mutation LogtoDeprovisionPerson($input: DeprovisionPersonInput!) { deprovisionPerson(input: $input) { __typename\n    ... on DeprovisionReport { dryRun entries { provider action outcome detail account { email } invitation { id providerId } } } } }": types.LogtoDeprovisionPersonDocument,
    "mutation LogtoDeleteUser2($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on UserDeletion { pending deletedInvitations { providerId email status } } } }": types.LogtoDeleteUser2Document,
    "query LogtoNode4($id: ID!) { node(id: $id) { ... on User { roles { providerId } tenants { providerId } } } }": types.LogtoNode4Document,
    "query LogtoNode5($id: ID!) { node(id: $id) { ... on Invitation { status } } }": types.LogtoNode5Document,
    "query LogtoPerson($e: String!) { person(email: $e) { invitations { provider email } } }": types.LogtoPersonDocument,
    "query LogtoUsers5 { users(provider: LOGTO, filter: { tenantId: \"nope\" }) { totalCount edges { node { id } } } }": types.LogtoUsers5Document,
    "query LogtoInvitations10($a: String) { invitations(provider: LOGTO, first: 3, after: $a) { edges { node { providerId } } pageInfo { endCursor } } }": types.LogtoInvitations10Document,
    "query LogtoInvitations7 { invitations(provider: LOGTO, first: 6) { edges { node { providerId } } } }": types.LogtoInvitations7Document,
    "query LogtoInvitations8 { invitations(provider: LOGTO, first: 1) { edges { node { providerId } } } }": types.LogtoInvitations8Document,
    "query LogtoUsers6($t: String!) { users(provider: LOGTO, filter: { tenantId: $t, search: \"zebra\" }) { totalCount edges { node { providerId } } } }": types.LogtoUsers6Document,
    "query LogtoInvitations9 { invitations(provider: LOGTO, first: 5) { edges { node { roles { name description } } } } }": types.LogtoInvitations9Document,
    "query LogtoPerson2 { person(email: \"anyone@example.com\") { errors { provider code } } }": types.LogtoPerson2Document,
    "mutation LumappsFidelityUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n  ... on User { providerId firstName lastName displayName } ... on NotFoundError { kind resourceId } ... on Error { code message } } }": types.LumappsFidelityUpdateUserDocument,
    "query LumappsFidelityUsers($first: Int, $after: String, $filter: UserFilter) { users(provider: LUMAPPS, first: $first, after: $after, filter: $filter) {\n    edges { node { providerId } } pageInfo { hasNextPage endCursor } } }": types.LumappsFidelityUsersDocument,
    "query LumappsFidelityNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { providerId } } }": types.LumappsFidelityNodesDocument,
    "query LumappsFidelityUser($id: String!) { user(provider: LUMAPPS, id: $id) { providerId } }": types.LumappsFidelityUserDocument,
    "query LumappsFidelityUser2($email: String!) { user(provider: LUMAPPS, email: $email) { providerId } }": types.LumappsFidelityUser2Document,
    "query LumappsFidelityNode($id: ID!) { node(id: $id) { id } }": types.LumappsFidelityNodeDocument,
    "mutation LumappsMutationsCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    __typename\n    ... on User { id providerId email firstName lastName status lumapps { accountType isHidden } }\n    ... on ValidationError { field reason }\n    ... on UpstreamError { httpStatus providerCode providerMessage }\n    ... on UnsupportedOperationError { operation }\n    ... on Error { code message }\n  }\n}": types.LumappsMutationsCreateUserDocument,
    "mutation LumappsMutationsUpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    __typename\n    ... on User { id providerId firstName lastName displayName status lumapps { isHidden accountType } }\n    ... on ValidationError { field reason }\n    ... on NotFoundError { kind resourceId }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on Error { code message }\n  }\n}": types.LumappsMutationsUpdateUserDocument,
    "query LumappsMutationsNode($id: ID!) { node(id: $id) { ... on User { email } } }": types.LumappsMutationsNodeDocument,
    "query LumappsMutationsUsers($f: UserFilter) { users(provider: LUMAPPS, filter: $f, first: 5) { edges { node { providerId } } } }": types.LumappsMutationsUsersDocument,
    "query LumappsMutationsPerson($e: String!) { person(email: $e) { accounts { provider providerId } } }": types.LumappsMutationsPersonDocument,
    "mutation LumappsMutationsDeprovisionPerson($e: String!) { deprovisionPerson(input: { email: $e, mode: DISABLE }) { ... on DeprovisionReport { entries { provider action outcome } } } }": types.LumappsMutationsDeprovisionPersonDocument,
    "query LumappsUpstreamUsers3 { users(provider: LUMAPPS, first: 2) { edges { node { email } } } }": types.LumappsUpstreamUsers3Document,
    "query LumappsUpstreamProviders { providers { provider mode } currentUser(provider: LUMAPPS) { email } }": types.LumappsUpstreamProvidersDocument,
    "query LumappsUpstreamUsers { users(provider: LUMAPPS, first: 2) { edges { node { email } } pageInfo { hasNextPage } } }": types.LumappsUpstreamUsersDocument,
    "query LumappsUpstreamUsers2 { users(provider: LUMAPPS, first: 2) { edges { node { email } } } }": types.LumappsUpstreamUsers2Document,
    "query LumappsUpstreamCurrentUser { currentUser(provider: LUMAPPS) { email } }": types.LumappsUpstreamCurrentUserDocument,
    "query LumappsUsersList($filter: UserFilter, $first: Int, $after: String) {\n  users(provider: LUMAPPS, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage endCursor }\n    edges { cursor node { providerId email status createdAt lumapps { accountType isHidden } } }\n  }\n}": types.LumappsUsersListDocument,
    "query LumappsUsersUsers { users(provider: LUMAPPS, last: 5) { edges { cursor } } }": types.LumappsUsersUsersDocument,
    "query LumappsUsersUsers2 { users(provider: LUMAPPS, first: 5, before: \"c1.x\") { edges { cursor } } }": types.LumappsUsersUsers2Document,
    "query LumappsUsersUsers3 { users(filter: { accountTypes: [\"okta\"] }, first: 10) { edges { node { provider email lumapps { accountType } } } } }": types.LumappsUsersUsers3Document,
    "query LumappsUsersUsers4 { users(provider: LUMAPPS, first: 100) { edges { node { id email } } } }": types.LumappsUsersUsers4Document,
    "query LumappsUsersUsers5 { users(provider: LUMAPPS, first: 100) { edges { node { id email displayName lumapps { accountType } } } } }": types.LumappsUsersUsers5Document,
    "query LumappsUsersUsers6 { users(provider: LUMAPPS, first: 100) { edges { ...E } } } fragment E on UserEdge { node { ... on User { providerId email } } }": types.LumappsUsersUsers6Document,
    "query LumappsUsersUsers7 { users(provider: LUMAPPS, first: 100) { totalCount } }": types.LumappsUsersUsers7Document,
    "query LumappsUsersUsers8 { users(provider: LUMAPPS, first: 100) { edges { node { id email } } } }": types.LumappsUsersUsers8Document,
    "query LumappsUsersUser($id: String!) { user(provider: LUMAPPS, id: $id) { providerId email firstName lastName enabled lumapps { accountType customerId } } }": types.LumappsUsersUserDocument,
    "query LumappsUsersUser2($e: String!) { user(provider: LUMAPPS, email: $e) { providerId lumapps { isHidden } } }": types.LumappsUsersUser2Document,
    "query LumappsUsersA { a: user(provider: LUMAPPS, id: \"999\") { id } b: user(provider: LUMAPPS, email: \"nobody@nowhere.example\") { id } }": types.LumappsUsersADocument,
    "query LumappsUsersUser3 { user(provider: LUMAPPS) { id } }": types.LumappsUsersUser3Document,
    "query LumappsUsersUsers9 { users(provider: LUMAPPS, first: 3) { edges { node { id providerId } } } }": types.LumappsUsersUsers9Document,
    "query LumappsUsersNode($id: ID!) { node(id: $id) { ... on User { providerId } } }": types.LumappsUsersNodeDocument,
    "query LumappsUsersNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { providerId } } }": types.LumappsUsersNodesDocument,
    "query LumappsUsersCurrentUser { currentUser(provider: LUMAPPS) { email lumapps { isSuperAdmin } } }": types.LumappsUsersCurrentUserDocument,
    "query LumappsUsersRoles { roles(provider: LUMAPPS) { edges { cursor } } }": types.LumappsUsersRolesDocument,
    "query LumappsUsersProviders { providers { provider mode capabilities userFilters } }": types.LumappsUsersProvidersDocument,
    "query PersonSelectionPerson2 { person(email: \"ada.lovelace@people.example.com\") { accounts { id } invitations { id } } }": types.PersonSelectionPerson2Document,
    "query PersonSelectionA { a: person(email: \"Ada.Lovelace@People.Example.com\") { id email } b: person(email: \"ada.lovelace@people.example.com\") { id email } }": types.PersonSelectionADocument,
    "query PersonSelectionPerson { person(email: \"ADA.LOVELACE@people.example.com\") { id } }": types.PersonSelectionPersonDocument,
    "query PersonSelectionNode($id: ID!) { node(id: $id) { __typename id ... on Person { email accounts { provider } } } }": types.PersonSelectionNodeDocument,
    "query PersonSelectionPerson3 { person(email: \"ada.lovelace@people.example.com\") { id email } }": types.PersonSelectionPerson3Document,
    "query PersonSelectionPerson4 { person(email: \"ada.lovelace@people.example.com\") { accounts { provider } errors { provider } } }": types.PersonSelectionPerson4Document,
    "query PersonSelectionPerson5 { person(email: \"ada.lovelace@people.example.com\") { errors { provider } accounts { provider } } }": types.PersonSelectionPerson5Document,
    "query PersonSelectionPerson6 { person(email: \"ada.lovelace@people.example.com\") { accounts { id } } }": types.PersonSelectionPerson6Document,
    "query PersonSelectionA2 { a: person(email: \"ada.lovelace@people.example.com\") { accounts { id } errors { code } } b: person(email: \"Ada.Lovelace@people.example.com\") { accounts { provider } } }": types.PersonSelectionA2Document,
    "query PersonSelectionPerson7 { person(email: \"ada.lovelace@people.example.com\") { accounts { provider } errors { provider code } } }": types.PersonSelectionPerson7Document,
    "query PersonSelectionPerson8 { person(email: \"ada.lovelace@people.example.com\") { invitations { provider } errors { provider code } } }": types.PersonSelectionPerson8Document,
    "query PersonSelectionPerson9 { person(email: \"ada.lovelace@people.example.com\") { errors { provider code } } }": types.PersonSelectionPerson9Document,
    "query PersonPerson($email: String!) { person(email: $email) {\n  email providers accounts { provider email status } invitations { provider email status } errors { provider code message } } }": types.PersonPersonDocument,
    "mutation PersonDeprovisionPerson($input: DeprovisionPersonInput!) { deprovisionPerson(input: $input) { __typename\n  ... on DeprovisionReport { dryRun complete entries { provider action outcome detail account { email } invitation { email } error { provider code } } }\n  ... on ValidationError { field } } }": types.PersonDeprovisionPersonDocument,
    "query SmallThingsProviders { providers { provider } }": types.SmallThingsProvidersDocument,
    "query SmallThingsUsers { users(provider: AUTHRESS, last: 2) { totalCount } }": types.SmallThingsUsersDocument,
    "query SmallThingsType { __type(name: \"Query\") { fields { name description } } s: __type(name: \"_Service\") { description } }": types.SmallThingsTypeDocument,
    "query SmallThingsPerson($e: String!) { person(email: $e) { accounts { id provider } } }": types.SmallThingsPersonDocument,
    "mutation SmallThingsUpdateUser($id: ID!) { updateUser(input: { id: $id, status: DISABLED }) { ... on User { status } ... on Error { code } } }": types.SmallThingsUpdateUserDocument,
    "mutation SmallThingsDeprovisionPerson($e: String!) { deprovisionPerson(input: { email: $e, mode: DISABLE, dryRun: true }) { ... on DeprovisionReport { entries { provider outcome detail } } } }": types.SmallThingsDeprovisionPersonDocument,
    "query LimitsUsers($n: Int) { users(provider: APALEO, first: $n) { edges { node { id } } } }": types.LimitsUsersDocument,
    "query LimitsUsers2 { users(provider: APALEO, first: 501) { totalCount } }": types.LimitsUsers2Document,
    "query LimitsSchema { __schema { queryType { name } } }": types.LimitsSchemaDocument,
    "query LimitsSchema2 { __schema { queryType { name } } }": types.LimitsSchema2Document,
    "query HealthUsers { users(provider: LUMAPPS, first: 1) { edges { node { id } } } }": types.HealthUsersDocument,
    "query HealthUsers2 { users(provider: APALEO, first: 1) { edges { node { id } } } }": types.HealthUsers2Document,
    "query Users { users(provider: APALEO, first: 2) { edges { node { id } } } }": types.UsersDocument,
    "query Everyone { person(email: \"ada.lovelace@people.example.com\") { providers } }": types.EveryoneDocument,
    "query ResilienceProviders { providers { provider circuit { state failures openedAt retryAt } } }": types.ResilienceProvidersDocument,
    "query CatalogCacheUsers { users(provider: AUTHRESS, first: 20) { edges { node { providerId tenants { providerId } } } } }": types.CatalogCacheUsersDocument,
    "mutation CatalogCacheAddUserToTenant($u: ID!, $t: ID!) { addUserToTenant(input: { userId: $u, tenantId: $t }) { __typename ... on User { tenants { providerId } } } }": types.CatalogCacheAddUserToTenantDocument,
    "query CatalogCacheRoles { roles(provider: APALEO, first: 50) { edges { node { name } } } }": types.CatalogCacheRolesDocument,
    "query CatalogCacheRoles2 { roles(provider: LOGTO, first: 50) { totalCount edges { node { providerId name } } } tenants(provider: LOGTO, first: 50) { totalCount edges { node { providerId name } } } }": types.CatalogCacheRoles2Document,
    "query CatalogCacheInvitations { invitations(provider: LOGTO, first: 100) { totalCount edges { node { id status tenant { providerId name } } } } }": types.CatalogCacheInvitationsDocument,
    "query UpstreamBudgetUsers { users(first: 2, provider: AUTHRESS) { edges { node { id } } } }": types.UpstreamBudgetUsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzUsers { users(provider: APALEO, first: 2) { edges { cursor node { id } } } roles(provider: APALEO, first: 1) { edges { node { id } } } }"): typeof import('./graphql.js').FuzzUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzUsers2 { users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').FuzzUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateGraphqlNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').GateGraphqlNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateHttpProviders { providers { provider } }"): typeof import('./graphql.js').GateHttpProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateHttpProviders2 { providers { provider mode } }"): typeof import('./graphql.js').GateHttpProviders2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateHttpProviders3 { providers { provider } }"): typeof import('./graphql.js').GateHttpProviders3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateHttpInvitations { invitations(provider: APALEO) { totalCount } }"): typeof import('./graphql.js').GateHttpInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateHttpUsers { users(provider: APALEO, first: 1, after: \"not-a-cursor\") { totalCount } }"): typeof import('./graphql.js').GateHttpUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateHttpRoles { roles(provider: LUMAPPS) { totalCount } }"): typeof import('./graphql.js').GateHttpRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateHttpUsers2 { users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').GateHttpUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamNodeById($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').GateUpstreamNodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers { users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').GateUpstreamNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamNodes2($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').GateUpstreamNodes2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamCreateInvitation($email: String!) { createInvitation(input: { provider: APALEO, email: $email, tenantIds: [\"BER\"] }) { __typename ... on Invitation { id } } }"): typeof import('./graphql.js').GateUpstreamCreateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamDeleteInvitation($id: ID!) { deleteInvitation(input: { id: $id }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }"): typeof import('./graphql.js').GateUpstreamDeleteInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamUpdateUser3($id: ID!) { updateUser(input: { id: $id, firstName: \"Gate\" }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }"): typeof import('./graphql.js').GateUpstreamUpdateUser3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamCreateInvitation2 { createInvitation(input: { provider: APALEO, email: \"gate-reset@example.com\", tenantIds: [\"BER\"] }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }"): typeof import('./graphql.js').GateUpstreamCreateInvitation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamCreateInvitation3($email: String!) { createInvitation(input: { provider: APALEO, email: $email, tenantIds: [\"BER\"] }) { __typename ... on Invitation { email } ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }"): typeof import('./graphql.js').GateUpstreamCreateInvitation3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamUpdateUser4($id: ID!) { updateUser(input: { id: $id, lastName: \"Readback\" }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }"): typeof import('./graphql.js').GateUpstreamUpdateUser4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamInvitations { invitations(provider: LOGTO, first: 20) { edges { node { id status } } } }"): typeof import('./graphql.js').GateUpstreamInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamResendInvitation($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }"): typeof import('./graphql.js').GateUpstreamResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamResendInvitation2($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on Invitation { id status } ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }"): typeof import('./graphql.js').GateUpstreamResendInvitation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers2 { users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers3 { users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers4 { users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsers4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamNodes3($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').GateUpstreamNodes3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers5 { users(provider: LOGTO, first: 1) { totalCount } users2: users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsers5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamUpdateUser($id: ID!) { updateUser(input: { id: $id, status: DISABLED }) { __typename ... on ValidationError { code field } ... on Error { code } } }"): typeof import('./graphql.js').GateUpstreamUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GateUpstreamUpdateUser2($id: ID!) { updateUser(input: { id: $id, firstName: \"X\" }) { __typename ... on Error { code } } }"): typeof import('./graphql.js').GateUpstreamUpdateUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers6 { users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsers6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamRoles { roles(provider: APALEO) { totalCount } }"): typeof import('./graphql.js').GateUpstreamRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamRoles2 { roles(provider: APALEO) { totalCount } }"): typeof import('./graphql.js').GateUpstreamRoles2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers7 { users(provider: APALEO, first: 1) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsers7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers8($p: [String!]) { users(provider: APALEO, first: 1, filter: { propertyIds: $p }) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsers8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GateUpstreamUsers9($p: [String!]) { users(provider: APALEO, first: 1, filter: { propertyIds: $p }) { totalCount } }"): typeof import('./graphql.js').GateUpstreamUsers9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossFailingPage($first: Int, $after: String) { users(first: $first, after: $after) {\n  edges { node { id provider } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').AcrossFailingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossFailingUsers { users(provider: AUTHRESS, first: 500) { edges { node { id } } } }"): typeof import('./graphql.js').AcrossFailingUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossFailingUsers2 { users(provider: LUMAPPS, first: 500) { edges { node { id } } } }"): typeof import('./graphql.js').AcrossFailingUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossFailingUsers3 { users(last: 3) { totalCount } }"): typeof import('./graphql.js').AcrossFailingUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossUsers { users(first: 500) { edges { node { provider } } pageInfo { hasNextPage } } }"): typeof import('./graphql.js').AcrossUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossUsers2 { users(first: 5, filter: { propertyIds: [\"BER\"] }) { edges { node { provider } } } }"): typeof import('./graphql.js').AcrossUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossUsers3 { users(provider: APALEO, first: 1) { pageInfo { endCursor } } }"): typeof import('./graphql.js').AcrossUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossUsers4($a: String) { users(first: 1, after: $a) { totalCount } }"): typeof import('./graphql.js').AcrossUsers4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossUsers5 { users(last: 3) { totalCount } }"): typeof import('./graphql.js').AcrossUsers5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').AcrossNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').AcrossNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossNodes2($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').AcrossNodes2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossNodes3($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').AcrossNodes3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossUsers6 { users(provider: APALEO, first: 1) { edges { node { id } } } }"): typeof import('./graphql.js').AcrossUsers6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossUsers7 { users(provider: AUTHRESS, first: 1) { edges { node { id } } } }"): typeof import('./graphql.js').AcrossUsers7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossNodes4($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').AcrossNodes4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AliasesTwoProviders {\n  a: users(provider: APALEO, first: 3) { totalCount edges { cursor node { id provider } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n  b: users(provider: LOGTO, first: 3) { edges { node { id provider } } }\n}"): typeof import('./graphql.js').AliasesTwoProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AliasesLists {\n        t1: tenants(provider: LOGTO, first: 2) { edges { node { id } } pageInfo { hasNextPage } }\n        t2: tenants(provider: AUTHRESS, first: 2) { edges { node { id provider } } }\n        i1: invitations(provider: LOGTO, first: 2) { edges { node { id } } pageInfo { hasNextPage } }\n        i2: invitations(provider: APALEO, first: 2) { edges { node { id provider } } }\n        r: roles(provider: APALEO, first: 2) { edges { node { name } } }\n      }"): typeof import('./graphql.js').AliasesListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AliasesNested { tenants(provider: LOGTO, first: 20) { edges { node { name users(first: 2) { edges { node { id } } pageInfo { hasNextPage } } } } } }"): typeof import('./graphql.js').AliasesNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AliasesBadArg { a: users(provider: APALEO, first: -3) { edges { node { id } } } b: users(provider: LOGTO, first: 1) { edges { node { id } } } }"): typeof import('./graphql.js').AliasesBadArgDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFaultsBroken($id: String!) {\n  broken: user(provider: APALEO, id: $id) { email }\n  roles(provider: APALEO, first: 3) { totalCount edges { node { providerId } } }\n}"): typeof import('./graphql.js').ApaleoFaultsBrokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoFaultsCreateInvitation { createInvitation(input: { provider: APALEO, email: \"retry.me@hotel.example.com\", tenantIds: [\"BER\"] }) {\n        __typename ... on UpstreamError { code httpStatus retryable outcomeUnknown } } }"): typeof import('./graphql.js').ApaleoFaultsCreateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoFaultsCreateInvitation2 { createInvitation(input: { provider: APALEO, email: \"slow.one@hotel.example.com\", tenantIds: [\"BER\"] }) {\n        __typename ... on UpstreamError { code outcomeUnknown message } } }"): typeof import('./graphql.js').ApaleoFaultsCreateInvitation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFaultsRoles { roles(provider: APALEO) { totalCount } }"): typeof import('./graphql.js').ApaleoFaultsRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFidelityUsers($first: Int) { users(provider: APALEO, first: $first) { totalCount edges { node { providerId roles { providerId name description } } } } }"): typeof import('./graphql.js').ApaleoFidelityUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFidelityUser($id: String!) { user(provider: APALEO, id: $id) { roles { providerId } } }"): typeof import('./graphql.js').ApaleoFidelityUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFidelityRoles { roles(provider: APALEO, first: 50) { edges { node { providerId name } } } }"): typeof import('./graphql.js').ApaleoFidelityRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoFidelityCreateInvitation($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on Invitation { roles { providerId } apaleo { legacyRole } } ... on Error { code message } } }"): typeof import('./graphql.js').ApaleoFidelityCreateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFidelityInvitations { invitations(provider: APALEO, first: 100) { edges { node { email roles { providerId } } } } }"): typeof import('./graphql.js').ApaleoFidelityInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoFidelityCreateInvitation2($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on ValidationError { field } } }"): typeof import('./graphql.js').ApaleoFidelityCreateInvitation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoFidelityUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n    ... on Error { code message } ... on UpstreamError { httpStatus providerMessage } ... on NotFoundError { kind } } }"): typeof import('./graphql.js').ApaleoFidelityUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFidelityInvitations2 { invitations(provider: APALEO, filter: { propertyId: \"NOPE\" }, first: 5) { totalCount edges { node { email } } pageInfo { hasNextPage } } }"): typeof import('./graphql.js').ApaleoFidelityInvitations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFidelityCurrentUser { currentUser(provider: APALEO) { providerId } }"): typeof import('./graphql.js').ApaleoFidelityCurrentUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoFidelityCurrentUser2 { currentUser(provider: APALEO) { providerId } }"): typeof import('./graphql.js').ApaleoFidelityCurrentUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoLiveProviders { providers { provider mode baseUrl } users(provider: APALEO, first: 2) { totalCount } }"): typeof import('./graphql.js').ApaleoLiveProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoMutationsCreate($input: CreateInvitationInput!) { createInvitation(input: $input) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }"): typeof import('./graphql.js').ApaleoMutationsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoMutationsDelete($id: ID!) { deleteInvitation(input: { id: $id }) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }"): typeof import('./graphql.js').ApaleoMutationsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoMutationsInvitations { invitations(provider: APALEO, filter: { propertyId: \"MUC\" }, first: 50) {\n      totalCount edges { node { email status tenants { providerId } roles { providerId } inviter { email } apaleo { legacyRole } } } } }"): typeof import('./graphql.js').ApaleoMutationsInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoMutationsInvitations2 { invitations(provider: APALEO, first: 20) { edges { node { email } } } }"): typeof import('./graphql.js').ApaleoMutationsInvitations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoMutationsInvitations3 { invitations(provider: APALEO, last: 7) { edges { node { email } } pageInfo { hasPreviousPage hasNextPage } } }"): typeof import('./graphql.js').ApaleoMutationsInvitations3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoMutationsResend($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on Invitation { id providerId email status tenants { providerId } roles { providerId } inviterEmail inviter { email } apaleo { isAccountAdmin legacyRole } } ... on Error { __typename code message } ... on ValidationError { field provider } ... on UpstreamError { provider httpStatus providerMessage } ... on NotFoundError { kind resourceId } ... on UnsupportedOperationError { operation } } }"): typeof import('./graphql.js').ApaleoMutationsResendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApaleoMutationsUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n    ... on User { providerId firstName lastName status tenants { providerId } apaleo { isAccountAdmin } }\n    ... on Error { code message }\n    ... on ValidationError { field }\n    ... on UpstreamError { httpStatus providerMessage }\n    ... on NotFoundError { kind } } }"): typeof import('./graphql.js').ApaleoMutationsUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Page($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {\n    users(provider: APALEO, first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id providerId email } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }"): typeof import('./graphql.js').PageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersUsers { users(provider: APALEO, first: 20) { edges { node { id roles { name } } } } }"): typeof import('./graphql.js').ApaleoUsersUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersUsers2 { users(provider: APALEO, first: 250) { edges { node { id providerId } } } }"): typeof import('./graphql.js').ApaleoUsersUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersRoles { roles(provider: APALEO, first: 1) { pageInfo { endCursor } } }"): typeof import('./graphql.js').ApaleoUsersRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersUser($id: String, $email: String) { user(provider: APALEO, id: $id, email: $email) {\n    id providerId email firstName status enabled roles { providerId } tenants { providerId }\n    apaleo { isAccountAdmin isMfaEnabled isPasskeysEnabled propertyRoles { tenant { providerId } roles { providerId } } } } }"): typeof import('./graphql.js').ApaleoUsersUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersCurrentUser { currentUser(provider: APALEO) { providerId email apaleo { isAccountAdmin } } }"): typeof import('./graphql.js').ApaleoUsersCurrentUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersUsers3 {\n      users(provider: APALEO, first: 2) { edges { node { id } } }\n      invitations(provider: APALEO, first: 1) { edges { node { id } } }\n      roles(provider: APALEO, first: 1) { edges { node { id } } }\n      tenants(provider: APALEO, first: 1) { edges { node { id } } }\n    }"): typeof import('./graphql.js').ApaleoUsersUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"): typeof import('./graphql.js').ApaleoUsersNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersNode($id: ID!) { node(id: $id) { ... on User { email } } }"): typeof import('./graphql.js').ApaleoUsersNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersNode2($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').ApaleoUsersNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersNode3($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').ApaleoUsersNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersUsers4 { users(provider: APALEO, first: 100) { edges { node { roles { name } apaleo { propertyRoles { roles { name } } } } } } }"): typeof import('./graphql.js').ApaleoUsersUsers4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersRoles2 { roles(provider: APALEO, first: 50) { totalCount edges { node { providerId name description } } } }"): typeof import('./graphql.js').ApaleoUsersRoles2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApaleoUsersTenants { tenants(provider: APALEO) { totalCount edges { node { providerId name users(first: 3) { totalCount } } } } }"): typeof import('./graphql.js').ApaleoUsersTenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUsersPage($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {\n  users(provider: AUTHRESS, first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n    totalCount\n    edges { cursor node { id providerId email displayName provider authress { picture } } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}"): typeof import('./graphql.js').AuthressUsersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUser($id: String!) { user(provider: AUTHRESS, id: $id) { id providerId email displayName authress { picture } } }"): typeof import('./graphql.js').AuthressUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressNode($id: ID!) { node(id: $id) { ... on User { providerId provider } } }"): typeof import('./graphql.js').AuthressNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUser2 { user(provider: AUTHRESS, id: \"oauth2|nobody\") { id } }"): typeof import('./graphql.js').AuthressUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUser3($e: String!) { user(provider: AUTHRESS, email: $e) { providerId } }"): typeof import('./graphql.js').AuthressUser3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUser4($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }"): typeof import('./graphql.js').AuthressUser4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUser5($id: String!) { user(provider: AUTHRESS, id: $id) { id } }"): typeof import('./graphql.js').AuthressUser5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressTenants { tenants(provider: AUTHRESS, first: 20) { totalCount pageInfo { hasNextPage } edges { node { id providerId name createdAt authress { lookupIdentifier domains connectionId } } } } }"): typeof import('./graphql.js').AuthressTenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressTenantsPage($after: String) { tenants(provider: AUTHRESS, first: 3, after: $after) { edges { node { providerId } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').AuthressTenantsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressTenants2 { tenants(provider: AUTHRESS, first: 5) { pageInfo { hasNextPage } } }"): typeof import('./graphql.js').AuthressTenants2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressTenants3 { tenants(provider: AUTHRESS, first: 20) { totalCount } }"): typeof import('./graphql.js').AuthressTenants3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressTenants4 { tenants(provider: AUTHRESS, last: 2) { totalCount } }"): typeof import('./graphql.js').AuthressTenants4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressNode2($id: ID!) { node(id: $id) { ... on Tenant { name users(first: 500) { edges { node { providerId } } } } } }"): typeof import('./graphql.js').AuthressNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressNode3($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').AuthressNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUsers { users(provider: AUTHRESS, first: 100) { edges { node { providerId tenants { providerId name } } } } }"): typeof import('./graphql.js').AuthressUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUsersAhead { users(provider: AUTHRESS, first: 10) { edges { node { providerId tenants { providerId } } } } }"): typeof import('./graphql.js').AuthressUsersAheadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUsersNoTenants { users(provider: AUTHRESS, first: 10) { edges { node { providerId } } } }"): typeof import('./graphql.js').AuthressUsersNoTenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUsersAheadFails { users(provider: AUTHRESS, first: 5) { edges { node { providerId tenants { providerId } } } } }"): typeof import('./graphql.js').AuthressUsersAheadFailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Tenant { providerId } } }"): typeof import('./graphql.js').AuthressNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressNodes2($ids: [ID!]!) { nodes(ids: $ids) { ... on Tenant { providerId } } }"): typeof import('./graphql.js').AuthressNodes2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUser6($id: String!) { user(provider: AUTHRESS, id: $id) { id providerId email } }"): typeof import('./graphql.js').AuthressUser6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressNode4($id: ID!) { node(id: $id) { ... on User { providerId } } }"): typeof import('./graphql.js').AuthressNode4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthressDeleteUser($id: ID!) { deleteUser(input: { id: $id }) {\n  __typename\n  ... on UserDeletion { pending user { providerId email } }\n  ... on Error { code message }\n  ... on NotFoundError { kind resourceId }\n  ... on ForbiddenError { provider operation }\n  ... on ValidationError { field }\n} }"): typeof import('./graphql.js').AuthressDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthressAddUserToTenant($userId: ID!, $tenantId: ID!) { addUserToTenant(input: { userId: $userId, tenantId: $tenantId }) {\n  __typename\n  ... on User { providerId tenants { providerId } }\n  ... on Error { code message }\n  ... on NotFoundError { kind resourceId }\n  ... on ForbiddenError { provider operation }\n  ... on ValidationError { field }\n} }"): typeof import('./graphql.js').AuthressAddUserToTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUser7($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }"): typeof import('./graphql.js').AuthressUser7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressUser8($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }"): typeof import('./graphql.js').AuthressUser8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthressProviders { providers { provider mode capabilities userFilters } }"): typeof import('./graphql.js').AuthressProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CursorSecretPage($after: String) {\n    users(provider: APALEO, first: 2, after: $after) {\n      edges { node { id } }\n      pageInfo { endCursor }\n    }\n  }\n"): typeof import('./graphql.js').CursorSecretPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ForbiddenAnyProviderDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) {\n  __typename\n  ... on UserDeletion { pending }\n  ... on Error { code message }\n  ... on ForbiddenError { provider operation providerMessage }\n} }"): typeof import('./graphql.js').ForbiddenAnyProviderDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsInInputsCreateInvitation($input: CreateInvitationInput!) { createInvitation(input: $input) {\n  __typename ... on Invitation { provider tenant { providerId } roles { providerId } } ... on ValidationError { field } } }"): typeof import('./graphql.js').GlobalIdsInInputsCreateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsInInputsUser($id: String) { user(provider: APALEO, id: $id) { id } }"): typeof import('./graphql.js').GlobalIdsInInputsUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsInInputsUser2($id: String) { user(provider: APALEO, id: $id) { id } }"): typeof import('./graphql.js').GlobalIdsInInputsUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsInInputsInvitations($o: String) { invitations(provider: LOGTO, filter: { organizationId: $o }) { edges { node { id } } } }"): typeof import('./graphql.js').GlobalIdsInInputsInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsInInputsInvitations2($o: String) { invitations(provider: LOGTO, filter: { organizationId: $o }) { edges { node { id } } } }"): typeof import('./graphql.js').GlobalIdsInInputsInvitations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsInInputsUsers($p: [String!]) { users(provider: APALEO, first: 5, filter: { propertyIds: $p }) { totalCount } }"): typeof import('./graphql.js').GlobalIdsInInputsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsInInputsUsers2($p: [String!]) { users(provider: APALEO, first: 5, filter: { propertyIds: $p }) { totalCount } }"): typeof import('./graphql.js').GlobalIdsInInputsUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoCreateInvitation($input: CreateInvitationInput!) {\n  createInvitation(input: $input) {\n    __typename\n    ... on Invitation { id providerId email status expiresAt tenant { providerId name } roles { providerId name } inviter { providerId } }\n    ... on Error { code message }\n    ... on ValidationError { field }\n    ... on NotFoundError { kind resourceId inputField }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on EmailConnectorMissingError { provider operation }\n  }\n}"): typeof import('./graphql.js').LogtoCreateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoSetInvitationStatus($input: SetInvitationStatusInput!) {\n  setInvitationStatus(input: $input) {\n    __typename\n    ... on Invitation { id status updatedAt acceptedBy { providerId email } }\n    ... on Error { code message }\n    ... on NotFoundError { kind resourceId }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on ValidationError { field }\n  }\n}"): typeof import('./graphql.js').LogtoSetInvitationStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoResendInvitation2($input: ResendInvitationInput!) {\n  resendInvitation(input: $input) {\n    __typename\n    ... on Invitation { id status }\n    ... on Error { code message }\n    ... on NotFoundError { kind }\n  }\n}"): typeof import('./graphql.js').LogtoResendInvitation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoDeleteInvitation($input: DeleteInvitationInput!) {\n  deleteInvitation(input: $input) {\n    __typename\n    ... on Invitation { id providerId email }\n    ... on Error { code message }\n    ... on NotFoundError { kind resourceId }\n  }\n}"): typeof import('./graphql.js').LogtoDeleteInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoProviders { providers { provider mode capabilities userFilters invitationFilters } }"): typeof import('./graphql.js').LogtoProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations {\n      invitations(provider: LOGTO, first: 60) {\n        totalCount\n        edges { node { provider providerId email status createdAt expiresAt tenant { name } roles { name } inviter { email } acceptedBy { email } } }\n        pageInfo { hasNextPage hasPreviousPage }\n      }\n    }"): typeof import('./graphql.js').LogtoInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitationsAhead { invitations(provider: LOGTO, first: 5) { edges { node { providerId tenant { providerId name } } } } }"): typeof import('./graphql.js').LogtoInvitationsAheadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitationsNoTenant { invitations(provider: LOGTO, first: 5) { edges { node { providerId email } } } }"): typeof import('./graphql.js').LogtoInvitationsNoTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations11($f: InvitationFilter) { invitations(provider: LOGTO, filter: $f, first: 100) { totalCount edges { node { status email tenant { providerId } inviter { providerId } } } } }"): typeof import('./graphql.js').LogtoInvitations11Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations2 { invitations(provider: LOGTO, filter: { propertyId: \"BER\" }) { totalCount } }"): typeof import('./graphql.js').LogtoInvitations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations12($first: Int, $after: String, $last: Int, $before: String) {\n      invitations(provider: LOGTO, first: $first, after: $after, last: $last, before: $before) {\n        edges { cursor node { providerId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount\n      }\n    }"): typeof import('./graphql.js').LogtoInvitations12Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoTenants { tenants(provider: LOGTO, first: 4) { totalCount edges { node { providerId name description createdAt } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').LogtoTenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoTenants2($a: String) { tenants(provider: LOGTO, first: 4, after: $a) { edges { node { name } } pageInfo { hasNextPage } } }"): typeof import('./graphql.js').LogtoTenants2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoRoles { roles(provider: LOGTO, last: 2) { totalCount edges { node { name description } } pageInfo { hasPreviousPage } } }"): typeof import('./graphql.js').LogtoRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoNode($id: ID!) { node(id: $id) { ... on Tenant { name invitations(first: 100) { totalCount } users(first: 50) { totalCount edges { node { providerId } } } } } }"): typeof import('./graphql.js').LogtoNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUsers { users(provider: LOGTO, first: 5) { totalCount edges { node { providerId email status displayName logto { username isSuspended lastSignInAt } } } } }"): typeof import('./graphql.js').LogtoUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUser($id: String!) { user(provider: LOGTO, id: $id) { email firstName lastName } }"): typeof import('./graphql.js').LogtoUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUser2($e: String!) { user(provider: LOGTO, email: $e) { providerId } }"): typeof import('./graphql.js').LogtoUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUser3 { user(provider: LOGTO, id: \"no-such-user\") { email } }"): typeof import('./graphql.js').LogtoUser3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUsers2 { users(provider: LOGTO, filter: { search: \"lovelace\" }) { edges { node { email } } } }"): typeof import('./graphql.js').LogtoUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUsers3($e: String) { users(provider: LOGTO, filter: { search: \"lovelace\", email: $e }) { totalCount } }"): typeof import('./graphql.js').LogtoUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUsers4($e: String) { users(provider: LOGTO, filter: { email: $e }) { totalCount edges { node { providerId } } } }"): typeof import('./graphql.js').LogtoUsers4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoNode2($id: ID!) { node(id: $id) { ... on Invitation { providerId email } } }"): typeof import('./graphql.js').LogtoNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoNode3($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').LogtoNode3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUser4($id: String!) { user(provider: LOGTO, id: $id) { tenants { providerId name } } }"): typeof import('./graphql.js').LogtoUser4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUser5($id: String!) { user(provider: LOGTO, id: $id) { tenants { providerId } } }"): typeof import('./graphql.js').LogtoUser5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations3 { invitations(provider: LOGTO, first: 1) { totalCount } }"): typeof import('./graphql.js').LogtoInvitations3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations4 { invitations(provider: LOGTO, first: 1) { totalCount } }"): typeof import('./graphql.js').LogtoInvitations4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations5 { invitations(provider: LOGTO, first: 1) { totalCount } }"): typeof import('./graphql.js').LogtoInvitations5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoRoles2 { roles(provider: LOGTO, first: 1) { totalCount } }"): typeof import('./graphql.js').LogtoRoles2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations6($e: String) { invitations(provider: LOGTO, filter: { invitee: $e }) { edges { node { id status } } } }"): typeof import('./graphql.js').LogtoInvitations6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoResendInvitation($input: ResendInvitationInput!) { resendInvitation(input: $input) { __typename ... on UpstreamError { code providerCode retryAfterSeconds retryable } } }"): typeof import('./graphql.js').LogtoResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on User { status logto { isSuspended } } ... on Error { code } ... on ValidationError { field } ... on NotFoundError { kind } } }"): typeof import('./graphql.js').LogtoUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on UserDeletion { pending user { providerId } } ... on Error { code } } }"): typeof import('./graphql.js').LogtoDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoDeprovisionPerson($input: DeprovisionPersonInput!) { deprovisionPerson(input: $input) { __typename\n    ... on DeprovisionReport { dryRun entries { provider action outcome detail account { email } invitation { id providerId } } } } }"): typeof import('./graphql.js').LogtoDeprovisionPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogtoDeleteUser2($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on UserDeletion { pending deletedInvitations { providerId email status } } } }"): typeof import('./graphql.js').LogtoDeleteUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoNode4($id: ID!) { node(id: $id) { ... on User { roles { providerId } tenants { providerId } } } }"): typeof import('./graphql.js').LogtoNode4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoNode5($id: ID!) { node(id: $id) { ... on Invitation { status } } }"): typeof import('./graphql.js').LogtoNode5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoPerson($e: String!) { person(email: $e) { invitations { provider email } } }"): typeof import('./graphql.js').LogtoPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUsers5 { users(provider: LOGTO, filter: { tenantId: \"nope\" }) { totalCount edges { node { id } } } }"): typeof import('./graphql.js').LogtoUsers5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations10($a: String) { invitations(provider: LOGTO, first: 3, after: $a) { edges { node { providerId } } pageInfo { endCursor } } }"): typeof import('./graphql.js').LogtoInvitations10Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations7 { invitations(provider: LOGTO, first: 6) { edges { node { providerId } } } }"): typeof import('./graphql.js').LogtoInvitations7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations8 { invitations(provider: LOGTO, first: 1) { edges { node { providerId } } } }"): typeof import('./graphql.js').LogtoInvitations8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoUsers6($t: String!) { users(provider: LOGTO, filter: { tenantId: $t, search: \"zebra\" }) { totalCount edges { node { providerId } } } }"): typeof import('./graphql.js').LogtoUsers6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoInvitations9 { invitations(provider: LOGTO, first: 5) { edges { node { roles { name description } } } } }"): typeof import('./graphql.js').LogtoInvitations9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogtoPerson2 { person(email: \"anyone@example.com\") { errors { provider code } } }"): typeof import('./graphql.js').LogtoPerson2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LumappsFidelityUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename\n  ... on User { providerId firstName lastName displayName } ... on NotFoundError { kind resourceId } ... on Error { code message } } }"): typeof import('./graphql.js').LumappsFidelityUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsFidelityUsers($first: Int, $after: String, $filter: UserFilter) { users(provider: LUMAPPS, first: $first, after: $after, filter: $filter) {\n    edges { node { providerId } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').LumappsFidelityUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsFidelityNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { providerId } } }"): typeof import('./graphql.js').LumappsFidelityNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsFidelityUser($id: String!) { user(provider: LUMAPPS, id: $id) { providerId } }"): typeof import('./graphql.js').LumappsFidelityUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsFidelityUser2($email: String!) { user(provider: LUMAPPS, email: $email) { providerId } }"): typeof import('./graphql.js').LumappsFidelityUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsFidelityNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').LumappsFidelityNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LumappsMutationsCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    __typename\n    ... on User { id providerId email firstName lastName status lumapps { accountType isHidden } }\n    ... on ValidationError { field reason }\n    ... on UpstreamError { httpStatus providerCode providerMessage }\n    ... on UnsupportedOperationError { operation }\n    ... on Error { code message }\n  }\n}"): typeof import('./graphql.js').LumappsMutationsCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LumappsMutationsUpdateUser($input: UpdateUserInput!) {\n  updateUser(input: $input) {\n    __typename\n    ... on User { id providerId firstName lastName displayName status lumapps { isHidden accountType } }\n    ... on ValidationError { field reason }\n    ... on NotFoundError { kind resourceId }\n    ... on UpstreamError { httpStatus providerCode }\n    ... on Error { code message }\n  }\n}"): typeof import('./graphql.js').LumappsMutationsUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsMutationsNode($id: ID!) { node(id: $id) { ... on User { email } } }"): typeof import('./graphql.js').LumappsMutationsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsMutationsUsers($f: UserFilter) { users(provider: LUMAPPS, filter: $f, first: 5) { edges { node { providerId } } } }"): typeof import('./graphql.js').LumappsMutationsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsMutationsPerson($e: String!) { person(email: $e) { accounts { provider providerId } } }"): typeof import('./graphql.js').LumappsMutationsPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LumappsMutationsDeprovisionPerson($e: String!) { deprovisionPerson(input: { email: $e, mode: DISABLE }) { ... on DeprovisionReport { entries { provider action outcome } } } }"): typeof import('./graphql.js').LumappsMutationsDeprovisionPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUpstreamUsers3 { users(provider: LUMAPPS, first: 2) { edges { node { email } } } }"): typeof import('./graphql.js').LumappsUpstreamUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUpstreamProviders { providers { provider mode } currentUser(provider: LUMAPPS) { email } }"): typeof import('./graphql.js').LumappsUpstreamProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUpstreamUsers { users(provider: LUMAPPS, first: 2) { edges { node { email } } pageInfo { hasNextPage } } }"): typeof import('./graphql.js').LumappsUpstreamUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUpstreamUsers2 { users(provider: LUMAPPS, first: 2) { edges { node { email } } } }"): typeof import('./graphql.js').LumappsUpstreamUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUpstreamCurrentUser { currentUser(provider: LUMAPPS) { email } }"): typeof import('./graphql.js').LumappsUpstreamCurrentUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersList($filter: UserFilter, $first: Int, $after: String) {\n  users(provider: LUMAPPS, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage hasPreviousPage endCursor }\n    edges { cursor node { providerId email status createdAt lumapps { accountType isHidden } } }\n  }\n}"): typeof import('./graphql.js').LumappsUsersListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers { users(provider: LUMAPPS, last: 5) { edges { cursor } } }"): typeof import('./graphql.js').LumappsUsersUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers2 { users(provider: LUMAPPS, first: 5, before: \"c1.x\") { edges { cursor } } }"): typeof import('./graphql.js').LumappsUsersUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers3 { users(filter: { accountTypes: [\"okta\"] }, first: 10) { edges { node { provider email lumapps { accountType } } } } }"): typeof import('./graphql.js').LumappsUsersUsers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers4 { users(provider: LUMAPPS, first: 100) { edges { node { id email } } } }"): typeof import('./graphql.js').LumappsUsersUsers4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers5 { users(provider: LUMAPPS, first: 100) { edges { node { id email displayName lumapps { accountType } } } } }"): typeof import('./graphql.js').LumappsUsersUsers5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers6 { users(provider: LUMAPPS, first: 100) { edges { ...E } } } fragment E on UserEdge { node { ... on User { providerId email } } }"): typeof import('./graphql.js').LumappsUsersUsers6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers7 { users(provider: LUMAPPS, first: 100) { totalCount } }"): typeof import('./graphql.js').LumappsUsersUsers7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers8 { users(provider: LUMAPPS, first: 100) { edges { node { id email } } } }"): typeof import('./graphql.js').LumappsUsersUsers8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUser($id: String!) { user(provider: LUMAPPS, id: $id) { providerId email firstName lastName enabled lumapps { accountType customerId } } }"): typeof import('./graphql.js').LumappsUsersUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUser2($e: String!) { user(provider: LUMAPPS, email: $e) { providerId lumapps { isHidden } } }"): typeof import('./graphql.js').LumappsUsersUser2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersA { a: user(provider: LUMAPPS, id: \"999\") { id } b: user(provider: LUMAPPS, email: \"nobody@nowhere.example\") { id } }"): typeof import('./graphql.js').LumappsUsersADocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUser3 { user(provider: LUMAPPS) { id } }"): typeof import('./graphql.js').LumappsUsersUser3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersUsers9 { users(provider: LUMAPPS, first: 3) { edges { node { id providerId } } } }"): typeof import('./graphql.js').LumappsUsersUsers9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersNode($id: ID!) { node(id: $id) { ... on User { providerId } } }"): typeof import('./graphql.js').LumappsUsersNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { providerId } } }"): typeof import('./graphql.js').LumappsUsersNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersCurrentUser { currentUser(provider: LUMAPPS) { email lumapps { isSuperAdmin } } }"): typeof import('./graphql.js').LumappsUsersCurrentUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersRoles { roles(provider: LUMAPPS) { edges { cursor } } }"): typeof import('./graphql.js').LumappsUsersRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LumappsUsersProviders { providers { provider mode capabilities userFilters } }"): typeof import('./graphql.js').LumappsUsersProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson2 { person(email: \"ada.lovelace@people.example.com\") { accounts { id } invitations { id } } }"): typeof import('./graphql.js').PersonSelectionPerson2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionA { a: person(email: \"Ada.Lovelace@People.Example.com\") { id email } b: person(email: \"ada.lovelace@people.example.com\") { id email } }"): typeof import('./graphql.js').PersonSelectionADocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson { person(email: \"ADA.LOVELACE@people.example.com\") { id } }"): typeof import('./graphql.js').PersonSelectionPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionNode($id: ID!) { node(id: $id) { __typename id ... on Person { email accounts { provider } } } }"): typeof import('./graphql.js').PersonSelectionNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson3 { person(email: \"ada.lovelace@people.example.com\") { id email } }"): typeof import('./graphql.js').PersonSelectionPerson3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson4 { person(email: \"ada.lovelace@people.example.com\") { accounts { provider } errors { provider } } }"): typeof import('./graphql.js').PersonSelectionPerson4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson5 { person(email: \"ada.lovelace@people.example.com\") { errors { provider } accounts { provider } } }"): typeof import('./graphql.js').PersonSelectionPerson5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson6 { person(email: \"ada.lovelace@people.example.com\") { accounts { id } } }"): typeof import('./graphql.js').PersonSelectionPerson6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionA2 { a: person(email: \"ada.lovelace@people.example.com\") { accounts { id } errors { code } } b: person(email: \"Ada.Lovelace@people.example.com\") { accounts { provider } } }"): typeof import('./graphql.js').PersonSelectionA2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson7 { person(email: \"ada.lovelace@people.example.com\") { accounts { provider } errors { provider code } } }"): typeof import('./graphql.js').PersonSelectionPerson7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson8 { person(email: \"ada.lovelace@people.example.com\") { invitations { provider } errors { provider code } } }"): typeof import('./graphql.js').PersonSelectionPerson8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonSelectionPerson9 { person(email: \"ada.lovelace@people.example.com\") { errors { provider code } } }"): typeof import('./graphql.js').PersonSelectionPerson9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonPerson($email: String!) { person(email: $email) {\n  email providers accounts { provider email status } invitations { provider email status } errors { provider code message } } }"): typeof import('./graphql.js').PersonPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PersonDeprovisionPerson($input: DeprovisionPersonInput!) { deprovisionPerson(input: $input) { __typename\n  ... on DeprovisionReport { dryRun complete entries { provider action outcome detail account { email } invitation { email } error { provider code } } }\n  ... on ValidationError { field } } }"): typeof import('./graphql.js').PersonDeprovisionPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmallThingsProviders { providers { provider } }"): typeof import('./graphql.js').SmallThingsProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmallThingsUsers { users(provider: AUTHRESS, last: 2) { totalCount } }"): typeof import('./graphql.js').SmallThingsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmallThingsType { __type(name: \"Query\") { fields { name description } } s: __type(name: \"_Service\") { description } }"): typeof import('./graphql.js').SmallThingsTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmallThingsPerson($e: String!) { person(email: $e) { accounts { id provider } } }"): typeof import('./graphql.js').SmallThingsPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmallThingsUpdateUser($id: ID!) { updateUser(input: { id: $id, status: DISABLED }) { ... on User { status } ... on Error { code } } }"): typeof import('./graphql.js').SmallThingsUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmallThingsDeprovisionPerson($e: String!) { deprovisionPerson(input: { email: $e, mode: DISABLE, dryRun: true }) { ... on DeprovisionReport { entries { provider outcome detail } } } }"): typeof import('./graphql.js').SmallThingsDeprovisionPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsUsers($n: Int) { users(provider: APALEO, first: $n) { edges { node { id } } } }"): typeof import('./graphql.js').LimitsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsUsers2 { users(provider: APALEO, first: 501) { totalCount } }"): typeof import('./graphql.js').LimitsUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsSchema { __schema { queryType { name } } }"): typeof import('./graphql.js').LimitsSchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsSchema2 { __schema { queryType { name } } }"): typeof import('./graphql.js').LimitsSchema2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthUsers { users(provider: LUMAPPS, first: 1) { edges { node { id } } } }"): typeof import('./graphql.js').HealthUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthUsers2 { users(provider: APALEO, first: 1) { edges { node { id } } } }"): typeof import('./graphql.js').HealthUsers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users { users(provider: APALEO, first: 2) { edges { node { id } } } }"): typeof import('./graphql.js').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Everyone { person(email: \"ada.lovelace@people.example.com\") { providers } }"): typeof import('./graphql.js').EveryoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResilienceProviders { providers { provider circuit { state failures openedAt retryAt } } }"): typeof import('./graphql.js').ResilienceProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCacheUsers { users(provider: AUTHRESS, first: 20) { edges { node { providerId tenants { providerId } } } } }"): typeof import('./graphql.js').CatalogCacheUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCacheAddUserToTenant($u: ID!, $t: ID!) { addUserToTenant(input: { userId: $u, tenantId: $t }) { __typename ... on User { tenants { providerId } } } }"): typeof import('./graphql.js').CatalogCacheAddUserToTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCacheRoles { roles(provider: APALEO, first: 50) { edges { node { name } } } }"): typeof import('./graphql.js').CatalogCacheRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCacheRoles2 { roles(provider: LOGTO, first: 50) { totalCount edges { node { providerId name } } } tenants(provider: LOGTO, first: 50) { totalCount edges { node { providerId name } } } }"): typeof import('./graphql.js').CatalogCacheRoles2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCacheInvitations { invitations(provider: LOGTO, first: 100) { totalCount edges { node { id status tenant { providerId name } } } } }"): typeof import('./graphql.js').CatalogCacheInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpstreamBudgetUsers { users(first: 2, provider: AUTHRESS) { edges { node { id } } } }"): typeof import('./graphql.js').UpstreamBudgetUsersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
