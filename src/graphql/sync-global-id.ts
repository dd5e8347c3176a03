/**
 * The `id` field of every node type, resolved synchronously. @pothos/plugin-relay resolves a node's
 * global id with an `async` resolver, so every object of a list became a promise the executor had to
 * wait on (a promise per id, one more per object, their async-context hooks): a quarter of what a
 * 250-user page allocated. The id is known as soon as the object is: this plugin, innermost of all
 * (the last in the builder's list, so the scope and error wrappers still wrap it), answers it at once
 * with the same encoding, and leaves a node whose id resolver is itself asynchronous to relay.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

type IdResolver = (parent: unknown, args: object, context: unknown, info: unknown) => unknown;

const pluginName = 'idgraphSyncGlobalId';

export class SyncGlobalIdPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const relay = (this.builder.options as { relay?: { idFieldName?: string; encodeGlobalID?: (typename: string, id: string, context: unknown) => string } })
      .relay;
    if (fieldConfig.kind !== 'Object' || fieldConfig.name !== (relay?.idFieldName ?? 'id') || !relay?.encodeGlobalID) return resolver;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    // Node types carry relay's node options (with `id.resolve`) in their pothosOptions.
    const idOf = (typeConfig.pothosOptions as { id?: { resolve?: unknown } }).id?.resolve;
    if (typeConfig.graphqlKind !== 'Object' || typeof idOf !== 'function') return resolver;
    const encode = relay.encodeGlobalID;
    const typename = typeConfig.name;
    return (parent, args, context, info) => {
      const raw = (idOf as IdResolver)(parent, args, context, info);
      if (raw == null || typeof (raw as { then?: unknown }).then === 'function') return resolver(parent, args, context, info);
      return encode(typename, String(raw), context);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      idgraphSyncGlobalId: SyncGlobalIdPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, SyncGlobalIdPlugin);

export default pluginName;
