import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { TokenBucket, applyKnobs, faultMatches, noKnobs, seededRandom, type FaultRule, type KnobSettings, type Knobs } from '../knobs.js';

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void;

/**
 * The knobs in force and what they do to an API call: added latency, injected faults and a
 * per-organization rate limit. Draws come from one seeded random source, so a seed replays a run.
 */
export class KnobState {
  private knobs: Knobs;
  private random: () => number;
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(initial: KnobSettings = {}) {
    this.knobs = applyKnobs(noKnobs(), initial);
    this.random = seededRandom(initial.seed ?? 1);
  }

  get current(): Knobs {
    return this.knobs;
  }

  set(settings: KnobSettings): Knobs {
    this.knobs = applyKnobs(this.knobs, settings);
    if (settings.seed !== undefined) this.random = seededRandom(settings.seed);
    if (settings.rateLimit !== undefined) this.buckets.clear();
    return this.knobs;
  }

  /** Headers for a 429 when the organization's bucket is empty, else undefined. */
  rateLimited(organizationToken: string): Record<string, string> | undefined {
    const limit = this.knobs.rateLimit;
    if (!limit) return undefined;
    const now = Date.now();
    let bucket = this.buckets.get(organizationToken);
    if (!bucket) {
      bucket = new TokenBucket(limit.requestsPerSecond, limit.burst, now);
      this.buckets.set(organizationToken, bucket);
    }
    const waitMs = bucket.take(now);
    if (waitMs === 0) return undefined;
    return {
      'x-metronome-rate-limit-type': 'client',
      'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
      'retry-after-ms': String(waitMs),
    };
  }

  /** Waits for the configured latency, if any. */
  async delay(): Promise<void> {
    const { fixedMs, jitterMs } = this.knobs.latency;
    const delay = fixedMs + (jitterMs > 0 ? this.random() * jitterMs : 0);
    if (delay > 0) await sleep(delay);
  }

  /** The fault rules that fire for this call, split by when they act. */
  faultsFor(method: string, pathname: string, haystack: string): { before: FaultRule[]; after: FaultRule[] } {
    const faults = this.knobs.faults.filter((rule) => faultMatches(rule, method, pathname, haystack) && this.draw(rule));
    return { before: faults.filter((rule) => !rule.afterHandler), after: faults.filter((rule) => rule.afterHandler) };
  }

  private draw(rule: FaultRule): boolean {
    if (rule.times !== undefined && rule.times <= 0) return false;
    if (rule.probability !== undefined && this.random() >= rule.probability) return false;
    if (rule.times !== undefined) rule.times -= 1;
    return true;
  }
}

/** Applies faults in order; answers true when the response was taken over. */
export async function applyFaults(rules: FaultRule[], response: ServerResponse, reply: Reply): Promise<boolean> {
  for (const rule of rules) {
    if (rule.action === 'delay') {
      await sleep(rule.delayMs ?? 0);
    } else if (rule.action === 'drop') {
      response.socket?.destroy();
      return true;
    } else {
      const status = rule.status ?? 500;
      const headers: Record<string, string> = {};
      if (rule.retryAfterSeconds !== undefined) headers['retry-after'] = String(rule.retryAfterSeconds);
      if (rule.retryAfterMs !== undefined) headers['retry-after-ms'] = String(rule.retryAfterMs);
      if (status === 429) headers['x-metronome-rate-limit-type'] = rule.rateLimitType ?? 'client';
      reply(status, { message: status === 429 ? 'Too many requests' : 'Injected failure' }, headers);
      return true;
    }
  }
  return false;
}
