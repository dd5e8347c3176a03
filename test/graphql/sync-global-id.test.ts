/**
 * Node ids are answered synchronously (src/graphql/sync-global-id.ts): relay's own id resolver is
 * async, which made every object of a list a promise. The ids must stay what relay encoded.
 */
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeId } from '../../src/graphql/global-id.js';
import { subgraphSchema } from '../../src/graphql/schema.js';
import { UNAUTHENTICATED_FULL_ACCESS } from '../../src/auth/viewer.js';

const nodeTypes = Object.values(subgraphSchema.getTypeMap()).filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'));

describe('node ids', () => {
  it('every Node type is covered', () => {
    expect(nodeTypes.map((t) => t.name).sort()).toEqual(['Invitation', 'Person', 'Role', 'Tenant', 'User']);
  });

  it.each(nodeTypes.map((t) => [t.name, t] as const))('%s.id answers a string at once, the global id relay would encode', (name, type) => {
    if (!isObjectType(type)) throw new Error('not an object type');
    const parent = { kind: name, provider: 'apaleo', id: 'p-1', email: 'ada@people.example.com' };
    const context = { viewer: UNAUTHENTICATED_FULL_ACCESS };
    const id = type.getFields().id!.resolve!(parent, {}, context, {} as GraphQLResolveInfo);
    expect(id).toBe(name === 'Person' ? encodeId('Person', 'ada@people.example.com') : encodeId(name, 'apaleo:p-1'));
  });
});
