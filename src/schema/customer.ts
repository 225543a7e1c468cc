import { canSeeCustomer } from '../auth/viewer.js';
import type { CustomerDetail } from '../upstream/types.js';
import { builder } from './builder.js';
import { alertsConnection, customerById, customerOfParent, customersConnection, perParent, sizedConnection, upstreamCost } from './cost.js';
import { Commit } from './commit.js';
import { type Connection, type ConnectionArgs, fixedPages, sizedPages, upstreamConnection } from './connection.js';
import { digestOf, IDS_PER_CALL, viewerCustomerGroups } from './customer-scope.js';
import type { GatewayContext } from './context.js';
import { CustomerAlert, type CustomerAlertShape } from './customer-alert.js';
import { grantConnection, grantFilterArgs, grantFilters } from './grant-connection.js';
import { badUserInput, notFound } from './errors.js';
import { isUuid, parseCustomerId, parseUuid } from './ids.js';
import { ThresholdNotificationStatus } from './notification.js';
import { selectsField } from './selection.js';

/** Upstream's cap: 100 items a page for generic lists (commits and credits: see grant-connection.ts). */
export const MAX_FIRST = 100;
const DEFAULT_FIRST = 25;

/**
 * Loads a customer the viewer may see. A customer the viewer may not see reads exactly like one
 * that does not exist, so no answer tells which customers exist.
 */
export async function loadVisibleCustomer(ctx: GatewayContext, customerId: string): Promise<CustomerDetail | null> {
  if (!isUuid(customerId) || !canSeeCustomer(ctx.viewer, customerId)) return null;
  return ctx.loaders.customer.load(customerId);
}

/** Like `loadVisibleCustomer`, but a missing customer is a NOT_FOUND error. */
async function requireVisibleCustomer(ctx: GatewayContext, customerId: string): Promise<CustomerDetail> {
  const customer = await loadVisibleCustomer(ctx, customerId);
  if (!customer) throw notFound(`No customer with id ${customerId}`);
  return customer;
}

