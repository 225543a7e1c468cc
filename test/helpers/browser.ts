import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

// The browser tests bring their own browser: @sparticuz/chromium ships a headless Chromium inside
// the npm package (installed by `npm ci`, no download at run time). CHROMIUM_PATH overrides it
// for people who want to use a browser of their own.

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The flags this machine needs: no sandbox (tests may run as root), no GPU, and no background
 * traffic — the machine has no network, and Chromium's own calls home would be refused.
 * playwright-core adds `--headless` and a new empty `--user-data-dir` to every launch itself.
 */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Path of the Chromium to drive: CHROMIUM_PATH when set, else the packaged build, unpacked once. */
async function chromiumPath(): Promise<string> {
  const own = process.env.CHROMIUM_PATH;
  if (own) {
    if (!existsSync(own))
      throw new Error(`CHROMIUM_PATH points at ${own}, which does not exist. Unset it to use the Chromium that npm ci installed.`);
    return own;
  }
  return unpackPackagedChromium();
}

/**
 * @sparticuz/chromium unpacks into os.tmpdir() and only checks that the binary's path exists,
 * so two processes unpacking into a shared /tmp at once could launch a half-written file.
 * Instead each process unpacks into a private staging folder (tmpdir is read from TMPDIR on
 * every call) and renames it into node_modules/.cache when complete; the first rename wins.
 */
async function unpackPackagedChromium(): Promise<string> {
  // The package's exports hide its package.json; it sits at the top of node_modules (npm ci).
  const packageJson = join(root, 'node_modules', '@sparticuz', 'chromium', 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const target = join(root, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
  const binary = join(target, 'chromium');
  if (existsSync(join(target, '.complete'))) return binary;

  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const staging = mkdtempSync(`${target}.unpacking-`);
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    await packaged.executablePath();
  } finally {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
  }
  writeFileSync(join(staging, '.complete'), `${version}\n`);
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process finished first (its folder is complete too): use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, '.complete'))) throw error;
  }
  return binary;
}

/** Launches headless Chromium with a fresh, empty profile (playwright-core makes one per launch). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: FLAGS });
}

/** Money as the alarm board must show it: USD cents as dollars with cents, other credit types with their name. */
export function boardMoney(money: { amount: number; creditType: { name: string } } | null | undefined): string {
  if (!money) return 'none';
  if (money.creditType.name !== 'USD (cents)') return `${money.amount.toLocaleString('en-US')} ${money.creditType.name}`;
  const dollars = (Math.abs(money.amount) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${money.amount < 0 ? '-' : ''}$${dollars}`;
}

/** The board's words for each reason a forecast has no date (usage notifications say why they have none). */
export const BOARD_REASON_WORDS: Readonly<Record<string, RegExp>> = {
  ALREADY_IN_ALARM: /^already in alarm$/,
  NO_HISTORY: /^(no usage yet|no active commit or credit to watch)$/,
  NO_BURN: /^not at this pace: no (usage|spend) in the last 7 days$/,
  NOT_THIS_PERIOD: /^not this billing period at this pace$/,
  ENDS_FIRST: /^not before the commit or credit ends$/,
  NOT_FORECASTABLE: /^(not forecastable for this type|no forecast: Metronome does not say which metric this counts)$/,
};
