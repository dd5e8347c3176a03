/**
 * Authorization, enforced by @pothos/plugin-scope-auth:
 * - every Query and Mutation field declares the scopes it needs on the field itself
 *   (`authScopes: needs('users:write')`, `needs()` for any authenticated caller); a root field
 *   without `authScopes` fails the schema build (default deny), so it can never be served open;
 * - every object of a type in TYPE_SCOPES needs that read scope wherever it appears, checked once
 *   per field against the caller (no per-object scope-auth steps);
 * - every other field that returns such a type (or a connection of it) needs that scope itself,
 *   checked before its resolver runs: `Tenant.users` needs users:read, `User.roles` roles:read, and
 *   so on, so a caller never learns how many objects it may not read, and nothing is fetched for
 *   them; a field may also declare its own `authScopes` (operational details of ProviderInfo need
 *   `admin`).
 * Root fields are checked before their resolver runs, so a refused call sends nothing upstream.
 * The README's Security table is checked against the scopes declared here and on the fields
 * (test/readme.test.ts).
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { decodeId } from './global-id.js';
import { AuthorizationError, hasScope, type Scope, type Viewer } from '../auth/viewer.js';

/** The `authScopes` of a field that needs every one of `scopes`; none: any authenticated caller. */
export function needs(...scopes: Scope[]): { scopes: Scope[] } {
  return { scopes };
}

/** `authScopes` of `node` and `nodes`: the read scopes of the types their global ids name. */
export function nodeScopes(_parent: unknown, args: { id?: unknown; ids?: unknown }): { scopes: Scope[] } {
  return { scopes: scopesForIds(args.ids !== undefined ? (Array.isArray(args.ids) ? args.ids : []) : [args.id]) };
}

export const TYPE_SCOPES: Record<string, Scope> = {
  User: 'users:read',
  Person: 'users:read',
  Invitation: 'invitations:read',
  Role: 'roles:read',
  Tenant: 'tenants:read',
};

/** The read scopes the objects behind global ids need; a malformed id needs none (it fails as BAD_USER_INPUT). */
function scopesForIds(ids: unknown[]): Scope[] {
  const scopes = new Set<Scope>();
  for (const id of ids) {
    try {
      // The relay plugin hands node/nodes their ids already decoded ({ typename, id }).
      const typename = id && typeof id === 'object' && 'typename' in id ? String(id.typename) : decodeId(String(id)).typename;
      const scope = TYPE_SCOPES[typename];
      if (scope) scopes.add(scope);
    } catch {
      // decoded again, and refused with a field name, by the resolver
    }
  }
  return [...scopes];
}

/** The scope a non-root field needs because of what it returns (see the file comment), or null. */
export function nestedFieldScope(parentType: string, returnType: string | null): Scope | null {
  // The edges and nodes of a connection are reached only through the connection field, checked already.
  if (!returnType || parentType.endsWith('Connection') || parentType.endsWith('Edge')) return null;
  const node = returnType.endsWith('Connection') ? returnType.slice(0, -'Connection'.length) : returnType;
  const scope = Object.hasOwn(TYPE_SCOPES, node) ? TYPE_SCOPES[node] : undefined;
  if (!scope || TYPE_SCOPES[parentType] === scope) return null;
  return scope;
}

const pluginName = 'idgraphScopes';

export class ScopesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /**
   * The read scope of a type in TYPE_SCOPES is checked on every field of its objects, before the
   * field's own scopes (this plugin wraps outside scope-auth). The answer depends on the caller only,
   * not on the object, so it is a lookup in the viewer's scopes: no per-object scope-auth steps.
   */
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const scope = Object.hasOwn(TYPE_SCOPES, fieldConfig.parentType) ? TYPE_SCOPES[fieldConfig.parentType] : undefined;
    if (!scope || fieldConfig.kind !== 'Object') return resolver;
    return (parent, args, context, info) => {
      if (!hasScope((context as { viewer: Viewer }).viewer, scope)) throw new AuthorizationError([scope]);
      return resolver(parent, args, context, info);
    };
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const declared = (fieldConfig.pothosOptions as { authScopes?: unknown }).authScopes;
    if (fieldConfig.parentType === 'Query' || fieldConfig.parentType === 'Mutation') {
      if (declared === undefined) {
        throw new Error(
          `${fieldConfig.parentType}.${fieldConfig.name} declares no authScopes: every root field says which scopes it needs (see src/graphql/auth.ts)`,
        );
      }
      return fieldConfig;
    }
    if (declared !== undefined) return fieldConfig;
    const nested = nestedFieldScope(fieldConfig.parentType, this.returnTypeName(fieldConfig));
    if (!nested) return fieldConfig;
    return { ...fieldConfig, pothosOptions: { ...fieldConfig.pothosOptions, authScopes: needs(nested) } } as PothosOutputFieldConfig<Types>;
  }

  private returnTypeName(fieldConfig: PothosOutputFieldConfig<Types>): string | null {
    let type = fieldConfig.type;
    while (type.kind === 'List') type = type.type;
    try {
      return this.buildCache.getTypeConfig(type.ref).name;
    } catch {
      return null;
    }
  }
}

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      idgraphScopes: ScopesPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, ScopesPlugin);

export default pluginName;
