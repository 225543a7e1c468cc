/** Billing periods are calendar months, UTC. */

/** `2026-06` for any moment in June 2026 (UTC). */
export function periodOf(time: Date | number | string): string {
  const date = new Date(time);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first moment of the period after the one containing `time`. */
export function periodEnd(time: Date): Date {
  return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth() + 1, 1));
}
