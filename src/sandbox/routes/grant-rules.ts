import { randomUUID } from 'node:crypto';
import type { SchedulePointInTime } from '@metronome/sdk/resources/shared';
import { UNIQUENESS_KEY_USED, badRequest, conflict } from '../http/errors.js';
import type { Organization } from '../store/organization.js';
import type { CreateCommit, CreateCredit, InvoiceScheduleInput } from './grant-schemas.js';

/** Checks shared by commits and credits: ordering of dates, scoping, and referenced objects. */
export function checkGrantRules(org: Organization, input: CreateCommit | CreateCredit): void {
  input.access_schedule.schedule_items.forEach((item, index) => {
    if (Date.parse(item.ending_before) <= Date.parse(item.starting_at)) {
      throw badRequest(`access_schedule.schedule_items[${index}].ending_before must be later than starting_at`);
    }
  });
  if (input.specifiers !== undefined && (input.applicable_product_ids !== undefined || input.applicable_product_tags !== undefined)) {
    throw badRequest('specifiers cannot be combined with applicable_product_ids or applicable_product_tags');
  }
  org.customer(input.customer_id);
  org.product(input.product_id);
  for (const productId of input.applicable_product_ids ?? []) org.product(productId);
  if (input.access_schedule.credit_type_id !== undefined) org.creditType(input.access_schedule.credit_type_id);
  if (input.uniqueness_key !== undefined && org.grantKeys.has(input.uniqueness_key)) throw conflict(UNIQUENESS_KEY_USED);
}

/** The commit-only rules: POSTPAID shape, invoice schedule shape, and when an invoice contract is needed. */
export function checkCommitRules(input: CreateCommit): void {
  const schedule = input.invoice_schedule;
  if (schedule) checkInvoiceSchedule(schedule);
  if (input.type === 'POSTPAID') {
    if (!schedule) throw badRequest('invoice_schedule is required for POSTPAID commits');
    if (input.access_schedule.schedule_items.length !== 1) {
      throw badRequest('access_schedule.schedule_items: POSTPAID commits take exactly one schedule item');
    }
    if (schedule.recurring_schedule !== undefined || schedule.schedule_items?.length !== 1) {
      throw badRequest('invoice_schedule.schedule_items: POSTPAID commits take exactly one schedule item');
    }
    const accessAmount = input.access_schedule.schedule_items[0]?.amount ?? 0;
    const invoiceTotal = itemTotal(schedule.schedule_items[0] ?? {});
    if (Math.abs(accessAmount - invoiceTotal) > 1e-9) {
      throw badRequest(
        `invoice_schedule total (${invoiceTotal}) must equal the access_schedule amount (${accessAmount}) for POSTPAID commits`,
      );
    }
  }
  const invoiced = schedule !== undefined && schedule.do_not_invoice !== true;
  if ((input.type === 'POSTPAID' && schedule?.do_not_invoice !== true) || invoiced) {
    if (input.invoice_contract_id === undefined) {
      throw badRequest('invoice_contract_id is required for POSTPAID commits and for invoiced PREPAID commits');
    }
  }
}

function checkInvoiceSchedule(schedule: InvoiceScheduleInput): void {
  const hasItems = schedule.schedule_items !== undefined;
  const hasRecurring = schedule.recurring_schedule !== undefined;
  if (hasItems === hasRecurring) {
    throw badRequest('invoice_schedule must have either schedule_items or recurring_schedule, not both');
  }
  for (const [index, item] of (schedule.schedule_items ?? []).entries()) checkPricing(item, `invoice_schedule.schedule_items[${index}]`);
  const recurring = schedule.recurring_schedule;
  if (recurring) {
    checkPricing(recurring, 'invoice_schedule.recurring_schedule');
    if (Date.parse(recurring.ending_before) <= Date.parse(recurring.starting_at)) {
      throw badRequest('invoice_schedule.recurring_schedule.ending_before must be later than starting_at');
    }
  }
}

interface Priced {
  amount?: number | undefined;
  quantity?: number | undefined;
  unit_price?: number | undefined;
}

function checkPricing(item: Priced, where: string): void {
  const byAmount = item.amount !== undefined;
  const byUnit = item.unit_price !== undefined || item.quantity !== undefined;
  if (byAmount === byUnit) throw badRequest(`${where}: give either amount, or unit_price and quantity`);
  if (byUnit && (item.unit_price === undefined || item.quantity === undefined)) {
    throw badRequest(`${where}: unit_price and quantity go together`);
  }
}

function itemTotal(item: Priced): number {
  return item.amount ?? (item.unit_price ?? 0) * (item.quantity ?? 0);
}

const MONTHS: Record<string, number> = { MONTHLY: 1, QUARTERLY: 3, SEMI_ANNUAL: 6, ANNUAL: 12 };

/** The stored invoice schedule: explicit items as given, or a recurring schedule expanded into items. */
export function buildInvoiceSchedule(schedule: InvoiceScheduleInput, creditType: { id: string; name: string }): SchedulePointInTime {
  const items: Array<{ timestamp: string; amount: number; quantity: number; unit_price: number }> = [];
  for (const item of schedule.schedule_items ?? []) {
    const total = itemTotal(item);
    items.push({
      timestamp: item.timestamp,
      amount: total,
      quantity: item.quantity ?? 1,
      unit_price: item.unit_price ?? total,
    });
  }
  const recurring = schedule.recurring_schedule;
  if (recurring) {
    const stamps: string[] = [];
    const end = Date.parse(recurring.ending_before);
    const step = MONTHS[recurring.frequency] ?? 1;
    for (let at = new Date(recurring.starting_at); at.getTime() < end; at = addMonths(at, step)) {
      stamps.push(at.toISOString());
    }
    const total = itemTotal(recurring);
    const each =
      recurring.amount_distribution === 'EACH'
        ? total
        : recurring.amount_distribution === 'DIVIDED_ROUNDED'
          ? Math.round(total / Math.max(1, stamps.length))
          : total / Math.max(1, stamps.length);
    for (const stamp of stamps) items.push({ timestamp: stamp, amount: each, quantity: 1, unit_price: each });
  }
  return {
    credit_type: creditType,
    do_not_invoice: schedule.do_not_invoice ?? false,
    schedule_items: items.map((item) => ({ id: randomUUID(), invoice_id: null, ...item })),
  };
}

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}
