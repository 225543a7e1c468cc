import { Redis } from 'ioredis';

export type RedisState = 'up' | 'down';

export interface RedisLinkOptions {
  url: string;
  /** Told once per change of state (not per reconnect attempt): the place to log it. */
  onStateChange?: (state: RedisState) => void;
  /** A command that gets no answer for this long fails (and the caller falls back to local state). */
  commandTimeoutMs?: number;
}

/**
 * The gateway's connections to Redis (commands, publishing, subscribing) and whether they work.
 * Redis is for scale-out, not a single point of failure: while it is unreachable, callers check
 * `up` and use their local fallback at once instead of queueing behind reconnect attempts; ioredis
 * keeps reconnecting on its own, and `up` turns true again when every connection is back.
 */
export class RedisLink {
  /** Commands and publishing fail fast while disconnected (no offline queue): callers fall back. */
  readonly commands: Redis;
  readonly publisher: Redis;
  /**
   * Subscribing waits for a connection instead (its commands are queued and replayed), and ioredis
   * re-subscribes every channel after a reconnect.
   */
  readonly subscriber: Redis;
  private state: RedisState = 'down';
  private readonly connections: Redis[];
  private readonly firstConnect: Promise<void>;

  constructor(private readonly options: RedisLinkOptions) {
    const failFast = { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: options.commandTimeoutMs ?? 1_000 };
    this.commands = new Redis(options.url, failFast);
    this.publisher = new Redis(options.url, failFast);
    this.subscriber = new Redis(options.url, { maxRetriesPerRequest: null });
    this.connections = [this.commands, this.publisher, this.subscriber];
    this.firstConnect = new Promise((resolve) => {
      for (const redis of this.connections) {
        // Every failed reconnect attempt emits 'error': the state change says all that matters.
        redis.on('error', () => undefined);
        redis.on('ready', () => {
          this.update();
          if (this.state === 'up') resolve();
        });
        redis.on('close', () => this.update());
        redis.on('end', () => this.update());
      }
    });
  }

  /** True while every connection is ready: use Redis; otherwise use the local fallback. */
  get up(): boolean {
    return this.state === 'up';
  }

  /** Resolves when connected, or after `timeoutMs` (startup goes on, degraded, when Redis is not there). */
  async connected(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.firstConnect, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.connections.map(async (redis) => {
        redis.removeAllListeners('close');
        redis.removeAllListeners('end');
        if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
        else redis.disconnect();
      }),
    );
  }

  private update(): void {
    const next: RedisState = this.connections.every((redis) => redis.status === 'ready') ? 'up' : 'down';
    if (next === this.state) return;
    this.state = next;
    this.options.onStateChange?.(next);
  }
}
