// The alarm board: every customer the viewer may see, with its threshold notifications, updated
// in place over graphql-ws. Plain browser JavaScript on purpose (no build step); the graphql-ws
// client comes from the package's own UMD bundle, served next to this file.

import { foldedRunner } from './refresher.js';

const STATUS_TEXT = {
  OK: ['✓', 'OK'],
  IN_ALARM: ['⚠', 'In alarm'],
  EVALUATING: ['…', 'Evaluating'],
  ARCHIVED: ['–', 'Archived'],
};

// Billing cells and forecasts: a page of customers for the first paint (20 a page keeps each
// request within the upstream-call budget: forecasts read up to 4 calls per customer), then one
// customer at a time when its alarms change. The two selections are kept identical by hand
// (graphql-codegen reads these strings as written, so they cannot share an interpolated fragment).
const CUSTOMERS = /* GraphQL */ `query BoardCustomers($after: String) {
  customers(first: 20, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id metronomeId name
      netBalance { amount creditType { id name } }
      monthToDateSpend { amount creditType { id name } }
      alerts { edges { node { customerStatus notification { id name type }
        forecast { projectedAt ratePerDay basis reason } } } } } }
  }
}`;

const CUSTOMER = /* GraphQL */ `query BoardCustomer($id: ID!) {
  customer(id: $id) { id metronomeId name
    netBalance { amount creditType { id name } }
    monthToDateSpend { amount creditType { id name } }
    alerts { edges { node { customerStatus notification { id name type }
      forecast { projectedAt ratePerDay basis reason } } } }
  }
}`;

const WATCH = /* GraphQL */ `subscription BoardWatch($customerId: ID!) {
  customerAlertStatusChanged(customerId: $customerId) {
    previousStatus status source changedAt
    customerAlert { triggeredBy notification { id name type threshold } }
  }
}`;

const main = document.getElementById('customers');
const connection = document.getElementById('connection');
const announcer = document.getElementById('announcer');
const form = document.getElementById('token-form');
const changeToken = document.getElementById('change-token');
/** The one graphql-ws client: signing in again replaces it (and closes its connection). */
let client;

