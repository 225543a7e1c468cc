import { z } from 'zod';
import { parseBody } from '../http/validation.js';
import type { Route, SandboxResponse } from '../http/router.js';
import { knobsSchema } from '../knobs.js';
import type { Sandbox } from '../server.js';

/** A sandbox-only route: no organization, no knobs, not counted. */
export type AdminHandler = (request: { body: unknown; params: Record<string, string> }) => SandboxResponse | Promise<SandboxResponse>;

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
  ];
}
