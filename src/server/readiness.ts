import type { LiveServices } from '../live/services.js';
import type { MetronomeClient } from '../upstream/client.js';
import { UpstreamError } from '../upstream/errors.js';

const CHECK_TIMEOUT_MS = 2_000;
/** Readiness is asked often (every few seconds per probe); an answer is reused this long. */
const CACHE_MS = 1_000;

export interface ReadinessResult {
  ready: boolean;
  /**
   * Per dependency: `ok`, `failing`, or for Redis `degraded` (unreachable: this instance serves on
   * its own state, so it stays ready). Never an error message: it could reveal internals.
   */
  checks: Record<string, 'ok' | 'failing' | 'degraded'>;
}

/**
 * `/ready`: the upstream answers a cheap call (one credit type) within two seconds and the gateway
 * is not draining. Redis (when configured) is reported, not required: without it the instance
 * still serves queries, mutations and live feeds (on local state), and taking every instance out
 * of the load balancer because the shared Redis is down would turn a degradation into an outage.
 */
export class Readiness {
  private cached: { at: number; result: ReadinessResult } | undefined;

  constructor(
    private readonly client: MetronomeClient,
    private readonly live: LiveServices,
    private readonly usesRedis: boolean,
  ) {}

  async check(draining: boolean): Promise<ReadinessResult> {
    if (draining) return { ready: false, checks: { draining: 'failing' } };
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.result;
    const upstream = this.client.listCreditTypes({ limit: 1 }, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    const redis = this.usesRedis ? Promise.race([this.live.store.ping(), timeout()]) : Promise.resolve();
    // Any HTTP answer below 500 means Metronome is reachable (a 401 only says the token in use is
    // not the gateway's own, as in passthrough mode).
    const reachable = upstream.catch((error: unknown) => {
      if (error instanceof UpstreamError && error.status !== undefined && error.status < 500) return;
      throw error;
    });
    const [upstreamOk, redisOk] = await Promise.all([succeeds(reachable), succeeds(redis)]);
    const checks: ReadinessResult['checks'] = { upstream: upstreamOk ? 'ok' : 'failing' };
    if (this.usesRedis) checks.redis = redisOk ? 'ok' : 'degraded';
    const result = { ready: upstreamOk, checks };
    this.cached = { at: now, result };
    return result;
  }
}

function timeout(): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref());
}

async function succeeds(work: Promise<unknown>): Promise<boolean> {
  try {
    await work;
    return true;
  } catch {
    return false;
  }
}
