import type { Redis } from 'ioredis';

/** Answer of `swapStatus` when the stored status already equals the new one. */
export const UNCHANGED = Symbol('unchanged');

/**
 * State shared by every gateway instance of a deployment: the last known status of each pair
 * (with a compare-and-set, so a transition seen by two instances is published once), the ids of
 * webhooks already handled, and who polls which customer this interval.
 */
export interface LiveStore {
  /** Stores `status` under `key`; answers the previous status (null if none) or UNCHANGED. */
  swapStatus(key: string, status: string): Promise<string | null | typeof UNCHANGED>;
  /** True the first time an id is seen within `ttlMs`. */
  firstSighting(id: string, ttlMs: number): Promise<boolean>;
  /** True when this instance may poll `key` now (nobody else did within `ttlMs`). */
  acquirePoll(key: string, ttlMs: number): Promise<boolean>;
  /** Resolves when the store answers (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Statuses remembered per process; beyond it the longest-unrefreshed pairs are forgotten. */
const MAX_LOCAL_STATUSES = 200_000;

/** One process: plain maps. */
export class MemoryLiveStore implements LiveStore {
  private readonly statuses = new Map<string, string>();
  private readonly seen = new Map<string, number>();

  async swapStatus(key: string, status: string): Promise<string | null | typeof UNCHANGED> {
    const previous = this.statuses.get(key);
    // Re-inserted on every refresh, so the map's order is least recently refreshed first.
    this.statuses.delete(key);
    this.statuses.set(key, status);
    if (this.statuses.size > MAX_LOCAL_STATUSES) {
      const oldest = this.statuses.keys().next().value;
      if (oldest !== undefined) this.statuses.delete(oldest);
    }
    if (previous === status) return UNCHANGED;
    return previous ?? null;
  }

  /** The status last stored under `key`, if this process still remembers it. */
  statusOf(key: string): string | undefined {
    return this.statuses.get(key);
  }

  async firstSighting(id: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    if (this.seen.size > 50_000) {
      for (const [key, expires] of this.seen) if (expires <= now) this.seen.delete(key);
    }
    const expires = this.seen.get(id);
    if (expires !== undefined && expires > now) return false;
    this.seen.set(id, now + ttlMs);
    return true;
  }

  async acquirePoll(): Promise<boolean> {
    return true;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}

/**
 * Atomically: answer the old value and set the new one, unless they are equal. Either way the
 * key's lifetime starts again, so only pairs nobody refreshed for a week expire.
 */
const SWAP_SCRIPT = `
local old = redis.call('GET', KEYS[1])
if old == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {0, false}
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if old then return {1, old} end
return {1, false}
`;

/** Pairs of customers nobody watched for a week are dropped; a later refresh handles that (see refresher.ts). */
const STATUS_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Several instances: the same contract on Redis, each operation atomic. */
export class RedisLiveStore implements LiveStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'metronome-gateway',
  ) {}

  async swapStatus(key: string, status: string): Promise<string | null | typeof UNCHANGED> {
    const [changed, previous] = (await this.redis.eval(SWAP_SCRIPT, 1, `${this.prefix}:status:${key}`, status, STATUS_TTL_MS)) as [
      number,
      string | null,
    ];
    if (changed === 0) return UNCHANGED;
    return previous ?? null;
  }

  async firstSighting(id: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}:webhook:${id}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
  }

  async acquirePoll(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}:poll:${key}`, '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK';
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {}
}
