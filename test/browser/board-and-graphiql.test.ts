import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoWorld } from '../../src/sandbox/demo.js';
import { startGateway, type RunningGateway } from '../../src/server/gateway.js';
import { graphql } from '../gql/index.js';
import { BOARD_REASON_WORDS, boardMoney, launchBrowser } from '../helpers/browser.js';
import { executeOperation } from '../helpers/execute.js';
import { useSandbox } from '../helpers/sandbox.js';
import { gatewayConfig } from '../helpers/config.js';

// A real browser (the Chromium that npm ci installs, or CHROMIUM_PATH; driven by playwright-core)
// against the gateway and the sandbox's demo organization: GraphiQL runs its default query, and
// the alarm board shows each customer's billing figures and forecasts as the API returns them,
// and turns a row to IN_ALARM when usage crosses a threshold, without a reload, re-reading that
// customer's billing and forecasts.

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

/** What the board shows per customer, asked of the GraphQL API directly. */
const BoardCheck = graphql(`
  query BoardCheck($id: ID!) {
    customer(id: $id) {
      id
      name
      netBalance {
        amount
        creditType {
          id
          name
        }
      }
      monthToDateSpend {
        amount
        creditType {
          id
          name
        }
      }
      alerts {
        edges {
          node {
            customerStatus
            notification {
              id
              type
            }
            forecast {
              projectedAt
              reason
            }
          }
        }
      }
    }
  }
`);

async function apiView(customerId: string) {
  const { body } = await executeOperation(gateway.graphqlUrl, BoardCheck, { id: customerId });
  const { data, errors } = body;
  expect(errors).toBeUndefined();
  const customer = data?.customer;
  if (!customer) throw new Error(`no customer ${customerId}`);
  return customer;
}

/** The board's cells of one customer, as the page shows them. */
async function boardView(page: Page, customerId: string) {
  const section = `section[data-customer="${customerId}"]`;
  return page.$eval(section, (element) => ({
    netBalance: element.querySelector('[data-field="net-balance"]')?.textContent,
    monthToDateSpend: element.querySelector('[data-field="month-to-date-spend"]')?.textContent,
    forecasts: Object.fromEntries(
      [...element.querySelectorAll('tr[data-alert]')].map((row) => [
        row.getAttribute('data-alert'),
        { text: row.querySelector('td.forecast')?.textContent, reason: row.querySelector('td.forecast')?.getAttribute('data-reason') },
      ]),
    ),
  }));
}

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

  it('shows every customer’s net balance, month-to-date spend and forecasts as the API returns them', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1300 } });
    await page.goto(gateway.boardUrl);
    await page.waitForSelector('#customers[aria-busy="false"]', { timeout: 15_000 });
    const dated: string[] = [];
    for (const customerId of Object.values(demo.customers)) {
      const api = await apiView(customerId);
      const shown = await boardView(page, customerId);
      expect(shown.netBalance, api.name).toBe(boardMoney(api.netBalance));
      expect(shown.monthToDateSpend, api.name).toBe(boardMoney(api.monthToDateSpend));
      // Money is shown with its unit, never as a bare number.
      expect(shown.netBalance).toMatch(/^-?\$[\d,]+\.\d\d$/);
      for (const { node } of api.alerts?.edges ?? []) {
        const cell = shown.forecasts[node.notification.id];
        expect(cell?.reason, `${api.name} ${node.notification.type}`).toBe(node.forecast?.reason ?? '');
        const projectedAt = node.forecast?.projectedAt;
        if (projectedAt) {
          // "in alarm in ~N days (date)": N is the days from now to the API's date, rounded.
          const days = (Date.parse(projectedAt) - Date.now()) / 86_400_000;
          const shownDays = /^in alarm in ~(\d+) days? \(/.exec(cell?.text ?? '')?.[1];
          if (days < 1) expect(cell?.text).toMatch(/^in alarm within a day \(/);
          else expect(Math.abs(Number(shownDays) - days)).toBeLessThanOrEqual(1);
          dated.push(cell?.text ?? '');
        } else {
          expect(cell?.text).toMatch(BOARD_REASON_WORDS[node.forecast?.reason ?? ''] ?? /^no forecast$/);
        }
      }
    }
    // The demo has dated forecasts to show (balances burning down), and the reasons in words.
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((text) => /^in alarm (in ~\d+ days?|within a day) \(/.test(text))).toBe(true);
    const texts = await page.$$eval('td.forecast', (cells) => cells.map((cell) => cell.textContent ?? ''));
    expect(texts).toContain('already in alarm');
    expect(texts).toContain('no forecast: Metronome does not say which metric this counts');
    await page.close();
  });

  it('turns a row to IN_ALARM without a reload when usage crosses its threshold, and re-reads only that customer', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1300 } });
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
      const body = JSON.parse(request.postData() ?? '{}') as { variables?: { id?: string; after?: string | null } };
      operations.push(body.variables && 'id' in body.variables ? `customer ${body.variables.id}` : 'customers');
    });
    await page.goto(gateway.boardUrl);
    const acme = demo.customers.acme ?? '';
    const alert = [...demo.org.alerts.values()].find(
      (record) => record.customerId === acme && record.alert.type === 'usage_threshold_reached',
    );
    const row = `section[data-customer="${acme}"] tr[data-alert="${alert?.alert.id}"]`;
    await page.waitForSelector(`${row}[data-status="OK"]`, { timeout: 15_000 });
    await page.waitForSelector('#connection[data-state="live"]');
    await page.waitForSelector('#customers[aria-busy="false"]');
    const before = await apiView(acme);
    expect((await page.textContent(`${row} td.forecast`)) ?? '').not.toBe('already in alarm');
    expect(operations).toEqual(['customers']);

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
    // The forecast cell follows, from the one-customer re-read the status change started.
    await page.waitForSelector(`${row} td.forecast[data-reason="ALREADY_IN_ALARM"]`, { timeout: 15_000 });
    expect(await page.textContent(`${row} td.forecast`)).toBe('already in alarm');
    // 200 requests at 1 cent were drawn from Acme's commit: the re-read shows the new balance,
    // not the one cached before the crossing.
    const spent = before.netBalance ? { ...before.netBalance, amount: before.netBalance.amount - 200 } : null;
    await page.waitForFunction(
      ([selector, expected]) => document.querySelector(selector)?.textContent === expected,
      [`section[data-customer="${acme}"] [data-field="net-balance"]`, boardMoney(spent)] as const,
      { timeout: 15_000 },
    );
    const after = await apiView(acme);
    expect(await boardView(page, acme)).toMatchObject({
      netBalance: boardMoney(after.netBalance),
      monthToDateSpend: boardMoney(after.monthToDateSpend),
    });
    // One small query per change, for Acme only; the board was never read whole again.
    expect(operations[0]).toBe('customers');
    expect(operations.slice(1).length).toBeGreaterThan(0);
    expect(new Set(operations.slice(1))).toEqual(new Set([`customer ${before.id}`]));
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