export const GroupValueInput = builder.inputType('GroupValueInput', {
  description: 'A usage dimension and its value, e.g. region = "eu".',
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

const SeatFilterInput = builder.inputType('SeatFilterInput', {
  description: 'A seat group, for seat-balance notifications.',
  fields: (t) => ({ seatGroupKey: t.string({ required: true }), seatGroupValue: t.string({ required: true }) }),
});

const CustomerAlertConnection = builder.connectionObject(
  { type: CustomerAlert, name: 'CustomerAlertConnection', description: "A page of a customer's threshold notifications." },
  { name: 'CustomerAlertEdge', description: 'A customer alert and its cursor.' },
);

const CommitConnection = builder.connectionObject(
  { type: Commit, name: 'CommitConnection', description: "A page of a customer's commits." },
  { name: 'CommitEdge', description: 'A commit and its cursor.' },
);

/** Loads one customer alert, from an already-loaded list when possible. */
export async function loadCustomerAlert(
  ctx: GatewayContext,
  customerId: string,
  alertId: string,
  groupValues: Array<{ key: string; value: string }> | null | undefined,
  seatFilter: { seatGroupKey: string; seatGroupValue: string } | null | undefined,
): Promise<CustomerAlertShape | null> {
  const wire = await ctx.loaders.customerAlert.load({
    customerId,
    alertId: parseUuid(alertId, 'alertId'),
    ...(groupValues && groupValues.length > 0 && { groupValues }),
    ...(seatFilter && { seatFilter: { seat_group_key: seatFilter.seatGroupKey, seat_group_value: seatFilter.seatGroupValue } }),
  });
  return wire ? { customerId, wire } : null;
}

export const Customer = builder.node(builder.objectRef<CustomerDetail>('Customer'), {
  description: 'A Metronome customer: who is billed, with their threshold notifications and commits.',
  id: { resolve: (customer) => customer.id },
  loadMany: (ids, ctx) => ids.map((id) => loadVisibleCustomer(ctx, id)),
  fields: (t) => ({
    metronomeId: t.field({ type: 'UUID', description: 'The Metronome id, as shown in the Metronome app.', resolve: (c) => c.id }),
    name: t.exposeString('name'),
    externalId: t.exposeString('external_id', { description: 'The first id usable in usage events (deprecated upstream).' }),
    ingestAliases: t.exposeStringList('ingest_aliases', { description: 'Other ids usage events may name this customer by.' }),
    customFields: t.field({ type: 'JSON', description: 'Custom fields, key → value.', resolve: (c) => c.custom_fields }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.created_at }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updated_at }),
    archivedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.archived_at ?? null }),
    alerts: t.connection(
      {
        extensions: upstreamCost(alertsConnection),
        type: CustomerAlert,
        nullable: true,
        description:
          "The customer's threshold notifications and where the customer stands on each. Enabled ones only, unless `statuses` says otherwise.",
        args: {
          statuses: t.arg({ type: [ThresholdNotificationStatus], required: false, description: 'Defaults to [ENABLED], like upstream.' }),
        },
        resolve: (customer, args, ctx) => {
          const statuses =
            args.statuses && args.statuses.length > 0 ? [...new Set(args.statuses.map((s) => s.toUpperCase()))].sort() : null;
          return upstreamConnection<CustomerAlertShape>(args, {
            maxFirst: MAX_FIRST,
            defaultFirst: DEFAULT_FIRST,
            sized: false,
            pages: fixedPages(ctx.paging.customerAlertsPageSize),
            cursors: ctx.paging.cursors,
            scope: `alerts:${customer.id}:${statuses?.join(',') ?? ''}`,
            fetchPage: async (cursor) => {
              const page = await ctx.loaders.alertsPage.load({ customerId: customer.id, statuses, cursor });
              return { data: page.data.map((wire) => ({ customerId: customer.id, wire })), next_page: page.next_page };
            },
          });
        },
      },
      CustomerAlertConnection,
    ),
    alert: t.field({
      extensions: upstreamCost(perParent(1)),
      type: CustomerAlert,
      nullable: true,
      description: 'One threshold notification for this customer; null when it does not apply to the customer.',
      args: {
        alertId: t.arg.id({ required: true, description: 'The notification’s Metronome id.' }),
        groupValues: t.arg({ type: [GroupValueInput], required: false, description: 'Spend notifications only: one group’s evaluation.' }),
        seatFilter: t.arg({ type: SeatFilterInput, required: false, description: 'Seat-balance notifications only.' }),
      },
      resolve: (customer, args, ctx) => loadCustomerAlert(ctx, customer.id, String(args.alertId), args.groupValues, args.seatFilter),
    }),
    commits: t.connection(
      {
        extensions: upstreamCost(sizedConnection),
        type: Commit,
        nullable: true,
        description: "The customer's commits. Balance and ledger are fetched only when selected (or asked for).",
        args: {
          ...grantFilterArgs('commits'),
          includeContractCommits: t.arg.boolean({ required: false, description: 'Include contract-level commits too.' }),
          includeBalance: t.arg.boolean({ required: false, description: 'Defaults to whether `balance` is selected.' }),
          includeLedgers: t.arg.boolean({ required: false, description: 'Defaults to whether `ledger` is selected.' }),
        },
        resolve: (customer, args, ctx, info) => {
          const filters = {
            ...grantFilters(args),
            ...(args.includeContractCommits != null && { include_contract_commits: args.includeContractCommits }),
          };
          // Whatever is selected is fetched with the page: `includeBalance: false` next to a
          // selected balance would otherwise cost one more call per commit.
          const includeBalance = args.includeBalance === true || selectsField(info, 'balance');
          const includeLedgers = args.includeLedgers === true || selectsField(info, 'ledger');
          return grantConnection(args, ctx, 'commits', ctx.loaders.commitsPage, {
            customerId: customer.id,
            filters,
            includeBalance,
            includeLedgers,
          });
        },
      },
      CommitConnection,
    ),
  }),
});

builder.objectField(CustomerAlert, 'customer', (t) =>
  t.field({
    extensions: upstreamCost(customerOfParent),
    type: Customer,
    nullable: true,
    description: 'The customer this status is for.',
    resolve: async (item, _args, ctx) => {
      if (!item.sharedCustomer) return loadVisibleCustomer(ctx, item.customerId);
      // Shared across subscribers, so the viewer check happens here, per subscriber.
      return canSeeCustomer(ctx.viewer, item.customerId) ? item.sharedCustomer() : null;
    },
  }),
);

builder.objectField(Commit, 'customer', (t) =>
  t.field({
    extensions: upstreamCost(customerOfParent),
    type: Customer,
    nullable: true,
    description: 'The customer the commit belongs to.',
    resolve: (commit, _args, ctx) => loadVisibleCustomer(ctx, commit.customerId),
  }),
);

/**
 * A customer-scoped viewer's customers: its ids in groups of 100, one upstream call per group
 * (upstream filters by at most 100 ids), each group a page of this connection's walk. However
 * many customers the viewer has, it pages through all of them.
 */
