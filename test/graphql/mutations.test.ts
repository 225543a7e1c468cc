import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateCommitInput, CreateThresholdNotificationInput } from '../gql/graphql.js';
import { useGateway } from '../helpers/gateway.js';
import { countCalls } from '../helpers/sandbox.js';
import { productOf, seedCustomers, type SeededCustomer } from '../helpers/seed.js';
import { YEAR_END, YEAR_START } from '../helpers/world.js';

const harness = useGateway();

const CreateNotification = graphql(`
  mutation CreateNotification($input: CreateThresholdNotificationInput!) {
    createThresholdNotification(input: $input) {
      thresholdNotificationId
      customerAlert {
        customerStatus
        notification {
          name
          type
          threshold
          uniquenessKey
        }
      }
    }
  }
`);

const ArchiveNotification = graphql(`
  mutation ArchiveNotification($input: ArchiveThresholdNotificationInput!) {
    archiveThresholdNotification(input: $input) {
      thresholdNotificationId
    }
  }
`);

const ResetAlert = graphql(`
  mutation ResetAlert($input: ResetCustomerAlertInput!) {
    resetCustomerAlert(input: $input) {
      customerAlert {
        customerStatus
        notification {
          id
        }
      }
    }
  }
`);

const CreateCommit = graphql(`
  mutation CreateCommitForTest($input: CreateCommitInput!) {
    createCommit(input: $input) {
      commit {
        id
        metronomeId
        name
        type
        priority
        balance
        invoiceSchedule {
          items {
            amount
            timestamp
          }
        }
        accessSchedule {
          segments {
            amount
            endingBefore
          }
        }
      }
    }
  }
`);

const UpdateEndDate = graphql(`
  mutation UpdateEndDate($input: UpdateCommitEndDateInput!) {
    updateCommitEndDate(input: $input) {
      commit {
        accessSchedule {
          segments {
            endingBefore
          }
        }
      }
    }
  }
`);

let customer: SeededCustomer;
let productId: string;

beforeAll(async () => {
  [customer] = (await seedCustomers(harness, [{ name: 'Mutations Inc' }])) as [SeededCustomer];
  productId = productOf(harness);
});

const notificationsIn = () => [...(harness.sandboxHarness.sandbox.organization(harness.token)?.alerts.values() ?? [])];