function setConnection(state, label) {
  connection.dataset.state = state;
  connection.querySelector('.label').textContent = label;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

// The gateway knows the board's operations as trusted documents (its manifest, built by
// `npm run codegen`): send their ids when it says them, the text otherwise.
function operation(name, query) {
  const documentId = config.documentIds?.[name];
  return documentId ? { documentId } : { query };
}

async function graphql(payload, token, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ ...payload, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  return body.data;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const BALANCE_TYPES = /COMMIT|CREDIT/;

/** Money with its credit type: dollars for USD cents, otherwise the amount and the type's name. */
function formatMoney(money) {
  if (!money) return 'none';
  if (money.creditType.name === 'USD (cents)') {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(money.amount / 100);
  }
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(money.amount)} ${money.creditType.name}`;
}

/** "in alarm in ~N days", or why there is no date, in words (the reasons are the API's ForecastReason). */
function forecastText(forecast, notification) {
  if (!forecast) return 'no forecast';
  if (forecast.projectedAt) {
    const days = (Date.parse(forecast.projectedAt) - Date.now()) / DAY_MS;
    const at = new Date(forecast.projectedAt);
    const sameYear = at.getFullYear() === new Date().getFullYear();
    const date = at.toLocaleDateString(undefined, { month: 'short', day: 'numeric', ...(!sameYear && { year: 'numeric' }) });
    if (days < 1) return `in alarm within a day (${date})`;
    const rounded = Math.round(days);
    return `in alarm in ~${rounded} ${rounded === 1 ? 'day' : 'days'} (${date})`;
  }
  switch (forecast.reason) {
    case 'ALREADY_IN_ALARM':
      return 'already in alarm';
    case 'NO_HISTORY':
      return BALANCE_TYPES.test(notification.type) ? 'no active commit or credit to watch' : 'no usage yet';
    case 'NO_BURN':
      // Usage notifications watch usage; spend and balance ones watch what usage costs.
      return notification.type === 'USAGE_THRESHOLD_REACHED'
        ? 'not at this pace: no usage in the last 7 days'
        : 'not at this pace: no spend in the last 7 days';
    case 'NOT_THIS_PERIOD':
      return 'not this billing period at this pace';
    case 'ENDS_FIRST':
      return 'not before the commit or credit ends';
    case 'NOT_FORECASTABLE':
      // Metronome's customer-alert object does not say which billable metric a usage
      // notification counts, so the board cannot ask for its usage (README, "The alarm board").
      return notification.type === 'USAGE_THRESHOLD_REACHED'
        ? 'no forecast: Metronome does not say which metric this counts'
        : 'not forecastable for this type';
    default:
      return 'no forecast';
  }
}

function customerSection(customer) {
  const tbody = element('tbody');
  const table = element(
    'table',
    {},
    element('caption', {}, `Threshold notifications of ${customer.name}`),
    element(
      'thead',
      {},
      element(
        'tr',
        {},
        element('th', { scope: 'col' }, 'Notification'),
        element('th', { scope: 'col' }, 'Status'),
        element('th', { scope: 'col' }, 'Last change'),
        element('th', { scope: 'col' }, 'Forecast'),
      ),
    ),
    tbody,
  );
  const figures = element(
    'dl',
    { class: 'billing' },
    element('div', {}, element('dt', {}, 'Net balance'), element('dd', { 'data-field': 'net-balance' }, '…')),
    element('div', {}, element('dt', {}, 'Month-to-date spend'), element('dd', { 'data-field': 'month-to-date-spend' }, '…')),
  );
  const section = element('section', { 'aria-labelledby': `h-${customer.metronomeId}`, 'data-customer': customer.metronomeId });
  section.append(element('h2', { id: `h-${customer.metronomeId}` }, customer.name), figures, table);
  return { section, tbody };
}

/** The row of one notification, made by whichever answer arrives first (query or subscription). */
function alertRow(tbody, notification) {
  let row = tbody.querySelector(`tr[data-alert="${CSS.escape(notification.id)}"]`);
  if (!row) {
    row = element('tr', { 'data-alert': notification.id });
    row.append(
      element('th', { scope: 'row' }),
      element('td', { class: 'status' }),
      element('td', { class: 'why' }),
      element('td', { class: 'forecast' }),
    );
    tbody.append(row);
  }
  row.children[0].textContent = notification.name;
  return row;
}

function showStatus(row, status) {
  const [icon, text] = STATUS_TEXT[status] ?? ['?', status];
  row.dataset.status = status;
  row.children[1].replaceChildren(element('span', { 'aria-hidden': 'true' }, `${icon} `), text);
  return text;
}

/** Fills a customer's billing figures and forecast cells from a BoardCustomers/BoardCustomer answer. */
function showBilling(view, customer) {
  const { section, tbody } = view;
  section.querySelector('[data-field="net-balance"]').textContent = formatMoney(customer.netBalance);
  section.querySelector('[data-field="month-to-date-spend"]').textContent = formatMoney(customer.monthToDateSpend);
  for (const { node } of customer.alerts?.edges ?? []) {
    const row = alertRow(tbody, node.notification);
    // The live feed owns the status once it has spoken; the query only fills a row it has not reached.
    if (!row.dataset.status) showStatus(row, node.customerStatus);
    const cell = row.children[3];
    cell.textContent = forecastText(node.forecast, node.notification);
    cell.dataset.reason = node.forecast?.reason ?? '';
    if (node.forecast?.ratePerDay != null) cell.title = `Observed pace: ${node.forecast.ratePerDay.toFixed(1)} a day over the last 7 days`;
    else cell.removeAttribute('title');
  }
}

function showEvent(customer, tbody, event) {
  const notification = event.customerAlert.notification;
  const row = alertRow(tbody, notification);
  const text = showStatus(row, event.status);
  const when = new Date(event.changedAt).toLocaleTimeString();
  const why =
    event.source === 'SNAPSHOT'
      ? `as of ${when}`
      : `${when}, via ${event.source.toLowerCase()}${event.customerAlert.triggeredBy ? `, triggered by ${event.customerAlert.triggeredBy}` : ''}`;
  row.children[2].textContent = why;
  if (event.source !== 'SNAPSHOT') {
    row.classList.remove('changed');
    void row.offsetWidth; // restart the highlight
    row.classList.add('changed');
    announcer.textContent = `${customer.name}: ${notification.name} is now ${text.toLowerCase()}.`;
  }
}

/**
 * Re-reads one customer's billing and forecasts after its alarms changed: one small query for
 * that customer, changes during a read folded into the next one (see refresher.js).
 */
function refresher(token, customer, view) {
  return foldedRunner(async () => {
    try {
      const data = await graphql(operation('BoardCustomer', CUSTOMER), token, { id: customer.id });
      if (data.customer) showBilling(view, data.customer);
      view.section.dataset.refreshed = String(Number(view.section.dataset.refreshed ?? 0) + 1);
    } catch (error) {
      console.warn('could not refresh', customer.name, error);
    }
  });
}

/** Every page of the viewer's customers, each with its billing figures and forecasts. */
async function* customerPages(token) {
  let after = null;
  do {
    const data = await graphql(operation('BoardCustomers', CUSTOMERS), token, { after });
    yield data.customers.edges.map((edge) => edge.node);
    after = data.customers.pageInfo.hasNextPage ? data.customers.pageInfo.endCursor : null;
  } while (after);
}

async function start(token) {
  main.setAttribute('aria-busy', 'true');
  const pages = customerPages(token);
  const first = await pages.next();
  main.replaceChildren();
  client?.dispose();
  client = graphqlWs.createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      connecting: () => setConnection('connecting', 'Connecting…'),
      connected: () => setConnection('live', 'Live'),
      closed: () => setConnection('reconnecting', 'Reconnecting…'),
    },
  });
  const current = client;
  let shown = 0;
  const show = (customers) => {
    for (const customer of customers) {
      const view = customerSection(customer);
      main.append(view.section);
      showBilling(view, customer);
      const refresh = refresher(token, customer, view);
      current.subscribe(
        // graphql-ws wants a `query` string in every payload: empty when the id names the document.
        { query: '', ...operation('BoardWatch', WATCH), variables: { customerId: customer.id } },
        {
          next: ({ data: event, errors }) => {
            if (errors) return console.warn(errors);
            showEvent(customer, view.tbody, event.customerAlertStatusChanged);
            if (event.customerAlertStatusChanged.source !== 'SNAPSHOT') refresh();
          },
          error: (error) => console.warn('subscription ended', error),
          complete: () => undefined,
        },
      );
      shown += 1;
    }
  };
  if (!first.done) show(first.value);
  // The rest of the pages, while the first is already live; a newer sign-in stops this one.
  for await (const customers of pages) {
    if (client !== current) return;
    show(customers);
  }
  if (shown === 0) main.append(element('p', {}, 'No customers to show.'));
  main.setAttribute('aria-busy', 'false');
}

const config = await (await fetch('/board/config.json')).json();
if (config.authMode === 'none') {
  form.remove();
  start(undefined).catch((error) => setConnection('error', `Could not load: ${error.message}`));
} else {
  form.hidden = false;
  setConnection('connecting', 'Waiting for a token');
  const saved = sessionStorage.getItem('board-token');
  if (saved) document.getElementById('token').value = saved;
  form.addEventListener('submit', (submitEvent) => {
    submitEvent.preventDefault();
    const token = document.getElementById('token').value.trim();
    sessionStorage.setItem('board-token', token);
    start(token)
      .then(() => {
        form.hidden = true;
        changeToken.hidden = false;
        document.getElementById('token-error').textContent = '';
      })
      .catch((error) => (document.getElementById('token-error').textContent = error.message));
  });
  changeToken.addEventListener('click', () => {
    changeToken.hidden = true;
    form.hidden = false;
    document.getElementById('token').focus();
  });
}
