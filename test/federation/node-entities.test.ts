/** Every Relay node is a Federation entity, declared together (graphql/federation.ts nodeEntity, providerNode; issue 13 item 6). */
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphSchema } from '../../src/graphql/schema.js';
import { subgraphSdl } from '../../src/graphql/print-subgraph.js';

describe('nodes and entities', () => {
  it('each type implementing Node resolves references, keyed by id (Person by email)', () => {
    const nodes = Object.values(subgraphSchema.getTypeMap()).filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'));
    expect(nodes.map((t) => t.name).sort()).toEqual(['Invitation', 'Person', 'Role', 'Tenant', 'User']);
    const sdl = subgraphSdl();
    for (const type of nodes) {
      const apollo = (type.extensions as { apollo?: { subgraph?: { resolveReference?: unknown } } }).apollo;
      expect(typeof apollo?.subgraph?.resolveReference, type.name).toBe('function');
      const key = type.name === 'Person' ? 'email' : 'id';
      expect(sdl, type.name).toContain(`type ${type.name} implements Node\n  @key(fields: "${key}")`);
    }
  });
});
