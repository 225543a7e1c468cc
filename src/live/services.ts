import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { ChannelHub } from './channels.js';
import type { LiveTopics, StatusSource } from './events.js';
import { SharedPoller } from './poller.js';
import { StatusRefresher } from './refresher.js';
import { MemoryLiveStore, RedisLiveStore, type LiveStore } from './store.js';

/** Everything the live status feeds share across requests; created once per process. */
export interface LiveServices {
  pubsub: PubSub<LiveTopics>;
  /** Subscribe here, not on `pubsub`: one pub/sub subscription per channel, shared locally. */
  channels: ChannelHub;
  store: LiveStore;
  refresher: StatusRefresher;
  poller: SharedPoller;
  /** The command connection to Redis, when configured (shared with other per-deployment state). */
  redis?: Redis;
  close(): Promise<void>;
}

export interface LiveOptions {
  /** Set for several instances: events travel through Redis, and last-known statuses live there. */
  redisUrl?: string | undefined;
  pollIntervalMs: number;
  onRefresh?: (source: StatusSource, transitions: number) => void;
  onPollError?: (error: unknown) => void;
  /** Told when a Redis connection reports a problem (ioredis reconnects by itself). */
  onRedisError?: (error: unknown) => void;
}

export function createLiveServices(options: LiveOptions): LiveServices {
  let store: LiveStore;
  let pubsub: PubSub<LiveTopics>;
  const connections: Redis[] = [];
  let commands: Redis | undefined;
  if (options.redisUrl) {
    const connect = (): Redis => {
      const redis = new Redis(options.redisUrl ?? '', { maxRetriesPerRequest: 3, lazyConnect: false });
      redis.on('error', (error: unknown) => options.onRedisError?.(error));
      connections.push(redis);
      return redis;
    };
    const publishClient = connect();
    const subscribeClient = connect();
    commands = connect();
    store = new RedisLiveStore(commands);
    pubsub = createPubSub<LiveTopics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  } else {
    store = new MemoryLiveStore();
    // Thousands of subscribers may listen to one customer's channel: no listener-count warning.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    pubsub = createPubSub<LiveTopics>({ eventTarget: eventTarget as never });
  }
  const refresher = new StatusRefresher(store, pubsub, options.onRefresh);
  const poller = new SharedPoller(refresher, store, options.pollIntervalMs, options.onPollError);
  return {
    pubsub,
    channels: new ChannelHub(pubsub),
    store,
    refresher,
    poller,
    ...(commands && { redis: commands }),
    async close() {
      poller.stop();
      await store.close();
      await Promise.all(connections.map((redis) => redis.quit().catch(() => undefined)));
    },
  };
}
