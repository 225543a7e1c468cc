/**
 * `npm run token -- --admin` or `npm run token -- --customer <id> [--customer <id> …]`, with
 * `--expires-in 1h` (default) and `--subject <sub>`: prints a JWT that a gateway running with
 * AUTH_MODE=jwt and the same JWT_SECRET accepts. For development and tests; production tokens come
 * from your identity provider.
 *
 * The gateway's own settings (JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE, the claim names, the Metronome
 * or sandbox address) are read exactly as `npm start` reads them: environment variables, or the
 * same `--kebab-case` flags.
 *
 * A customer is a Metronome UUID, a Customer global ID, or an ingest alias. Aliases are looked up
 * upstream: in Metronome when METRONOME_BEARER_TOKEN is set, otherwise in the demo organization of
 * the sandbox that a running `npm start` embeds (SANDBOX_HOST:SANDBOX_PORT, SANDBOX_DEMO_TOKEN).
 */
import { parseArgs } from 'node:util';
import Metronome from '@metronome/sdk';
import { SignJWT } from 'jose';
import { customerUuidOf } from '../src/auth/customer-ids.js';
import { type Config, ConfigError, loadConfig } from '../src/config.js';

const USAGE = `Usage: npm run token -- (--admin | --customer <uuid | Customer global id | ingest alias> ...) [--expires-in 1h] [--subject <sub>]
       Any gateway flag (e.g. --jwt-secret, --jwt-issuer) may follow; environment variables work too.`;

/** The script's own flags; every other argument is a gateway setting for loadConfig. */
const OWN_FLAGS = {
  admin: { type: 'boolean' },
  customer: { type: 'string', multiple: true },
  'expires-in': { type: 'string' },
  subject: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

/** Splits argv into this script's flags and the gateway's settings flags. */
function splitArguments(argv: string[]): { own: string[]; settings: string[] } {
  const own: string[] = [];
  const settings: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const name = argument.replace(/^--?/, '').split('=')[0] ?? '';
    const flag = name === 'h' ? 'help' : name;
    if (!argument.startsWith('-') || !(flag in OWN_FLAGS)) {
      settings.push(argument);
      continue;
    }
    own.push(argument);
    const takesValue = OWN_FLAGS[flag as keyof typeof OWN_FLAGS].type === 'string';
    if (takesValue && !argument.includes('=') && index + 1 < argv.length) {
      index += 1;
      own.push(argv[index] ?? '');
    }
  }
  return { own, settings };
}

/** Where ingest aliases are looked up (see the header comment). */
function upstreamOf(config: Config): { baseURL: string; bearerToken: string; what: string } {
  if (config.METRONOME_BEARER_TOKEN) {
    return {
      baseURL: config.METRONOME_BASE_URL,
      bearerToken: config.METRONOME_BEARER_TOKEN,
      what: `Metronome at ${config.METRONOME_BASE_URL}`,
    };
  }
  const baseURL = `http://${config.SANDBOX_HOST}:${config.SANDBOX_PORT}`;
  return { baseURL, bearerToken: config.SANDBOX_DEMO_TOKEN, what: `the embedded sandbox at ${baseURL} (is \`npm start\` running?)` };
}

async function resolveAliases(values: string[], config: Config): Promise<string[]> {
  const upstream = upstreamOf(config);
  const client = new Metronome({ baseURL: upstream.baseURL, bearerToken: upstream.bearerToken, maxRetries: 0, timeout: 10_000 });
  const ids: string[] = [];
  for (const value of values) {
    const uuid = customerUuidOf(value);
    if (uuid !== undefined) {
      ids.push(uuid);
      continue;
    }
    let found: string | undefined;
    try {
      found = (await client.v1.customers.list({ ingest_alias: value, limit: 1 })).data[0]?.id;
    } catch {
      throw new UsageError(`Could not look up the ingest alias "${value}" in ${upstream.what}; pass the customer's UUID instead.`);
    }
    if (found === undefined) throw new UsageError(`No customer has the ingest alias "${value}" in ${upstream.what}.`);
    ids.push(found);
  }
  return ids;
}

async function main(argv: string[]): Promise<string> {
  const split = splitArguments(argv);
  let flags: ReturnType<typeof parseArgs<{ options: typeof OWN_FLAGS; args: string[] }>>['values'];
  try {
    flags = parseArgs({ args: split.own, options: OWN_FLAGS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (flags.help) return USAGE;
  const customers = flags.customer ?? [];
  if (flags.admin === customers.length > 0) throw new UsageError(`Give either --admin or at least one --customer.\n${USAGE}`);

  const config = loadConfig(process.env, split.settings);
  if (config === 'help') return USAGE;
  if (!config.JWT_SECRET) {
    throw new UsageError(
      config.JWT_JWKS_URL
        ? 'This gateway verifies tokens with JWT_JWKS_URL keys; get a token from the identity provider that holds them.'
        : 'Set JWT_SECRET (at least 32 characters) as the gateway has it, in the environment or with --jwt-secret.',
    );
  }

  const claims: Record<string, unknown> = flags.admin
    ? { [config.JWT_ROLE_CLAIM]: 'admin' }
    : { [config.JWT_CUSTOMER_IDS_CLAIM]: await resolveAliases(customers, config) };
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setSubject(flags.subject ?? (flags.admin ? 'dev-admin' : `dev-customer-${customers.join(',')}`));
  try {
    jwt.setExpirationTime(flags['expires-in'] ?? '1h');
  } catch {
    throw new UsageError(`--expires-in takes a duration such as 30m, 1h, 7d (got "${flags['expires-in']}").`);
  }
  if (config.JWT_ISSUER) jwt.setIssuer(config.JWT_ISSUER);
  if (config.JWT_AUDIENCE) jwt.setAudience(config.JWT_AUDIENCE);
  return jwt.sign(new TextEncoder().encode(config.JWT_SECRET));
}

try {
  console.log(await main(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof UsageError || error instanceof ConfigError || error instanceof TypeError ? error.message : error);
  process.exit(2);
}
