import { describe, expect, it } from 'vitest';
import { MemoryGenerations } from '../../src/cache/generations.js';
import { type CacheStats, ReadCache } from '../../src/cache/read-cache.js';
import type { UpstreamAnswer } from '../../src/upstream/transport.js';

// The read cache on its own: what it keeps of an upstream answer and what it gives back.

/** One organization's reads of one customer, each going "upstream" to `answer` when not served from memory. */
function customerReads(answer: UpstreamAnswer) {
  const cache = new ReadCache({ generations: new MemoryGenerations(), ttls: { defaultMs: 60_000, statusMs: 60_000 }, maxBytes: 1_000_000 });
  const stats: CacheStats = { hits: 0, misses: 0 };
  const reads = cache.forTenant('tenant-a', stats);
  let upstreamCalls = 0;
  const read = () =>
    reads.read({ route: 'GET /v1/customers/{customer_id}', path: '/v1/customers/c-1' }, async () => {
      upstreamCalls += 1;
      return answer;
    });
  return { cache, stats, read, upstreamCalls: () => upstreamCalls };
}

describe('the read cache', () => {
  it('serves a second read of the same thing from memory, as a copy of its own', async () => {
    const reads = customerReads({ body: { data: { id: 'c-1' } }, text: '{"data":{"id":"c-1"}}' });
    const first = await reads.read();
    const second = await reads.read();
    expect(second).toEqual({ data: { id: 'c-1' } });
    expect(second).not.toBe(first);
    expect(reads.upstreamCalls()).toBe(1);
    expect(reads.stats).toEqual({ hits: 1, misses: 1 });
  });

  it('answers a cacheable read whose upstream 200 came with no body, and keeps nothing for it', async () => {
    const reads = customerReads({ body: undefined, text: undefined });
    await expect(reads.read()).resolves.toBeUndefined();
    await expect(reads.read()).resolves.toBeUndefined();
    expect(reads.upstreamCalls()).toBe(2);
    expect(reads.cache.size).toBe(0);
  });

  it('lets a reader that joined an in-flight read with no body read for itself', async () => {
    const reads = customerReads({ body: undefined, text: undefined });
    // Started together: the second joins the first one's upstream read, which brings nothing to share.
    await expect(Promise.all([reads.read(), reads.read()])).resolves.toEqual([undefined, undefined]);
    expect(reads.upstreamCalls()).toBe(2);
    expect(reads.stats).toEqual({ hits: 0, misses: 2 });
    expect(reads.cache.size).toBe(0);
  });
});
