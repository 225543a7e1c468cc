import type { Page } from '../upstream/types.js';
import type { CursorCodec } from './cursors.js';
import { badUserInput } from './errors.js';

/** Relay connection arguments as Pothos passes them. */
export interface ConnectionArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * The most upstream pages one connection field may fetch for `first` items, resuming from a
 * cursor or not. The call estimate counts exactly this, and the connection stops there, so the
 * estimate is an upper bound whatever the client sends.
 */
export type PageBound = (first: number, resumed: boolean) => number;

/**
 * Lists that take a page size (customers, commits): a fresh page is one call; resuming inside a
 * page asks for that page again, sized to end where `first` does, and at most one more.
 */
export const sizedPages: PageBound = (first, resumed) => (first === 0 ? 0 : resumed ? 2 : 1);

/** Lists whose pages have a size upstream decides (customer alerts): as many pages as `first` can span. */
export const fixedPages =
  (pageSize: number): PageBound =>
  (first, resumed) =>
    first === 0 ? 0 : Math.ceil((first + (resumed ? pageSize - 1 : 0)) / pageSize);

export interface UpstreamConnectionOptions<T> {
  /** Largest `first` allowed (upstream's page-size cap). */
  maxFirst: number;
  /** `first` when the client gives none. */
  defaultFirst: number;
  /** Whether upstream takes a page size; where it does not, pages are sliced here. */
  sized: boolean;
  /** The pages this connection may fetch (the same bound the call estimate uses). */
  pages: PageBound;
  /** Signs and checks cursors. */
  cursors: CursorCodec;
  /** The list and its filters: a cursor is valid only for the scope it was given out for. */
  scope: string;
  fetchPage: (cursor: string | null, limit: number | null) => Promise<Page<T>>;
}

/** The checks every connection makes on its arguments before any upstream call. */
function checkConnectionArgs(args: ConnectionArgs, maxFirst: number): void {
  if (args.last != null || args.before != null) {
    throw badUserInput(
      'Metronome lists only page forwards: use first and after, not last or before',
      args.last != null ? 'last' : 'before',
    );
  }
  if (args.first != null && (args.first < 0 || args.first > maxFirst)) {
    throw badUserInput(`first must be between 0 and ${maxFirst}`, 'first');
  }
}

/**
 * A forward-only Relay connection over a Metronome list. `first: n` asks upstream for a page of
 * n where it can (one call for one page), and walks further pages only when a page comes back
 * short, never more than `pages` allows (then `hasNextPage` is true and `endCursor` resumes).
 * `hasNextPage` is what upstream's `next_page` says, with no extra call to peek ahead.
 */
export async function upstreamConnection<T>(args: ConnectionArgs, options: UpstreamConnectionOptions<T>): Promise<Connection<T>> {
  checkConnectionArgs(args, options.maxFirst);
  const first = args.first ?? options.defaultFirst;
  const start = args.after ? options.cursors.decode(options.scope, args.after) : undefined;
  const cursorOf = (position: { c: string | null; o: number }) => options.cursors.encode(options.scope, position);
  const edges: Connection<T>['edges'] = [];
  let hasNextPage = false;

  let cursor = start?.c ?? null;
  let offset = start ? start.o + 1 : 0;
  const maxPages = options.pages(first, start !== undefined);
  for (let pages = 0; pages < maxPages && edges.length < first; pages += 1) {
    // Sized lists: this page ends where `first` does (a resumed page is asked for again from its start).
    const limit = options.sized ? Math.min(options.maxFirst, offset + first - edges.length) : null;
    const page = await options.fetchPage(cursor, limit);
    let index = offset;
    for (; index < page.data.length && edges.length < first; index += 1) {
      const lastOfPage = index === page.data.length - 1 && page.next_page !== null;
      const position = lastOfPage ? { c: page.next_page, o: -1 } : { c: cursor, o: index };
      edges.push(lazyEdge(page.data[index] as T, () => cursorOf(position)));
    }
    hasNextPage = index < page.data.length || page.next_page !== null;
    if (page.next_page === null) break;
    cursor = page.next_page;
    offset = 0;
  }

  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: start !== undefined,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/**
 * An edge whose cursor is signed when first read: signing is an HMAC, and most queries (a
 * dashboard's nested lists) select no edge cursor at all, so signing every edge up front was a
 * measurable share of their CPU.
 */
function lazyEdge<T>(node: T, sign: () => string): { cursor: string; node: T } {
  let signed: string | undefined;
  return {
    node,
    get cursor() {
      signed ??= sign();
      return signed;
    },
  };
}
