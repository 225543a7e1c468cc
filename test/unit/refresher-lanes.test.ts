import { createPubSub } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { LiveTopics } from '../../src/live/events.js';
import { StatusRefresher } from '../../src/live/refresher.js';
import { MemoryLiveStore } from '../../src/live/store.js';
import type { MetronomeClient } from '../../src/upstream/client.js';
import type { CustomerAlert } from '../../src/upstream/types.js';

/**
 * A stand-in for the client whose alert walks the test finishes by hand: each walk waits until
 * `finish(customerId)` lets the oldest waiting walk of that customer answer.
 */
function handDrivenUpstream() {
  const waiting = new Map<string, Array<() => void>>();
  const walks: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const client: Pick<MetronomeClient, 'allCustomerAlerts'> = {
    async *allCustomerAlerts(params): AsyncGenerator<CustomerAlert> {
      walks.push(params.customer_id);
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise<void>((resolve) => waiting.set(params.customer_id, [...(waiting.get(params.customer_id) ?? []), resolve]));
      running -= 1;
    },
  };
  /** Lets the oldest walk of a customer answer, once one is waiting. */
  const finish = async (customerId: string): Promise<void> => {
    for (let turn = 0; turn < 1_000; turn += 1) {
      const next = waiting.get(customerId)?.shift();
      if (next) return next();
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    throw new Error(`no walk of ${customerId} started`);
  };
  /** Resolves once `count` walks have started. */
  const started = async (count: number): Promise<void> => {
    for (let turn = 0; turn < 1_000 && walks.length < count; turn += 1) await new Promise<void>((resolve) => setImmediate(resolve));
    if (walks.length < count) throw new Error(`${walks.length} walks started, expected ${count}`);
  };
  return { client: client as MetronomeClient, walks, finish, started, mostAtOnce: () => mostAtOnce };
}

const refresher = () => new StatusRefresher(new MemoryLiveStore(), createPubSub<LiveTopics>());

describe('refresher lanes', () => {
  it('runs one customer’s refreshes one after the other, and a burst while one waits shares it', async () => {
    const upstream = handDrivenUpstream();
    const lanes = refresher();
    const running = lanes.refresh('t', upstream.client, 'c1', 'WEBHOOK');
    // Triggers before the walk starts share it.
    expect(lanes.refresh('t', upstream.client, 'c1', 'POLL')).toBe(running);
    await upstream.started(1);
    const queued = lanes.refresh('t', upstream.client, 'c1', 'WEBHOOK');
    expect(queued).not.toBe(running);
    const burst = [lanes.refresh('t', upstream.client, 'c1', 'POLL'), lanes.refresh('t', upstream.client, 'c1', 'MUTATION')];
    expect(burst[0]).toBe(queued);
    expect(burst[1]).toBe(queued);

    await upstream.finish('c1');
    await running;
    await upstream.finish('c1');
    await Promise.all([queued, ...burst]);
    // Five triggers, two walks upstream, never two at once for one customer.
    expect(upstream.walks).toEqual(['c1', 'c1']);
    expect(upstream.mostAtOnce()).toBe(1);
  });

  it('refreshes different customers side by side', async () => {
    const upstream = handDrivenUpstream();
    const lanes = refresher();
    const first = lanes.refresh('t', upstream.client, 'c1', 'WEBHOOK');
    const second = lanes.refresh('t', upstream.client, 'c2', 'WEBHOOK');
    await upstream.finish('c2');
    await second;
    await upstream.finish('c1');
    await first;
    expect(upstream.mostAtOnce()).toBe(2);
  });

  it('a trigger after the lane emptied starts a new walk', async () => {
    const upstream = handDrivenUpstream();
    const lanes = refresher();
    const first = lanes.refresh('t', upstream.client, 'c1', 'WEBHOOK');
    await upstream.finish('c1');
    await first;
    const again = lanes.refresh('t', upstream.client, 'c1', 'WEBHOOK');
    expect(again).not.toBe(first);
    await upstream.finish('c1');
    await again;
    expect(upstream.walks).toEqual(['c1', 'c1']);
  });
});
