import { Repeater } from 'graphql-yoga';
import { canSeeCustomer } from '../auth/viewer.js';
import { customerChannel, statusOf, tenantChannel, type StatusChangeEvent } from '../live/events.js';
import type { CustomerDetail } from '../upstream/types.js';
import { builder } from './builder.js';
import { perParent, upstreamCost } from './cost.js';
import type { GatewayContext } from './context.js';
import { CustomerAlert, CustomerAlertStatus } from './customer-alert.js';
import { loadVisibleCustomer } from './customer.js';
import { gatewayError, notFound } from './errors.js';
import { parseCustomerId, parseUuid } from './ids.js';

const StatusChangeSource = builder.enumType('StatusChangeSource', {
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
      resolve: (event, _args, ctx) => ({
        customerId: event.customerId,
        wire: event.customerAlert,
        sharedCustomer: () => sharedCustomerOf(event, ctx),
      }),
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
 * then one event per transition. Events arriving while the snapshot is taken wait for it, and a
 * change already reflected in what the subscriber saw is dropped, so nothing is delivered twice
 * or out of order.
 */
function customerFeed(
  ctx: GatewayContext,
  customerId: string,
  alertId: string | undefined,
  includeInitial: boolean,
): Repeater<StatusChangeEvent> {
  return new Repeater<StatusChangeEvent>(async (push, stop) => {
    ctx.metrics.subscriptions.inc();
    const tenant = ctx.viewer.tenant;
    const known = new Map<string, StatusChangeEvent['status']>();
    const waiting: StatusChangeEvent[] = [];
    let live = false;
    const deliver = (event: StatusChangeEvent): void => {
      if (alertId !== undefined && event.alertId !== alertId) return;
      if (known.get(event.alertId) === event.status) return;
      known.set(event.alertId, event.status);
      if (!canSeeCustomer(ctx.viewer, customerId)) {
        stop();
        return;
      }
      offer(push, stop, event);
    };
    const leave = ctx.live.channels.listen(customerChannel(tenant, customerId), (event) => (live ? deliver(event) : waiting.push(event)));
    // The poll loop and the refresh are shared with other subscribers: they use the client bound to
    // no request, or this subscriber leaving would cancel them for everyone.
    const unwatch = ctx.live.poller.watch(tenant, ctx.liveUpstream, customerId);
    try {
      const current = await ctx.live.refresher.refresh(tenant, ctx.liveUpstream, customerId, 'SNAPSHOT');
      for (const wire of current) known.set(wire.alert.id, statusOf(wire));
      if (includeInitial) {
        const changedAt = new Date().toISOString();
        for (const wire of current) {
          const matches = alertId === undefined ? wire.alert.status === 'enabled' : wire.alert.id === alertId;
          if (matches) {
            await push({
              tenant,
              customerId,
              alertId: wire.alert.id,
              previousStatus: null,
              status: statusOf(wire),
              changedAt,
              source: 'SNAPSHOT',
              customerAlert: wire,
            });
          }
        }
      }
      live = true;
      for (const event of waiting.splice(0)) deliver(event);
      await stop;
    } catch (error) {
      stop(error);
    } finally {
      leave();
      unwatch();
      ctx.metrics.subscriptions.dec();
    }
  });
}

/**
 * Hands an event to one subscriber. A subscriber whose transport has not taken the last 1,024
 * events (a stalled SSE reader, say) cannot queue more: it is ended with SLOW_CONSUMER rather than
 * buffered without bound, and subscribing again starts from a fresh snapshot.
 */
function offer(push: (event: StatusChangeEvent) => Promise<unknown>, stop: (error: unknown) => unknown, event: StatusChangeEvent): void {
  try {
    push(event).catch(() => undefined);
  } catch {
    stop(gatewayError('SLOW_CONSUMER', 'Too slow: events were not read in time; subscribe again for a fresh snapshot'));
  }
}

/** Every transition the viewer may see, across customers (for boards); no snapshot. */
function organizationFeed(ctx: GatewayContext): Repeater<StatusChangeEvent> {
  return new Repeater<StatusChangeEvent>(async (push, stop) => {
    ctx.metrics.subscriptions.inc();
    const leave = ctx.live.channels.listen(tenantChannel(ctx.viewer.tenant), (event) => {
      if (canSeeCustomer(ctx.viewer, event.customerId)) offer(push, stop, event);
    });
    try {
      await stop;
    } finally {
      leave();
      ctx.metrics.subscriptions.dec();
    }
  });
}

builder.subscriptionType({ description: 'Live updates, over graphql-ws (WebSocket) or server-sent events on /graphql.' });

builder.subscriptionFields((t) => ({
  customerAlertStatusChanged: t.field({
    extensions: upstreamCost(perParent(3)),
    type: CustomerAlertStatusChange,
    description:
      "One customer's threshold notification statuses: the current state of each first, then every change, in order per notification.",
    args: {
      customerId: t.arg.id({ required: true, description: 'Global ID or Metronome UUID.' }),
      alertId: t.arg.id({ required: false, description: 'Only this notification (any status); otherwise every enabled one.' }),
      includeInitial: t.arg.boolean({ required: false, defaultValue: true, description: 'Start with the current state (default true).' }),
    },
    // Checked when the subscription starts (authorizeOnSubscribe); events are re-checked as they arrive.
    authScopes: (_root, args) => ({ customer: String(args.customerId) }),
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
