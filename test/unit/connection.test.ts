import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fixedPages, sizedPages, upstreamConnection, type UpstreamConnectionOptions } from '../../src/schema/connection.js';
import { CursorCodec } from '../../src/schema/cursors.js';
import type { Page } from '../../src/upstream/types.js';

/**
 * An upstream list of `total` numbered items served `pageSize` at a time (or `limit` when the
 * caller sends one), recording every page asked for.
 */
function upstreamList(total: number, pageSize: number) {
  const asked: Array<{ cursor: string | null; limit: number | null }> = [];
  const fetchPage = async (cursor: string | null, limit: number | null): Promise<Page<number>> => {
    asked.push({ cursor, limit });
    const from = cursor === null ? 0 : Number(cursor);
    const size = limit ?? pageSize;
    const data = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, index) => from + index);
    return { data, next_page: from + size < total ? String(from + size) : null };
  };
  return { asked, fetchPage };
}

const cursors = new CursorCodec('unit-test-cursor-secret');

/** A connection over a sized list (upstream takes a page size), or one whose pages hold `pageSize` items. */
const options = (
  fetchPage: UpstreamConnectionOptions<number>['fetchPage'],
  sized: boolean,
  scope = 'numbers',
  pageSize = 3,
): UpstreamConnectionOptions<number> => ({
  maxFirst: 100,
  defaultFirst: 25,
  sized,
  pages: sized ? sizedPages : fixedPages(pageSize),
  cursors,
  scope,
  fetchPage,
});

const nodes = (connection: { edges: Array<{ node: number }> }) => connection.edges.map((edge) => edge.node);

describe('forward connections over upstream lists', () => {
  it('asks upstream for a page of `first` items where it takes a size: one call per page', async () => {
    const list = upstreamList(10, 25);
    const page = await upstreamConnection({ first: 4 }, options(list.fetchPage, true));
    expect(nodes(page)).toEqual([0, 1, 2, 3]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(list.asked).toEqual([{ cursor: null, limit: 4 }]);
  });

  it('resumes after any edge, mid-page, and walks to the end', async () => {
    const list = upstreamList(10, 25);
    const first = await upstreamConnection({ first: 4 }, options(list.fetchPage, true));
    const afterSecond = first.edges[1]?.cursor ?? '';
    const next = await upstreamConnection({ first: 4, after: afterSecond }, options(list.fetchPage, true));
    expect(nodes(next)).toEqual([2, 3, 4, 5]);
    expect(next.pageInfo.hasPreviousPage).toBe(true);
    const rest = await upstreamConnection({ first: 100, after: next.pageInfo.endCursor }, options(list.fetchPage, true));
    expect(nodes(rest)).toEqual([6, 7, 8, 9]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('slices unsized pages here and follows next_page when a page runs short', async () => {
    const list = upstreamList(7, 3);
    const page = await upstreamConnection({ first: 5 }, options(list.fetchPage, false));
    expect(nodes(page)).toEqual([0, 1, 2, 3, 4]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(list.asked).toEqual([
      { cursor: null, limit: null },
      { cursor: '3', limit: null },
    ]);
    const rest = await upstreamConnection({ first: 5, after: page.pageInfo.endCursor }, options(list.fetchPage, false));
    expect(nodes(rest)).toEqual([5, 6]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('first: 0 makes no upstream call', async () => {
    const list = upstreamList(10, 25);
    const page = await upstreamConnection({ first: 0 }, options(list.fetchPage, true));
    expect(page.edges).toEqual([]);
    expect(list.asked).toEqual([]);
  });

  it.each([
    [{ last: 2 }, 'last'],
    [{ before: 'x' }, 'before'],
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ first: 2, after: 'not-ours' }, 'after'],
    [{ first: 2, after: `c1.${Buffer.from('{"c":null,"o":3}').toString('base64url')}.forged` }, 'after'],
    [{ first: 2, after: cursors.encode('another list', { c: null, o: 0 }) }, 'after'],
  ])('refuses %j as BAD_USER_INPUT naming %s, before any upstream call', async (args, argument) => {
    const list = upstreamList(10, 25);
    const refusal = await upstreamConnection(args, options(list.fetchPage, true)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: argument });
    expect(list.asked).toEqual([]);
  });
});
