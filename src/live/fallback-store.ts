import type { RedisLink } from './redis-link.js';
import { MemoryLiveStore, RedisLiveStore, UNCHANGED, type LiveStore } from './store.js';

/**
 * The Redis store with this process's memory behind it. While Redis is reachable it is the
 * authority (one compare-and-set per pair across instances); the memory mirrors every status this
 * process stored. When Redis is unreachable or fails a command, the memory answers instead, so
 * live feeds keep working on this instance alone. When Redis answers that it knows nothing of a
 * pair (keys flushed, lost in a restart, or expired) but this process remembers it, the
 * remembered status is the previous one: the transition is published, not swallowed.
 */
export class FallbackLiveStore implements LiveStore {
  private readonly local = new MemoryLiveStore();
  private readonly shared: RedisLiveStore;

  constructor(private readonly link: RedisLink) {
    this.shared = new RedisLiveStore(link.commands);
  }

  async swapStatus(key: string, status: string): Promise<string | null | typeof UNCHANGED> {
    const remembered = this.local.statusOf(key);
    const local = await this.local.swapStatus(key, status);
    if (!this.link.up) return local;
    try {
      const shared = await this.shared.swapStatus(key, status);
      if (shared !== null) return shared;
      return remembered === undefined ? null : remembered === status ? UNCHANGED : remembered;
    } catch {
      return local;
    }
  }

  async firstSighting(id: string, ttlMs: number): Promise<boolean> {
    const local = await this.local.firstSighting(id, ttlMs);
    if (!this.link.up) return local;
    try {
      return await this.shared.firstSighting(id, ttlMs);
    } catch {
      return local;
    }
  }

  async acquirePoll(key: string, ttlMs: number): Promise<boolean> {
    // Alone, an instance polls every customer it watches.
    if (!this.link.up) return true;
    try {
      return await this.shared.acquirePoll(key, ttlMs);
    } catch {
      return true;
    }
  }

  /** Rejects while Redis is unreachable (readiness reports it degraded). */
  async ping(): Promise<void> {
    if (!this.link.up) throw new Error('redis unreachable');
    await this.shared.ping();
  }

  async close(): Promise<void> {}
}
