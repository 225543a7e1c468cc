import { randomUUID } from 'node:crypto';
import type { RedisLink } from './redis-link.js';

type Listener = (event: CustomEvent) => void;
type ListenerOrObject = Listener | { handleEvent: Listener };

/** The part of EventTarget that yoga's createPubSub uses. */
export interface LiveEventTarget {
  addEventListener(topic: string, listener: ListenerOrObject | null): void;
  removeEventListener(topic: string, listener: ListenerOrObject | null): void;
  dispatchEvent(event: CustomEvent): boolean;
}

/** What travels through Redis: the payload and the instance that published it. */
interface Envelope {
  origin: string;
  detail: unknown;
}

/**
 * The event target under the live pub/sub, for several instances. An event is handed to this
 * instance's listeners at once, whatever Redis is doing, and also published to Redis for the other
 * instances (tagged with this instance's id, so it is not delivered here twice when it comes back).
 * While Redis is unreachable the instance works alone: its subscribers still get every event its
 * own webhooks, polls and mutations find; the others learn of changes by their own polls.
 */
export function createLiveEventTarget(link: RedisLink): LiveEventTarget {
  const origin = randomUUID();
  const listeners = new Map<string, Set<Listener>>();

  const deliver = (topic: string, detail: unknown): void => {
    const callbacks = listeners.get(topic);
    if (!callbacks) return;
    const event = new CustomEvent(topic, { detail });
    for (const callback of callbacks) callback(event);
  };

  link.subscriber.on('message', (topic: string, message: string) => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch {
      return;
    }
    if (envelope.origin !== origin) deliver(topic, envelope.detail);
  });

  const callbackOf = (listener: ListenerOrObject): Listener => ('handleEvent' in listener ? listener.handleEvent : listener);

  return {
    addEventListener(topic: string, listener: ListenerOrObject | null) {
      if (!listener) return;
      let callbacks = listeners.get(topic);
      if (!callbacks) {
        callbacks = new Set();
        listeners.set(topic, callbacks);
        // Queued while disconnected, replayed (and kept after reconnects) by ioredis.
        link.subscriber.subscribe(topic).catch(() => undefined);
      }
      callbacks.add(callbackOf(listener));
    },
    removeEventListener(topic: string, listener: ListenerOrObject | null) {
      if (!listener) return;
      const callbacks = listeners.get(topic);
      if (!callbacks) return;
      callbacks.delete(callbackOf(listener));
      if (callbacks.size > 0) return;
      listeners.delete(topic);
      link.subscriber.unsubscribe(topic).catch(() => undefined);
    },
    dispatchEvent(event: CustomEvent) {
      deliver(event.type, event.detail);
      if (link.up) {
        const envelope: Envelope = { origin, detail: event.detail };
        link.publisher.publish(event.type, JSON.stringify(envelope)).catch(() => undefined);
      }
      return true;
    },
  };
}
