import { createPubSub } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { ChannelHub } from '../../src/live/channels.js';
import type { LiveTopics, StatusChangeEvent } from '../../src/live/events.js';
import { within } from '../helpers/wait.js';

// One listener failing (e.g. a subscriber whose buffer overflowed) must not end the channel for
// the others on this instance.

const event = (alertId: string): StatusChangeEvent => ({
  tenant: 't',
  customerId: 'c',
  alertId,
  previousStatus: 'OK',
  status: 'IN_ALARM',
  changedAt: new Date(0).toISOString(),
  source: 'WEBHOOK',
  customerAlert: {} as StatusChangeEvent['customerAlert'],
});

/** An event target that says when the hub's pull has attached its listener (events before that are not for it). */
class WatchedTarget extends EventTarget {
  private attach: () => void = () => undefined;
  readonly attached = new Promise<void>((resolve) => {
    this.attach = resolve;
  });

  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    super.addEventListener(...args);
    this.attach();
  }
}

describe('the channel hub', () => {
  it('keeps delivering to every other listener when one of them throws', async () => {
    const target = new WatchedTarget();
    const pubsub = createPubSub<LiveTopics>({ eventTarget: target as never });
    const hub = new ChannelHub(pubsub);
    const received: string[] = [];
    let wake: () => void = () => undefined;
    hub.listen('t:c', () => {
      throw new Error('this subscriber cannot take more');
    });
    const leave = hub.listen('t:c', (value) => {
      received.push(value.alertId);
      wake();
    });
    await within('the hub to listen on the pub/sub', target.attached);
    for (const alertId of ['first', 'second', 'third']) {
      const arrived = new Promise<void>((resolve) => {
        wake = resolve;
      });
      pubsub.publish('alert-status', 't:c', event(alertId));
      await within(`${alertId} to reach the second listener`, arrived);
    }
    expect(received).toEqual(['first', 'second', 'third']);
    leave();
  });
});
