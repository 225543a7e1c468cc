import { UpstreamUnavailableError, type UpstreamRoute } from './errors.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failures (5xx, timeouts, connection errors) that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses calls before letting one trial through. */
  cooldownMs: number;
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

/**
 * One circuit per upstream route. When a route keeps failing, callers get UPSTREAM_UNAVAILABLE at
 * once instead of waiting on timeouts and piling load on a struggling upstream; after the
 * cooldown one trial call decides whether to close the circuit again.
 */
export class CircuitBreaker {
  private readonly circuits = new Map<UpstreamRoute, Circuit>();

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number = Date.now,
  ) {}

  state(route: UpstreamRoute): BreakerState {
    return this.circuits.get(route)?.state ?? 'closed';
  }

  /** Throws when the call must not go out; marks a half-open trial otherwise. */
  beforeCall(route: UpstreamRoute): void {
    const circuit = this.circuits.get(route);
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

  succeeded(route: UpstreamRoute): void {
    const circuit = this.circuits.get(route);
    if (!circuit) return;
    circuit.failures = 0;
    circuit.trialInFlight = false;
    if (circuit.state !== 'closed') this.move(route, circuit, 'closed');
  }

  failed(route: UpstreamRoute): void {
    let circuit = this.circuits.get(route);
    if (!circuit) {
      circuit = { state: 'closed', failures: 0, openedAt: 0, trialInFlight: false };
      this.circuits.set(route, circuit);
    }
    circuit.failures += 1;
    circuit.trialInFlight = false;
    if (circuit.state === 'half-open' || circuit.failures >= this.options.failureThreshold) {
      circuit.openedAt = this.now();
      if (circuit.state !== 'open') this.move(route, circuit, 'open');
    }
  }

  private move(route: UpstreamRoute, circuit: Circuit, state: BreakerState): void {
    circuit.state = state;
    this.options.onStateChange?.(route, state);
  }
}
