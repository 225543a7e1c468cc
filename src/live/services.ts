import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { ChannelHub } from './channels.js';
import { createLiveEventTarget } from './event-bus.js';
import type { LiveTopics, StatusSource } from './events.js';
import { FallbackLiveStore } from './fallback-store.js';
import { SharedPoller, type PollScheduler } from './poller.js';
import { RedisLink, type RedisState } from './redis-link.js';
import { StatusRefresher } from './refresher.js';
import { MemoryLiveStore, type LiveStore } from './store.js';

/** Everything the live status feeds share across requests; created once per process. */
export interface LiveServices {
  pubsub: PubSub<LiveTopics>;
  /** Subscribe here, not on `pubsub`: one pub/sub subscription per channel, shared locally. */
  channels: ChannelHub;
  store: LiveStore;
  refresher: StatusRefresher;
  poller: SharedPoller;
  /** The connections to Redis and whether they work, when configured (shared with the rate limiter). */
  redis?: RedisLink;
  close(): Promise<void>;
}

export interface LiveOptions {
  /** Set for several instances: events travel through Redis, and last-known statuses live there. */
  redisUrl?: string | undefined;
  pollIntervalMs: number;
  /** When polls run; timers unless a test drives them. */
  pollScheduler?: PollScheduler | undefined;
  onRefresh?: (source: StatusSource, transitions: number) => void;
  onPollError?: (error: unknown) => void;
  /** Told once per change: Redis became unreachable (`down`; the instance goes on alone) or is back (`up`). */
  onRedisState?: (state: RedisState) => void;
  /** Awaited before a customer's transitions are published (see StatusRefresher). */
  beforePublish?: (tenant: string, customerId: string, source: StatusSource) => Promise<void>;
}

export function createLiveServices(options: LiveOptions): LiveServices {
  let store: LiveStore;
  let pubsub: PubSub<LiveTopics>;
  let link: RedisLink | undefined;
  if (options.redisUrl) {
    link = new RedisLink({ url: options.redisUrl, ...(options.onRedisState && { onStateChange: options.onRedisState }) });
    store = new FallbackLiveStore(link);
    pubsub = createPubSub<LiveTopics>({ eventTarget: createLiveEventTarget(link) as never });
  } else {
    store = new MemoryLiveStore();
    // Thousands of subscribers may listen to one customer's channel: no listener-count warning.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    pubsub = createPubSub<LiveTopics>({ eventTarget: eventTarget as never });
  }
  const refresher = new StatusRefresher(store, pubsub, options.onRefresh, options.beforePublish);
  const poller = new SharedPoller(refresher, store, options.pollIntervalMs, options.onPollError, options.pollScheduler);
  return {
    pubsub,
    channels: new ChannelHub(pubsub),
    store,
    refresher,
    poller,
    ...(link && { redis: link }),
    async close() {
      poller.stop();
      await store.close();
      await link?.close();
    },
  };
}
