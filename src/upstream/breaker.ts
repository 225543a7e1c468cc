import { UpstreamUnavailableError, type UpstreamRoute } from './errors.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures (5xx, timeouts, connection errors) that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses calls before letting one trial through. */
  cooldownMs: number;
  /**
   * Told when the state of a route changes, as the worst state over that route's circuits (one
   * per organization): open if any is open, half-open if any is, closed otherwise.
   */
  onStateChange?: (route: UpstreamRoute, state: BreakerState) => void;
}

interface Circuit {
  state: BreakerState;
  failures: number;
  openedAt: number;
  trialInFlight: boolean;
}

/** Raised instead of calling upstream while a route's circuit is open. */
export class CircuitOpenError extends UpstreamUnavailableError {}

const SEVERITY: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/**
 * One circuit per upstream route and organization (`scope`, a hash of the token). When a route
 * keeps failing, callers get UPSTREAM_UNAVAILABLE at once instead of waiting on timeouts and
 * piling load on a struggling upstream; after the cooldown one trial call decides whether to
 * close the circuit again. Keyed by organization too, so that one tenant whose calls keep failing
 * (its own data or token upsetting upstream) does not cut every other tenant off that route; a
 * real outage still opens every tenant's circuit, each after its own few failures.
 */
export class CircuitBreaker {
  private readonly circuits = new Map<string, Circuit>();
  /** Last state reported per route, so that onStateChange fires on changes only. */
  private readonly reported = new Map<UpstreamRoute, BreakerState>();

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number = Date.now,
  ) {}

  state(route: UpstreamRoute, scope = ''): BreakerState {
    return this.circuits.get(key(route, scope))?.state ?? 'closed';
  }

  /** Throws when the call must not go out; marks a half-open trial otherwise. */
  beforeCall(route: UpstreamRoute, scope = ''): void {
    const circuit = this.circuits.get(key(route, scope));
    if (!circuit || circuit.state === 'closed') return;
    if (circuit.state === 'open' && this.now() - circuit.openedAt >= this.options.cooldownMs) {
      this.move(route, circuit, 'half-open');
    }
    if (circuit.state === 'half-open' && !circuit.trialInFlight) {
      circuit.trialInFlight = true;
      return;
    }
    throw new CircuitOpenError(`Metronome calls to ${route} are paused after repeated failures`, { route });
  }

  succeeded(route: UpstreamRoute, scope = ''): void {
    const circuit = this.circuits.get(key(route, scope));
    if (!circuit) return;
    circuit.failures = 0;
    circuit.trialInFlight = false;
    if (circuit.state !== 'closed') this.move(route, circuit, 'closed');
    // A closed circuit with no failures is the default: forget it (passthrough has many tenants).
    this.circuits.delete(key(route, scope));
  }

  failed(route: UpstreamRoute, scope = ''): void {
    let circuit = this.circuits.get(key(route, scope));
    if (!circuit) {
      circuit = { state: 'closed', failures: 0, openedAt: 0, trialInFlight: false };
      this.circuits.set(key(route, scope), circuit);
    }
    circuit.failures += 1;
    circuit.trialInFlight = false;
    if (circuit.state === 'half-open' || circuit.failures >= this.options.failureThreshold) {
      circuit.openedAt = this.now();
      if (circuit.state !== 'open') this.move(route, circuit, 'open');
    }
  }

  /**
   * The caller gave up on the call (client went away, operation cancelled): says nothing about
   * upstream's health, so it neither counts as a failure nor closes anything; a trial it carried
   * is handed to the next call.
   */
  abandoned(route: UpstreamRoute, scope = ''): void {
    const circuit = this.circuits.get(key(route, scope));
    if (circuit) circuit.trialInFlight = false;
  }

  private move(route: UpstreamRoute, circuit: Circuit, state: BreakerState): void {
    circuit.state = state;
    let worst: BreakerState = state;
    for (const [name, other] of this.circuits) {
      if (name.startsWith(`${route}\n`) && SEVERITY[other.state] > SEVERITY[worst]) worst = other.state;
    }
    if (this.reported.get(route) === worst) return;
    this.reported.set(route, worst);
    this.options.onStateChange?.(route, worst);
  }
}

function key(route: UpstreamRoute, scope: string): string {
  return `${route}\n${scope}`;
}
