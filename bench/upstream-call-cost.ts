/**
 * CPU per upstream call, by itself: how the gateway's transport reads an answer (undici `dispatch`
 * with the body gathered in the handler, src/upstream/dispatch-text.ts) against undici's
 * `request()` + `body.text()` (what it did before), both followed by `JSON.parse`. 40 calls in
 * flight, a new `Authorization` per call, rounds alternating between the two so that a busy
 * machine weighs on both alike. Point it at the head-to-head's counting proxy (static upstream):
 *
 *   node --import tsx bench/upstream-call-cost.ts http://127.0.0.1:4611 [calls per round, 20000] [rounds, 3]
 *
 * Prints the CPU this process used per call (user + system), per variant and round.
 */
import { Pool } from 'undici';
import { dispatchText } from '../src/upstream/dispatch-text.js';

const [origin = 'http://127.0.0.1:4611', callsArg = '20000', roundsArg = '3'] = process.argv.slice(2);
const calls = Math.min(Number(callsArg), 100_000);
const rounds = Math.min(Number(roundsArg), 10);
const IN_FLIGHT = 40;
const pool = new Pool(origin, { connections: 128 });
const path = '/v1/contracts/customerCommits/list';
const body = JSON.stringify({ customer_id: 'd7abd0cd-4ae9-4db7-8676-e986a4ebd8dc', limit: 25 });
const headers = (n: number) => ({ authorization: `Bearer call-${n}`, accept: 'application/json', 'content-type': 'application/json' });

const variants: Record<string, (n: number) => Promise<unknown>> = {
  'request() + body.text()': async (n) => {
    const response = await pool.request({ method: 'POST', path, headers: headers(n), body });
    return JSON.parse(await response.body.text()) as unknown;
  },
  'dispatch, body gathered in the handler': async (n) => {
    const response = await dispatchText(pool, { method: 'POST', path, headers: headers(n), body });
    return JSON.parse(response.text) as unknown;
  },
};

async function measure(call: (n: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < calls) await call((next += 1));
  };
  const before = process.cpuUsage();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

await measure(variants['request() + body.text()'] as (n: number) => Promise<unknown>); // warm-up
const results = new Map<string, number[]>();
for (let round = 0; round < rounds; round += 1) {
  for (const [name, call] of Object.entries(variants)) {
    const perCall = await measure(call);
    results.set(name, [...(results.get(name) ?? []), perCall]);
  }
}
for (const [name, values] of results) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  console.log(`${name}: ${values.map((v) => v.toFixed(4)).join(' ')} ms CPU per call (median ${median.toFixed(4)})`);
}
await pool.close();
