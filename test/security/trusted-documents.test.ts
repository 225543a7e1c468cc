import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardQuery } from '../../examples/urql-client/operations.js';
import { startGateway, type GatewayConfig, type RunningGateway } from '../../src/server/gateway.js';
import { loadTrustedDocuments } from '../../src/server/trusted-documents.js';
import { buildSchema } from '../../src/schema/index.js';
import { meteredCustomer, type MeteredCustomer } from '../helpers/metered.js';
import { getOnce, postOnce, transports, type OneResult } from '../helpers/one-shot.js';
import { useSandbox } from '../helpers/sandbox.js';
import { gatewayConfig } from '../helpers/config.js';
import { jwtMode, signViewerToken } from '../helpers/jwt.js';

// Trusted documents: a client names an operation of the gateway's manifest (written by
// `npm run codegen` for the board, the example client and the README) by `documentId`, over
// HTTP POST and GET, SSE and graphql-ws alike. With TRUSTED_DOCUMENTS=only nothing else runs,
// except, when configured, an admin's own documents (GraphiQL).

const sandboxHarness = useSandbox();
const manifest = loadTrustedDocuments(buildSchema());
const BOARD_CUSTOMERS = manifest.idsByOperationName.BoardCustomers ?? '';
const BOARD_WATCH = manifest.idsByOperationName.BoardWatch ?? '';
// Payloads stay raw on purpose: what is under test is the wire form (documentId, or text the manifest lacks).
const ARBITRARY = '{ customers(first: 5) { edges { node { name } } } }';
const UNKNOWN = `sha256:${'0'.repeat(64)}`;

let orgToken = '';
let customer: MeteredCustomer;
const gateways: RunningGateway[] = [];

async function gateway(overrides: Partial<GatewayConfig>): Promise<RunningGateway> {
  const started = await startGateway(
    gatewayConfig(sandboxHarness.url, orgToken, { RATE_LIMIT_PER_MINUTE: 0, POLL_INTERVAL_MS: 600_000, ...overrides }),
  );
  gateways.push(started);
  return started;
}

const names = (result: OneResult): string[] =>
  ((result.data?.customers as { edges: Array<{ node: { name: string } }> } | undefined)?.edges ?? []).map((edge) => edge.node.name);
const codes = (result: OneResult): Array<string | undefined> => (result.errors ?? []).map((error) => error.extensions?.code);

beforeAll(async () => {
  orgToken = sandboxHarness.newOrganization();
  customer = await meteredCustomer(sandboxHarness.sandbox, orgToken, 'Trusted customer');
});

afterAll(async () => {
  await Promise.all(gateways.map((started) => started.close()));
});

