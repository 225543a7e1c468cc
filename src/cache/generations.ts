import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * A generation number per invalidation tag. An entry remembers the generations of its tags when
 * its upstream read started (its "stamp"); invalidating a tag bumps its generation, so every
 * entry stamped before no longer matches and is refetched. Because the stamp is taken before the
 * read, a read that was in flight while an invalidation happened is stored under the old stamp
 * and never served.
 */
export interface Generations {
  /** The current generations of these tags, as one comparable string. */
  stamp(keys: readonly string[]): Promise<string>;
  /** Bumps these tags' generations; resolves once every later `stamp` sees the bump. */
  bump(keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** One instance: generations in a map. Tags are few (organizations × customers × families). */
export class MemoryGenerations implements Generations {
  private readonly current = new Map<string, number>();
  /** One counter for all tags, so a generation value is never reused. */
  private counter = 0;

  async stamp(keys: readonly string[]): Promise<string> {
    return keys.map((key) => this.current.get(key) ?? 0).join(',');
  }

  async bump(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.current.set(key, (this.counter += 1));
  }

  async close(): Promise<void> {}
}

const PREFIX = 'gw:cache:gen:';
/**
 * A value chosen by the first instance to find it missing, part of every stamp. Should Redis lose
 * its data (restart without persistence, FLUSHALL, failover to an empty replica), generations
 * would read 0 again and match entries invalidated before the loss; the new epoch makes every
 * entry stamped before it unmatchable instead.
 */
const EPOCH = 'gw:cache:epoch';

/**
 * Several instances: generations live in Redis, read with one MGET per cached read (ioredis
 * pipelines concurrent ones) and bumped with INCR. A webhook on instance A bumps the tag before A
 * acknowledges it; instance B's next read of an entry with that tag sees the new generation and
 * refetches. Nothing has to be delivered to B, so nothing can arrive late.
 *
 * A generation key outlives every entry stamped with it (`keyTtlMs` ≥ twice the longest entry
 * TTL, renewed on every bump): when it expires and reads as 0 again, no entry stamped 0 is left.
 */
export class RedisGenerations implements Generations {
  constructor(
    private readonly redis: Redis,
    private readonly keyTtlMs: number,
  ) {}

  async stamp(keys: readonly string[]): Promise<string> {
    const [epoch, ...values] = await this.redis.mget(EPOCH, ...keys.map((key) => PREFIX + key));
    return `${epoch ?? (await this.newEpoch())}|${values.map((value) => value ?? '0').join(',')}`;
  }

  async bump(keys: readonly string[]): Promise<void> {
    const multi = this.redis.multi();
    for (const key of keys) multi.incr(PREFIX + key).pexpire(PREFIX + key, this.keyTtlMs);
    const results = await multi.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('Redis did not run the invalidation');
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  /** Sets the epoch if nobody has yet (instances racing agree on the first one written). */
  private async newEpoch(): Promise<string> {
    await this.redis.set(EPOCH, randomUUID(), 'NX');
    const epoch = await this.redis.get(EPOCH);
    if (epoch === null) throw new Error('Redis lost the cache epoch as it was set');
    return epoch;
  }
}
