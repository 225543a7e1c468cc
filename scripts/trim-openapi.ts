/**
 * Writes test/fixtures/metronome-openapi.json: the paths of Metronome's OpenAPI spec that the
 * sandbox serves, with the component schemas they reach, descriptions and examples stripped.
 * Usage: tsx scripts/trim-openapi.ts [path/to/metronome-openapi.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SOURCE = process.argv[2] ?? '../shared/docs/metronome-openapi.json';
const TARGET = 'test/fixtures/metronome-openapi.json';

const PATHS = [
  '/v1/customers',
  '/v1/customers/{customer_id}',
  '/v1/customers/archive',
  '/v1/customer-alerts/get',
  '/v1/customer-alerts/list',
  '/v1/customer-alerts/reset',
  '/v1/alerts/create',
  '/v1/alerts/archive',
  '/v1/contracts/customerCommits/create',
  '/v1/contracts/customerCommits/list',
  '/v1/contracts/customerCommits/updateEndDate',
  '/v1/contracts/customerCredits/create',
  '/v1/contracts/customerCredits/list',
  '/v1/contracts/customerCredits/updateEndDate',
  '/v1/contracts/customerBalances/list',
  '/v1/contracts/customerBalances/getNetBalance',
  '/v1/customers/{customer_id}/invoices',
  '/v1/customers/{customer_id}/invoices/{invoice_id}',
  '/v1/customers/{customer_id}/invoices/breakdowns',
  '/v1/usage',
  '/v1/usage/groups',
  '/v1/billable-metrics',
  '/v1/billable-metrics/{billable_metric_id}',
  '/v1/billable-metrics/create',
  '/v1/credit-types/list',
  '/v1/contract-pricing/products/create',
  '/v1/ingest',
];

const DROP = new Set(['description', 'example', 'examples', 'summary', 'externalDocs', 'x-mint', 'x-codeSamples']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function strip(value: Json): Json {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!DROP.has(key)) out[key] = strip(inner);
    }
    return out;
  }
  return value;
}

function refsIn(value: Json, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) refsIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.add(inner);
      else refsIn(inner, found);
    }
  }
}

const spec = JSON.parse(readFileSync(SOURCE, 'utf8')) as { paths: Record<string, Json>; components: Record<string, Record<string, Json>> };
const paths: Record<string, Json> = {};
for (const path of PATHS) {
  const item = spec.paths[path];
  if (!item) throw new Error(`path ${path} is not in the spec`);
  paths[path] = item;
}

// Follow $refs until closed over.
const components: Record<string, Record<string, Json>> = {};
const pending = new Set<string>();
refsIn(paths as Json, pending);
const seen = new Set<string>();
while (pending.size > 0) {
  const [ref] = pending;
  if (ref === undefined) break;
  pending.delete(ref);
  if (seen.has(ref)) continue;
  seen.add(ref);
  const [, , section, name] = ref.split('/');
  if (!section || !name) continue;
  const target = spec.components[section]?.[name];
  if (target === undefined) throw new Error(`unresolved ${ref}`);
  (components[section] ??= {})[name] = target;
  refsIn(target, pending);
}

const trimmed = strip({
  openapi: '3.0.1',
  info: { title: 'Metronome (trimmed for sandbox tests)', version: 'vendored' },
  paths,
  components,
} as Json);
writeFileSync(TARGET, `${JSON.stringify(trimmed, null, 1)}\n`);
console.log(`wrote ${TARGET}: ${PATHS.length} paths, ${seen.size} components`);
