/** Node's timers hold a signed 32-bit delay: anything longer fires after 1 ms (with a warning). */
const LONGEST_DELAY_MS = 2 ** 31 - 1;

/**
 * Calls `onExpired` once at the epoch time `expiresAt` (at once when it is already past), however
 * far away that is: a delay beyond what a Node timer holds is waited out in steps. Returns a
 * function that cancels it. The timer never keeps the process alive.
 */
export function atExpiry(expiresAt: number, onExpired: () => void, now: () => number = Date.now): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const remaining = expiresAt - now();
    if (remaining <= 0) {
      timer = undefined;
      onExpired();
      return;
    }
    timer = setTimeout(arm, Math.min(remaining, LONGEST_DELAY_MS));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
