/**
 * The floor the gateway's request cost is judged against: bare `node:http` and graphql-js
 * `execute` over the gateway's own schema, resolvers, loaders, read cache and upstream transport,
 * with parse and validation cached per document. No yoga, no plugins, no metrics, no logging, no
 * limits: what any server over these resolvers would have to pay. Run it in place of the gateway:
 *
 *   PORT=4830 METRONOME_BASE_URL=… METRONOME_BEARER_TOKEN=… AUTH_MODE=passthrough \
 *     NODE_ENV=production node --import tsx bench/floor-server.ts
 *
 * and load it like the gateway (the head-to-head's bench.mjs, or `npm run bench -- overhead`).
 */
import { type DocumentNode, execute, parse, validate } from 'graphql';
import { loadConfig } from '../src/config.js';
import { createLoaders } from '../src/loaders/index.js';
import type { GatewayContext } from '../src/schema/context.js';
import { requestCache } from '../src/cache/service.js';
import { createServices, type GatewayConfig } from '../src/server/services.js';
import { createLogger } from '../src/telemetry/logger.js';
import { serveFloor } from './floor-http.js';

const config = loadConfig(process.env, []);
if (config === 'help' || config.METRONOME_BEARER_TOKEN === undefined) throw new Error('set METRONOME_BEARER_TOKEN');
const services = createServices(config as GatewayConfig, createLogger('silent'));
const documents = new Map<string, DocumentNode>();

function documentOf(query: string): DocumentNode {
  let document = documents.get(query);
  if (!document) {
    document = parse(query);
    const errors = validate(services.schema, document);
    if (errors.length > 0) throw errors[0];
    documents.set(query, document);
  }
  return document;
}

async function answer(authorization: string | undefined, text: string): Promise<string> {
  const { query, variables, operationName } = JSON.parse(text) as {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
  };
  const auth = await services.authenticate(authorization);
  const cache = requestCache(services.cache, auth.viewer.tenant, () => undefined);
  const upstream = auth.client;
  const contextValue: GatewayContext = {
    viewer: auth.viewer,
    upstream,
    liveUpstream: upstream,
    paging: services.paging,
    loaders: createLoaders(cache.reads ? upstream.readingThrough(cache.reads) : upstream),
    cache,
    requestId: 'floor',
    live: services.live,
    metrics: services.metrics,
    upstreamCalls: { count: 0 },
    trace: {},
    now: services.clock,
  };
  const result = await execute({
    schema: services.schema,
    document: documentOf(query),
    variableValues: variables ?? null,
    operationName: operationName ?? null,
    contextValue,
  });
  return JSON.stringify(result);
}
serveFloor({ name: 'floor server', defaultPort: 4830, failureStatus: 400, answer });
