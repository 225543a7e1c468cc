import { Counter, Gauge, type Registry } from 'prom-client';

/** The cache's Prometheus metrics, registered in the gateway's registry. */
export class CacheMetrics {
  readonly hits: Counter<'route'>;
  readonly misses: Counter<'route'>;
  readonly invalidations: Counter<'source'>;
  readonly evictions: Counter;

  constructor(registry: Registry, entries: () => number) {
    const registers = [registry];
    this.hits = new Counter({
      name: 'gateway_cache_hits_total',
      help: 'Upstream reads answered from the cache, by route.',
      labelNames: ['route'],
      registers,
    });
    this.misses = new Counter({
      name: 'gateway_cache_misses_total',
      help: 'Cacheable upstream reads that went upstream (absent, expired or invalidated), by route.',
      labelNames: ['route'],
      registers,
    });
    this.invalidations = new Counter({
      name: 'gateway_cache_invalidations_total',
      help: 'Invalidations applied, by what caused them (webhook, mutation, poll, admin).',
      labelNames: ['source'],
      registers,
    });
    this.evictions = new Counter({
      name: 'gateway_cache_evictions_total',
      help: 'Entries evicted to stay under CACHE_MAX_BYTES.',
      registers,
    });
    new Gauge({
      name: 'gateway_cache_entries',
      help: 'Entries held by this instance’s cache.',
      registers,
      collect() {
        this.set(entries());
      },
    });
  }
}
