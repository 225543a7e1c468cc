import { parseArgs } from 'node:util';
import { z } from 'zod';

/**
 * Every setting of the gateway, from environment variables, each mirrored by a `--kebab-case`
 * flag (flags win). Invalid values stop startup with a message naming the variable.
 */

const port = z.coerce.number().int().min(0).max(65_535);
const bool = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

export const settings = {
  NODE_ENV: {
    schema: z.enum(['development', 'production', 'test']).default('development'),
    help: 'production turns GraphiQL, introspection and field suggestions off by default, and logs plain JSON',
  },
  HOST: { schema: z.string().min(1).default('127.0.0.1'), help: 'Interface the gateway binds to' },
  PORT: { schema: port.default(4000), help: 'Gateway port (0 picks a free one)' },
  METRONOME_BASE_URL: { schema: z.url().default('https://api.metronome.com'), help: 'Metronome API origin' },
  METRONOME_BEARER_TOKEN: {
    schema: z.string().min(1).optional(),
    help: 'Metronome API token; when unset, the embedded sandbox is started and used',
    secret: true,
  },
  METRONOME_WEBHOOK_SECRET: { schema: z.string().min(1).optional(), help: 'Secret that signs Metronome webhooks', secret: true },
  SANDBOX_HOST: { schema: z.string().min(1).default('127.0.0.1'), help: 'Interface of the embedded sandbox' },
  SANDBOX_PORT: { schema: port.default(4010), help: 'Port of the embedded sandbox (0 picks a free one)' },
  SANDBOX_DEMO_TOKEN: { schema: z.string().min(8).default('sandbox-demo-token'), help: "Token of the sandbox's demo organization" },
  SANDBOX_SIMULATOR: { schema: bool.default(true), help: 'Stream simulated usage into the demo organization' },
  SANDBOX_SIMULATOR_TICKS: { schema: z.coerce.number().min(0.1).max(100).default(1), help: 'Simulated usage batches per second' },
  SANDBOX_SEED: { schema: z.coerce.number().int().default(42), help: 'Seed of the usage simulator (same seed, same usage)' },
  REDIS_URL: { schema: z.string().min(1).optional(), help: 'Redis for pub/sub and shared state across instances' },
  POLL_INTERVAL_MS: { schema: z.coerce.number().int().min(100).default(30_000), help: 'How often watched customers are polled' },
  AUTH_MODE: { schema: z.enum(['none', 'jwt', 'passthrough']).default('none'), help: 'Who may call the gateway: none | jwt | passthrough' },
  JWT_SECRET: { schema: z.string().min(32, 'use at least 32 characters').optional(), help: 'HS256 secret for AUTH_MODE=jwt', secret: true },
  JWT_JWKS_URL: { schema: z.url().optional(), help: 'JWKS URL for AUTH_MODE=jwt (RS256/ES256 keys, cached)' },
  JWT_ISSUER: { schema: z.string().min(1).optional(), help: 'Required `iss` of JWTs, when set' },
  JWT_AUDIENCE: { schema: z.string().min(1).optional(), help: 'Required `aud` of JWTs, when set' },
  JWT_ROLE_CLAIM: { schema: z.string().min(1).default('role'), help: 'Claim whose value "admin" makes an admin viewer' },
  JWT_CUSTOMER_IDS_CLAIM: { schema: z.string().min(1).default('customer_ids'), help: 'Claim listing the customer ids a viewer may see' },
  MAX_UPSTREAM_CALLS_PER_OPERATION: {
    schema: z.coerce.number().int().min(1).default(150),
    help: 'Budget of estimated Metronome calls per operation',
  },
  METRONOME_ALERTS_PAGE_SIZE: {
    schema: z.coerce.number().int().min(1).max(100).default(25),
    help: "Items per page of Metronome's customer-alerts list, which takes no page size (the call estimate counts such pages)",
  },
  CURSOR_SECRET: {
    schema: z.string().min(32, 'use at least 32 characters').optional(),
    help: 'Key that signs connection cursors; give every instance the same one (unset: a random key per process)',
    secret: true,
  },
  MAX_DEPTH: { schema: z.coerce.number().int().min(1).default(12), help: 'Deepest selection allowed' },
  MAX_ALIASES: { schema: z.coerce.number().int().min(1).default(30), help: 'Aliases allowed per operation' },
  MAX_TOKENS: { schema: z.coerce.number().int().min(10).default(3000), help: 'Tokens allowed per document' },
  MAX_DIRECTIVES: { schema: z.coerce.number().int().min(1).default(20), help: 'Directives allowed per operation' },
  RATE_LIMIT_PER_MINUTE: {
    schema: z.coerce.number().int().min(0).default(600),
    help: 'Operations per viewer per minute (0 = unlimited); shared through Redis',
  },
  MAX_BODY_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .min(1024)
      .default(256 * 1024),
    help: 'Largest request body accepted (413 above)',
  },
  CORS_ORIGINS: { schema: list.default([]), help: 'Comma-separated origins allowed by CORS (unset: same origin only)' },
  // Unset means "not in production": the default follows NODE_ENV (see resolveDerived).
  INTROSPECTION: { schema: bool.optional(), help: 'Answer introspection queries (default: true, false when NODE_ENV=production)' },
  GRAPHIQL: { schema: bool.optional(), help: 'Serve GraphiQL at /graphql (default: true, false when NODE_ENV=production)' },
  UPSTREAM_TIMEOUT_MS: { schema: z.coerce.number().int().min(100).default(15_000), help: 'Per-attempt deadline of an upstream call' },
  UPSTREAM_MAX_ATTEMPTS: {
    schema: z.coerce.number().int().min(1).max(10).default(3),
    help: 'Attempts per upstream call (reads, keyed writes)',
  },
  UPSTREAM_MAX_CONCURRENCY: { schema: z.coerce.number().int().min(1).default(128), help: 'Upstream calls in flight at once' },
  // No default: a gateway serving one organization (jwt, none) should get the whole process cap
  // when an operator raises it; passthrough deployments set this to keep one token from taking all.
  UPSTREAM_MAX_CONCURRENCY_PER_TENANT: {
    schema: z.coerce.number().int().min(1).optional(),
    help: 'Upstream calls in flight at once for one organization (passthrough: one token); the rest of its calls queue (default: no separate cap, UPSTREAM_MAX_CONCURRENCY applies)',
  },
  UPSTREAM_CONNECTIONS: { schema: z.coerce.number().int().min(1).default(128), help: 'Keep-alive connections to Metronome' },
  UPSTREAM_CONNECT_TIMEOUT_MS: {
    schema: z.coerce.number().int().min(100).default(5_000),
    help: 'Deadline for opening a connection to Metronome',
  },
  UPSTREAM_MAX_RETRY_AFTER_MS: {
    schema: z.coerce.number().int().min(0).default(10_000),
    help: 'Longest Retry-After from Metronome that is waited out (longer: the error goes to the caller)',
  },
  UPSTREAM_RETRY_BASE_DELAY_MS: {
    schema: z.coerce.number().int().min(1).default(250),
    help: 'Delay before the first retry of an upstream call, doubled each time',
  },
  UPSTREAM_RETRY_MAX_DELAY_MS: { schema: z.coerce.number().int().min(1).default(4_000), help: 'Cap on one computed retry delay' },
  DRAIN_TIMEOUT_MS: {
    schema: z.coerce.number().int().min(0).default(5_000),
    help: 'How long in-flight HTTP requests may take to finish on shutdown',
  },
  TRUSTED_DOCUMENTS: {
    schema: z.enum(['off', 'allow', 'only']).default('allow'),
    help: 'Trusted documents by documentId: off | allow (ids or documents) | only (ids only)',
  },
  TRUSTED_DOCUMENTS_ADMIN_ARBITRARY: {
    schema: bool.default(false),
    help: 'With TRUSTED_DOCUMENTS=only, admins may still send any document (GraphiQL)',
  },
  TRUSTED_DOCUMENTS_MANIFEST: {
    schema: z.string().min(1).optional(),
    help: 'Manifest of trusted documents (JSON: documentId → document); default: the bundled one',
  },
  TRUSTED_DOCUMENTS_GET_MAX_AGE_S: {
    schema: z.coerce.number().int().min(0).default(5),
    help: 'Cache-Control max-age (private) of a successful GET by documentId',
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: { schema: z.url().optional(), help: 'OTLP/HTTP endpoint for traces; tracing is off when unset' },
  OTEL_TRACES_SAMPLER_ARG: {
    schema: z.coerce.number().min(0).max(1).default(0.05),
    help: "Share of operations traced (0…1) when the caller sent no traceparent; a caller's sampled traceparent is always followed",
  },
  BREAKER_FAILURE_THRESHOLD: {
    schema: z.coerce.number().int().min(1).default(5),
    help: 'Failures in a row that open an upstream route’s circuit',
  },
  BREAKER_COOLDOWN_MS: {
    schema: z.coerce.number().int().min(100).default(10_000),
    help: 'How long an open circuit answers UPSTREAM_UNAVAILABLE before a trial call',
  },
  SUBSCRIPTION_SHARING: {
    schema: z.enum(['on', 'off']).default('on'),
    help: 'Execute each subscription event once per distinct (document, variables, viewer scope) and send the same bytes to all: on | off',
  },
  SUBSCRIBER_MAX_BUFFERED_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    help: 'Unsent bytes a graphql-ws connection may hold before it is closed as too slow (1013)',
  },
  CACHE: {
    schema: z.enum(['off', 'memory', 'redis']).optional(),
    help: 'Upstream read cache: off | memory | redis (default: redis when REDIS_URL is set, else memory)',
  },
  CACHE_MAX_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .min(1024 * 1024)
      .default(64 * 1024 * 1024),
    help: 'Memory bound of the cache per instance; least recently used entries are evicted',
  },
  CACHE_TTL_MS: {
    schema: z.coerce.number().int().min(100).optional(),
    help: 'Longest life of a cached read with no change signal (default: POLL_INTERVAL_MS)',
  },
  CACHE_STATUS_TTL_MS: {
    schema: z.coerce.number().int().min(100).optional(),
    help: 'Same for alert statuses (default: CACHE_TTL_MS with a webhook secret, else a fifth of the poll interval, at most 5 s)',
  },
  LOG_LEVEL: { schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'), help: 'Log level' },
} as const;

