import {
  Kind,
  getNamedType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * How many upstream calls an operation will make, estimated before it runs: the budget that
 * protects the organization's Metronome rate limits. Connections multiply what is below them by
 * their page size; loaders' batching is counted (customers by id cost one call per hundred,
 * `alert(alertId)` next to `alerts` costs nothing, a customer reached from its own alert is
 * already loaded).
 */

interface FieldCost {
  /** Calls the field itself makes, per parent object. */
  calls: number;
  /** How many objects of its type each parent gets (what children are multiplied by). */
  fanOut: number;
}

type Args = Record<string, unknown>;

const DEFAULT_PAGE = 25;

function first(args: Args, fallback = DEFAULT_PAGE): number {
  const value = args.first;
  return typeof value === 'number' && value >= 0 ? value : fallback;
}

/** Per `Type.field`: calls and fan-out. Fields not listed cost nothing and pass through. */
const RULES: Record<string, (args: Args, siblings: ReadonlySet<string>) => FieldCost> = {
  'Query.customers': (args) => ({ calls: 1, fanOut: first(args) }),
  'Query.customer': () => ({ calls: 1, fanOut: 1 }),
  'Query.customerAlert': () => ({ calls: 1, fanOut: 1 }),
  'Query.node': () => ({ calls: 1, fanOut: 1 }),
  'Query.nodes': (args) => {
    const count = Array.isArray(args.ids) ? args.ids.length : 1;
    return { calls: Math.max(1, Math.ceil(count / 100)), fanOut: count };
  },
  'Customer.alerts': (args) => ({ calls: 1, fanOut: first(args) }),
  'Customer.alert': (_args, siblings) => ({ calls: siblings.has('alerts') ? 0 : 1, fanOut: 1 }),
  'Customer.commits': (args) => ({ calls: 1, fanOut: first(args) }),
  'Mutation.createThresholdNotification': () => ({ calls: 2, fanOut: 1 }),
  'Mutation.archiveThresholdNotification': () => ({ calls: 1, fanOut: 1 }),
  'Mutation.resetCustomerAlert': () => ({ calls: 2, fanOut: 1 }),
  'Mutation.createCommit': () => ({ calls: 2, fanOut: 1 }),
  'Mutation.updateCommitEndDate': () => ({ calls: 2, fanOut: 1 }),
  'Subscription.customerAlertStatusChanged': () => ({ calls: 2, fanOut: 1 }),
};

function valueOf(node: ValueNode, variables: Args): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.LIST:
      return node.values.map((value) => valueOf(value, variables));
    case Kind.NULL:
      return null;
    default:
      return 'value' in node ? node.value : undefined;
  }
}

export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Args = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName))
      operation ??= definition;
  }
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  /**
   * The fields of a selection set, each with the type it is selected on: fragments are expanded
   * (depth-bounded against cycles) and a type condition switches the type.
   */
  const fieldsOf = (selectionSet: SelectionSetNode, typeName: string, depth = 0): Array<{ field: FieldNode; typeName: string }> =>
    depth > 20
      ? []
      : selectionSet.selections.flatMap((selection) => {
          if (selection.kind === Kind.FIELD) return [{ field: selection, typeName }];
          if (selection.kind === Kind.INLINE_FRAGMENT) {
            return fieldsOf(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, depth + 1);
          }
          const fragment = fragments.get(selection.name.value);
          return fragment ? fieldsOf(fragment.selectionSet, fragment.typeCondition.name.value, depth + 1) : [];
        });

  const walk = (selectionSet: SelectionSetNode, typeName: string, multiplier: number, depth: number): number => {
    if (depth > 30 || multiplier === 0) return 0;
    const fields = fieldsOf(selectionSet, typeName);
    const siblings = new Set(fields.map(({ field }) => field.name.value));
    let total = 0;
    for (const { field, typeName: on } of fields) {
      const type = schema.getType(on);
      if (!type || !(isObjectType(type) || isInterfaceType(type))) continue;
      const definition = type.getFields()[field.name.value];
      if (!definition) continue;
      const args = Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, valueOf(arg.value, variables)]));
      const rule = RULES[`${on}.${field.name.value}`];
      const cost = rule ? rule(args, siblings) : { calls: 0, fanOut: 1 };
      total += multiplier * cost.calls;
      if (field.selectionSet) total += walk(field.selectionSet, getNamedType(definition.type).name, multiplier * cost.fanOut, depth + 1);
    }
    return total;
  };

  return walk(operation.selectionSet, root.name, 1, 0);
}
