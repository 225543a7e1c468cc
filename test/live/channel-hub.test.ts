import { createPubSub } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { ChannelHub } from '../../src/live/channels.js';
import type { LiveTopics, StatusChangeEvent } from '../../src/live/events.js';

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

describe('the channel hub', () => {
  it('keeps delivering to every other listener when one of them throws', async () => {
    const pubsub = createPubSub<LiveTopics>();
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
    await new Promise((resolve) => setImmediate(resolve)); // the hub's pull has started
    for (const alertId of ['first', 'second', 'third']) {
      const arrived = new Promise<void>((resolve) => {
        wake = resolve;
      });
      pubsub.publish('alert-status', 't:c', event(alertId));
      await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    }
    expect(received).toEqual(['first', 'second', 'third']);
    leave();
  });
});
