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
import { fixedPages, type PageBound, sizedPages } from './connection.js';
import { IDS_PER_CALL, viewerCustomerGroups } from './customer-scope.js';

/**
 * How many upstream calls an operation can make, worked out before it runs: the budget that
 * protects the organization's Metronome rate limits. Each field that calls upstream declares its
 * cost where it is defined (`extensions: upstreamCost(…)`), so renaming or moving a field keeps
 * it. The estimate is an upper bound of what execution can do whatever the client sends:
 * connections count the pages they may walk (and stop there), loaders' batching is counted per
 * batch, and what a field reads from an object already loaded above it costs nothing.
 */

/** What the cost of a field may depend on besides its arguments. */
export interface CostContext {
  /** Who asks (a customer viewer's `customers` list costs one call per 100 of its customers); admin when unset. */
  viewer?: Viewer | undefined;
  /** Items per page of the customer-alerts list. */
  customerAlertsPageSize: number;
}

interface CostInput {
  /** The field's arguments as its resolver will see them (variables and defaults applied). */
  args: Record<string, unknown>;
  /** How many objects the field resolves on: the product of the fan-outs above it. */
  parents: number;
  /** `Type.field` of every field above this one, outermost first. */
  ancestors: readonly string[];
  /** How many objects the nearest field above with this coordinate resolved on (e.g. customers, for `Customer.alerts`). */
  parentsOf: (coordinate: string) => number | undefined;
  context: CostContext;
}

interface FieldCost {
  /** Upstream calls the field makes for all its parents together. */
  calls: number;
  /** How many objects each parent gets (what the fields below are multiplied by). */
  fanOut: number;
}

/** A field's cost, declared on the field. */
export type UpstreamCost = (input: CostInput) => FieldCost;

const COST_EXTENSION = 'upstreamCost';

/** The `extensions` of a field that calls upstream: `t.field({ …, extensions: upstreamCost(perParent(1)) })`. */
export function upstreamCost(cost: UpstreamCost): Record<string, unknown> {
  return { [COST_EXTENSION]: cost };
}

/** The cost a field declares, if any. */
export function declaredCost(field: GraphQLField<unknown, unknown>): UpstreamCost | undefined {
  const cost = field.extensions[COST_EXTENSION];
  return typeof cost === 'function' ? (cost as UpstreamCost) : undefined;
}

// --- costs fields declare ----------------------------------------------------------------------

const DEFAULT_PAGE = 25;

function firstOf(args: Record<string, unknown>): number {
  const value = args.first;
  return typeof value === 'number' && value >= 0 ? value : DEFAULT_PAGE;
}

const resumed = (args: Record<string, unknown>): boolean => typeof args.after === 'string' && args.after !== '';

/** Customers loaded by id are batched 100 to a call, and a batch may take a second call for archived ones. */
const customerLoads = (count: number): number => 2 * Math.ceil(count / IDS_PER_CALL);

/** A field that makes `calls` calls for each parent object. */
export const perParent =
  (calls: number, fanOut = 1): UpstreamCost =>
  ({ parents }) => ({ calls: parents * calls, fanOut });

/** A connection over a list that takes a page size (commits, customers for an admin). */
export const sizedConnection: UpstreamCost = ({ args, parents }) => connectionCost(sizedPages, args, parents);

/** A connection over a list whose page size upstream decides: customer alerts. */
export const alertsConnection: UpstreamCost = ({ args, parents, context }) =>
  connectionCost(fixedPages(context.customerAlertsPageSize), args, parents);

function connectionCost(pages: PageBound, args: Record<string, unknown>, parents: number): FieldCost {
  const first = firstOf(args);
  return { calls: parents * pages(first, resumed(args)), fanOut: first };
}

/**
 * `customers`: an admin's is a sized connection; a customer viewer's is one call per group of 100
 * of its customers (ids it asks for are at most 100: one group).
 */
export const customersConnection: UpstreamCost = (input) => {
  const viewer = input.context.viewer;
  if (!viewer || viewer.kind === 'admin') return sizedConnection(input);
  const first = firstOf(input.args);
  const groups = Array.isArray(input.args.customerIds) ? 1 : viewerCustomerGroups(viewer, undefined).length;
  return { calls: first === 0 ? 0 : input.parents * groups, fanOut: first };
};

/** One customer by id (a batched load). */
export const customerById: UpstreamCost = ({ parents }) => ({ calls: customerLoads(parents), fanOut: 1 });

/** Whether the object a field is on belongs to a customer already loaded above it. */
const underCustomer = (ancestors: readonly string[]): boolean => ancestors.some((coordinate) => coordinate.startsWith('Customer.'));

/** The `Customer` of an object: free under its own customer, else a batched load. */
export const customerOfParent: UpstreamCost = ({ parents, ancestors }) => ({
  calls: underCustomer(ancestors) ? 0 : customerLoads(parents),
  fanOut: 1,
});