function viewerCustomers(
  ctx: GatewayContext,
  args: ConnectionArgs,
  asked: string[] | undefined,
  filters: { ingest_alias?: string; only_archived?: boolean },
): Promise<Connection<CustomerDetail>> {
  const groups = viewerCustomerGroups(ctx.viewer, asked);
  return upstreamConnection<CustomerDetail>(args, {
    maxFirst: MAX_FIRST,
    defaultFirst: DEFAULT_FIRST,
    sized: false,
    // Every group may be needed when groups come back short (filters), so each may be fetched.
    pages: (first) => (first === 0 ? 0 : groups.length),
    cursors: ctx.paging.cursors,
    scope: `viewer-customers:${digestOf(groups.flat())}:${JSON.stringify(filters)}`,
    fetchPage: async (cursor) => {
      const index = cursor === null ? 0 : Number(cursor);
      const group = groups[index];
      if (!group) return { data: [], next_page: null };
      const page = await ctx.loaders.customersPage.load({
        customerIds: group,
        ingestAlias: filters.ingest_alias ?? null,
        onlyArchived: filters.only_archived ?? null,
        limit: IDS_PER_CALL,
        cursor: null,
      });
      return {
        data: page.data.filter((customer) => canSeeCustomer(ctx.viewer, customer.id)),
        next_page: index + 1 < groups.length ? String(index + 1) : null,
      };
    },
  });
}

const CustomerConnection = builder.connectionObject(
  { type: Customer, name: 'CustomerConnection', description: 'A page of customers.' },
  { name: 'CustomerEdge', description: 'A customer and its cursor.' },
);

builder.queryFields((t) => ({
  customer: t.field({
    extensions: upstreamCost(customerById),
    type: Customer,
    nullable: true,
    description: 'One customer, by global ID or Metronome UUID; null and NOT_FOUND when there is no such customer (or you may not see it).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => requireVisibleCustomer(ctx, parseCustomerId(String(args.id), 'id')),
  }),
  customers: t.connection(
    {
      extensions: upstreamCost(customersConnection),
      type: Customer,
      description: 'Customers of the organization, oldest first. Active ones only, unless `onlyArchived`.',
      args: {
        customerIds: t.arg.idList({ required: false, description: 'At most 100 global IDs or UUIDs.' }),
        ingestAlias: t.arg.string({ required: false }),
        onlyArchived: t.arg.boolean({ required: false }),
      },
      resolve: async (_root, args, ctx) => {
        const asked = args.customerIds?.map((id) => parseCustomerId(String(id), 'customerIds'));
        if (asked && asked.length > MAX_FIRST) throw badUserInput(`customerIds takes at most ${MAX_FIRST} ids`, 'customerIds');
        const filters = {
          ...(args.ingestAlias != null && { ingest_alias: args.ingestAlias }),
          ...(args.onlyArchived != null && { only_archived: args.onlyArchived }),
        };
        if (ctx.viewer.kind !== 'admin') return viewerCustomers(ctx, args, asked, filters);
        return upstreamConnection<CustomerDetail>(args, {
          maxFirst: MAX_FIRST,
          defaultFirst: DEFAULT_FIRST,
          sized: true,
          pages: sizedPages,
          cursors: ctx.paging.cursors,
          scope: `customers:${JSON.stringify([asked ?? null, filters])}`,
          fetchPage: async (cursor, limit) => {
            const page = await ctx.loaders.customersPage.load({
              customerIds: asked ?? null,
              ingestAlias: args.ingestAlias ?? null,
              onlyArchived: args.onlyArchived ?? null,
              limit,
              cursor,
            });
            return { data: page.data.filter((customer) => canSeeCustomer(ctx.viewer, customer.id)), next_page: page.next_page };
          },
        });
      },
    },
    CustomerConnection,
  ),
  customerAlert: t.field({
    extensions: upstreamCost(perParent(1)),
    type: CustomerAlert,
    nullable: true,
    description: 'One threshold notification for one customer; null when either does not exist (or you may not see it).',
    args: {
      customerId: t.arg.id({ required: true }),
      alertId: t.arg.id({ required: true }),
      groupValues: t.arg({ type: [GroupValueInput], required: false }),
      seatFilter: t.arg({ type: SeatFilterInput, required: false }),
    },
    resolve: (_root, args, ctx) => {
      const customerId = parseCustomerId(String(args.customerId), 'customerId');
      if (!canSeeCustomer(ctx.viewer, customerId)) return null;
      return loadCustomerAlert(ctx, customerId, String(args.alertId), args.groupValues, args.seatFilter);
    },
  }),
}));
