/**
 * `npm run bench [-- scenario ...]`: runs the benchmark scenarios, prints their figures and
 * writes bench/RESULTS.md with the machine they ran on and the command that produced them.
 * Figures only: nothing here passes or fails.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { printTable } from './report.js';
import { abandon } from './abandon.js';
import { cacheDashboard20, cacheDashboard50 } from './cache.js';
import { dashboard, overhead } from './http.js';
import { fanout, webhookLatencyOne, webhookLatencyTwo } from './live.js';
import { run as sandboxIngest } from './sandbox-ingest.js';
import { wsFloor } from './ws-floor.js';

type Scenario = { title: string; run: () => Promise<Record<string, string | number>> };

const SCENARIOS: Record<string, Scenario> = {
  overhead: {
    title:
      'Overhead: the gateway alone (own process, canned upstream), customer(id) { name }: CPU per request as text, by trusted documentId, with tracing on, from a new caller every request',
    run: overhead,
  },
  abandon: {
    title: 'Callers abandoning half their requests mid-flight against a healthy upstream: the circuit breaker stays closed',
    run: abandon,
  },
  dashboard: { title: 'Dashboard: 50 customers with alerts and commit balances, upstream latency 20 ms (autocannon)', run: dashboard },
  'cache-dashboard-20': {
    title: 'Read cache: README dashboard, 20 customers, upstream latency 20 ms, cold vs warm, CACHE=off vs memory (autocannon)',
    run: cacheDashboard20,
  },
  'cache-dashboard-50': {
    title: 'Read cache: README dashboard, 50 customers, upstream latency 20 ms, cold vs warm, CACHE=off vs memory (autocannon)',
    run: cacheDashboard50,
  },
  'sandbox-ingest': {
    title: 'Sandbox: ingest 100,000 events, 1,000 customers × 20 notifications, evaluated as they arrive',
    run: sandboxIngest,
  },
  'webhook-latency': { title: 'Usage → webhook → subscriber latency, one instance', run: webhookLatencyOne },
  'webhook-latency-redis': { title: 'Usage → webhook on A → subscriber on B, two instances via Redis', run: webhookLatencyTwo },
  'fanout-1k': {
    title: 'One change fanned out to 1,000 graphql-ws subscribers (1,000 connections)',
    run: () => fanout({ subscribers: 1_000, connections: 1_000 }),
  },
  'fanout-10k': {
    title: 'One change fanned out to 10,000 graphql-ws subscribers (1,000 connections × 10)',
    run: () => fanout({ subscribers: 10_000, connections: 1_000 }),
  },
  'fanout-50k': {
    title: 'One change fanned out to 50,000 graphql-ws subscribers on one instance (5,000 connections × 10)',
    run: () => fanout({ subscribers: 50_000, connections: 5_000 }),
  },
  'fanout-mixed': {
    title: 'One change fanned out to 10,000 subscribers spread over 100 distinct documents (1,000 connections × 10)',
    run: () => fanout({ subscribers: 10_000, connections: 1_000, documents: 100 }),
  },
  'fanout-floor-1k': {
    title: 'Floor under fan-out: a bare ws server writing one status-sized frame to each of 1,000 connections (no gateway)',
    run: () => wsFloor(1_000),
  },
  'fanout-redis': {
    title: 'One change fanned out to 5,000 subscribers on each of two instances via Redis (2 × 500 connections × 10)',
    run: () => fanout({ subscribers: 10_000, connections: 1_000, instances: 2 }),
  },
};

const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const names = chosen.length > 0 ? chosen : Object.keys(SCENARIOS);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const envPrefix = process.env.NODE_ENV ? `NODE_ENV=${process.env.NODE_ENV} ` : '';
const command = `${envPrefix}npm run bench${chosen.length > 0 ? ` -- ${chosen.join(' ')}` : ''}`;

// RESULTS.md keeps one section per scenario; a run replaces the sections of what it ran.
const resultsFile = new URL('./RESULTS.md', import.meta.url);
const sections = new Map<string, string>();
if (existsSync(resultsFile)) {
  for (const part of readFileSync(resultsFile, 'utf8')
    .split(/^(?=## )/m)
    .slice(1)) {
    const title = part.slice(3, part.indexOf('\n'));
    sections.set(title, part.trimEnd());
  }
}
for (const name of names) {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`Unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  const figures = await scenario.run();
  printTable(scenario.title, figures);
  const rows = Object.entries(figures)
    .map(([key, value]) => `| ${key} | ${value} |`)
    .join('\n');
  sections.set(
    scenario.title,
    `## ${scenario.title}\n\n${new Date().toISOString().slice(0, 10)}, ${machine}, \`${command}\`\n\n| figure | value |\n|---|---|\n${rows}`,
  );
}
const known = new Set(Object.values(SCENARIOS).map((scenario) => scenario.title));
const ordered = [
  ...Object.values(SCENARIOS)
    .map((scenario) => sections.get(scenario.title))
    .filter((section): section is string => section !== undefined),
  // Hand-written sections (profiling notes) are kept, after the figures.
  ...[...sections.entries()].filter(([title]) => !known.has(title)).map(([, section]) => section),
];
writeFileSync(
  resultsFile,
  `# Benchmark results\n\nFigures from \`npm run bench\` (all scenarios) or \`npm run bench -- <scenario>\`; each section says when, where and with which command it was produced. None of this is a pass/fail test.\n\n${ordered.join('\n\n')}\n`,
);
console.log(`\nwrote bench/RESULTS.md (${machine})`);
