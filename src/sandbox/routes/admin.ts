import { z } from 'zod';
import { parseBody } from '../http/validation.js';
import type { Route, SandboxResponse } from '../http/router.js';
import { notFound } from '../http/errors.js';
import type { CallCounter } from '../http/call-counter.js';
import type { KnobState } from '../http/knob-state.js';
import { knobsSchema } from '../knobs.js';
import { USD_CENTS_ID, type Organization } from '../store/organization.js';
import type { Organizations } from '../organizations.js';

/** A sandbox-only route: no organization, no knobs, not counted. */
export type AdminHandler = (request: { body: unknown; params: Record<string, string> }) => SandboxResponse | Promise<SandboxResponse>;

const webhookSettings = z.strictObject({
  destinations: z.array(z.strictObject({ url: z.url(), secret: z.string().min(1) })),
  send_resolved: z.boolean().optional(),
});

const rateCard = z.strictObject({
  default_unit_price: z.number().nonnegative().optional(),
  rates: z
    .array(z.strictObject({ product_id: z.string().min(1), unit_price: z.number().nonnegative(), credit_type_id: z.string().optional() }))
    .optional(),
});

const createOrganization = z.strictObject({
  token: z.string().min(8).max(200).regex(/^\S+$/, 'must not contain spaces').optional(),
  name: z.string().min(1).optional(),
});

/** What the admin routes read and change. */
export interface AdminTargets {
  calls: CallCounter;
  knobs: KnobState;
  organizations: Organizations;
}

/** Routes under `/__sandbox/`: call counters, knobs, organizations. They never collide with Metronome paths. */
export function adminRoutes({ calls, knobs, organizations }: AdminTargets): Route<AdminHandler>[] {
  return [
    { method: 'GET', path: '/__sandbox/health', handler: () => ({ body: { status: 'ok' } }) },
    { method: 'GET', path: '/__sandbox/calls', handler: () => ({ body: calls.toJSON() }) },
    {
      method: 'DELETE',
      path: '/__sandbox/calls',
      handler: () => {
        calls.reset();
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: '/__sandbox/inflight',
      handler: () => ({ body: { current: calls.inFlight, peak: calls.peakInFlight } }),
    },
    { method: 'GET', path: '/__sandbox/knobs', handler: () => ({ body: knobs.current }) },
    {
      method: 'PUT',
      path: '/__sandbox/knobs',
      handler: ({ body }) => ({ body: knobs.set(parseBody(knobsSchema, body)) }),
    },
    {
      method: 'POST',
      path: '/__sandbox/organizations',
      handler: ({ body }) => {
        const input = parseBody(createOrganization, body);
        const org = organizations.create(input.token, input.name);
        return { status: 201, body: { token: org.token, name: org.name } };
      },
    },
    {
      method: 'PUT',
      path: '/__sandbox/organizations/{token}/webhooks',
      handler: ({ body, params }) => {
        const org = organizationOf(organizations, params.token);
        const input = parseBody(webhookSettings, body);
        org.webhookDestinations = input.destinations;
        if (input.send_resolved !== undefined) org.sendResolvedWebhooks = input.send_resolved;
        return { body: { destinations: org.webhookDestinations.length, send_resolved: org.sendResolvedWebhooks } };
      },
    },
    {
      method: 'PUT',
      path: '/__sandbox/organizations/{token}/rate-card',
      handler: ({ body, params }) => {
        const org = organizationOf(organizations, params.token);
        const input = parseBody(rateCard, body);
        if (input.default_unit_price !== undefined) org.defaultUnitPrice = input.default_unit_price;
        for (const rate of input.rates ?? []) {
          org.product(rate.product_id);
          org.rateCard.set(rate.product_id, { unitPrice: rate.unit_price, creditTypeId: rate.credit_type_id ?? USD_CENTS_ID });
        }
        return { body: { default_unit_price: org.defaultUnitPrice, rates: org.rateCard.size } };
      },
    },
    {
      method: 'POST',
      path: '/__sandbox/organizations/{token}/evaluate',
      handler: ({ params }) => {
        organizationOf(organizations, params.token);
        organizations.engine(params.token ?? '')?.tick();
        return { body: { evaluated: true } };
      },
    },
  ];
}

function organizationOf(organizations: Organizations, token: string | undefined): Organization {
  const org = token === undefined ? undefined : organizations.get(token);
  if (!org) throw notFound('No sandbox organization with that token');
  return org;
}