type Settings = typeof settings;
export type SettingName = keyof Settings;
type Parsed = { [K in SettingName]: z.output<Settings[K]['schema']> };
/** Derived settings (their default depends on another one) are always resolved. */
type Derived = 'INTROSPECTION' | 'GRAPHIQL';
export type Config = Omit<Parsed, Derived> & { [K in Derived]: boolean };

/** Fills in the settings whose default depends on another setting. */
function resolveDerived(parsed: Parsed): Config {
  const development = parsed.NODE_ENV !== 'production';
  return { ...parsed, INTROSPECTION: parsed.INTROSPECTION ?? development, GRAPHIQL: parsed.GRAPHIQL ?? development };
}

/** The configuration with every setting at its default (as `--help` lists them). */
export function defaultConfig(): Config {
  const config = loadConfig({}, []);
  if (config === 'help') throw new Error('unreachable');
  return config;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const flagName = (name: string): string => name.toLowerCase().replaceAll('_', '-');

/** Reads the configuration; `argv` are the CLI arguments after the script name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config | 'help' {
  const { values }: { values: Record<string, string | boolean | undefined> } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(Object.keys(settings).map((name) => [flagName(name), { type: 'string' as const }])),
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';

  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(settings)) {
    const fromFlag = values[flagName(name)];
    const raw = typeof fromFlag === 'string' ? fromFlag : env[name] === '' ? undefined : env[name];
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) config[name] = parsed.data;
    else
      problems.push(
        `${name}: ${parsed.error.issues.map((issue) => issue.message).join('; ')} (got ${shownValue(name as SettingName, raw)})`,
      );
  }
  const resolved = resolveDerived(config as Parsed);
  if (problems.length === 0) problems.push(...crossChecks(resolved));
  if (problems.length > 0) throw new ConfigError(problems);
  return resolved;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Rules that involve more than one setting. */
function crossChecks(config: Config): string[] {
  const problems: string[] = [];
  if (config.AUTH_MODE === 'jwt' && !config.JWT_SECRET && !config.JWT_JWKS_URL) {
    problems.push('JWT_SECRET: AUTH_MODE=jwt needs JWT_SECRET (HS256) or JWT_JWKS_URL');
  }
  // Without authentication anyone who can reach the gateway acts with its Metronome token: only
  // acceptable on loopback, or against the embedded sandbox's demo data.
  if (config.AUTH_MODE === 'none' && config.METRONOME_BEARER_TOKEN !== undefined && !LOOPBACK.test(config.HOST)) {
    problems.push(
      `AUTH_MODE: "none" would let anyone reaching ${config.HOST} act with your Metronome token; bind HOST to 127.0.0.1 or use AUTH_MODE=jwt or passthrough`,
    );
  }
  if (config.CACHE === 'redis' && !config.REDIS_URL) problems.push('CACHE: "redis" needs REDIS_URL');
  return problems;
}

/** `--help` text: every setting with its flag, default and purpose. */
export function helpText(): string {
  const lines = ['Usage: npm start -- [--flag value ...]', '', 'Every flag mirrors an environment variable:', ''];
  const defaults = defaultConfig();
  const rows = Object.entries(settings).map(([name, setting]) => [
    `--${flagName(name)}`,
    name,
    `default ${formatValue(defaults[name as SettingName])}`,
    setting.help,
  ]);
  // Each column as wide as its longest entry, so long flags do not push their row out of line.
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  for (const row of rows) {
    lines.push(`  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell)).join('  ')}`);
  }
  return lines.join('\n');
}

/** The settings the startup summary always shows, default or not. */
const KEY_SETTINGS = new Set<string>(['AUTH_MODE', 'METRONOME_BASE_URL', 'REDIS_URL', 'POLL_INTERVAL_MS']);

/**
 * A short startup summary (secrets masked): the key settings whatever their value, then only the
 * others that differ from their defaults.
 */
export function summarizeConfig(config: Config): string {
  const defaults = describeConfig(defaultConfig());
  const described = Object.entries(describeConfig(config));
  const key = described.filter(([name]) => KEY_SETTINGS.has(name));
  const changed = described.filter(([name, value]) => !KEY_SETTINGS.has(name) && JSON.stringify(defaults[name]) !== JSON.stringify(value));
  const list = (entries: [string, unknown][]) => entries.map(([name, value]) => `${name}=${formatValue(value)}`).join('  ');
  return `${list(key)}; changed from defaults: ${changed.length > 0 ? list(changed) : '(none)'}`;
}

/** How a setting's value reads in `--help` and the startup summary. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '(unset)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(',');
  return String(value);
}

/** The configuration with secrets masked, for the startup summary. */
function describeConfig(config: Config): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([name, value]) => {
      const secret = 'secret' in settings[name as SettingName];
      if (value === undefined) return [name, value];
      if (secret) return [name, '***'];
      return [name, typeof value === 'string' ? maskUrlCredentials(value) : value];
    }),
  );
}

/**
 * A value as an error message may quote it: a secret only by its length (a too-short secret is
 * still most of a secret), anything else with the credentials of a URL masked.
 */
function shownValue(name: SettingName, raw: string | undefined): string {
  if (raw === undefined) return 'nothing';
  if ('secret' in settings[name]) return `${raw.length} characters`;
  return JSON.stringify(maskUrlCredentials(raw));
}

/**
 * `redis://user:password@host` → `redis://user:***@host`. Any setting may be a URL with
 * credentials in it (REDIS_URL typically is), so every value shown goes through this.
 */
function maskUrlCredentials(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i, (_match, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return colon === -1 ? `${scheme}***@` : `${scheme}${userinfo.slice(0, colon)}:***@`;
  });
}
