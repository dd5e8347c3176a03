/**
 * Which fields of a connection's nodes a query selected (`edges { node { … } }` and `nodes { … }`),
 * following fragments, so a provider with partial responses can ask for no more than that.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  out: Map<string, FieldNode[]>,
  seen = new Set<string>(),
): void {
  if (!set) return;
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      out.set(name, [...(out.get(name) ?? []), selection]);
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, fragments, out, seen);
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      collect(fragments[name]?.selectionSet, fragments, out, seen);
    }
  }
}

function children(nodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  for (const node of nodes) collect(node.selectionSet, fragments, out);
  return out;
}

/** The distinct field names selected on the nodes of the connection being resolved. */
export function selectedNodeFields(info: GraphQLResolveInfo): string[] {
  const top = children(info.fieldNodes, info.fragments);
  const nodeFields: FieldNode[] = [...(top.get('nodes') ?? [])];
  for (const edge of children(top.get('edges') ?? [], info.fragments).get('node') ?? []) nodeFields.push(edge);
  return [...children(nodeFields, info.fragments).keys()].sort();
}
