/** Prints one scenario's figures as an aligned two-column table. */
export function printTable(title: string, figures: Record<string, string | number>): void {
  console.log(`\n${title}`);
  const width = Math.max(...Object.keys(figures).map((key) => key.length));
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(width)}  ${value}`);
}
