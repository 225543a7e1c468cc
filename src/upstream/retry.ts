/** When and how long to wait before trying an upstream call again. */

export interface RetryPolicy {
  /** Attempts in total, the first included (1 disables retries). */
  maxAttempts: number;
  /** Delay before the first retry, doubled each time. */
  baseDelayMs: number;
  /** Cap on one computed backoff delay. */
  maxDelayMs: number;
  /** A server-sent wait longer than this is not waited out: the error goes to the caller instead. */
  maxRetryAfterMs: number;
}

/** Statuses worth another try for a call that is safe to repeat. 409 is deliberately absent. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Exponential backoff with jitter: `base * 2^retry`, capped, then shaved by up to 25%
 * so that many clients failing together do not come back in lockstep.
 */
export function backoffDelayMs(policy: RetryPolicy, retriesDone: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.baseDelayMs * 2 ** retriesDone, policy.maxDelayMs);
  return Math.round(exponential * (1 - random() * 0.25));
}

/**
 * Reads `retry-after-ms` (milliseconds) first, then `Retry-After` (seconds or an HTTP date).
 * Returns undefined when neither is present or parseable.
 */
export function retryAfterFromHeaders(
  headers: Record<string, string | string[] | undefined>,
  now: number = Date.now(),
): number | undefined {
  const single = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const ms = single('retry-after-ms');
  if (ms !== undefined) {
    const parsed = Number.parseFloat(ms);
    if (Number.isFinite(parsed) && parsed >= 0) return Math.ceil(parsed);
  }
  const after = single('retry-after');
  if (after === undefined) return undefined;
  const seconds = Number.parseFloat(after);
  if (Number.isFinite(seconds) && /^\s*[\d.]+\s*$/.test(after)) return Math.max(0, Math.ceil(seconds * 1000));
  const date = Date.parse(after);
  if (Number.isFinite(date)) return Math.max(0, date - now);
  return undefined;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
