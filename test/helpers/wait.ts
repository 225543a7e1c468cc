import type { ChildProcess } from 'node:child_process';
import { setTimeout as pause } from 'node:timers/promises';

/**
 * Waits for a condition that is only observable by asking (a counter, a metric, a state): asks
 * again on each short turn until `check` answers something other than undefined/false, and fails
 * after `deadlineMs` saying what it waited for. A deadline, not a duration: it returns as soon as
 * the condition holds, however loaded the machine.
 */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  deadlineMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const answer = await check();
    if (answer !== undefined && answer !== false) return answer;
    if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await pause(10);
  }
}

/**
 * Resolves with the first match of `pattern` in what a child process printed (stdout and stderr),
 * checked on every chunk it prints; rejects when it exits first or after `deadlineMs`.
 */
export function waitForOutput(child: ChildProcess, pattern: RegExp, output: () => string, deadlineMs = 30_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const done = (settle: () => void): void => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', exited);
      settle();
    };
    const check = (): void => {
      const match = pattern.exec(output());
      if (match) done(() => resolve(match));
    };
    const exited = (code: number | null): void =>
      done(() => reject(new Error(`the process exited (${code}) before printing ${pattern}:\n${output()}`)));
    const timer = setTimeout(() => done(() => reject(new Error(`no ${pattern} within ${deadlineMs} ms:\n${output()}`))), deadlineMs);
    // Listen after the test's own collectors, so `output()` already holds the chunk.
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', exited);
    check();
  });
}

/** Resolves as `event` does, or fails after `deadlineMs` saying what did not happen. */
export async function within<T>(what: string, event: Promise<T>, deadlineMs = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${deadlineMs} ms waiting for ${what}`)), deadlineMs);
  });
  try {
    return await Promise.race([event, late]);
  } finally {
    clearTimeout(timer);
  }
}
