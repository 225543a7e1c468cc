import { defaultConfig } from '../../src/config.js';
import type { GatewayConfig } from '../../src/server/gateway.js';

/**
 * The configuration a test gateway runs with: every default (the same ones `npm start` uses),
 * on loopback with a free port, against the given upstream and organization token, plus what
 * the test sets.
 */
export function gatewayConfig(upstreamUrl: string, token: string, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  return { ...defaultConfig(), HOST: '127.0.0.1', PORT: 0, METRONOME_BASE_URL: upstreamUrl, METRONOME_BEARER_TOKEN: token, ...overrides };
}
