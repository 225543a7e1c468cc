import { badUserInput } from './errors.js';

/**
 * Time ranges of series fields. Windows are aligned to UTC hours or days (as upstream aligns
 * them); without arguments a DAY series covers the last 7 full days and today, an HOUR series
 * the last 23 full hours and the current one.
 */

export const WINDOW_MS = { HOUR: 60 * 60 * 1000, DAY: 24 * 60 * 60 * 1000 } as const;
/** Windows per page of invoice breakdowns, as Metronome documents them. */
export const BREAKDOWNS_PER_PAGE = { HOUR: 24, DAY: 35 } as const;
/** Longest range a series may ask for: three pages of breakdowns. */
export const MAX_WINDOWS = { HOUR: 72, DAY: 93 } as const;
/** Rows the gateway expects in one page of `/v1/usage` (the sandbox's page; Metronome does not document one). */
export const USAGE_ROWS_PER_PAGE = 1000;
const DEFAULT_WINDOWS = { HOUR: 24, DAY: 8 } as const;

export type Window = keyof typeof WINDOW_MS;

export interface SeriesRange {
  window: Window;
  startingOn: string;
  endingBefore: string;
  /** Whole windows in the range. */
  windows: number;
}

const floorTo = (ms: number, step: number): number => Math.floor(ms / step) * step;

/** The range a series field reads, from its arguments (Dates, or ISO strings when estimating). */
export function seriesRange(
  window: Window,
  startingOn: Date | string | null | undefined,
  endingBefore: Date | string | null | undefined,
  now: Date,
): SeriesRange {
  const step = WINDOW_MS[window];
  const toMs = (value: Date | string): number => (typeof value === 'string' ? Date.parse(value) : value.getTime());
  const end = endingBefore != null ? toMs(endingBefore) : floorTo(now.getTime(), step) + step;
  const start = startingOn != null ? toMs(startingOn) : end - DEFAULT_WINDOWS[window] * step;
  if (Number.isNaN(start) || Number.isNaN(end)) throw badUserInput('startingOn and endingBefore must be dates', 'startingOn');
  if (start % step !== 0 || end % step !== 0) {
    throw badUserInput(
      `startingOn and endingBefore must be on ${window === 'DAY' ? 'UTC day' : 'hour'} boundaries`,
      start % step !== 0 ? 'startingOn' : 'endingBefore',
    );
  }
  if (end <= start) throw badUserInput('endingBefore must be later than startingOn', 'endingBefore');
  const windows = (end - start) / step;
  if (windows > MAX_WINDOWS[window]) {
    throw badUserInput(`A ${window} series covers at most ${MAX_WINDOWS[window]} windows`, 'startingOn');
  }
  return { window, startingOn: new Date(start).toISOString(), endingBefore: new Date(end).toISOString(), windows };
}

/** Customers per `/v1/usage` call for a series of `windows` points: ≤ 100, and one page of rows. */
export function usageCustomersPerCall(windows: number): number {
  return Math.max(1, Math.min(100, Math.floor(USAGE_ROWS_PER_PAGE / Math.max(1, windows))));
}

/** Pages of breakdowns a range takes. */
export function breakdownPages(range: SeriesRange): number {
  return Math.max(1, Math.ceil(range.windows / BREAKDOWNS_PER_PAGE[range.window]));
}
