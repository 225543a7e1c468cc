import { badRequest } from './errors.js';
import type { Sequenced } from '../store/records.js';

/**
 * Keyset pagination over sequence numbers: a cursor names the last item of the previous page,
 * so items created while a client pages through do not shift later pages. Cursors are opaque
 * to clients (base64url) and carry a tag so one list's cursor is refused by another.
 */
export function paginate<T extends Sequenced>(
  items: readonly T[],
  options: { cursor: string | undefined; limit: number; list: string; cursorParam?: string },
): { page: T[]; nextPage: string | null } {
  const after = options.cursor === undefined ? 0 : decodeCursor(options.cursor, options.list, options.cursorParam ?? 'next_page');
  const remaining = items.filter((item) => item.seq > after);
  const page = remaining.slice(0, options.limit);
  const last = page.at(-1);
  const nextPage = remaining.length > page.length && last ? encodeCursor(options.list, last.seq) : null;
  return { page, nextPage };
}

function encodeCursor(list: string, seq: number): string {
  return Buffer.from(`${list}:${seq}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, list: string, param: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^([a-z_-]+):(\d+)$/.exec(text);
  if (!match || match[1] !== list) throw badRequest(`${param}: not a valid cursor for this list`);
  return Number(match[2]);
}
