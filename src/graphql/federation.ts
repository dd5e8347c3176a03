/**
 * Apollo Federation v2: User, Invitation, Role and Tenant are entities keyed by their global `id`;
 * Person is keyed by `email`, so any subgraph that knows an employee's email reaches all their
 * accounts. `nodeEntity` declares a type as a Relay node and an entity together (Person, by email);
 * `providerNode` does it for a provider object (User, Invitation, Role, Tenant) from its loader, so
 * `_entities` goes through the same per-request loaders as `node` and representations are batched
 * per provider.
 *
 * `_entities` and `_service` are added by the federation plugin outside Pothos (so outside the scope
 * plugin); `secureFederationFields` replaces their resolvers on the built subgraph schema:
 * - `_entities` checks every representation on its own, before anything goes upstream: its
 *   `__typename` must be an entity type (otherwise it needs `admin` and is still refused as
 *   BAD_USER_INPUT), the caller must hold that type's read scope (TYPE_SCOPES), and the key must be
 *   well formed. A refused or malformed representation resolves to null with its error at
 *   `_entities.<i>`; the others still resolve.
 * - `_service { sdl }` needs the `schema:read` scope (implied by `admin`).
 */
import type { ObjectFieldsShape, ObjectRef } from '@pothos/core';
import type { Selection } from '@pothos/plugin-federation';
import type { NodeObjectOptions } from '@pothos/plugin-relay';
import type DataLoader from 'dataloader';
import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AuthorizationError, hasScope } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { InputError } from '../domain/errors.js';
import { TYPE_SCOPES } from './auth.js';
import { builder } from './builder.js';
import { parseId } from './global-id.js';
import { entityKey } from '../domain/entity-key.js';
import type { Kind, ProviderId } from '../domain/types.js';
import { asError } from './connection.js';

const byGlobalId = builder.selection<{ id: string }>('id');

/** The loader key of a representation's id; a malformed or foreign id is a BAD_USER_INPUT naming the representation. */
function keyOf(ref: { id?: unknown }, typename: Kind): string {
  if (typeof ref.id !== 'string') throw new InputError('representations.id', `a ${typename} representation needs its key field id (a string)`);
  const { provider, id } = parseId('representations.id', ref.id, typename);
  return entityKey(provider, id);
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** An object of one provider, reachable by `node`/`nodes` and by `_entities`, both through `load`. */
export interface ProviderNodeOptions<T extends { kind: Kind; provider: ProviderId; id: string }> {
  /** The per-request loader of this kind, keyed by the composite key (domain/entity-key.ts). */
  load: (ctx: Context) => DataLoader<string, T | null>;
  description: string;
  idDescription: string;
  fields: ObjectFieldsShape<Types, T>;
}

/**
 * Declares a type as a Relay node and as a Federation entity together: `node` with its options,
 * `entity` with the key the gateway sends and how such a key is resolved. Every Node of this API is
 * an entity (test/federation/node-entities.test.ts).
 */
export function nodeEntity<T, K extends object>(
  ref: ObjectRef<Types, T>,
  node: NodeObjectOptions<Types, ObjectRef<Types, T>, []>,
  entity: { key: Selection<K>; resolveReference: (representation: K, ctx: Context) => T | null | Promise<T | null> },
): void {
  builder.node(ref, node);
  builder.asEntity(ref, entity);
}

/**
 * A provider object's type: a node whose global id carries the composite key, and an entity keyed
 * by that same global `id`, both resolved by one loader, so `nodes` and `_entities` batch per
 * provider alike.
 */
export function providerNode<T extends { kind: Kind; provider: ProviderId; id: string }>(
  ref: ObjectRef<Types, T>,
  kind: T['kind'],
  options: ProviderNodeOptions<T>,
): void {
  nodeEntity(
    ref,
    {
      description: options.description,
      id: { resolve: (o) => entityKey(o.provider, o.id), description: options.idDescription },
      isTypeOf: (value) => (value as { kind?: unknown }).kind === kind,
      // A failed lookup becomes that item's error, so one provider failing never blanks the others in `nodes`.
      loadMany: (ids, ctx) =>
        ids.map((id) =>
          options
            .load(ctx)
            .load(id)
            .catch((error: unknown) => asError(error)),
        ),
      fields: options.fields,
    },
    { key: byGlobalId, resolveReference: (representation, ctx) => options.load(ctx).load(keyOf(representation, kind)) },
  );
}

type ResolveReference = (ref: Record<string, unknown>, ctx: Context, info: unknown) => unknown;

/** Resolves one representation, or throws the error that becomes its item's error. Nothing upstream before the checks. */
function resolveOne(schema: GraphQLSchema, representation: unknown, ctx: Context, info: unknown): unknown {
  if (representation === null || typeof representation !== 'object' || Array.isArray(representation)) {
    throw new InputError('representations', 'each representation must be an object with __typename and the key fields');
  }
  const ref = representation as Record<string, unknown>;
  const typename = typeof ref.__typename === 'string' ? ref.__typename : null;
  const scope = (typename && Object.hasOwn(TYPE_SCOPES, typename) ? TYPE_SCOPES[typename] : undefined) ?? 'admin';
  if (!hasScope(ctx.viewer, scope)) throw new AuthorizationError([scope]);
  const type = typename ? schema.getType(typename) : undefined;
  const resolveReference =
    type && isObjectType(type)
      ? ((type.extensions as { apollo?: { subgraph?: { resolveReference?: ResolveReference } } }).apollo?.subgraph?.resolveReference ?? null)
      : null;
  if (!typename || !resolveReference) {
    throw new InputError('representations.__typename', `${JSON.stringify(ref.__typename ?? null)} is not an entity type of this subgraph`);
  }
  return Promise.resolve(resolveReference(ref, ctx, info)).then((value) => {
    if (value !== null && typeof value === 'object') Object.defineProperty(value, '__typename', { value: typename, configurable: true });
    return value;
  });
}

/** Replaces the resolvers of `_entities` and `_service` with scope-checked ones (see the file comment). */
export function secureFederationFields(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  const entities = fields._entities;
  if (entities) {
    const resolve: GraphQLFieldResolver<unknown, Context, { representations?: unknown }> = (_root, args, ctx, info) => {
      const representations = Array.isArray(args.representations) ? args.representations : [];
      return representations.map((representation) => {
        try {
          // A rejected promise fails only its own item (null at _entities.<i>), never the batch.
          return Promise.resolve(resolveOne(schema, representation, ctx, info));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new GraphQLError(String(error)));
        }
      });
    };
    entities.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
  const service = fields._service;
  if (service) {
    // Added outside Pothos, so its scope is checked here rather than by authScopes. The SDL is printed
    // from this schema on the first ask, not at every start: printSubgraphSchema re-validates the whole
    // schema with Apollo's federation library (0.2 s, a fifth of the production start; the production
    // build gives Pothos a stand-in that does not print, scripts/deferred-subgraph-sdl.mjs).
    const scope = 'schema:read';
    let sdl: Promise<string> | undefined;
    service.resolve = async (_root, _args, ctx: Context) => {
      if (!hasScope(ctx.viewer, scope)) throw new AuthorizationError([scope]);
      sdl ??= import('@apollo/subgraph').then((subgraph) => {
        // A CommonJS package: its exports are named under tsx, under `default` in the production bundle.
        const print = typeof subgraph.printSubgraphSchema === 'function' ? subgraph.printSubgraphSchema : subgraph.default.printSubgraphSchema;
        return print(schema);
      });
      return { sdl: await sdl };
    };
  }
  return schema;
}
