/**
 * Imports every type file and builds the schema the server serves: `subgraphSchema`, the public API
 * plus Federation's `_service` and `_entities` (schema/subgraph.graphql). The public API alone
 * (schema/schema.graphql) is built by ./public-schema.ts, only where it is printed or tested, so a
 * start builds one schema, not two.
 */
import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './types/Provider.js';
import './types/Role.js';
import './types/Tenant.js';
import './types/User.js';
import './types/Invitation.js';
import './types/Person.js';
import './types/Audit.js';
import { auditMutations } from '../audit/trail.js';
import { secureFederationFields } from './federation.js';
import { PROVIDERS } from '../providers/known.js';
import { entityKey } from '../context.js';
import { loadPresent } from './connection.js';
import { InvitationRef } from './types/Invitation.js';
import { RoleRef } from './types/Role.js';
import { TenantRef } from './types/Tenant.js';
import { UserRef } from './types/User.js';

// Each provider's nested objects (`User.<id>` etc.) come from its definition (src/providers/<id>/graphql.ts).
for (const provider of PROVIDERS) {
  provider.graphql?.({ builder, refs: { User: UserRef, Invitation: InvitationRef, Tenant: TenantRef, Role: RoleRef }, loadPresent, entityKey });
}

// toSubGraphSchema answers the schema sorted lexicographically already (and its `_service` SDL).
export const subgraphSchema = auditMutations(
  secureFederationFields(
    describeFederation(
      builder.toSubGraphSchema({
        linkUrl: 'https://specs.apollo.dev/federation/v2.6',
        federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides'],
      }),
    ),
  ),
);

/** Federation adds `_entities`, `_service` and their types without descriptions; GraphiQL's docs show these. */
function describeFederation(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType()?.getFields();
  const entities = query?._entities;
  if (entities) {
    entities.description =
      'Federation: resolves entity representations sent by a gateway (User, Invitation, Role and Tenant by `id`, Person by `email`), batched per provider.';
    const representations = entities.args.find((a) => a.name === 'representations');
    if (representations) representations.description = 'The representations: `__typename` plus the key fields.';
  }
  if (query?._service) query._service.description = 'Federation: this subgraph’s SDL, for composition.';
  const service = schema.getType('_Service');
  if (service) service.description = 'Federation: facts about this subgraph.';
  const sdl = service && 'getFields' in service ? (service.getFields() as Record<string, { description?: string | null }>).sdl : undefined;
  if (sdl) sdl.description = 'The subgraph SDL.';
  const any = schema.getType('_Any');
  if (any) any.description = 'Federation: an entity representation (`__typename` and key fields).';
  const entity = schema.getType('_Entity');
  if (entity) entity.description = 'Federation: every entity type of this subgraph.';
  return schema;
}
