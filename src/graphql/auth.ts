/**
 * Authorization tables, applied by a small Pothos plugin through @pothos/plugin-scope-auth:
 * - every Mutation field needs the scope MUTATION_SCOPES names (a field missing there needs `admin`);
 * - every Query field needs the scope QUERY_SCOPES names (null: any authenticated caller; missing: `admin`);
 * - every object of a type in TYPE_SCOPES needs that read scope wherever it appears;
 * - every other field that returns such a type (or a connection of it) needs that scope itself, checked
 *   before its resolver runs: `Tenant.users` needs users:read, `User.roles` roles:read, and so on, so a
 *   caller never learns how many objects it may not read, and nothing is fetched for them;
 * - FIELD_SCOPES names the scope of single fields of other types (operational details need `admin`).
 * Root fields are checked before their resolver runs, so a refused call sends nothing upstream.
 * Other branches add their mutations here (one line each); test/auth.test.ts fails when one is missing.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { decodeId } from './global-id.js';
import { AuthorizationError, hasScope, type Scope, type Viewer } from '../auth/viewer.js';

export const MUTATION_SCOPES: Record<string, Scope> = {
  updateUser: 'users:write',
  createUser: 'users:write',
  deleteUser: 'users:write',
  addUserToTenant: 'users:write',
  createInvitation: 'invitations:write',
  deleteInvitation: 'invitations:write',
  resendInvitation: 'invitations:write',
  setInvitationStatus: 'invitations:write',
  deprovisionPerson: 'admin',
};

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

type ArgsScopes = (args: Record<string, unknown>) => Scope[];

export const QUERY_SCOPES: Record<string, Scope | ArgsScopes | null> = {
  users: 'users:read',
  user: 'users:read',
  currentUser: 'users:read',
  person: 'users:read',
  invitations: 'invitations:read',
  roles: 'roles:read',
  tenants: 'tenants:read',
  providers: null,
  node: (args) => scopesForIds([args.id]),
  nodes: (args) => scopesForIds(Array.isArray(args.ids) ? args.ids : []),
  _service: 'schema:read',
  auditEvents: 'audit:read',
  // Federation's fields are added outside Pothos: federation.ts enforces these (`_entities` per
  // representation, against TYPE_SCOPES of its __typename, `admin` for an unknown one).
  _entities: null,
};

/** Scopes of single fields outside Query and Mutation: `${Type}.${field}`. */
export const FIELD_SCOPES: Record<string, Scope> = {
  'ProviderInfo.baseUrl': 'admin',
  'ProviderInfo.circuit': 'admin',
};

/** The scope a non-root field needs because of what it returns (see the file comment), or null. */
export function nestedFieldScope(parentType: string, name: string, returnType: string | null): Scope | null {
  const explicit = FIELD_SCOPES[`${parentType}.${name}`];
  if (explicit) return explicit;
  // The edges and nodes of a connection are reached only through the connection field, checked already.
  if (!returnType || parentType.endsWith('Connection') || parentType.endsWith('Edge')) return null;
  const node = returnType.endsWith('Connection') ? returnType.slice(0, -'Connection'.length) : returnType;
  const scope = Object.hasOwn(TYPE_SCOPES, node) ? TYPE_SCOPES[node] : undefined;
  if (!scope || TYPE_SCOPES[parentType] === scope) return null;
  return scope;
}

function fieldScopes(parentType: string, name: string): Record<string, unknown> | ((parent: unknown, args: Record<string, unknown>) => Record<string, unknown> | boolean) | null {
  if (parentType === 'Mutation') return { scopes: [MUTATION_SCOPES[name] ?? 'admin'] };
  if (parentType === 'Query') {
    const entry = Object.hasOwn(QUERY_SCOPES, name) ? QUERY_SCOPES[name] : 'admin';
    if (entry === null || entry === undefined) return null;
    if (typeof entry === 'function') return (_parent, args) => ({ scopes: entry(args) });
    return { scopes: [entry] };
  }
  return null;
}

const pluginName = 'idgraphScopeTables';

export class ScopeTablesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /**
   * The read scope of a type in TYPE_SCOPES is checked on every field of its objects, before the
   * field's own scopes (this plugin wraps outside scope-auth). The answer depends on the caller only,
   * not on the object, so it is a lookup in the viewer's scopes: no per-object scope-auth steps.
   */
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const scope = Object.hasOwn(TYPE_SCOPES, fieldConfig.parentType) ? TYPE_SCOPES[fieldConfig.parentType] : undefined;
    if (!scope || fieldConfig.kind !== 'Object') return resolver;
    return (parent, args, context, info) => {
      if (!hasScope((context as { viewer: Viewer }).viewer, scope)) throw new AuthorizationError([scope]);
      return resolver(parent, args, context, info);
    };
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    let scopes = fieldScopes(fieldConfig.parentType, fieldConfig.name);
    if (fieldConfig.parentType !== 'Query' && fieldConfig.parentType !== 'Mutation') {
      const nested = nestedFieldScope(fieldConfig.parentType, fieldConfig.name, this.returnTypeName(fieldConfig));
      scopes = nested ? { scopes: [nested] } : null;
    }
    if (!scopes) return fieldConfig;
    return { ...fieldConfig, pothosOptions: { ...fieldConfig.pothosOptions, authScopes: scopes } } as PothosOutputFieldConfig<Types>;
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
      idgraphScopeTables: ScopeTablesPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, ScopeTablesPlugin);

export default pluginName;
