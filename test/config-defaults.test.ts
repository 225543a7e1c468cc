import { describe, expect, it } from 'vitest';
import { formatValue, helpText, loadConfig, type SettingName, settings } from '../src/config.js';
import { startGateway } from '../src/server/gateway.js';
import { useSandbox } from './helpers/sandbox.js';

// Defaults are declared once, in the zod settings: what `--help` prints is what a gateway started
// with an empty environment runs with (no layer below adds a default of its own).

const sandboxHarness = useSandbox();

/** The `default …` column of `--help`, by setting name. */
function helpDefaults(): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const line of helpText().split('\n')) {
    const match = /^\s+--\S+\s+([A-Z0-9_]+)\s+default (.*?)\s{2,}\S/.exec(line);
    if (match?.[1] && match[2] !== undefined) shown[match[1]] = match[2].trim();
  }
  return shown;
}

describe('configuration defaults', () => {
  it('--help shows the defaults a gateway started with no settings runs with', async () => {
    const config = loadConfig({}, []);
    if (config === 'help') throw new Error('unexpected');
    // Only what a running gateway cannot do without: a free port and an upstream.
    const given = new Set<SettingName>(['PORT', 'METRONOME_BASE_URL', 'METRONOME_BEARER_TOKEN']);
    const gateway = await startGateway({
      ...config,
      PORT: 0,
      METRONOME_BASE_URL: sandboxHarness.url,
      METRONOME_BEARER_TOKEN: sandboxHarness.newOrganization(),
    });
    try {
      const shown = helpDefaults();
      const names = Object.keys(settings) as SettingName[];
      expect(Object.keys(shown).sort()).toEqual([...names].sort());
      for (const name of names.filter((name) => !given.has(name))) {
        expect(shown[name], name).toBe(formatValue(gateway.config[name]));
      }
    } finally {
      await gateway.close();
    }
  });
});
