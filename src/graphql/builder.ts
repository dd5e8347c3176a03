/** The one SchemaBuilder: plugins and their options; it defines no types. */
import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure } from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { AuthorizationError, hasScope, type Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { InputError } from '../domain/errors.js';
import ScopeTablesPlugin, { nodeScopes } from './auth.js';
import { decodeId, encodeId } from './global-id.js';
import SyncGlobalIdPlugin from './sync-global-id.js';

/** The scopes a failed check asked for that the caller lacks. */
function missingScopes(failure: AuthFailure, viewer: Viewer): string[] {
  if ('failures' in failure) return [...new Set(failure.failures.flatMap((f) => missingScopes(f, viewer)))];
  if ('parameter' in failure && Array.isArray(failure.parameter))
    return failure.parameter.filter((s): s is string => typeof s === 'string' && !hasScope(viewer, s));
  return [];
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { scopes: string[] };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
}>({
  // The scope tables set authScopes that scope-auth enforces; scope-auth comes first so that it wraps
  // every resolver. Errors before Validation, so that validation failures of a mutation's input become
  // its typed errors; Federation after the plugins that wrap resolvers; the synchronous node ids
  // innermost of all (src/graphql/sync-global-id.ts).
  plugins: [ScopeTablesPlugin, ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, ValidationPlugin, DirectivePlugin, FederationPlugin, SyncGlobalIdPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({ scopes: (required: string[]) => required.every((scope) => hasScope(ctx.viewer, scope)) }),
    unauthorizedError: (_parent, ctx, _info, result) => new AuthorizationError(missingScopes(result.failure, ctx.viewer)),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'An opaque cursor: pass it as `after` or `before` to continue from this item.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    nodeTypeOptions: { description: 'An object with a global id that `node` and `nodes` can fetch again.' },
    idFieldOptions: { description: 'Opaque global id.' },
    pageInfoTypeOptions: { description: 'Paging facts of a connection (Relay Cursor Connections Specification).' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page; null when the page is empty.' },
    firstArgOptions: { description: 'How many items to answer from the start (1 to 500, default 20).' },
    lastArgOptions: { description: 'How many items to answer from the end (1 to 500), where the provider pages backwards.' },
    afterArgOptions: { description: 'Continue after this cursor (an edge cursor of the same list and filter).' },
    beforeArgOptions: { description: 'Continue before this cursor, where the provider pages backwards.' },
    encodeGlobalID: encodeId,
    decodeGlobalID: decodeId,
    nodeQueryOptions: {
      authScopes: nodeScopes,
      description: 'Fetches any User, Invitation, Role or Tenant by its global id; null when it no longer exists.',
      args: { id: { description: 'A global id (the `id` field of any node).' } },
    },
    nodesQueryOptions: {
      authScopes: nodeScopes,
      description: 'Fetches several objects by global id, batched per provider; null for each one that no longer exists.',
      args: { ids: { description: 'Global ids, of any types and providers.' } },
    },
  },
  // Validation failures of a mutation's input come back as its typed ValidationError result.
  errors: { directResult: true, unsafelyHandleInputErrors: true },
  // Store directives the way graphql-tools reads them, so codegen prints the SDL correctly.
  directives: { useGraphQLToolsUnorderedDirectives: true },
  validation: {
    validationError: (result) => {
      const issue = result.issues[0];
      const path = (issue?.path ?? []).map((p) => (typeof p === 'object' && p !== null && 'key' in p ? String(p.key) : String(p))).join('.');
      return new InputError(path || 'input', issue?.message ?? 'is invalid');
    },
  },
});

builder.queryType({ description: 'Reads across every configured identity provider.' });
builder.mutationType({ description: 'Changes in the identity providers; every result is the changed object or a typed error.' });