describe('threshold notification mutations', () => {
  it('creates a notification for one customer and returns it as it stands for them', async () => {
    const { body } = await harness.execute(CreateNotification, {
      input: {
        type: 'SPEND_THRESHOLD_REACHED',
        name: 'Spend over $10',
        threshold: 1000,
        customerId: customer.id,
        uniquenessKey: 'spend-10',
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createThresholdNotification.customerAlert).toEqual({
      customerStatus: 'OK',
      notification: { name: 'Spend over $10', type: 'SPEND_THRESHOLD_REACHED', threshold: 1000, uniquenessKey: 'spend-10' },
    });
  });

  it('answers CONFLICT for a reused uniqueness key, sent upstream once', async () => {
    await harness.sandboxHarness.resetCalls();
    const { body } = await harness.execute(CreateNotification, {
      input: { type: 'SPEND_THRESHOLD_REACHED', name: 'Again', threshold: 1, uniquenessKey: 'spend-10' },
    });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: 'This uniqueness key has already been used.',
      extensions: { code: 'CONFLICT' },
      path: ['createThresholdNotification'],
    });
    expect(countCalls(await harness.sandboxHarness.calls(), 'POST /v1/alerts/create')).toBe(1);
  });

  it('checks type-specific rules before calling upstream, naming the field', async () => {
    await harness.sandboxHarness.resetCalls();
    const cases: Array<[CreateThresholdNotificationInput, string]> = [
      [{ type: 'USAGE_THRESHOLD_REACHED', name: 'u', threshold: 5 }, 'billableMetricId'],
      [{ type: 'LOW_REMAINING_SEAT_BALANCE_REACHED', name: 's', threshold: 5 }, 'seatFilter'],
      [{ type: 'INVOICE_TOTAL_REACHED', name: 'i', threshold: 5, groupValues: [{ key: 'region' }] }, 'groupValues'],
      [{ type: 'LOW_REMAINING_COMMIT_PERCENTAGE_REACHED', name: 'p', threshold: 150 }, 'threshold'],
      [{ type: 'SPEND_THRESHOLD_REACHED', name: 'k', threshold: 5, uniquenessKey: 'x'.repeat(129) }, 'uniquenessKey'],
      [{ type: 'LOW_CREDIT_BALANCE_REACHED', name: 'plan', threshold: 5 }, 'type'],
      [{ type: 'SPEND_THRESHOLD_REACHED', name: 'c', threshold: 5, customerId: 'nope' }, 'customerId'],
    ];
    for (const [input, field] of cases) {
      const { body } = await harness.execute(CreateNotification, { input });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors?.[0]?.message).toContain(field);
    }
    expect(await harness.sandboxHarness.calls()).toEqual({});
  });

  it('creates an organization-wide notification and archives it, releasing its key', async () => {
    const created = await harness.execute(CreateNotification, {
      input: { type: 'LOW_REMAINING_COMMIT_BALANCE_REACHED', name: 'Low balance', threshold: 500, uniquenessKey: 'low' },
    });
    const id = created.body.data?.createThresholdNotification.thresholdNotificationId ?? '';
    expect(created.body.data?.createThresholdNotification.customerAlert).toBeNull();

    const archived = await harness.execute(ArchiveNotification, { input: { id, releaseUniquenessKey: true } });
    expect(archived.body.data?.archiveThresholdNotification.thresholdNotificationId).toBe(id);
    expect(notificationsIn().find((alert) => alert.alert.id === id)?.alert.status).toBe('archived');

    const again = await harness.execute(CreateNotification, {
      input: { type: 'LOW_REMAINING_COMMIT_BALANCE_REACHED', name: 'Low balance', threshold: 500, uniquenessKey: 'low' },
    });
    expect(again.body.errors).toBeUndefined();
  });

  it('answers NOT_FOUND when archiving an unknown notification', async () => {
    const { body } = await harness.execute(ArchiveNotification, { input: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('resets a customer alert', async () => {
    const alertId = notificationsIn()[0]?.alert.id ?? '';
    const { body } = await harness.execute(ResetAlert, { input: { customerId: customer.id, alertId } });
    expect(body.data?.resetCustomerAlert.customerAlert).toEqual({ customerStatus: 'OK', notification: { id: alertId } });
  });

  it('does not create twice when the client retries with its own idempotency key', async () => {
    const before = notificationsIn().length;
    const input = { type: 'SPEND_THRESHOLD_REACHED' as const, name: 'Retried', threshold: 7, idempotencyKey: 'client-retry-1' };
    const first = await harness.execute(CreateNotification, { input });
    const second = await harness.execute(CreateNotification, { input });
    expect(second.body.data?.createThresholdNotification.thresholdNotificationId).toBe(
      first.body.data?.createThresholdNotification.thresholdNotificationId,
    );
    expect(notificationsIn().length).toBe(before + 1);
  });
});

describe('commit mutations', () => {
  const segment = (amount: number) => ({ amount, startingAt: YEAR_START, endingBefore: YEAR_END });

  it('creates a PREPAID commit and returns it with its balance', async () => {
    const { body } = await harness.execute(CreateCommit, {
      input: {
        customerId: customer.id,
        type: 'PREPAID',
        priority: 1,
        productId,
        name: 'Prepaid',
        accessSchedule: { segments: [segment(2500)] },
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createCommit.commit).toMatchObject({ name: 'Prepaid', type: 'PREPAID', priority: 1, balance: 2500 });
  });

  it('creates a POSTPAID commit with its single invoice', async () => {
    const { body } = await harness.execute(CreateCommit, {
      input: {
        customerId: customer.id,
        type: 'POSTPAID',
        priority: 2,
        productId,
        invoiceContractId: '00000000-0000-4000-8000-000000000001',
        accessSchedule: { segments: [segment(9000)] },
        invoiceSchedule: { items: [{ timestamp: YEAR_END, amount: 9000 }] },
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.createCommit.commit.invoiceSchedule?.items).toEqual([{ amount: 9000, timestamp: YEAR_END }]);
  });

  it('refuses commits that break the rules before calling upstream', async () => {
    await harness.sandboxHarness.resetCalls();
    const base = { customerId: customer.id, priority: 1, productId };
    const cases: Array<[CreateCommitInput, string]> = [
      [
        {
          ...base,
          type: 'POSTPAID',
          accessSchedule: { segments: [segment(10)] },
          invoiceContractId: '00000000-0000-4000-8000-000000000001',
        },
        'invoiceSchedule',
      ],
      [
        {
          ...base,
          type: 'POSTPAID',
          accessSchedule: { segments: [segment(10)] },
          invoiceContractId: '00000000-0000-4000-8000-000000000001',
          invoiceSchedule: { items: [{ timestamp: YEAR_END, amount: 9 }] },
        },
        'invoiceSchedule.items',
      ],
      [
        { ...base, type: 'PREPAID', accessSchedule: { segments: [{ amount: 1, startingAt: YEAR_END, endingBefore: YEAR_START }] } },
        'accessSchedule.segments',
      ],
      [
        {
          ...base,
          type: 'PREPAID',
          accessSchedule: { segments: [segment(10)] },
          invoiceSchedule: { items: [{ timestamp: YEAR_END, amount: 10 }] },
        },
        'invoiceContractId',
      ],
      [{ ...base, type: 'PREPAID', accessSchedule: { segments: [segment(10)] }, customFields: { tier: 3 } }, 'customFields'],
    ];
    for (const [input, field] of cases) {
      const { body } = await harness.execute(CreateCommit, { input });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await harness.sandboxHarness.calls()).toEqual({});
  });

  it('passes on upstream refusals as BAD_USER_INPUT or NOT_FOUND', async () => {
    const unknownProduct = await harness.execute(CreateCommit, {
      input: {
        customerId: customer.id,
        type: 'PREPAID',
        priority: 1,
        productId: '00000000-0000-4000-8000-000000000009',
        accessSchedule: { segments: [segment(1)] },
      },
    });
    expect(unknownProduct.body.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'Product 00000000-0000-4000-8000-000000000009 not found',
    });
  });

  it('moves a PREPAID commit’s end earlier, by global ID or UUID', async () => {
    const created = await harness.execute(CreateCommit, {
      input: { customerId: customer.id, type: 'PREPAID', priority: 3, productId, accessSchedule: { segments: [segment(100)] } },
    });
    const commit = created.body.data?.createCommit.commit;
    const { body } = await harness.execute(UpdateEndDate, {
      input: { customerId: customer.id, commitId: commit?.id ?? '', accessEndingBefore: '2026-09-01T00:00:00.000Z' },
    });
    expect(body.data?.updateCommitEndDate.commit.accessSchedule?.segments).toEqual([{ endingBefore: '2026-09-01T00:00:00.000Z' }]);

    const later = await harness.execute(UpdateEndDate, {
      input: { customerId: customer.id, commitId: commit?.metronomeId ?? '', accessEndingBefore: YEAR_END },
    });
    expect(later.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(later.body.errors?.[0]?.message).toMatch(/can only be moved earlier/);
  });
});
