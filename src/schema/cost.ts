import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { fixedPages, sizedPages } from './connection.js';
import { IDS_PER_CALL, viewerCustomerGroups } from './customer-scope.js';

/**
 * How many upstream calls an operation can make, worked out before it runs: the budget that
 * protects the organization's Metronome rate limits. It is an upper bound of what execution can
 * do whatever the client sends: connections count the pages they may walk (and stop there),
 * loaders' batching is counted per batch, and what a field reads from an object already loaded
 * above it costs nothing.
 */

/** What the cost of a field may depend on besides its arguments. */
export interface CostContext {
  /** Who asks (a customer viewer's `customers` list costs one call per 100 of its customers); admin when unset. */
  viewer?: Viewer | undefined;
  /** Items per page of the customer-alerts list. */
  customerAlertsPageSize: number;
}

export interface CostInput {
  args: Record<string, unknown>;
  /** How many objects the field resolves on: the product of the fan-outs above it. */
  parents: number;
  /** `Type.field` of every field above this one, outermost first. */
  ancestors: readonly string[];
  context: CostContext;
}

export interface FieldCost {
  /** Upstream calls the field makes for all its parents together. */
  calls: number;
  /** How many objects each parent gets (what the fields below are multiplied by). */
  fanOut: number;
}

export type UpstreamCost = (input: CostInput) => FieldCost;

const DEFAULT_PAGE = 25;

function firstOf(args: Record<string, unknown>): number {
  const value = args.first;
  return typeof value === 'number' && value >= 0 ? value : DEFAULT_PAGE;
}

const resumed = (args: Record<string, unknown>): boolean => typeof args.after === 'string' && args.after !== '';

/** Customers loaded by id are batched 100 to a call, and a batch may take a second call for archived ones. */
const customerLoads = (count: number): number => 2 * Math.ceil(count / IDS_PER_CALL);

/** A field that makes `calls` calls for each parent object. */
const perParent =
  (calls: number, fanOut = 1): UpstreamCost =>
  ({ parents }) => ({ calls: parents * calls, fanOut });

/** Whether the object this field is on belongs to a customer already loaded above it. */
const underCustomer = (ancestors: readonly string[]): boolean => ancestors.some((coordinate) => coordinate.startsWith('Customer.'));

/** A `Customer` reached from an object: free under its own customer, else a batched load. */
const customerOfParent: UpstreamCost = ({ parents, ancestors }) => ({
  calls: underCustomer(ancestors) ? 0 : customerLoads(parents),
  fanOut: 1,
});

/** Balance and ledger come with commits listed or fetched by id; elsewhere they take a call each. */
const commitExtra: UpstreamCost = ({ parents, ancestors }) => ({
  calls: ancestors.some((coordinate) => ['Customer.commits', 'Query.node', 'Query.nodes'].includes(coordinate)) ? 0 : parents,
  fanOut: 1,
});

/** Global IDs by type: customers are batched, each commit is a call of its own. */
function nodeLoads(ids: unknown[]): number {
  const customers = new Set<string>();
  const commits = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string') continue;
    try {
      const decoded = decodeGlobalID(id);
      if (decoded.typename === 'Customer') customers.add(decoded.id);
      if (decoded.typename === 'Commit') commits.add(decoded.id);
    } catch {
      // Not a global ID: answered with an error, no upstream call.
    }
  }
  return customerLoads(customers.size) + commits.size;
}

/** Per `Type.field`: its cost. Fields not listed make no upstream call and pass their parents through. */
const RULES: Record<string, UpstreamCost> = {
  'Query.customers': ({ args, parents, context }) => {
    const first = firstOf(args);
    const viewer = context.viewer;
    if (!viewer || viewer.kind === 'admin') return { calls: parents * sizedPages(first, resumed(args)), fanOut: first };
    const asked = Array.isArray(args.customerIds);
    const groups = asked ? 1 : viewerCustomerGroups(viewer, undefined).length;
    // Ids asked for are at most 100: one group at most.
    const calls = first === 0 ? 0 : asked ? 1 : groups;
    return { calls: parents * calls, fanOut: first };
  },
  'Query.customer': ({ parents }) => ({ calls: customerLoads(parents), fanOut: 1 }),
  'Query.customerAlert': perParent(1),
  'Query.node': ({ args, parents }) => ({ calls: parents * (typeof args.id === 'string' ? nodeLoads([args.id]) : 2), fanOut: 1 }),
  'Query.nodes': ({ args, parents }) => {
    const ids = Array.isArray(args.ids) ? args.ids : [];
    return { calls: parents * nodeLoads(ids), fanOut: ids.length };
  },
  'Customer.alerts': ({ args, parents, context }) => {
    const first = firstOf(args);
    return { calls: parents * fixedPages(context.customerAlertsPageSize)(first, resumed(args)), fanOut: first };
  },
  'Customer.alert': perParent(1),
  'Customer.commits': ({ args, parents }) => {
    const first = firstOf(args);
    return { calls: parents * sizedPages(first, resumed(args)), fanOut: first };
  },
  'CustomerAlert.customer': customerOfParent,
  'Commit.customer': customerOfParent,
  'Commit.balance': commitExtra,
  'Commit.ledger': commitExtra,
  'Mutation.createThresholdNotification': perParent(2),
  'Mutation.archiveThresholdNotification': perParent(1),
  'Mutation.resetCustomerAlert': perParent(2),
  'Mutation.createCommit': perParent(2),
  'Mutation.updateCommitEndDate': perParent(2),
  // The customer check (a batched load), then the snapshot's refresh.
  'Subscription.customerAlertStatusChanged': perParent(3),
};

/** An argument's value: literals as written, variables as sent (or their declared default). */
function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  return valueFromASTUntyped(node, variables);
}

export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  sentVariables: Record<string, unknown> = {},
  context: CostContext = { customerAlertsPageSize: DEFAULT_PAGE },
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
  // A variable left out takes its declared default, as execution will.
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name in sentVariables) variables[name] = sentVariables[name];
    else if (definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }

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

  /** Arguments as the resolver will see them: given ones, else the field's declared defaults. */
  const argsOf = (field: FieldNode, definition: GraphQLField<unknown, unknown>): Record<string, unknown> => {
    const given = new Map((field.arguments ?? []).map((arg) => [arg.name.value, arg.value]));
    const args: Record<string, unknown> = {};
    for (const arg of definition.args) {
      const node = given.get(arg.name);
      if (node) args[arg.name] = valueOf(node, variables);
      else if (arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
    }
    return args;
  };

  const walk = (selectionSet: SelectionSetNode, typeName: string, parents: number, ancestors: readonly string[]): number => {
    if (ancestors.length > 30 || parents === 0) return 0;
    let total = 0;
    for (const { field, typeName: on } of fieldsOf(selectionSet, typeName)) {
      const type = schema.getType(on);
      if (!type || !(isObjectType(type) || isInterfaceType(type))) continue;
      const definition = type.getFields()[field.name.value];
      if (!definition) continue;
      const coordinate = `${on}.${field.name.value}`;
      const rule = RULES[coordinate];
      const cost = rule ? rule({ args: argsOf(field, definition), parents, ancestors, context }) : { calls: 0, fanOut: 1 };
      total += cost.calls;
      if (field.selectionSet) {
        total += walk(field.selectionSet, getNamedType(definition.type).name, parents * cost.fanOut, [...ancestors, coordinate]);
      }
    }
    return total;
  };

  return walk(operation.selectionSet, root.name, 1, []);
}
