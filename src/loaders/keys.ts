/**
 * DataLoader keys are objects; this turns them into stable cache keys: the same JSON whatever the
 * order of object keys. It is on every loader call, so it walks the value itself instead of
 * running `JSON.stringify` with a replacer that rebuilds and locale-sorts every object; keys are
 * sorted by code unit, which is stable and all a cache key needs.
 */
export function stableKey(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      // undefined, functions and symbols: left out of objects, null in arrays (as JSON does).
      return undefined;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += `${i > 0 ? ',' : ''}${write(value[i]) ?? 'null'}`;
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.toJSON === 'function') return write((record.toJSON as () => unknown)());
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const inner = write(record[key]);
    if (inner === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${inner}`;
    first = false;
  }
  return `${out}}`;
}
