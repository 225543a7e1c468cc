import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/server.js';
import { YEAR_END, YEAR_START } from './world.js';
import { signWebhook } from '../../src/sandbox/webhooks/signature.js';
import { eventually } from './wait.js';

/** The sum of a Prometheus metric's samples whose labels include `labels`, read from `/metrics`. */
export async function metricValue(gatewayUrl: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = match[2] ?? '';
    if (Object.entries(labels).every(([key, value]) => present.includes(`${key}="${value}"`))) sum += Number(match[3]);
  }
  return sum;
}

/**
 * Waits until a metric reaches `atLeast` (e.g. the webhook acknowledgement counter), asking
 * again on each short turn; fails after `timeoutMs`. The counter moves when the event happened, so this waits
 * on the event, not on time.
 */
export async function waitForMetric(
  gatewayUrl: string,
  name: string,
  labels: Record<string, string>,
  atLeast: number,
  timeoutMs = 5_000,
): Promise<number> {
  return eventually(
    `${name}${JSON.stringify(labels)} to reach ${atLeast}`,
    async () => {
      const value = await metricValue(gatewayUrl, name, labels);
      return value >= atLeast && value;
    },
    timeoutMs,
  );
}

/** Posts a webhook signed like Metronome signs them; answers the gateway's status code. */
export async function postSignedWebhook(webhookUrl: string, secret: string, payload: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify({ id: randomUUID(), ...payload });
  const date = new Date().toUTCString();
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-metronome-date': date,
      'metronome-webhook-signature': signWebhook(secret, date, body),
    },
    body,
  });
  await response.text();
  return response.status;
}

/** The total of a sandbox call count map. */
export function totalCalls(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, count) => sum + count, 0);
}

/** One named operation of the README's examples, as printed there. */
export function readmeOperation(name: string): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  const block = blocks.find((text) => new RegExp(`^(query|mutation|subscription) ${name}\\b`, 'm').test(text));
  if (!block) throw new Error(`The README has no operation named ${name}`);
  return block;
}

/** Adds a prepaid commit to a customer directly in the sandbox (behind the gateway's back). */
export async function addCommit(sandbox: Sandbox, token: string, customerId: string, name: string): Promise<string> {
  const org = sandbox.organization(token);
  if (!org) throw new Error('no such organization');
  const post = async (path: string, body: unknown): Promise<string> =>
    ((await sandbox.dispatch(org, 'POST', path, body)) as { data: { id: string } }).data.id;
  const productId = await post('/v1/contract-pricing/products/create', { name: `Product for ${name}`, type: 'FIXED' });
  return post('/v1/contracts/customerCommits/create', {
    customer_id: customerId,
    type: 'PREPAID',
    name,
    priority: 1,
    product_id: productId,
    access_schedule: { schedule_items: [{ amount: 1000, starting_at: YEAR_START, ending_before: YEAR_END }] },
  });
}
