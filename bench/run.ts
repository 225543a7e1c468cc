/**
 * `npm run bench [-- scenario ...]`: runs the benchmark scenarios, prints their figures and
 * writes bench/RESULTS.md with the machine they ran on and the command that produced them.
 * Figures only: nothing here passes or fails.
 */
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { printTable } from './report.js';
import { run as sandboxIngest } from './sandbox-ingest.js';

type Scenario = { title: string; run: () => Promise<Record<string, string | number>> };

const SCENARIOS: Record<string, Scenario> = {
  'sandbox-ingest': { title: 'Sandbox: ingest 100,000 events, 1,000 customers × 20 notifications, evaluated as they arrive', run: sandboxIngest },
};

const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const names = chosen.length > 0 ? chosen : Object.keys(SCENARIOS);
const sections: string[] = [];
for (const name of names) {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`Unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  const figures = await scenario.run();
  printTable(scenario.title, figures);
  sections.push(`## ${scenario.title}\n\n| figure | value |\n|---|---|\n${Object.entries(figures).map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
const command = `npm run bench${chosen.length > 0 ? ` -- ${chosen.join(' ')}` : ''}`;
writeFileSync(
  new URL('./RESULTS.md', import.meta.url),
  `# Benchmark results\n\nMachine: ${machine}\n\nCommand: \`${command}\`\n\n${sections.join('\n')}`,
);
console.log(`\nwrote bench/RESULTS.md (${machine})`);