/** A commit's balance or ledger: loaded with commits listed or fetched by id, a call each elsewhere. */
export const commitExtra: UpstreamCost = ({ parents, ancestors }) => ({
  calls: ancestors.some((coordinate) => ['Customer.commits', 'Customer.balances', 'Query.node', 'Query.nodes'].includes(coordinate))
    ? 0
    : parents,
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
      // Commits, credits and invoices are each read through their customer: a call each.
      if (decoded.typename === 'Commit' || decoded.typename === 'Credit' || decoded.typename === 'Invoice')
        commits.add(`${decoded.typename}:${decoded.id}`);
    } catch {
      // Not a global ID: answered with an error, no upstream call.
    }
  }
  return customerLoads(customers.size) + commits.size;
}

/** `node(id)`: what loading that one global ID takes. */
export const nodeById: UpstreamCost = ({ args, parents }) => ({
  calls: parents * (typeof args.id === 'string' ? nodeLoads([args.id]) : 2),
  fanOut: 1,
});

/** `nodes(ids)`: customers batched, commits one by one. */
export const nodesByIds: UpstreamCost = ({ args, parents }) => {
  const ids = Array.isArray(args.ids) ? args.ids : [];
  return { calls: parents * nodeLoads(ids), fanOut: ids.length };
};

// --- the estimate ------------------------------------------------------------------------------

/** One selected field, with what its cost needs; built once per document. */
interface PlannedField {
  coordinate: string;
  cost: UpstreamCost | undefined;
  definition: GraphQLField<unknown, unknown>;
  node: FieldNode;
  children: PlannedField[];
}

interface Plan {
  fields: PlannedField[];
  /** Declared defaults of the operation's variables. */
  variableDefaults: Record<string, unknown>;
}

/**
 * Plans by document and operation name. Yoga hands the same parsed document to every request with
 * the same text (and trusted documents are parsed once), so the walk over the AST and the lookup
 * of each field happen once per document; a request only evaluates the costs.
 */
const plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Plan | null>>>();

function planOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Plan | null {
  let bySchema = plans.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    plans.set(schema, bySchema);
  }
  let byName = bySchema.get(document);
  if (!byName) {
    byName = new Map();
    bySchema.set(document, byName);
  }
  const key = operationName ?? '';
  let plan = byName.get(key);
  if (plan === undefined) {
    plan = buildPlan(schema, document, operationName);
    byName.set(key, plan);
  }
  return plan;
}

function buildPlan(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): Plan | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName))
      operation ??= definition;
  }
  if (!operation) return null;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;

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

  const plan = (selectionSet: SelectionSetNode, typeName: string, depth: number): PlannedField[] => {
    if (depth > 30) return [];
    const planned: PlannedField[] = [];
    for (const { field, typeName: on } of fieldsOf(selectionSet, typeName)) {
      const type = schema.getType(on);
      if (!type || !(isObjectType(type) || isInterfaceType(type))) continue;
      const definition = type.getFields()[field.name.value];
      if (!definition) continue;
      planned.push({
        coordinate: `${on}.${field.name.value}`,
        cost: declaredCost(definition),
        definition,
        node: field,
        children: field.selectionSet ? plan(field.selectionSet, getNamedType(definition.type).name, depth + 1) : [],
      });
    }
    return planned;
  };

  const variableDefaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  return { fields: plan(operation.selectionSet, root.name, 0), variableDefaults };
}

/** Arguments as the resolver will see them: given ones (variables resolved), else the field's declared defaults. */
function argsOf(planned: PlannedField, variables: Record<string, unknown>): Record<string, unknown> {
  const given = new Map<string, ValueNode>((planned.node.arguments ?? []).map((arg) => [arg.name.value, arg.value]));
  const args: Record<string, unknown> = {};
  for (const arg of planned.definition.args) {
    const node = given.get(arg.name);
    if (node) args[arg.name] = valueFromASTUntyped(node, variables);
    else if (arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
  }
  return args;
}

export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  sentVariables: Record<string, unknown> = {},
  context: CostContext = { customerAlertsPageSize: DEFAULT_PAGE },
): number {
  const plan = planOf(schema, document, operationName);
  if (!plan) return 0;
  // A variable left out takes its declared default, as execution will.
  const variables = { ...plan.variableDefaults, ...sentVariables };
  const walk = (fields: PlannedField[], parents: number, ancestors: readonly string[], ancestorParents: readonly number[] = []): number => {
    if (parents === 0) return 0;
    const parentsOf = (coordinate: string): number | undefined => {
      const index = ancestors.lastIndexOf(coordinate);
      return index < 0 ? undefined : ancestorParents[index];
    };
    let total = 0;
    for (const planned of fields) {
      const cost = planned.cost
        ? planned.cost({ args: argsOf(planned, variables), parents, ancestors, parentsOf, context })
        : { calls: 0, fanOut: 1 };
      total += cost.calls;
      if (planned.children.length > 0) {
        total += walk(planned.children, parents * cost.fanOut, [...ancestors, planned.coordinate], [...ancestorParents, parents]);
      }
    }
    return total;
  };
  return walk(plan.fields, 1, []);
}
