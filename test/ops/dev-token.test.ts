import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useGateway } from '../helpers/gateway.js';
import { bearer, jwtMode } from '../helpers/jwt.js';
import { seedCustomers, type SeededCustomer } from '../helpers/seed.js';
import { claimsOf, runTokenScript } from '../helpers/token-script.js';

// `npm run token` prints a JWT for a gateway in AUTH_MODE=jwt. It reads the gateway's settings the
// way `npm start` does, so a token it prints is accepted by a gateway with the same settings.

const ISSUER = 'https://idp.example.test';
const AUDIENCE = 'metronome-gateway';
const SECRET = jwtMode.JWT_SECRET ?? '';
const harness = useGateway({ gateway: { ...jwtMode, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE } });

const VisibleCustomers = graphql(`
  query VisibleCustomers {
    customers(first: 10) {
      edges {
        node {
          name
        }
      }
    }
  }
`);

let acme: SeededCustomer;
let globex: SeededCustomer;
/** The gateway's JWT settings, as a developer would export them. */
const jwtSettings = { JWT_SECRET: SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE };

beforeAll(async () => {
  [acme, globex] = (await seedCustomers(harness, [
    { name: 'Acme', alias: 'acme' },
    { name: 'Globex', alias: 'globex' },
  ])) as [SeededCustomer, SeededCustomer];
});

/** The names of the customers a token lets its holder list through the gateway. */
async function namesSeenWith(token: string): Promise<string[]> {
  const { status, body } = await harness.execute(VisibleCustomers, {}, bearer(token));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return (body.data?.customers?.edges ?? []).map((edge) => edge.node.name).sort();
}

describe('npm run token', () => {
  it('prints an admin token the jwt-mode gateway accepts: every customer is visible', async () => {
    const run = await runTokenScript(['--admin', '--expires-in', '2d'], jwtSettings);
    expect(run.code, run.stderr).toBe(0);
    const token = run.stdout.trim();
    const claims = claimsOf(token);
    expect(claims).toMatchObject({ role: 'admin', iss: ISSUER, aud: AUDIENCE });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(2 * 86_400);
    expect(await namesSeenWith(token)).toEqual(['Acme', 'Globex']);
  });

  it('prints a customer token from an ingest alias looked up in Metronome (METRONOME_BEARER_TOKEN set): only that customer is visible', async () => {
    const run = await runTokenScript(['--customer', 'acme'], {
      ...jwtSettings,
      METRONOME_BASE_URL: harness.sandboxHarness.url,
      METRONOME_BEARER_TOKEN: harness.token,
    });
    expect(run.code, run.stderr).toBe(0);
    const token = run.stdout.trim();
    const claims = claimsOf(token);
    expect(claims).toMatchObject({ customer_ids: [acme.id] });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600); // one hour unless --expires-in says otherwise
    expect(await namesSeenWith(token)).toEqual(['Acme']);
  });

  it('looks aliases up in the embedded sandbox’s demo organization when no Metronome token is set', async () => {
    const sandbox = new URL(harness.sandboxHarness.url);
    const run = await runTokenScript(['--customer', 'globex'], {
      ...jwtSettings,
      SANDBOX_HOST: sandbox.hostname,
      SANDBOX_PORT: sandbox.port,
      SANDBOX_DEMO_TOKEN: harness.token,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(await namesSeenWith(run.stdout.trim())).toEqual(['Globex']);
  });

  it('takes UUIDs and Customer global IDs as they are (no lookup), and writes UUIDs into the token', async () => {
    const run = await runTokenScript(['--customer', acme.id.toUpperCase(), '--customer', encodeGlobalID('Customer', globex.id)], {
      ...jwtSettings,
      // Nothing answers here: a lookup would fail the run.
      SANDBOX_PORT: '1',
    });
    expect(run.code, run.stderr).toBe(0);
    const token = run.stdout.trim();
    expect(claimsOf(token)).toMatchObject({ customer_ids: [acme.id, globex.id] });
    expect(await namesSeenWith(token)).toEqual(['Acme', 'Globex']);
  });

  it('refuses, with a message and exit code 2, what would print an unusable token', async () => {
    const [noSecret, unknownAlias, both] = await Promise.all([
      runTokenScript(['--admin'], {}),
      runTokenScript(['--customer', 'initech'], {
        ...jwtSettings,
        METRONOME_BASE_URL: harness.sandboxHarness.url,
        METRONOME_BEARER_TOKEN: harness.token,
      }),
      runTokenScript(['--admin', '--customer', acme.id], jwtSettings),
    ]);
    expect(noSecret).toMatchObject({ code: 2, stdout: '' });
    expect(noSecret.stderr).toContain('Set JWT_SECRET');

    expect(unknownAlias).toMatchObject({ code: 2, stdout: '' });
    expect(unknownAlias.stderr).toContain('No customer has the ingest alias "initech"');

    expect(both).toMatchObject({ code: 2, stdout: '' });
    expect(both.stderr).toContain('either --admin or at least one --customer');
  });
});
