import { canSeeCustomer } from '../auth/viewer.js';
import type { Credit as WireCredit } from '../upstream/types.js';
import { creditExtra } from './billing-cost.js';
import { builder } from './builder.js';
import { upstreamCost } from './cost.js';
import { AccessSchedule, Commit, LedgerEntry, Product, type CommitShape, type LedgerEntryShape } from './commit.js';
import type { GatewayContext } from './context.js';

/** A credit together with the customer it belongs to (upstream's object does not say). */
export interface CreditShape {
  customerId: string;
  wire: WireCredit;
}

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** Reads one credit: upstream has no single-credit route, so it is a one-item page of the customer's list. */
async function loadCredit(
  ctx: GatewayContext,
  customerId: string,
  creditId: string,
  extras: { includeBalance: boolean; includeLedgers: boolean },
): Promise<WireCredit | undefined> {
  const page = await ctx.loaders.creditsPage.load({
    customerId,
    filters: { credit_id: creditId, include_archived: true },
    ...extras,
    cursor: null,
    limit: 1,
  });
  return page.data[0];
}

/** Loads a credit again with its balance or ledger, when it was first loaded without. */
function refetch(credit: CreditShape, ctx: GatewayContext, what: 'balance' | 'ledger'): Promise<WireCredit | undefined> {
  return loadCredit(ctx, credit.customerId, credit.wire.id, { includeBalance: what === 'balance', includeLedgers: what === 'ledger' });
}

/** Credit global IDs carry the customer id too: upstream reads a credit only through its customer's list. */
export const Credit = builder.node(builder.objectRef<CreditShape>('Credit'), {
  description:
    'A customer credit: an amount granted for free (promotions, make-goods), drawn down by usage before paid commits of the same priority.',
  id: { resolve: (credit) => `${credit.customerId}:${credit.wire.id}` },
  loadMany: (ids, ctx) =>
    ids.map(async (globalId) => {
      const [customerId = '', creditId = ''] = globalId.split(':');
      if (!canSeeCustomer(ctx.viewer, customerId)) return null;
      const wire = await loadCredit(ctx, customerId, creditId, { includeBalance: true, includeLedgers: true });
      return wire ? { customerId, wire } : null;
    }),
  fields: (t) => ({
    metronomeId: t.field({ type: 'UUID', description: 'The credit’s Metronome id.', resolve: (credit) => credit.wire.id }),
    name: t.string({ nullable: true, resolve: (credit) => orNull(credit.wire.name) }),
    description: t.string({ nullable: true, resolve: (credit) => orNull(credit.wire.description) }),
    priority: t.float({
      nullable: true,
      description: 'Lower numbers are drawn down first.',
      resolve: (credit) => orNull(credit.wire.priority),
    }),
    product: t.field({ type: Product, resolve: (credit) => credit.wire.product }),
    accessSchedule: t.field({ type: AccessSchedule, nullable: true, resolve: (credit) => orNull(credit.wire.access_schedule) }),
    applicableProductIds: t.stringList({ nullable: true, resolve: (credit) => orNull(credit.wire.applicable_product_ids) }),
    applicableProductTags: t.stringList({ nullable: true, resolve: (credit) => orNull(credit.wire.applicable_product_tags) }),
    contractId: t.string({
      nullable: true,
      description: 'Set for contract-level credits.',
      resolve: (credit) => credit.wire.contract?.id ?? null,
    }),
    customFields: t.field({ type: 'JSON', nullable: true, resolve: (credit) => orNull(credit.wire.custom_fields) }),
    uniquenessKey: t.string({ nullable: true, resolve: (credit) => orNull(credit.wire.uniqueness_key) }),
    balance: t.float({
      extensions: upstreamCost(creditExtra),
      nullable: true,
      description: 'What can be used right now. Asked of upstream only when selected.',
      resolve: async (credit, _args, ctx) => {
        if (credit.wire.balance !== undefined) return credit.wire.balance;
        return (await refetch(credit, ctx, 'balance'))?.balance ?? null;
      },
    }),
    ledger: t.field({
      extensions: upstreamCost(creditExtra),
      type: [LedgerEntry],
      nullable: true,
      description: 'Every movement of the balance, oldest first. Asked of upstream only when selected.',
      resolve: async (credit, _args, ctx) => {
        const ledger = credit.wire.ledger ?? (await refetch(credit, ctx, 'ledger'))?.ledger;
        return (ledger ?? null) as LedgerEntryShape[] | null;
      },
    }),
  }),
});

/** A commit or a credit: what `customerBalances/list` answers. */
export const Balance = builder.unionType('Balance', {
  description: 'Something the customer can draw on: a commit or a credit.',
  types: [Commit, Credit],
  resolveType: (item: CommitShape | CreditShape) => (item.wire.type === 'CREDIT' ? Credit : Commit),
});