describe('trusted documents, TRUSTED_DOCUMENTS=allow (the default)', () => {
  let url = '';
  beforeAll(async () => {
    url = (await gateway({})).graphqlUrl;
  });

  it('the manifest holds the board, example client and README operations', () => {
    expect(BOARD_CUSTOMERS).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(BOARD_WATCH).toMatch(/^sha256:/);
    expect(Object.keys(manifest.idsByOperationName)).toEqual(
      expect.arrayContaining([
        'ExampleDashboard',
        'ExampleAlarms',
        'Dashboard',
        'Commits',
        'Create',
        'Reset',
        'Archive',
        'Commit',
        'Alarms',
      ]),
    );
  });

  for (const [transport, send] of Object.entries(transports)) {
    it(`runs a document by id over ${transport}`, async () => {
      const result = await send(url, { documentId: BOARD_CUSTOMERS });
      expect(result.errors).toBeUndefined();
      expect(names(result)).toEqual(['Trusted customer']);
    });

    it(`answers TRUSTED_DOCUMENT_NOT_FOUND for an id not in the manifest over ${transport}`, async () => {
      const result = await send(url, { documentId: UNKNOWN });
      expect(codes(result)).toEqual(['TRUSTED_DOCUMENT_NOT_FOUND']);
      expect(result.data ?? null).toBeNull();
    });

    it(`still runs a document sent as text over ${transport}`, async () => {
      expect(names(await send(url, { query: ARBITRARY }))).toEqual(['Trusted customer']);
    });
  }

  it('runs the example client’s typed document by the id codegen embedded in it, with variables', async () => {
    const id = (DashboardQuery as unknown as { __meta__?: { hash?: string } }).__meta__?.hash ?? '';
    const result = await postOnce(url, { documentId: id, variables: { first: 5 } });
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual(['Trusted customer']);
  });

  it('a subscription by id over graphql-ws and SSE gets the snapshot', async () => {
    for (const send of [transports.SSE, transports['graphql-ws']]) {
      const result = await send(url, { documentId: BOARD_WATCH, variables: { customerId: customer.customerId } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.customerAlertStatusChanged).toMatchObject({ status: 'OK', source: 'SNAPSHOT' });
    }
  });

  it("a successful GET by id may be kept by the caller's own cache; a GET with the document's text may not", async () => {
    const byId = await getOnce(url, { documentId: BOARD_CUSTOMERS });
    expect(byId.headers?.get('cache-control')).toBe('private, max-age=5');
    expect(byId.headers?.get('vary')?.toLowerCase()).toContain('authorization');
    const byText = await getOnce(url, { query: ARBITRARY });
    expect(byText.headers?.get('cache-control') ?? '').not.toContain('max-age');
    const failed = await getOnce(url, { documentId: UNKNOWN });
    expect(failed.headers?.get('cache-control') ?? '').not.toContain('max-age');
  });
});

describe('trusted documents, TRUSTED_DOCUMENTS=only, admins allowed arbitrary documents (jwt)', () => {
  let url = '';
  let admin = '';
  let scoped = '';
  beforeAll(async () => {
    url = (await gateway({ ...jwtMode, TRUSTED_DOCUMENTS: 'only', TRUSTED_DOCUMENTS_ADMIN_ARBITRARY: true })).graphqlUrl;
    admin = await signViewerToken({ role: 'admin' });
    scoped = await signViewerToken({ role: 'customer', customer_ids: [customer.customerId] });
  });

  for (const [transport, send] of Object.entries(transports)) {
    it(`over ${transport}: a customer viewer runs trusted documents by id, and nothing else`, async () => {
      expect(names(await send(url, { documentId: BOARD_CUSTOMERS }, scoped))).toEqual(['Trusted customer']);
      const unknown = await send(url, { documentId: UNKNOWN }, scoped);
      expect(codes(unknown)).toEqual(['TRUSTED_DOCUMENT_NOT_FOUND']);
      const arbitrary = await send(url, { query: ARBITRARY }, scoped);
      expect(codes(arbitrary)).toEqual(['TRUSTED_DOCUMENTS_ONLY']);
      expect(arbitrary.errors?.[0]?.message).toContain('documentId');
      expect(arbitrary.data ?? null).toBeNull();
    });

    it(`over ${transport}: an admin may send its own documents (GraphiQL keeps working)`, async () => {
      expect(names(await send(url, { query: ARBITRARY }, admin))).toEqual(['Trusted customer']);
      expect(codes(await send(url, { documentId: UNKNOWN }, admin))).toEqual(['TRUSTED_DOCUMENT_NOT_FOUND']);
    });
  }

  it('refusals over HTTP are 400s with a JSON body, and no upstream call is made', async () => {
    await sandboxHarness.resetCalls();
    const refused = await postOnce(url, { query: ARBITRARY }, scoped);
    expect(refused.status).toBe(400);
    expect(await sandboxHarness.calls()).toEqual({});
    const unauthenticated = await postOnce(url, { query: ARBITRARY });
    expect(unauthenticated.status).toBe(401);
    expect(codes(unauthenticated)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('trusted documents, TRUSTED_DOCUMENTS=only without the admin exception', () => {
  it('refuses an admin’s arbitrary document too, on every transport', async () => {
    const { graphqlUrl } = await gateway({ TRUSTED_DOCUMENTS: 'only' });
    for (const send of Object.values(transports)) {
      expect(codes(await send(graphqlUrl, { query: ARBITRARY }))).toEqual(['TRUSTED_DOCUMENTS_ONLY']);
      expect(names(await send(graphqlUrl, { documentId: BOARD_CUSTOMERS }))).toEqual(['Trusted customer']);
    }
  });
});

describe('trusted documents skip parsing and validation at run time', () => {
  it('a manifest document runs by id where its text would be refused by the token limit (checked when the manifest was built)', async () => {
    const wide = `query Wide { customers(first: 3) { edges { node { ${Array.from({ length: 30 }, () => 'name').join(' ')} } } } }`;
    const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
    const manifestPath = join(dir, 'persisted-documents.json');
    writeFileSync(manifestPath, JSON.stringify({ 'sha256:wide': wide }));
    const { graphqlUrl } = await gateway({ MAX_TOKENS: 40, TRUSTED_DOCUMENTS_MANIFEST: manifestPath });
    for (const send of Object.values(transports)) {
      expect(codes(await send(graphqlUrl, { query: wide }))).toEqual(['MAX_TOKENS_EXCEEDED']);
      expect(names(await send(graphqlUrl, { documentId: 'sha256:wide' }))).toEqual(['Trusted customer']);
    }
  });

  it('a manifest with a document that does not validate stops startup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
    const manifestPath = join(dir, 'persisted-documents.json');
    writeFileSync(manifestPath, JSON.stringify({ 'sha256:bad': '{ customers { nope } }' }));
    await expect(gateway({ TRUSTED_DOCUMENTS_MANIFEST: manifestPath })).rejects.toThrow(/sha256:bad does not validate/);
  });
});
