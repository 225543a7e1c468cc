/**
 * Latency of one request at a time, to the tenth of a millisecond (autocannon reports whole
 * milliseconds, too coarse for a "≤ 2 ms added" target): N sequential requests on one kept-alive
 * connection, each with a new `Authorization` as the head-to-head sends them, after 20 unrecorded
 * ones. With `--pid`, also the CPU that process used per request (from /proc, user + system).
 *
 *   node --import tsx bench/sequential-latency.ts --url http://127.0.0.1:4730/graphql \
 *     --query ../shared/peer/queries/ours/single-customer.graphql [--n 300] [--pid 1234] [--label ours]
 *   node --import tsx bench/sequential-latency.ts --url http://127.0.0.1:4711/v1/customers/<id> --label direct
 *
 * Without `--query` it GETs the URL (the direct REST baseline). Variables come from the query's
 * `.vars.json` beside it, when there is one. Prints one line: label, p50 / p90 / p99 ms, CPU ms/request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    query: { type: 'string' },
    n: { type: 'string', default: '300' },
    pid: { type: 'string' },
    label: { type: 'string' },
  },
});
if (!values.url) throw new Error('--url is required');
const url = values.url;
const count = Math.min(Number(values.n), 5_000);
const WARM_UP = 20;

function body(): string | undefined {
  if (!values.query) return undefined;
  const varsFile = values.query.replace(/\.graphql$/, '.vars.json');
  const variables = existsSync(varsFile) ? (JSON.parse(readFileSync(varsFile, 'utf8')) as unknown) : {};
  return JSON.stringify({ query: readFileSync(values.query, 'utf8'), variables });
}

/** CPU time (ms) a process has used so far: utime + stime from /proc, in clock ticks of 10 ms. */
function cpuMs(pid: string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const payload = body();
const agent = new Agent({ connections: 1 });
const times: number[] = [];
let cpuStart = 0;
for (let i = 0; i < count + WARM_UP; i += 1) {
  if (i === WARM_UP && values.pid) cpuStart = cpuMs(values.pid);
  const started = performance.now();
  const response = await request(url, {
    dispatcher: agent,
    method: payload ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', authorization: `Bearer latency-${process.pid}-${i}` },
    body: payload,
  });
  await response.body.text();
  if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
  if (i >= WARM_UP) times.push(performance.now() - started);
}
const cpu = values.pid ? ` | CPU ${((cpuMs(values.pid) - cpuStart) / count).toFixed(2)} ms/req` : '';
await agent.close();
times.sort((a, b) => a - b);
const at = (share: number) => (times[Math.floor(share * (times.length - 1))] ?? Number.NaN).toFixed(2);
console.log(`${values.label ?? url}: p50 ${at(0.5)} / p90 ${at(0.9)} / p99 ${at(0.99)} ms over ${count} requests${cpu}`);
