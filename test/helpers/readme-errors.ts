import { readFileSync } from 'node:fs';

/** One row of the README's error-code table. */
export interface DocumentedCode {
  code: string;
  /** The HTTP statuses the row lists (e.g. "200, 400"). */
  statuses: number[];
}

/** The rows of the table under the README's "### Errors" heading: `| \`CODE\` | statuses | … |`. */
export function documentedErrorCodes(): DocumentedCode[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^### Errors$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
  return [...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((match) => ({
    code: match[1] ?? '',
    statuses: [...(match[2] ?? '').matchAll(/\d{3}/g)].map((status) => Number(status[0])),
  }));
}
