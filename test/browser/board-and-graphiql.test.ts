import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoWorld } from '../../src/sandbox/demo.js';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { launchBrowser } from '../helpers/browser.js';
import { useSandbox } from '../helpers/sandbox.js';
import { gatewayConfig } from '../helpers/config.js';

// A real browser (the Chromium that npm ci installs, or CHROMIUM_PATH; driven by playwright-core)
// against the gateway and the sandbox's demo organization: GraphiQL runs its default query, and
// the alarm board turns a row to IN_ALARM when usage crosses a threshold, without a reload.

const SECRET = 'whsec-browser';
const sandboxHarness = useSandbox({ webhooks: { baseDelayMs: 10 } });
let browser: Browser;
let gateway: RunningGateway;
let demo: DemoWorld;

beforeAll(async () => {
  const token = sandboxHarness.newOrganization();
  const org = sandboxHarness.sandbox.organization(token);
  if (!org) throw new Error('no organization');
  demo = await seedDemo(sandboxHarness.sandbox, org);
  gateway = await startGateway(
    gatewayConfig(sandboxHarness.url, token, {
      METRONOME_WEBHOOK_SECRET: SECRET,
      POLL_INTERVAL_MS: 600_000,
    }),
  );
  org.webhookDestinations = [{ url: gateway.webhookUrl, secret: SECRET }];
  mkdirSync(new URL('../../test-results', import.meta.url), { recursive: true });
  browser = await launchBrowser();
  // The first run unpacks the packaged Chromium (~15 s on this machine, more under load).
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

describe('in a real browser', () => {
  it('GraphiQL loads (assets served locally), runs the default query and shows demo data', async () => {
    const page = await browser.newPage();
    await page.goto(gateway.graphqlUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
    await page.click('.graphiql-execute-button');
    // The result pane is a code editor that renders spaces as non-breaking ones.
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, one editor line per element
    await page.waitForFunction(() => document.body.innerText.replace(/\s/g, ' ').includes('"name": "Acme Corporation"'), undefined, {
      timeout: 20_000,
    });
    await page.screenshot({ path: new URL('../../test-results/graphiql.png', import.meta.url).pathname });
    await page.close();
  });

  it('runs a subscription from GraphiQL over WebSocket', async () => {
    const page = await browser.newPage();
    const subscription = `subscription { customerAlertStatusChanged(customerId: "${demo.customers.hooli}") { status source customerAlert { notification { name } } } }`;
    await page.goto(`${gateway.graphqlUrl}?query=${encodeURIComponent(subscription)}`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
    await page.click('.graphiql-execute-button');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, one editor line per element
    await page.waitForFunction(() => document.body.innerText.replace(/\s/g, ' ').includes('"source": "SNAPSHOT"'), undefined, {
      timeout: 20_000,
    });
    await page.close();
  });

  it('shows the board, and turns a row to IN_ALARM without a reload when usage crosses its threshold', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1300 } });
    await page.goto(gateway.boardUrl);
    const acme = demo.customers.acme ?? '';
    const alert = [...demo.org.alerts.values()].find(
      (record) => record.customerId === acme && record.alert.type === 'usage_threshold_reached',
    );
    const row = `section[data-customer="${acme}"] tr[data-alert="${alert?.alert.id}"]`;
    await page.waitForSelector(`${row}[data-status="OK"]`, { timeout: 15_000 });
    await page.waitForSelector('#connection[data-state="live"]');

    const events = Array.from({ length: 200 }, (_, i) => ({
      transaction_id: `browser-${i}`,
      customer_id: 'acme',
      event_type: 'api_request',
      timestamp: new Date().toISOString(),
      properties: { region: 'us' },
    }));
    await sandboxHarness.sandbox.dispatch(demo.org, 'POST', '/v1/ingest', events.slice(0, 100));
    await sandboxHarness.sandbox.dispatch(demo.org, 'POST', '/v1/ingest', events.slice(100));

    await page.waitForSelector(`${row}[data-status="IN_ALARM"]`, { timeout: 15_000 });
    const text = await page.textContent(row);
    expect(text).toContain('In alarm');
    expect(text).toContain('via webhook');
    expect(text).toContain('triggered by usage');
    // The test artefact; docs/board.png (linked from the README) is a copy of one.
    await page.screenshot({ path: new URL('../../test-results/board.png', import.meta.url).pathname, fullPage: true });
    await page.close();
  });

  it('asks for a token, hides the form once signed in, and keeps one connection when signing in again', async () => {
    const passthrough = await startGateway(
      gatewayConfig(sandboxHarness.url, 'gateway-has-no-token-of-its-own', { AUTH_MODE: 'passthrough', POLL_INTERVAL_MS: 600_000 }),
    );
    const page = await browser.newPage();
    try {
      await page.goto(passthrough.boardUrl);
      const signIn = async (): Promise<void> => {
        await page.fill('#token', demo.org.token);
        await page.click('#token-form button[type="submit"]');
        await page.waitForSelector('#token-form', { state: 'hidden', timeout: 15_000 });
        await page.waitForSelector('#connection[data-state="live"]', { timeout: 15_000 });
      };
      await signIn();
      expect(await page.isVisible('#token-form')).toBe(false);

      await page.click('#change-token');
      await signIn();
      // The first client was disposed: its connection closes, and only the new one remains.
      for (let tries = 0; tries < 100 && passthrough.webSocketClients !== 1; tries += 1) await page.waitForTimeout(50);
      expect(passthrough.webSocketClients).toBe(1);
    } finally {
      await page.close();
      await passthrough.close();
    }
  });
});
