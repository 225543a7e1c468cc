import type { Page } from '../upstream/types.js';
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
 * Where an edge sits upstream: the cursor of the page it came from, the page size that page was
 * asked with (null where upstream takes none), and its index in that page. Enough to resume after
 * any edge, since re-asking for the same page gives the same items.
 */
interface EdgePosition {
  c: string | null;
  l: number | null;
  o: number;
}

const CURSOR_PREFIX = 'mg1:';

function encodeCursor(position: EdgePosition): string {
  return CURSOR_PREFIX + Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): EdgePosition {
  const invalid = badUserInput('after: not a cursor this connection gave out', 'after');
  if (!cursor.startsWith(CURSOR_PREFIX)) throw invalid;
  try {
    const parsed = JSON.parse(Buffer.from(cursor.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8')) as Partial<EdgePosition>;
    if (
      (parsed.c !== null && typeof parsed.c !== 'string') ||
      (parsed.l !== null && typeof parsed.l !== 'number') ||
      typeof parsed.o !== 'number' ||
      parsed.o < 0
    ) {
      throw invalid;
    }
    return { c: parsed.c, l: parsed.l, o: parsed.o };
  } catch {
    throw invalid;
  }
}

export interface UpstreamConnectionOptions<T> {
  /** Largest `first` allowed (upstream's page-size cap). */
  maxFirst: number;
  /** `first` when the client gives none. */
  defaultFirst: number;
  /** Whether upstream takes a page size; where it does not, pages are sliced here. */
  sized: boolean;
  fetchPage: (cursor: string | null, limit: number | null) => Promise<Page<T>>;
}

/** The checks every connection makes on its arguments before any upstream call. */
export function checkConnectionArgs(args: ConnectionArgs, maxFirst: number): void {
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
 * short. `hasNextPage` is what upstream's `next_page` says, with no extra call to peek ahead.
 */
export async function upstreamConnection<T>(args: ConnectionArgs, options: UpstreamConnectionOptions<T>): Promise<Connection<T>> {
  checkConnectionArgs(args, options.maxFirst);
  const first = args.first ?? options.defaultFirst;
  const start = args.after ? decodeCursor(args.after) : undefined;
  const edges: Connection<T>['edges'] = [];
  let hasNextPage = false;

  if (first > 0) {
    let cursor = start?.c ?? null;
    const limit = options.sized ? (start?.l ?? first) : null;
    let offset = start ? start.o + 1 : 0;
    // Bounded: a misbehaving upstream that keeps sending empty pages cannot hold the request forever.
    for (let pages = 0; pages < 50; pages += 1) {
      const page = await options.fetchPage(cursor, limit);
      let index = offset;
      for (; index < page.data.length && edges.length < first; index += 1) {
        edges.push({ node: page.data[index] as T, cursor: encodeCursor({ c: cursor, l: limit, o: index }) });
      }
      if (edges.length >= first) {
        hasNextPage = index < page.data.length || page.next_page !== null;
        break;
      }
      if (page.next_page === null) break;
      cursor = page.next_page;
      offset = 0;
    }
  }

  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: start !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
