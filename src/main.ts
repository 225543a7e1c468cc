import { randomBytes } from 'node:crypto';
import { ConfigError, helpText, loadConfig, summarizeConfig, type Config } from './config.js';
import { createLogger } from './telemetry/logger.js';
import { startGateway } from './server/gateway.js';
import { seedDemo } from './sandbox/demo.js';
import { Sandbox } from './sandbox/server.js';
import { UsageSimulator } from './sandbox/simulator.js';

/**
 * `npm start`: the gateway, against real Metronome when METRONOME_BEARER_TOKEN is set, and
 * otherwise against the embedded sandbox with its demo organization.
 */
async function main(): Promise<void> {
  let config: Config | 'help';
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof ConfigError || error instanceof TypeError ? error.message : error);
    process.exit(2);
  }
  if (config === 'help') {
    console.log(helpText());
    return;
  }

  let baseUrl = config.METRONOME_BASE_URL;
  let token = config.METRONOME_BEARER_TOKEN;
  let sandbox: Sandbox | undefined;
  let simulator: UsageSimulator | undefined;
  if (token === undefined) {
    sandbox = new Sandbox({ safetyNetMs: 60_000 });
    const demoOrg = sandbox.createOrganization(config.SANDBOX_DEMO_TOKEN, 'Demo organization');
    await seedDemo(sandbox, demoOrg);
    if (config.SANDBOX_SIMULATOR) {
      simulator = new UsageSimulator(sandbox, demoOrg, { seed: config.SANDBOX_SEED, ticksPerSecond: config.SANDBOX_SIMULATOR_TICKS });
      simulator.start();
    }
    baseUrl = await listening(sandbox.listen(config.SANDBOX_HOST, config.SANDBOX_PORT), 'SANDBOX_PORT');
    token = config.SANDBOX_DEMO_TOKEN;
    console.log(`Sandbox (Metronome-compatible) on ${baseUrl} — demo token: ${token}`);
  }

  const logger = createLogger(config.LOG_LEVEL, undefined, { pretty: process.stdout.isTTY && config.NODE_ENV !== 'production' });
  // Embedded mode: the sandbox sends its signed webhooks to this gateway, with a secret made up now.
  const webhookSecret = config.METRONOME_WEBHOOK_SECRET ?? (sandbox ? randomBytes(24).toString('hex') : undefined);
  const gateway = await listening(
    startGateway(
      { ...config, METRONOME_BASE_URL: baseUrl, METRONOME_BEARER_TOKEN: token, METRONOME_WEBHOOK_SECRET: webhookSecret },
      logger,
    ),
    'PORT',
  );
  const demo = sandbox?.organization(config.SANDBOX_DEMO_TOKEN);
  if (demo && webhookSecret) demo.webhookDestinations = [{ url: gateway.webhookUrl, secret: webhookSecret }];
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      simulator?.stop();
      await gateway.close();
      await sandbox?.close();
      process.exit(0);
    })();
  };
  // `npm start` runs this process directly (`exec` in the script), so these reach it from npm too.
  // Installed before the addresses are printed: whoever starts us may signal as soon as it reads them.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);

  console.log(`Configuration (--help lists every setting): ${summarizeConfig({ ...config, METRONOME_BASE_URL: baseUrl })}`);
  console.log(`Gateway upstream: ${sandbox ? 'embedded sandbox' : baseUrl}`);
  console.log(`Alarm board: ${gateway.boardUrl}`);
  // The URL stands on a line of its own, so scripts (and people) can pick it up.
  console.log(
    config.GRAPHIQL
      ? 'GraphiQL (and the GraphQL endpoint, HTTP and WebSocket):'
      : 'GraphQL endpoint (HTTP and WebSocket; GraphiQL is off):',
  );
  console.log(gateway.graphqlUrl);
}

/**
 * A port that cannot be bound ends startup with one line naming it and the setting that chose
 * it, and exit code 1, rather than a stack.
 */
async function listening<T>(starting: Promise<T>, setting: 'PORT' | 'SANDBOX_PORT'): Promise<T> {
  try {
    return await starting;
  } catch (error) {
    const { code, address, port } = (error ?? {}) as { code?: string; address?: string; port?: number };
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      const problem = code === 'EADDRINUSE' ? 'is already in use' : 'needs privileges this user does not have';
      const flag = `--${setting.toLowerCase().replace('_', '-')}`;
      console.error(`Port ${port ?? '?'} on ${address ?? 'the configured host'} ${problem}: set ${setting} (or ${flag}) to another port.`);
      process.exit(1);
    }
    throw error;
  }
}

await main();
