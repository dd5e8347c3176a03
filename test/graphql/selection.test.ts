import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedNodeFields } from '../../src/graphql/selection.js';

/** The parts of a resolve info that selectedNodeFields reads, for the first root field of `query`. */
function info(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedNodeFields', () => {
  it('reads edges.node fields, by name not alias', () => {
    expect(selectedNodeFields(info('{ users { edges { cursor node { id mail: email } } pageInfo { hasNextPage } } }'))).toEqual(['email', 'id']);
  });

  it('follows inline and named fragments at every level, and nodes', () => {
    const q = `{ users { ...C nodes { firstName } } }
      fragment C on UserConnection { edges { ... on UserEdge { node { ...U lumapps { isHidden } } } } }
      fragment U on User { status ... on User { createdAt } }`;
    expect(selectedNodeFields(info(q))).toEqual(['createdAt', 'firstName', 'lumapps', 'status']);
  });

  it('is empty when no node field is selected', () => {
    expect(selectedNodeFields(info('{ users { totalCount } }'))).toEqual([]);
  });
});
