import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether any field named `name` is selected anywhere below the current field (through inline
 * fragments and named fragments alike). Used to ask upstream for costly extras only when a
 * query will read them.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined): boolean => {
    if (!selectionSet) return false;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name || walk(selection.selectionSet)) return true;
      } else if (selection.kind === 'InlineFragment') {
        if (walk(selection.selectionSet)) return true;
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        if (walk(fragment?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node: FieldNode) => walk(node.selectionSet));
}
