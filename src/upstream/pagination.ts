import type { Page } from './types.js';

/**
 * Walks every page of a Metronome list, one request at a time, yielding items.
 * `fetchPage` receives the cursor to send (undefined for the first page); where the cursor
 * travels (query or body) is the caller's business, since Metronome uses both.
 */
export async function* allItems<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T> {
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.data;
    // Metronome may send a cursor with an empty page; only a missing one ends the list.
    if (!page.next_page) return;
    cursor = page.next_page;
  }
}
