import { randomBytes } from 'node:crypto';
import { BillingEngine, type AlertNotification } from './billing/engine.js';
import type { UsageBook } from './billing/usage-book.js';
import type { Clock } from './clock.js';
import { Organization } from './store/organization.js';

export interface OrganizationsOptions {
  clock: Clock;
  /** Re-evaluation interval of each organization's billing engine; 0 turns it off. */
  safetyNetMs: number;
  /** Where the billing engines hand the notifications they raise. */
  notify: (org: Organization, notification: AlertNotification) => void;
  /** Called for every organization created, e.g. to seed it. */
  onOrganization?: ((org: Organization) => void) | undefined;
}

/** Every organization of the sandbox, by bearer token, each with the billing engine that watches it. */
export class Organizations {
  private readonly byToken = new Map<string, Organization>();
  private readonly engines = new Map<string, BillingEngine>();

  constructor(private readonly options: OrganizationsOptions) {}

  /** Creates an organization reachable with `token` (a random one when not given); an existing token returns its organization. */
  create(token: string = `sandbox-${randomBytes(12).toString('hex')}`, name = 'Sandbox organization'): Organization {
    const existing = this.byToken.get(token);
    if (existing) return existing;
    const org = new Organization(token, name);
    this.byToken.set(token, org);
    const engine = new BillingEngine(org, this.options.clock, this.options.notify);
    if (this.options.safetyNetMs > 0) engine.startSafetyNet(this.options.safetyNetMs);
    this.engines.set(token, engine);
    this.options.onOrganization?.(org);
    return org;
  }

  get(token: string): Organization | undefined {
    return this.byToken.get(token);
  }

  /** The billing engine of an organization. */
  engine(token: string): BillingEngine | undefined {
    return this.engines.get(token);
  }

  /** The running usage of an organization, kept by its billing engine. */
  usageOf(org: Organization): UsageBook {
    const engine = this.engines.get(org.token);
    if (!engine) throw new Error(`No billing engine for organization ${org.name}`);
    return engine.usage;
  }

  /** Stops every engine's timer. */
  stop(): void {
    for (const engine of this.engines.values()) engine.stopSafetyNet();
  }
}
