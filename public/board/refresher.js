/**
 * Runs `read` for each change, one read at a time: changes that arrive while a read is under way
 * (a crossing often flips several notifications at once) are folded into one more read after it,
 * and a change during that read starts another — so the last change is always followed by a read.
 */
export function foldedRunner(read) {
  let running = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await read();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
