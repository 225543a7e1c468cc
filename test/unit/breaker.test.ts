import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitOpenError, type BreakerState } from '../../src/upstream/breaker.js';

const ROUTE = 'GET /v1/customers';

/** A breaker on a clock the test moves by hand, recording every state change it reports. */
function breakerAt(start = 1_000) {
  let now = start;
  const changes: Array<[string, BreakerState]> = [];
  const breaker = new CircuitBreaker(
    { failureThreshold: 3, cooldownMs: 10_000, onStateChange: (route, state) => changes.push([route, state]) },
    () => now,
  );
  return { breaker, changes, advance: (ms: number) => (now += ms) };
}

describe('circuit breaker', () => {
  it('opens after the threshold of failures in a row, and refuses calls while open', () => {
    const { breaker, changes } = breakerAt();
    breaker.failed(ROUTE);
    breaker.failed(ROUTE);
    expect(breaker.state(ROUTE)).toBe('closed');
    breaker.failed(ROUTE);
    expect(breaker.state(ROUTE)).toBe('open');
    expect(() => breaker.beforeCall(ROUTE)).toThrow(CircuitOpenError);
    expect(changes).toEqual([[ROUTE, 'open']]);
  });

  it('a success in between starts the count again', () => {
    const { breaker } = breakerAt();
    breaker.failed(ROUTE);
    breaker.failed(ROUTE);
    breaker.succeeded(ROUTE);
    breaker.failed(ROUTE);
    breaker.failed(ROUTE);
    expect(breaker.state(ROUTE)).toBe('closed');
  });

  it('after the cooldown lets exactly one trial through; its success closes the circuit', () => {
    const { breaker, changes, advance } = breakerAt();
    for (let i = 0; i < 3; i += 1) breaker.failed(ROUTE);
    advance(9_999);
    expect(() => breaker.beforeCall(ROUTE)).toThrow(CircuitOpenError);
    advance(1);
    expect(() => breaker.beforeCall(ROUTE)).not.toThrow();
    expect(breaker.state(ROUTE)).toBe('half-open');
    expect(() => breaker.beforeCall(ROUTE)).toThrow(CircuitOpenError);
    breaker.succeeded(ROUTE);
    expect(breaker.state(ROUTE)).toBe('closed');
    expect(() => breaker.beforeCall(ROUTE)).not.toThrow();
    expect(changes.map(([, state]) => state)).toEqual(['open', 'half-open', 'closed']);
  });

  it('a failed trial opens the circuit again for a whole cooldown', () => {
    const { breaker, advance } = breakerAt();
    for (let i = 0; i < 3; i += 1) breaker.failed(ROUTE);
    advance(10_000);
    breaker.beforeCall(ROUTE);
    breaker.failed(ROUTE);
    expect(breaker.state(ROUTE)).toBe('open');
    advance(9_999);
    expect(() => breaker.beforeCall(ROUTE)).toThrow(CircuitOpenError);
  });

  it('an abandoned trial hands the trial to the next call and counts as no failure', () => {
    const { breaker, advance } = breakerAt();
    for (let i = 0; i < 3; i += 1) breaker.failed(ROUTE);
    advance(10_000);
    breaker.beforeCall(ROUTE);
    breaker.abandoned(ROUTE);
    expect(breaker.state(ROUTE)).toBe('half-open');
    expect(() => breaker.beforeCall(ROUTE)).not.toThrow();
  });

  it('keeps one circuit per organization; the route reports its worst circuit', () => {
    const { breaker, changes } = breakerAt();
    for (let i = 0; i < 3; i += 1) breaker.failed(ROUTE, 'tenant-a');
    expect(breaker.state(ROUTE, 'tenant-a')).toBe('open');
    expect(breaker.state(ROUTE, 'tenant-b')).toBe('closed');
    expect(() => breaker.beforeCall(ROUTE, 'tenant-b')).not.toThrow();
    for (let i = 0; i < 3; i += 1) breaker.failed(ROUTE, 'tenant-b');
    // The route was already reported open: a second open circuit is no change.
    expect(changes).toEqual([[ROUTE, 'open']]);
  });
});
