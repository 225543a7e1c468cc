import type { PubSub } from 'graphql-yoga';
import type { LiveTopics, StatusChangeEvent } from './events.js';

type Listener = (event: StatusChangeEvent) => void;

interface Channel {
  listeners: Set<Listener>;
  stop: () => void;
}

/**
 * Local fan-out over the pub/sub: one pub/sub subscription per channel per instance, however
 * many subscribers listen to it here, and a plain loop to hand each event to them. With
 * thousands of subscribers on one customer this costs a function call each, where one
 * EventTarget listener per subscriber cost far more (and, with Redis, one channel subscription).
 */
export class ChannelHub {
  private readonly channels = new Map<string, Channel>();

  constructor(private readonly pubsub: PubSub<LiveTopics>) {}

  /** Calls `listener` with every event of `channel` until the answer is called. */
  listen(channel: string, listener: Listener): () => void {
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = this.open(channel);
      this.channels.set(channel, entry);
    }
    entry.listeners.add(listener);
    const opened = entry;
    return () => {
      opened.listeners.delete(listener);
      if (opened.listeners.size === 0 && this.channels.get(channel) === opened) {
        this.channels.delete(channel);
        opened.stop();
      }
    };
  }

  private open(channel: string): Channel {
    const listeners = new Set<Listener>();
    const iterator = this.pubsub.subscribe('alert-status', channel)[Symbol.asyncIterator]();
    let stopped = false;
    // Start pulling at once: yoga's pub/sub attaches its listener on the first next().
    void (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done || stopped) return;
        for (const listener of listeners) {
          // One listener failing (a subscriber that can take no more) must not end the channel
          // for everyone else here: the loop would die with it.
          try {
            listener(next.value);
          } catch {
            // The listener's own subscription deals with its failure.
          }
        }
      }
    })();
    return {
      listeners,
      stop: () => {
        stopped = true;
        void iterator.return?.();
      },
    };
  }
}
