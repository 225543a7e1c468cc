import { canSeeCustomer } from '../auth/viewer.js';
import { LiveStream } from '../live/live-stream.js';
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
 * or out of order. It keeps only what it needs, not the subscribe-time context (whose loaders
 * hold everything the subscribe step read).
 */
class CustomerFeed extends LiveStream<StatusChangeEvent> {
  private readonly viewer: GatewayContext['viewer'];
  private readonly live: GatewayContext['live'];
  private readonly liveUpstream: GatewayContext['liveUpstream'];
  private readonly metrics: GatewayContext['metrics'];
  private readonly known = new Map<string, StatusChangeEvent['status']>();
  /** Events that arrive while the snapshot is taken; undefined once it is delivered. */
  private held: StatusChangeEvent[] | undefined = [];
  private leave: (() => void) | undefined;
  private unwatch: (() => void) | undefined;

  constructor(
    ctx: GatewayContext,
    private readonly customerId: string,
    private readonly alertId: string | undefined,
    private readonly includeInitial: boolean,
  ) {
    super(MAX_QUEUED_EVENTS, slowConsumer);
    this.viewer = ctx.viewer;
    this.live = ctx.live;
    this.liveUpstream = ctx.liveUpstream;
    this.metrics = ctx.metrics;
  }

  protected open(): void {
    this.metrics.subscriptions.inc();
    const tenant = this.viewer.tenant;
    this.leave = this.live.channels.listen(customerChannel(tenant, this.customerId), (event) =>
      this.held ? this.held.push(event) : this.deliver(event),
    );
    // The poll loop and the refresh are shared with other subscribers: they use the client bound to
    // no request, or this subscriber leaving would cancel them for everyone.
    this.unwatch = this.live.poller.watch(tenant, this.liveUpstream, this.customerId);
    this.snapshot().catch((error: unknown) => this.end(error));
  }

  protected close(): void {
    this.leave?.();
    this.unwatch?.();
    this.metrics.subscriptions.dec();
  }

  private async snapshot(): Promise<void> {
    const tenant = this.viewer.tenant;
    const current = await this.live.refresher.refresh(tenant, this.liveUpstream, this.customerId, 'SNAPSHOT');
    for (const wire of current) this.known.set(wire.alert.id, statusOf(wire));
    if (this.includeInitial) {
      // However many notifications the customer has: the bound on unread events is for live ones.
      const changedAt = new Date().toISOString();
      for (const wire of current) {
        const matches = this.alertId === undefined ? wire.alert.status === 'enabled' : wire.alert.id === this.alertId;
        if (matches) {
          this.emit(
            {
              tenant,
              customerId: this.customerId,
              alertId: wire.alert.id,
              previousStatus: null,
              status: statusOf(wire),
              changedAt,
              source: 'SNAPSHOT',
              customerAlert: wire,
            },
            /* bounded */ false,
          );
        }
      }
    }
    const held = this.held ?? [];
    this.held = undefined;
    for (const event of held) this.deliver(event);
  }

  private deliver(event: StatusChangeEvent): void {
    if (this.alertId !== undefined && event.alertId !== this.alertId) return;
    if (this.known.get(event.alertId) === event.status) return;
    this.known.set(event.alertId, event.status);
    if (!canSeeCustomer(this.viewer, this.customerId)) {
      this.end();
      return;
    }
    this.emit(event);
  }
}

/** Every transition the viewer may see, across customers (for boards); no snapshot. */
class OrganizationFeed extends LiveStream<StatusChangeEvent> {
  private readonly viewer: GatewayContext['viewer'];
  private readonly live: GatewayContext['live'];
  private readonly metrics: GatewayContext['metrics'];
  private leave: (() => void) | undefined;

  constructor(ctx: GatewayContext) {
    super(MAX_QUEUED_EVENTS, slowConsumer);
    this.viewer = ctx.viewer;
    this.live = ctx.live;
    this.metrics = ctx.metrics;
  }

  protected open(): void {
    this.metrics.subscriptions.inc();
    this.leave = this.live.channels.listen(tenantChannel(this.viewer.tenant), (event) => {
      if (canSeeCustomer(this.viewer, event.customerId)) this.emit(event);
    });
  }

  protected close(): void {
    this.leave?.();
    this.metrics.subscriptions.dec();
  }
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
      return new CustomerFeed(ctx, customerId, alertId, args.includeInitial ?? true);
    },
    resolve: (event) => event,
  }),
  alertStatusChanges: t.field({
    type: CustomerAlertStatusChange,
    description:
      'Every status change of every customer you may see, as webhooks, pollers and mutations reveal them. Query the current state first; this feed sends no snapshot.',
    subscribe: (_root, _args, ctx) => new OrganizationFeed(ctx),
    resolve: (event) => event,
  }),
}));
