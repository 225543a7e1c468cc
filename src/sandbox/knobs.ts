import { z } from 'zod';

/**
 * Test knobs: added latency, injected faults and a rate limit. All are off by default; they can
 * be set at startup (`SANDBOX_KNOBS`, JSON) and changed at run time with `PUT /__sandbox/knobs`.
 */

const faultRule = z.strictObject({
  /** `"POST /v1/alerts/create"`, `"/v1/customer-alerts/list"` (any method) or a prefix ending in `*`. */
  route: z.string().optional(),
  /** A text that must occur in the path, query or body (e.g. one customer's id). */
  match: z.string().optional(),
  /** `status`: answer with `status`; `drop`: close the connection without answering; `delay`: wait `delayMs`. */
  action: z.enum(['status', 'drop', 'delay']),
  status: z.number().int().min(400).max(599).optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  /** Act after the handler ran, so the change is made but the answer is late or lost. */
  afterHandler: z.boolean().optional(),
  /** Share of matching calls affected, 0–1 (default 1). */
  probability: z.number().min(0).max(1).optional(),
  /** Affect only the next N matching calls. */
  times: z.number().int().min(1).optional(),
  retryAfterSeconds: z.number().min(0).optional(),
  retryAfterMs: z.number().min(0).optional(),
  rateLimitType: z.enum(['client', 'customer']).optional(),
});

export const knobsSchema = z.strictObject({
  latency: z.strictObject({ fixedMs: z.number().min(0).max(60_000), jitterMs: z.number().min(0).max(60_000) }).optional(),
  faults: z.array(faultRule).optional(),
  /** A token bucket per organization; beyond it, 429 with `X-Metronome-Rate-Limit-Type: client`. */
  rateLimit: z
    .strictObject({ requestsPerSecond: z.number().positive(), burst: z.number().int().min(1) })
    .nullable()
    .optional(),
  /** Seed for the fault probability draws, so a run can be repeated. */
  seed: z.number().int().optional(),
});

export type FaultRule = z.infer<typeof faultRule>;
export type KnobSettings = z.infer<typeof knobsSchema>;

export interface Knobs {
  latency: { fixedMs: number; jitterMs: number };
  faults: FaultRule[];
  rateLimit: { requestsPerSecond: number; burst: number } | null;
}

export const noKnobs = (): Knobs => ({ latency: { fixedMs: 0, jitterMs: 0 }, faults: [], rateLimit: null });

/** Applies settings over the current knobs: given sections replace, missing ones stay. */
export function applyKnobs(current: Knobs, settings: KnobSettings): Knobs {
  return {
    latency: settings.latency ?? current.latency,
    faults: settings.faults ? settings.faults.map((rule) => ({ ...rule })) : current.faults,
    rateLimit: settings.rateLimit === undefined ? current.rateLimit : settings.rateLimit,
  };
}

/** Does a rule apply to this call? */
export function faultMatches(rule: FaultRule, method: string, pathname: string, haystack: string): boolean {
  if (rule.route !== undefined) {
    const [first, second] = rule.route.split(' ');
    const routeMethod = second === undefined ? undefined : first;
    const routePath = second ?? first ?? '';
    if (routeMethod !== undefined && routeMethod !== method) return false;
    if (routePath.endsWith('*') ? !pathname.startsWith(routePath.slice(0, -1)) : pathname !== routePath) return false;
  }
  return rule.match === undefined || haystack.includes(rule.match);
}

/** A small seeded generator (mulberry32), so fault draws are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A token bucket: `take()` answers how long to wait, 0 when a token was available. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): number {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.ratePerSecond) * 1000);
  }
}
