import type { GrantPageKey } from '../loaders/grant-page.js';
import type { Page } from '../upstream/types.js';
import { builder } from './builder.js';
import { type Connection, type ConnectionArgs, sizedPages, upstreamConnection } from './connection.js';
import type { GatewayContext } from './context.js';

/**
 * Commits and credits are both "grants": upstream lists them with the same filters, pages them the
 * same way (at most 25 a page) and adds balance and ledger to a page only when asked. This is the
 * one place their connections are built, so the two lists cannot drift apart.
 */

/** Upstream's page-size cap for grant lists. */
export const MAX_FIRST_GRANTS = 25;

/** The filters both grant fields take, worded for `noun` ("commits", "credits"). */
export const grantFilterArgs = (noun: string) =>
  builder.args((t) => ({
    coveringDate: t.field({ type: 'DateTime', required: false, description: `Only ${noun} with a segment covering this moment.` }),
    startingAt: t.field({ type: 'DateTime', required: false, description: `Only ${noun} with access on or after this moment.` }),
    effectiveBefore: t.field({ type: 'DateTime', required: false, description: `Only ${noun} with access before this moment.` }),
    includeArchived: t.boolean({ required: false }),
  }));

interface GrantFilterValues {
  coveringDate?: Date | null | undefined;
  startingAt?: Date | null | undefined;
  effectiveBefore?: Date | null | undefined;
  includeArchived?: boolean | null | undefined;
}

const iso = (date: Date | null | undefined): string | undefined => (date ? date.toISOString() : undefined);

/** The filter arguments as upstream's query parameters; an argument left out is not sent. */
export function grantFilters(args: GrantFilterValues) {
  return {
    ...(args.coveringDate && { covering_date: iso(args.coveringDate) }),
    ...(args.startingAt && { starting_at: iso(args.startingAt) }),
    ...(args.effectiveBefore && { effective_before: iso(args.effectiveBefore) }),
    ...(args.includeArchived != null && { include_archived: args.includeArchived }),
  };
}

interface GrantPageLoader<Filters, Wire> {
  load(key: GrantPageKey<Filters>): Promise<Page<Wire>>;
}

/**
 * A customer's commits or credits as a sized connection. `list` names the list in the cursor
 * scope, so a commits cursor is refused by credits and the other way round.
 */
export function grantConnection<Filters, Wire>(
  args: ConnectionArgs,
  ctx: GatewayContext,
  list: 'commits' | 'credits',
  loader: GrantPageLoader<Filters, Wire>,
  query: { customerId: string; filters: Filters; includeBalance: boolean; includeLedgers: boolean },
): Promise<Connection<{ customerId: string; wire: Wire }>> {
  const { customerId } = query;
  return upstreamConnection(args, {
    maxFirst: MAX_FIRST_GRANTS,
    defaultFirst: MAX_FIRST_GRANTS,
    sized: true,
    pages: sizedPages,
    cursors: ctx.paging.cursors,
    scope: `${list}:${customerId}:${JSON.stringify(query.filters)}`,
    fetchPage: async (cursor, limit) => {
      const page = await loader.load({ ...query, cursor, limit: limit ?? MAX_FIRST_GRANTS });
      return { data: page.data.map((wire) => ({ customerId, wire })), next_page: page.next_page };
    },
  });
}
