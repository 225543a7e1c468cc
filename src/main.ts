import { ConfigError, describeConfig, helpText, loadConfig, type Config } from './config.js';
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
    const demo = sandbox.createOrganization(config.SANDBOX_DEMO_TOKEN, 'Demo organization');
    await seedDemo(sandbox, demo);
    if (config.SANDBOX_SIMULATOR) {
      simulator = new UsageSimulator(sandbox, demo, { seed: config.SANDBOX_SEED, ticksPerSecond: config.SANDBOX_SIMULATOR_TICKS });
      simulator.start();
    }
    baseUrl = await sandbox.listen(config.SANDBOX_HOST, config.SANDBOX_PORT);
    token = config.SANDBOX_DEMO_TOKEN;
    console.log(`Sandbox (Metronome-compatible) on ${baseUrl} — demo token: ${token}`);
  }

  const gateway = await startGateway({
    host: config.HOST,
    port: config.PORT,
    metronomeBaseUrl: baseUrl,
    metronomeToken: token,
    graphiql: config.GRAPHIQL,
    upstreamTimeoutMs: config.UPSTREAM_TIMEOUT_MS,
    upstreamMaxAttempts: config.UPSTREAM_MAX_ATTEMPTS,
    upstreamMaxConcurrency: config.UPSTREAM_MAX_CONCURRENCY,
    upstreamConnections: config.UPSTREAM_CONNECTIONS,
  });
  console.log(`Configuration: ${JSON.stringify(describeConfig({ ...config, METRONOME_BASE_URL: baseUrl }))}`);
  console.log(`Gateway upstream: ${sandbox ? 'embedded sandbox' : baseUrl}`);
  console.log('GraphiQL:');
  console.log(gateway.graphqlUrl);

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
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
