import SchemaBuilder, {
  BasePlugin,
  type PothosInputFieldConfig,
  type PothosOutputFieldConfig,
  type PothosTypeConfig,
  type SchemaTypes,
} from '@pothos/core';

/**
 * Descriptions for field names that mean the same thing on every type that has them (an
 * `amount` is always in the credit type's unit, a `cursor` always resumes after its edge).
 * Given (by GlossaryPlugin, below) to fields that carry no description of their own, so GraphiQL
 * documents every field without repeating the same sentence in thirty places.
 */
const FIELDS: Record<string, string> = {
  id: 'Opaque, stable identifier.',
  name: 'Display name.',
  description: 'Free-text description.',
  key: 'The custom field, group or dimension name.',
  value: 'Its value.',
  entity: 'Which kind of object the filter looks at.',
  amount: "Money in the credit type's unit (USD cents unless stated): 10000 = $100. Negative draws down.",
  quantity: 'How many units.',
  unitPrice: "Price of one unit, in the credit type's unit.",
  timestamp: 'When it happens or happened (RFC 3339).',
  type: 'What kind of entry or object this is.',
  reason: 'Why the adjustment was made.',
  segmentId: 'The access segment concerned.',
  invoiceId: 'The invoice concerned.',
  contractId: 'The contract concerned, when there is one.',
  newContractId: 'The contract the balance rolled over to.',
  creditType: 'The unit money is counted in.',
  creditTypeId: 'Metronome id of the credit type; defaults to USD (cents).',
  customerId: 'The customer: a Customer global ID or a Metronome UUID.',
  productId: 'Metronome id of the product.',
  productTags: 'Product tags the object applies to.',
  items: 'The scheduled invoices.',
  segments: 'The access segments, in time order.',
  doNotInvoice: 'When true, nothing is invoiced for this schedule.',
  createdAt: 'When it was created.',
  createdBy: 'Who created it, when Metronome records it.',
  updatedAt: 'When it last changed.',
  archivedAt: 'When it was archived; null while active.',
  customFields: 'Custom fields, key → value.',
  uniquenessKey: 'The client-chosen key that prevents duplicates (1–128 characters).',
  seatGroupKey: 'The seat group key.',
  seatGroupValue: 'The seat group value.',
  edges: 'The items of this page, each with its cursor.',
  node: 'The item.',
  cursor: 'Pass as `after` to continue right after this item.',
  pageInfo: 'Whether more items follow, and the cursors at either end of this page.',
  hasNextPage: 'Whether more items follow this page.',
  hasPreviousPage: 'Whether this page was asked for with `after`.',
  startCursor: 'Cursor of the first item of the page.',
  endCursor: 'Cursor of the last item of the page: pass it as `after` for the next page.',
  product: 'The product used to invoice the commit.',
  accessSchedule: 'When, and how much of, the commit can be used.',
  invoiceSchedule: 'When the commit is invoiced.',
  invoiceContractId: 'The contract the commit is invoiced on.',
  applicableProductIds: 'Products the commit applies to; all products when empty.',
  applicableProductTags: 'Product tags the commit applies to.',
  applicableContractIds: "Contracts the commit applies to; all of the customer's when empty.",
  specifiers: 'Finer-grained rules for which usage the commit applies to.',
  rateType: 'Which rates usage drawn from the commit is priced at.',
  rolloverFraction: 'Share of the unused amount carried over to the next contract.',
  costBasis: 'What was paid per unit granted.',
  netsuiteSalesOrderId: 'NetSuite sales order, for reconciliation.',
  salesforceOpportunityId: 'Salesforce opportunity, for reconciliation.',
  pricingGroupValues: 'Pricing group values the commit applies to.',
  presentationGroupValues: 'Presentation group values the commit applies to.',
  customFieldFilters: 'Only objects whose custom fields match count.',
  groupKeyFilter: 'Spend notifications: only line items of this group key and value count.',
  groupValues: 'Spend notifications: the usage dimensions evaluated.',
  invoiceTypesFilter: 'Invoice-total notifications: only these invoice types count (e.g. USAGE).',
  seatFilter: 'Seat-balance notifications: the seat group watched.',
  creditGrantTypeFilters: 'Plan credit notifications: only these credit grant types count.',
  alertSpecifiers: 'Combined balance notifications: which commits and credits count.',
  status: 'Whether the notification is enabled, disabled or archived.',
  customerStatus: 'Where the customer stands against the notification.',
  notification: "The notification's configuration.",
  commit: 'The commit after the change.',
  thresholdNotificationId: 'Metronome id of the notification.',
  accessEndingBefore: 'New end of access (exclusive); must be earlier than the current end.',
  invoicesEndingBefore: 'Invoices scheduled at or after this moment are dropped.',
};

/** Descriptions for ledger entry types, by what the entry records. */
const LEDGER_EVENTS: Array<[RegExp, string]> = [
  [/SEGMENT_START$/, 'A segment started: its amount became available.'],
  [/AUTOMATED_INVOICE_DEDUCTION$/, 'An invoice drew the balance down.'],
  [/EXPIRATION$/, 'What was left expired at the end of the segment.'],
  [/ROLLOVER$/, 'Unused balance rolled over to a new contract.'],
  [/CANCELED$/, 'A deduction was reversed because its invoice was canceled.'],
  [/CREDITED$/, 'A deduction was reversed by a credit on its invoice.'],
  [/SEAT_BASED_ADJUSTMENT$/, 'The balance changed with the number of seats.'],
  [/MANUAL$/, 'An adjustment made by hand.'],
  [/INITIAL_BALANCE$/, "The postpaid commit's obligation."],
  [/TRUEUP$/, 'The unmet part of a postpaid commit was invoiced.'],
];

const ENUM_VALUES: Record<string, string> = {
  'CustomFieldEntity.CONTRACT': 'Contracts.',
  'CustomFieldEntity.COMMIT': 'Commits.',
  'CustomFieldEntity.CONTRACT_CREDIT': 'Contract credits.',
  'CustomFieldEntity.CONTRACT_CREDIT_OR_COMMIT': 'Contract credits and commits.',
  'RateType.COMMIT_RATE': 'Usage is priced at the commit’s negotiated rates.',
  'RateType.LIST_RATE': 'Usage is priced at list rates.',
};

/**
 * A Pothos plugin that gives a field, argument or enum value its glossary description while the
 * schema is being built, wherever the definition gave none. Descriptions stay part of each field's
 * configuration (GraphiQL, the printed schema and other plugins all see them), and a field that
 * says something of its own keeps it.
 */
class GlossaryPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    return fieldConfig.description ? fieldConfig : { ...fieldConfig, description: FIELDS[fieldConfig.name] };
  }

  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>): PothosInputFieldConfig<Types> {
    // Input object fields only: arguments are described where they are declared.
    if (fieldConfig.kind !== 'InputObject' || fieldConfig.description) return fieldConfig;
    return { ...fieldConfig, description: FIELDS[fieldConfig.name] };
  }

  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    if (typeConfig.kind !== 'Enum') return typeConfig;
    const values = Object.fromEntries(
      Object.entries(typeConfig.values).map(([name, value]) => [
        name,
        value.description
          ? value
          : {
              ...value,
              description: ENUM_VALUES[`${typeConfig.name}.${name}`] ?? LEDGER_EVENTS.find(([pattern]) => pattern.test(name))?.[1],
            },
      ]),
    );
    return { ...typeConfig, values };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      glossary: GlossaryPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('glossary', GlossaryPlugin);
