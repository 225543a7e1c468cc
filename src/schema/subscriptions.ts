import { canSeeCustomer } from '../auth/viewer.js';
import { LiveStream, type LiveProducer } from '../live/live-stream.js';
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
 * Events a subscriber has not taken yet, past which it is ended with SLOW_CONSUMER (a stalled SSE
 * reader, say) rather than buffered without bound; subscribing again starts from a fresh snapshot.
 * (graphql-ws subscribers with sharing on are bounded by their socket's unsent bytes instead.)
 */
const MAX_QUEUED_EVENTS = 1_024;
const slowConsumer = () => gatewayError('SLOW_CONSUMER', 'Too slow: events were not read in time; subscribe again for a fresh snapshot');

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
): LiveStream<StatusChangeEvent> {
  // Only what the feed needs lives as long as the subscription, not the subscribe-time context
  // (its loaders hold everything the subscribe step read).
  const { viewer, live, liveUpstream, metrics } = ctx;
  const producer: LiveProducer<StatusChangeEvent> = (emit, end) => {
    metrics.subscriptions.inc();
    const tenant = viewer.tenant;
    const known = new Map<string, StatusChangeEvent['status']>();
    // Events that arrive while the snapshot is taken; undefined once it is delivered.
    let waiting: StatusChangeEvent[] | undefined = [];
    const deliver = (event: StatusChangeEvent): void => {
      if (alertId !== undefined && event.alertId !== alertId) return;
      if (known.get(event.alertId) === event.status) return;
      known.set(event.alertId, event.status);
      if (!canSeeCustomer(viewer, customerId)) {
        end();
        return;
      }
      emit(event);
    };
    const leave = live.channels.listen(customerChannel(tenant, customerId), (event) => (waiting ? waiting.push(event) : deliver(event)));
    // The poll loop and the refresh are shared with other subscribers: they use the client bound to
    // no request, or this subscriber leaving would cancel them for everyone.
    const unwatch = live.poller.watch(tenant, liveUpstream, customerId);
    void (async () => {
      try {
        const current = await live.refresher.refresh(tenant, liveUpstream, customerId, 'SNAPSHOT');
        for (const wire of current) known.set(wire.alert.id, statusOf(wire));
        if (includeInitial) {
          const changedAt = new Date().toISOString();
          for (const wire of current) {
            const matches = alertId === undefined ? wire.alert.status === 'enabled' : wire.alert.id === alertId;
            if (matches) {
              emit({
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
        const held = waiting ?? [];
        waiting = undefined;
        for (const event of held) deliver(event);
      } catch (error) {
        end(error);
      }
    })();
    return () => {
      leave();
      unwatch();
      metrics.subscriptions.dec();
    };
  };
  return new LiveStream(producer, MAX_QUEUED_EVENTS, slowConsumer);
}

/** Every transition the viewer may see, across customers (for boards); no snapshot. */
function organizationFeed(ctx: GatewayContext): LiveStream<StatusChangeEvent> {
  const { viewer, live, metrics } = ctx;
  const producer: LiveProducer<StatusChangeEvent> = (emit) => {
    metrics.subscriptions.inc();
    const leave = live.channels.listen(tenantChannel(viewer.tenant), (event) => {
      if (canSeeCustomer(viewer, event.customerId)) emit(event);
    });
    return () => {
      leave();
      metrics.subscriptions.dec();
    };
  };
  return new LiveStream(producer, MAX_QUEUED_EVENTS, slowConsumer);
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
