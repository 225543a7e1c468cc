import { z } from 'zod';
import { DEFAULT_DEMO_TOKEN, seedDemo } from './demo.js';
import { knobsSchema } from './knobs.js';
import { Sandbox } from './server.js';
import { UsageSimulator } from './simulator.js';

/** `npm run sandbox`: the Metronome-compatible sandbox on its own, with the demo organization. */

const env = z
  .object({
    SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
    SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
    SANDBOX_DEMO_TOKEN: z.string().min(8).default(DEFAULT_DEMO_TOKEN),
    SANDBOX_SIMULATOR: z.enum(['true', 'false']).default('true'),
    SANDBOX_SIMULATOR_TICKS: z.coerce.number().min(0.1).max(100).default(1),
    SANDBOX_SEED: z.coerce.number().int().default(42),
    SANDBOX_KNOBS: z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (text === undefined || text.trim() === '') return {};
        try {
          return knobsSchema.parse(JSON.parse(text));
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `not valid knob settings: ${(error as Error).message}` });
          return z.NEVER;
        }
      }),
  })
  .safeParse(process.env);

if (!env.success) {
  for (const issue of env.error.issues) console.error(`Invalid ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}

const settings = env.data;
const sandbox = new Sandbox({ knobs: settings.SANDBOX_KNOBS, safetyNetMs: 60_000 });
const demo = sandbox.createOrganization(settings.SANDBOX_DEMO_TOKEN, 'Demo organization');
await seedDemo(sandbox, demo);
const simulator = new UsageSimulator(sandbox, demo, { seed: settings.SANDBOX_SEED, ticksPerSecond: settings.SANDBOX_SIMULATOR_TICKS });
if (settings.SANDBOX_SIMULATOR === 'true') simulator.start();
const url = await sandbox.listen(settings.SANDBOX_HOST, settings.SANDBOX_PORT);
console.log(`Metronome sandbox listening on ${url}`);
console.log(`Demo organization token: ${settings.SANDBOX_DEMO_TOKEN}`);
console.log(`Try: curl -H 'Authorization: Bearer ${settings.SANDBOX_DEMO_TOKEN}' ${url}/v1/customers`);

const stop = (): void => {
  simulator.stop();
  void sandbox.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
