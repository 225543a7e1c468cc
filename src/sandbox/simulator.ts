import { seededRandom } from './knobs.js';
import type { Sandbox } from './server.js';
import type { Organization } from './store/organization.js';

/** Who generates how much traffic: ingest alias, event type, events per tick (on average), properties. */
const PROFILES: Array<{ alias: string; eventType: string; perTick: number; properties: () => Record<string, string | number> }> = [
  { alias: 'acme', eventType: 'api_request', perTick: 4, properties: () => ({ region: 'us' }) },
  { alias: 'globex', eventType: 'compute', perTick: 0.5, properties: () => ({ cpu_hours: 1, region: 'us' }) },
  { alias: 'initech', eventType: 'compute', perTick: 0.6, properties: () => ({ cpu_hours: 1, region: 'us' }) },
  { alias: 'umbrella', eventType: 'api_request', perTick: 3, properties: () => ({ region: 'eu' }) },
  { alias: 'hooli', eventType: 'compute', perTick: 0.3, properties: () => ({ cpu_hours: 1, region: 'eu' }) },
  { alias: 'stark', eventType: 'api_request', perTick: 2, properties: () => ({ region: 'us' }) },
];

export interface SimulatorOptions {
  /** Seed of the random draws, so a run can be repeated. */
  seed: number;
  /** Ticks per second; each tick ingests one batch. */
  ticksPerSecond: number;
}

/**
 * Ingests a steady, random-but-reproducible stream of usage into the demo organization, so that
 * a newcomer sees customers cross thresholds (and webhooks fire) within about a minute.
 */
export class UsageSimulator {
  private timer: NodeJS.Timeout | undefined;
  private readonly random: () => number;
  private sequence = 0;

  constructor(
    private readonly sandbox: Sandbox,
    private readonly org: Organization,
    private readonly options: SimulatorOptions,
  ) {
    this.random = seededRandom(options.seed);
  }

  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.tick(), 1000 / this.options.ticksPerSecond);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One batch of events. */
  async tick(): Promise<void> {
    const events = [];
    const timestamp = this.sandbox.clock.now().toISOString();
    for (const profile of PROFILES) {
      // Poisson-ish: the whole part always, the fraction by chance.
      const count = Math.floor(profile.perTick) + (this.random() < profile.perTick % 1 ? 1 : 0);
      for (let i = 0; i < count; i += 1) {
        events.push({
          transaction_id: `sim-${this.options.seed}-${(this.sequence += 1)}`,
          customer_id: profile.alias,
          event_type: profile.eventType,
          timestamp,
          properties: profile.properties(),
        });
      }
    }
    if (events.length > 0) await this.sandbox.dispatch(this.org, 'POST', '/v1/ingest', events.slice(0, 100));
  }
}
