import { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import type { ReadThrough } from '../upstream/client.js';
import { type Generations, MemoryGenerations, RedisGenerations } from './generations.js';
import { CacheMetrics } from './metrics.js';
import type { CacheTtls } from './policy.js';
import { ReadCache, type CacheStats, type InvalidationSource } from './read-cache.js';

type CacheMode = 'off' | 'memory' | 'redis';

export interface CacheOptions {
  mode: CacheMode;
  redisUrl?: string | undefined;
  ttls: CacheTtls;
  maxBytes: number;
  registry: Registry;
  /** Told once per change of the cache's Redis connection: unreachable (`down`) or back (`up`). */
  onRedisState: (state: 'down' | 'up') => void;
}

/**
 * The process's read cache: `memory` keeps entries and generations in this process; `redis`
 * keeps entries in this process and generations in Redis, so an invalidation anywhere retires
 * entries everywhere; `off` caches nothing. Undefined when off.
 */
export function createReadCache(options: CacheOptions): ReadCache | undefined {
  if (options.mode === 'off') return undefined;
  let generations: Generations;
  let generationsDown = (): void => undefined;
  if (options.mode === 'redis') {
    if (!options.redisUrl) throw new Error('CACHE=redis needs REDIS_URL');
    // Its own connection, pipelining the many small MGETs of a dashboard into few round trips.
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
    // One log line per state change, not one per failed read or reconnect attempt.
    let down = false;
    const state = (next: boolean): void => {
      if (next === down) return;
      down = next;
      options.onRedisState(down ? 'down' : 'up');
    };
    redis.on('error', () => state(true));
    redis.on('ready', () => state(false));
    generationsDown = () => state(true);
    generations = new RedisGenerations(redis, Math.max(options.ttls.defaultMs, options.ttls.statusMs) * 2 + 60_000);
  } else {
    generations = new MemoryGenerations();
  }
  let cache: ReadCache | undefined;
  const metrics = new CacheMetrics(options.registry, () => cache?.size ?? 0);
  cache = new ReadCache({
    generations,
    ttls: options.ttls,
    maxBytes: options.maxBytes,
    metrics,
    onError: () => generationsDown(),
  });
  return cache;
}

/** One operation's view of the cache: its organization's entries, its counters. */
export interface RequestCache {
  readonly stats: CacheStats;
  /** Give to upstream reads; undefined when the cache is off. */
  readonly reads: ReadThrough | undefined;
  /**
   * Retires these tags' entries for the operation's organization, everywhere, before resolving.
   * Never throws: the upstream change already happened and must not look failed (a client
   * retrying it would repeat it). When Redis cannot record it, this instance's entries are
   * dropped and the problem logged; other instances fall back on their TTL.
   */
  invalidate(tagsToRetire: readonly string[], source: InvalidationSource): Promise<void>;
}

export function requestCache(cache: ReadCache | undefined, tenant: string, onError: (error: unknown) => void): RequestCache {
  const stats: CacheStats = { hits: 0, misses: 0 };
  return {
    stats,
    reads: cache?.forTenant(tenant, stats),
    async invalidate(tagsToRetire, source) {
      if (!cache) return;
      try {
        await cache.invalidate(tenant, tagsToRetire, source);
      } catch (error) {
        cache.clearLocal();
        onError(error);
      }
    },
  };
}
