import { DomainRuleError } from '../store/errors.js';

/** Usage and breakdown windows, aligned to UTC hours and days as Metronome aligns them. */
export type WindowSize = 'HOUR' | 'DAY' | 'NONE';

export interface TimeWindow {
  start: number;
  end: number;
}

const SIZE_MS = { HOUR: 60 * 60 * 1000, DAY: 24 * 60 * 60 * 1000 } as const;

/**
 * The aligned windows that start on or after `from` and end on or before `to`; for `NONE`, the
 * range itself. A range that holds no whole window is a 400 naming the parameters.
 */
export function windowsBetween(from: string, to: string, size: WindowSize): TimeWindow[] {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (end <= start) throw new DomainRuleError('ending_before must be later than starting_on');
  if (size === 'NONE') return [{ start, end }];
  const step = SIZE_MS[size];
  const windows: TimeWindow[] = [];
  for (let at = Math.ceil(start / step) * step; at + step <= end; at += step) windows.push({ start: at, end: at + step });
  return windows;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
