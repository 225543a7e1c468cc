// The alarm board: every customer the viewer may see, with its threshold notifications, updated
// in place over graphql-ws. Plain browser JavaScript on purpose (no build step); the graphql-ws
// client comes from the package's own UMD bundle, served next to this file.

const STATUS_TEXT = {
  OK: ['✓', 'OK'],
  IN_ALARM: ['⚠', 'In alarm'],
  EVALUATING: ['…', 'Evaluating'],
  ARCHIVED: ['–', 'Archived'],
};

const CUSTOMERS = /* GraphQL */ `query BoardCustomers {
  customers(first: 50) {
    edges { node { id metronomeId name ingestAliases } }
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

async function graphql(payload, token) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(payload),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
  return body.data;
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
      ),
    ),
    tbody,
  );
  const section = element('section', { 'aria-labelledby': `h-${customer.metronomeId}`, 'data-customer': customer.metronomeId });
  section.append(element('h2', { id: `h-${customer.metronomeId}` }, customer.name), table);
  return { section, tbody };
}

function showEvent(customer, tbody, event) {
  const notification = event.customerAlert.notification;
  let row = tbody.querySelector(`tr[data-alert="${notification.id}"]`);
  if (!row) {
    row = element('tr', { 'data-alert': notification.id });
    row.append(element('th', { scope: 'row' }), element('td', { class: 'status' }), element('td', { class: 'why' }));
    tbody.append(row);
  }
  const [icon, text] = STATUS_TEXT[event.status] ?? ['?', event.status];
  row.dataset.status = event.status;
  row.children[0].textContent = notification.name;
  row.children[1].replaceChildren(element('span', { 'aria-hidden': 'true' }, `${icon} `), text);
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

async function start(token) {
  main.setAttribute('aria-busy', 'true');
  const data = await graphql(operation('BoardCustomers', CUSTOMERS), token);
  const customers = data.customers.edges.map((edge) => edge.node);
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
  for (const customer of customers) {
    const { section, tbody } = customerSection(customer);
    main.append(section);
    client.subscribe(
      // graphql-ws wants a `query` string in every payload: empty when the id names the document.
      { query: '', ...operation('BoardWatch', WATCH), variables: { customerId: customer.id } },
      {
        next: ({ data: event, errors }) => {
          if (errors) console.warn(errors);
          else showEvent(customer, tbody, event.customerAlertStatusChanged);
        },
        error: (error) => console.warn('subscription ended', error),
        complete: () => undefined,
      },
    );
  }
  if (customers.length === 0) main.append(element('p', {}, 'No customers to show.'));
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
