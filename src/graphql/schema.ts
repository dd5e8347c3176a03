/**
 * Imports every type file and builds the schemas; exports nothing else. `schema` is the public API
 * (schema/schema.graphql); `subgraphSchema` adds Federation's `_service` and `_entities` and is what
 * the server serves (schema/subgraph.graphql).
 */
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './types/Provider.js';
import './types/Role.js';
import './types/Tenant.js';
import './types/User.js';
import './types/Invitation.js';
import './types/Person.js';
import './types/providers/apaleo.js';
import './types/providers/authress.js';
import './mutations/deleteUser.js';
import './mutations/addUserToTenant.js';
import './types/providers/lumapps.js';
import './mutations/createUser.js';
import './types/providers/logto.js';
import { secureFederationFields } from './federation.js';

export const schema = lexicographicSortSchema(builder.toSchema());

export const subgraphSchema = secureFederationFields(
  lexicographicSortSchema(
    builder.toSubGraphSchema({
      linkUrl: 'https://specs.apollo.dev/federation/v2.6',
      federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides'],
    }),
  ),
);
