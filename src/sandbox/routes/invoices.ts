import { customerInvoices, windowBreakdown } from '../billing/invoices.js';
import { windowsBetween } from '../billing/windows.js';
import { badRequest, notFound } from '../http/errors.js';
import { paginate } from '../http/pagination.js';
import type { QueryReader } from '../http/query.js';
import type { RouteModule } from './context.js';

const INVOICE_STATUSES = ['DRAFT', 'FINALIZED', 'VOID'];
/** Metronome returns at most 35 daily or 24 hourly breakdowns per page. */
const BREAKDOWNS_PER_PAGE = { DAY: 35, HOUR: 24 } as const;

function sortOf(query: QueryReader): 'date_asc' | 'date_desc' {
  const sort = query.string('sort') ?? 'date_asc';
  if (sort !== 'date_asc' && sort !== 'date_desc') throw badRequest('sort must be date_asc or date_desc');
  return sort;
}

function statusOf(query: QueryReader, allowed: readonly string[]): string | undefined {
  const status = query.string('status')?.toUpperCase();
  if (status !== undefined && !allowed.includes(status)) throw badRequest(`status must be one of ${allowed.join(', ')}`);
  return status;
}

function timestampParam(query: QueryReader, name: string, required: boolean): string | undefined {
  const value = query.string(name);
  if (value === undefined) {
    if (required) throw badRequest(`${name} is required`);
    return undefined;
  }
  if (Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) throw badRequest(`${name} must be an RFC 3339 timestamp`);
  return value;
}

/**
 * Invoices as the sandbox's billing engine sees them: one usage invoice per calendar month
 * (DRAFT for the current one, FINALIZED before), and time-windowed breakdowns of usage charges.
 */
export const invoiceRoutes: RouteModule = ({ clock, usageOf }) => [
  {
    method: 'GET',
    path: '/v1/customers/{customer_id}/invoices/breakdowns',
    handler: ({ org, params, query }) => {
      query.rejectUnknown([
        'next_page',
        'status',
        'skip_zero_qty_line_items',
        'limit',
        'window_size',
        'sort',
        'credit_type_id',
        'starting_on',
        'ending_before',
      ]);
      const customerId = params.customer_id ?? '';
      org.customer(customerId);
      const size = (query.string('window_size') ?? 'DAY').toUpperCase();
      if (size !== 'DAY' && size !== 'HOUR') throw badRequest('window_size must be HOUR or DAY');
      const from = timestampParam(query, 'starting_on', true) ?? '';
      const to = timestampParam(query, 'ending_before', true) ?? '';
      const status = statusOf(query, ['DRAFT', 'FINALIZED']);
      const creditType = query.string('credit_type_id');
      const skipZero = query.boolean('skip_zero_qty_line_items') ?? false;
      const limit = Math.min(query.integer('limit', 1, 100) ?? BREAKDOWNS_PER_PAGE[size], BREAKDOWNS_PER_PAGE[size]);
      const now = clock.now();
      const book = usageOf(org);
      let breakdowns = windowsBetween(from, to, size)
        .filter((window) => window.start < now.getTime())
        .map((window) => windowBreakdown(org, book, customerId, window, now, skipZero))
        .filter(
          (breakdown) =>
            (status === undefined || breakdown.status === status) && (creditType === undefined || breakdown.credit_type.id === creditType),
        );
      if (sortOf(query) === 'date_desc') breakdowns = breakdowns.reverse();
      const { page, nextPage } = paginate(
        breakdowns.map((breakdown, index) => ({ seq: index + 1, breakdown })),
        { cursor: query.string('next_page'), limit, list: `breakdowns` },
      );
      return { body: { data: page.map((item) => item.breakdown), next_page: nextPage } };
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/{customer_id}/invoices',
    handler: ({ org, params, query }) => {
      query.rejectUnknown([
        'limit',
        'next_page',
        'status',
        'type',
        'skip_zero_qty_line_items',
        'sort',
        'credit_type_id',
        'contract_id',
        'starting_on',
        'ending_before',
        'webhook_notification_id',
      ]);
      const customerId = params.customer_id ?? '';
      org.customer(customerId);
      const status = statusOf(query, INVOICE_STATUSES);
      const type = query.string('type');
      if (type !== undefined && !['USAGE', 'USAGE_CONSOLIDATED', 'SCHEDULED'].includes(type)) {
        throw badRequest('type must be USAGE, USAGE_CONSOLIDATED or SCHEDULED');
      }
      const from = timestampParam(query, 'starting_on', false);
      const to = timestampParam(query, 'ending_before', false);
      const creditType = query.string('credit_type_id');
      const contractId = query.string('contract_id');
      const skipZero = query.boolean('skip_zero_qty_line_items') ?? false;
      const limit = query.integer('limit', 1, 100) ?? 25;
      let invoices = customerInvoices(org, usageOf(org), customerId, clock.now()).filter(
        (invoice) =>
          (status === undefined || invoice.status === status) &&
          (type === undefined || invoice.type === type) &&
          (creditType === undefined || invoice.credit_type.id === creditType) &&
          // The sandbox has no contracts: a contract filter matches nothing.
          contractId === undefined &&
          (from === undefined || Date.parse(invoice.start_timestamp ?? '') >= Date.parse(from)) &&
          (to === undefined || Date.parse(invoice.end_timestamp ?? '') <= Date.parse(to)),
      );
      if (sortOf(query) === 'date_desc') invoices = invoices.reverse();
      const { page, nextPage } = paginate(
        invoices.map((invoice, index) => ({ seq: index + 1, invoice })),
        { cursor: query.string('next_page'), limit, list: 'invoices' },
      );
      const data = page.map(({ invoice }) =>
        skipZero ? { ...invoice, line_items: invoice.line_items.filter((line) => line.quantity !== 0) } : invoice,
      );
      return { body: { data, next_page: nextPage } };
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/{customer_id}/invoices/{invoice_id}',
    handler: ({ org, params, query }) => {
      query.rejectUnknown(['skip_zero_qty_line_items']);
      const customerId = params.customer_id ?? '';
      org.customer(customerId);
      const invoice = customerInvoices(org, usageOf(org), customerId, clock.now()).find((item) => item.id === params.invoice_id);
      if (!invoice) throw notFound(`Invoice ${params.invoice_id ?? ''} not found for customer ${customerId}`);
      const skipZero = query.boolean('skip_zero_qty_line_items') ?? false;
      return { body: { data: skipZero ? { ...invoice, line_items: invoice.line_items.filter((line) => line.quantity !== 0) } : invoice } };
    },
  },
];
