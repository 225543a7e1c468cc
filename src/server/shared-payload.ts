import type { ExecutionResult } from 'graphql';

/** Results executed once for many subscribers (see shared-subscriptions.ts). */
const shared = new WeakSet<ExecutionResult>();
const payloads = new WeakMap<ExecutionResult, string>();

/**
 * Marks a result as shared by several subscribers: its payload is serialised once, on first use,
 * and the same string is reused for every subscriber. Yoga's HTTP processors (SSE included) call
 * a result's own `stringify` when it has one, so they reuse it too.
 */
export function shareSerialisation(result: ExecutionResult): ExecutionResult {
  shared.add(result);
  Object.defineProperty(result, 'stringify', {
    enumerable: false,
    // Yoga hands over the result itself, or a copy with internal error fields stripped (only
    // when there are errors): only the former is what was memoised.
    value: (value: unknown) => (value === result && !result.errors ? payloadOf(result) : JSON.stringify(value)),
  });
  return result;
}

/**
 * The JSON of a `next` payload exactly as graphql-ws writes it: the result's fields with
 * `errors` last, each error in its `toJSON()` form.
 */
export function payloadOf(result: ExecutionResult): string {
  const known = payloads.get(result);
  if (known !== undefined) return known;
  const { errors, ...rest } = result;
  const json = JSON.stringify(errors ? { ...rest, errors: errors.map((error) => error.toJSON()) } : rest);
  if (shared.has(result)) payloads.set(result, json);
  return json;
}
