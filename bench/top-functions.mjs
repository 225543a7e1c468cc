// Prints the functions that took the most self time in a .cpuprofile:
//   node bench/top-functions.mjs file [count]             by function
//   node bench/top-functions.mjs file [count] --packages  by npm package (the gateway's own code as "gateway", Node's as "node")
import { readFileSync } from 'node:fs';
const args = process.argv.slice(2);
const byPackage = args.includes('--packages');
const [file, count = '25'] = args.filter((arg) => !arg.startsWith('--'));
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const packageOf = (url, name) => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.includes('/dist/') || url.includes('/src/')) return 'gateway';
  if (url.startsWith('node:') || url === '') return name.startsWith('(') ? name : 'node';
  return url;
};
const self = new Map();
profile.samples.forEach((id, index) => {
  const frame = nodes.get(id).callFrame;
  const key = byPackage
    ? packageOf(frame.url, frame.functionName)
    : `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [key, micros] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(`${(micros / 1000).toFixed(1).padStart(8)} ms ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
