import { z } from 'zod';
import { parseBody } from '../http/validation.js';
import type { Route, SandboxResponse } from '../http/router.js';
import { notFound } from '../http/errors.js';
import { knobsSchema } from '../knobs.js';
import { USD_CENTS_ID, type Organization } from '../store/organization.js';
import type { Sandbox } from '../server.js';

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

/** Routes under `/__sandbox/`: call counters, knobs, organizations. They never collide with Metronome paths. */
export function adminRoutes(sandbox: Sandbox): Route<AdminHandler>[] {
  return [
    { method: 'GET', path: '/__sandbox/health', handler: () => ({ body: { status: 'ok' } }) },
    { method: 'GET', path: '/__sandbox/calls', handler: () => ({ body: sandbox.calls.toJSON() }) },
    {
      method: 'DELETE',
      path: '/__sandbox/calls',
      handler: () => {
        sandbox.calls.reset();
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: '/__sandbox/inflight',
      handler: () => ({ body: { current: sandbox.calls.inFlight, peak: sandbox.calls.peakInFlight } }),
    },
    { method: 'GET', path: '/__sandbox/knobs', handler: () => ({ body: sandbox.currentKnobs }) },
    {
      method: 'PUT',
      path: '/__sandbox/knobs',
      handler: ({ body }) => ({ body: sandbox.setKnobs(parseBody(knobsSchema, body)) }),
    },
    {
      method: 'POST',
      path: '/__sandbox/organizations',
      handler: ({ body }) => {
        const input = parseBody(createOrganization, body);
        const org = sandbox.createOrganization(input.token, input.name);
        return { status: 201, body: { token: org.token, name: org.name } };
      },
    },
    {
      method: 'PUT',
      path: '/__sandbox/organizations/{token}/webhooks',
      handler: ({ body, params }) => {
        const org = organizationOf(sandbox, params.token);
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
        const org = organizationOf(sandbox, params.token);
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
        organizationOf(sandbox, params.token);
        sandbox.engine(params.token ?? '')?.tick();
        return { body: { evaluated: true } };
      },
    },
  ];
}

function organizationOf(sandbox: Sandbox, token: string | undefined): Organization {
  const org = token === undefined ? undefined : sandbox.organization(token);
  if (!org) throw notFound('No sandbox organization with that token');
  return org;
}
