import { LRUCache } from 'lru-cache';
import { stableKey } from '../loaders/keys.js';
import type { ReadThrough } from '../upstream/client.js';
import type { UpstreamAnswer } from '../upstream/transport.js';
import type { Generations } from './generations.js';
import type { CacheMetrics } from './metrics.js';
import { policyFor, type CacheTtls, type ReadDescription } from './policy.js';

/** What invalidated entries; the label of gateway_cache_invalidations_total. */
export type InvalidationSource = 'webhook' | 'mutation' | 'poll' | 'admin';

/** Hits and misses of one GraphQL operation (for `extensions.cache`). */
export interface CacheStats {
  hits: number;
  misses: number;
}

interface Entry {
  /** The tags' generations when the upstream read started. */
  stamp: string;
  /** The upstream body as JSON: each hit parses its own copy, so no request can alter another's. */
  json: string;
}

export interface ReadCacheOptions {
  generations: Generations;
  ttls: CacheTtls;
  /** Upper bound of the entries' size (JSON characters × 2, roughly their bytes in memory). */
  maxBytes: number;
  metrics?: CacheMetrics | undefined;
  /** Told when the generations cannot be read (the read then bypasses the cache). */
  onError?: (error: unknown) => void;
}

/**
 * The cache of upstream reads: one per process, shared by every viewer of an organization.
 * Entries are keyed by (tenant, route, path, query, body) — exactly what was asked upstream — and
 * hold upstream's answer, not a GraphQL result; who may see what is decided by the resolvers
 * above it, on every request, so an entry can never carry one viewer's view to another.
 */
export class ReadCache {
  private readonly entries: LRUCache<string, Entry>;
  /**
   * Upstream reads in flight, by key and stamp: concurrent misses of one entry (a dashboard
   * refreshed by many viewers as an entry expires) share one upstream call instead of each
   * making their own.
   */
  private readonly inflight = new Map<string, Promise<string | undefined>>();

  constructor(private readonly options: ReadCacheOptions) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry, key) => (entry.json.length + entry.stamp.length + key.length) * 2 + 64,
      dispose: (_entry, _key, reason) => {
        if (reason === 'evict') options.metrics?.evictions.inc();
      },
    });
  }

  /** Entries held (some may be expired or invalidated and not yet dropped). */
  get size(): number {
    return this.entries.size;
  }

  /** The read-through for one operation of one organization, counting into `stats`. */
  forTenant(tenant: string, stats: CacheStats): ReadThrough {
    return { read: (request, fetch) => this.read(tenant, request, fetch, stats) };
  }

  /**
   * Retires every entry of this organization that depends on any of these tags, on every
   * instance sharing the generations. Resolves once later reads can no longer see them.
   */
  async invalidate(tenant: string, invalidated: readonly string[], source: InvalidationSource): Promise<void> {
    if (invalidated.length === 0) return;
    await this.options.generations.bump(invalidated.map((tag) => scoped(tenant, tag)));
    this.options.metrics?.invalidations.inc({ source });
  }

  /** Forgets this instance's entries (when an invalidation could not be recorded). */
  clearLocal(): void {
    this.entries.clear();
  }

  async close(): Promise<void> {
    this.entries.clear();
    await this.options.generations.close();
  }

  private async read(tenant: string, request: ReadDescription, fetch: () => Promise<UpstreamAnswer>, stats: CacheStats): Promise<unknown> {
    const policy = policyFor(request, this.options.ttls);
    if (!policy) return fetch().then((answer) => answer.body);
    let stamp: string;
    try {
      stamp = await this.options.generations.stamp(policy.tags.map((tag) => scoped(tenant, tag)));
    } catch (error) {
      // Without the generations nothing proves an entry is current: go upstream, store nothing.
      this.options.onError?.(error);
      return fetch().then((answer) => answer.body);
    }
    const key = `${tenant}\n${request.route}\n${request.path}\n${stableKey(request.query ?? {})}\n${stableKey(request.body ?? null)}`;
    const entry = this.entries.get(key);
    if (entry && entry.stamp === stamp) {
      stats.hits += 1;
      this.options.metrics?.hits.inc({ route: request.route });
      return JSON.parse(entry.json) as unknown;
    }
    if (entry) this.entries.delete(key);
    const flight = `${key}\n${stamp}`;
    const shared = this.inflight.get(flight);
    if (shared) {
      // Another request is already reading this entry: its answer serves this one too. If that
      // read fails (e.g. its caller went away), this request reads for itself.
      const json = await shared.catch(() => undefined);
      if (json !== undefined) {
        stats.hits += 1;
        this.options.metrics?.hits.inc({ route: request.route });
        return JSON.parse(json) as unknown;
      }
    }
    stats.misses += 1;
    this.options.metrics?.misses.inc({ route: request.route });
    // The body just read is this request's own copy (parsed from upstream's answer, seen by no
    // one else): it is returned as is, and only upstream's JSON text is kept and shared. An
    // answer with no body (a 200 with nothing in it) has nothing to keep: a reader sharing this
    // flight then reads for itself, and nothing is stored.
    let own: unknown;
    const reading = fetch().then(({ body, text }) => {
      own = body;
      return text;
    });
    if (!shared) {
      this.inflight.set(flight, reading);
      void reading.catch(() => undefined).finally(() => this.inflight.delete(flight));
    }
    const json = await reading;
    if (json !== undefined) this.entries.set(key, { stamp, json }, { ttl: policy.ttlMs });
    return own;
  }
}

function scoped(tenant: string, tag: string): string {
  return `${tenant}|${tag}`;
}
