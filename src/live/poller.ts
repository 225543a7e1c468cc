import type { MetronomeClient } from '../upstream/client.js';
import type { StatusRefresher } from './refresher.js';
import type { LiveStore } from './store.js';

interface Watch {
  subscribers: number;
  /** Cancels the next turn, once one is scheduled. */
  cancel: (() => void) | undefined;
  client: MetronomeClient;
}

/**
 * When the poller takes its next turn. Production uses timers; a test passes its own so that it
 * can count polls per turn instead of per second of wall time.
 */
export interface PollScheduler {
  /** Runs `turn` after `delayMs`; answers a function that cancels it if it has not run yet. */
  schedule(delayMs: number, turn: () => Promise<void>): () => void;
}

/** Node's timers, unreferenced: a pending poll never keeps the process alive. */
export const timerScheduler: PollScheduler = {
  schedule(delayMs, turn) {
    const timer = setTimeout(() => void turn(), delayMs);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/**
 * One poll loop per watched (organization, customer), shared by all its subscribers on this
 * instance; with Redis, the instances also take turns, so a customer is polled about once per
 * interval however many subscribers and instances there are. It stops with the last subscriber.
 */
export class SharedPoller {
  private readonly watches = new Map<string, Watch>();
  private stopped = false;

  constructor(
    private readonly refresher: StatusRefresher,
    private readonly store: LiveStore,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly scheduler: PollScheduler = timerScheduler,
  ) {}

  /** Starts (or joins) the poll loop of a customer; call the answer to leave it. */
  watch(tenant: string, client: MetronomeClient, customerId: string): () => void {
    const key = `${tenant}:${customerId}`;
    let watch = this.watches.get(key);
    if (!watch) {
      watch = { subscribers: 0, cancel: undefined, client };
      this.watches.set(key, watch);
      this.schedule(key, tenant, customerId, watch);
    }
    watch.subscribers += 1;
    let left = false;
    return () => {
      if (left || !watch) return;
      left = true;
      watch.subscribers -= 1;
      if (watch.subscribers === 0) {
        watch.cancel?.();
        this.watches.delete(key);
      }
    };
  }

  /** The customers of an organization being watched on this instance. */
  watchedCustomers(tenant: string): string[] {
    return [...this.watches.keys()].filter((key) => key.startsWith(`${tenant}:`)).map((key) => key.slice(tenant.length + 1));
  }

  /** How many customers are being polled. */
  get watched(): number {
    return this.watches.size;
  }

  stop(): void {
    this.stopped = true;
    for (const watch of this.watches.values()) watch.cancel?.();
    this.watches.clear();
  }

  private schedule(key: string, tenant: string, customerId: string, watch: Watch): void {
    if (this.stopped) return;
    // ±10% jitter, so that customers watched together are not polled in lockstep.
    const delay = this.intervalMs * (0.9 + Math.random() * 0.2);
    watch.cancel = this.scheduler.schedule(delay, async () => {
      try {
        if (await this.store.acquirePoll(key, this.intervalMs * 0.8)) {
          await this.refresher.refresh(tenant, watch.client, customerId, 'POLL');
        }
      } catch (error) {
        this.onError(error);
      } finally {
        if (this.watches.get(key) === watch) this.schedule(key, tenant, customerId, watch);
      }
    });
  }
}
