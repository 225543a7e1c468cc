import { Repeater } from 'graphql-yoga';
import { canSeeCustomer } from '../auth/viewer.js';
import { listenNow } from '../live/eager.js';
import { customerChannel, statusOf, tenantChannel, type StatusChangeEvent } from '../live/events.js';
import type { CustomerDetail } from '../upstream/types.js';
import { builder } from './builder.js';
import type { GatewayContext } from './context.js';
import { CustomerAlert, CustomerAlertStatus } from './customer-alert.js';
import { loadVisibleCustomer } from './customer.js';
import { notFound } from './errors.js';
import { parseCustomerId, parseUuid } from './ids.js';

export const StatusChangeSource = builder.enumType('StatusChangeSource', {
  description: 'How the gateway learnt of a status.',
  values: {
    SNAPSHOT: { description: 'The state when the subscription started (or restarted).' },
    WEBHOOK: { description: 'A signed Metronome webhook announced a change; upstream confirmed it.' },
    POLL: { description: 'The shared poller found the change.' },
    MUTATION: { description: 'A mutation made through this gateway caused it.' },
  } as const,
});

/**
 * One fetch of an event's customer per instance, shared by every subscriber the event reaches
 * (they all receive the same event object). Each subscriber's own fresh loaders would otherwise
 * fetch it once per subscriber, which dominates fan-out to thousands of subscribers.
 */
const eventCustomers = new WeakMap<StatusChangeEvent, Promise<CustomerDetail | null>>();

function sharedCustomerOf(event: StatusChangeEvent, ctx: GatewayContext): Promise<CustomerDetail | null> {
  let customer = eventCustomers.get(event);
  if (!customer) {
    customer = ctx.upstream.getCustomer(event.customerId).catch(() => null);
    eventCustomers.set(event, customer);
  }
  return customer;
}

const CustomerAlertStatusChange = builder.objectRef<StatusChangeEvent>('CustomerAlertStatusChange').implement({
  description: "A customer's status on one threshold notification, as it changed.",
  fields: (t) => ({
    customerAlert: t.field({
      type: CustomerAlert,
      description: 'The customer alert after the change, notification configuration included.',
      resolve: (event, _args, ctx) => ({ customerId: event.customerId, wire: event.customerAlert, sharedCustomer: () => sharedCustomerOf(event, ctx) }),
    }),
    previousStatus: t.field({
      type: CustomerAlertStatus,
      nullable: true,
      description: 'The status before; null in the initial snapshot and for a notification seen for the first time.',
      resolve: (event) => event.previousStatus,
    }),
    status: t.field({ type: CustomerAlertStatus, description: 'The status now.', resolve: (event) => event.status }),
    changedAt: t.field({ type: 'DateTime', description: 'When the gateway saw the change.', resolve: (event) => event.changedAt }),
    source: t.field({ type: StatusChangeSource, description: 'How the change was learnt.', resolve: (event) => event.source }),
  }),
});

/**
 * A customer's feed: the current state of each matching alert first (unless told otherwise),
 * then one event per transition. Changes already reflected in what the subscriber saw are
 * dropped, so a transition that raced the snapshot is not delivered twice.
 *
 * A Repeater rather than an async generator: a generator waiting for the next event cannot be
 * stopped until one arrives, and the poller watch would outlive the subscriber.
 */
function customerFeed(ctx: GatewayContext, customerId: string, alertId: string | undefined, includeInitial: boolean): Repeater<StatusChangeEvent> {
  return new Repeater<StatusChangeEvent>(async (push, stop) => {
    const tenant = ctx.viewer.tenant;
    const events = listenNow(ctx.live.pubsub.subscribe('alert-status', customerChannel(tenant, customerId)));
    const unwatch = ctx.live.poller.watch(tenant, ctx.upstream, customerId);
    const stopped = stop.then(() => ({ done: true as const, value: undefined }));
    try {
      const current = await ctx.live.refresher.refresh(tenant, ctx.upstream, customerId, 'SNAPSHOT');
      const known = new Map(current.map((wire) => [wire.alert.id, statusOf(wire)]));
      if (includeInitial) {
        const changedAt = new Date().toISOString();
        for (const wire of current) {
          const matches = alertId === undefined ? wire.alert.status === 'enabled' : wire.alert.id === alertId;
          if (matches) {
            await push({ tenant, customerId, alertId: wire.alert.id, previousStatus: null, status: statusOf(wire), changedAt, source: 'SNAPSHOT', customerAlert: wire });
          }
        }
      }
      for (;;) {
        const next = await Promise.race([events.next(), stopped]);
        if (next.done) break;
        const event = next.value;
        if (alertId !== undefined && event.alertId !== alertId) continue;
        if (known.get(event.alertId) === event.status) continue;
        known.set(event.alertId, event.status);
        if (!canSeeCustomer(ctx.viewer, customerId)) break;
        await push(event);
      }
      stop();
    } catch (error) {
      stop(error);
    } finally {
      unwatch();
      await events.close();
    }
  });
}

/** Every transition the viewer may see, across customers (for boards); no snapshot. */
function organizationFeed(ctx: GatewayContext): Repeater<StatusChangeEvent> {
  return new Repeater<StatusChangeEvent>(async (push, stop) => {
    const events = listenNow(ctx.live.pubsub.subscribe('alert-status', tenantChannel(ctx.viewer.tenant)));
    const stopped = stop.then(() => ({ done: true as const, value: undefined }));
    try {
      for (;;) {
        const next = await Promise.race([events.next(), stopped]);
        if (next.done) break;
        if (canSeeCustomer(ctx.viewer, next.value.customerId)) await push(next.value);
      }
      stop();
    } finally {
      await events.close();
    }
  });
}

builder.subscriptionType({ description: 'Live updates, over graphql-ws (WebSocket) or server-sent events on /graphql.' });

builder.subscriptionFields((t) => ({
  customerAlertStatusChanged: t.field({
    type: CustomerAlertStatusChange,
    description:
      "One customer's threshold notification statuses: the current state of each first, then every change, in order per notification.",
    args: {
      customerId: t.arg.id({ required: true, description: 'Global ID or Metronome UUID.' }),
      alertId: t.arg.id({ required: false, description: 'Only this notification (any status); otherwise every enabled one.' }),
      includeInitial: t.arg.boolean({ required: false, defaultValue: true, description: 'Start with the current state (default true).' }),
    },
    subscribe: async (_root, args, ctx) => {
      const customerId = parseCustomerId(String(args.customerId), 'customerId');
      const alertId = args.alertId == null ? undefined : parseUuid(String(args.alertId), 'alertId');
      // Checked before anything is watched: an unknown (or hidden) customer ends the subscription with an error.
      if (!(await loadVisibleCustomer(ctx, customerId))) throw notFound(`No customer with id ${customerId}`);
      return customerFeed(ctx, customerId, alertId, args.includeInitial ?? true);
    },
    resolve: (event) => event,
  }),
  alertStatusChanges: t.field({
    type: CustomerAlertStatusChange,
    description:
      'Every status change of every customer you may see, as webhooks, pollers and mutations reveal them. Query the current state first; this feed sends no snapshot.',
    subscribe: (_root, _args, ctx) => organizationFeed(ctx),
    resolve: (event) => event,
  }),
}));
