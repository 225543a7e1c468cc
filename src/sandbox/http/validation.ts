import { z } from 'zod';
import { badRequest } from './errors.js';

/** A Metronome id: the 8-4-4-4-12 hex form. */
export const id = z.guid({ error: 'must be a UUID' });
/** An RFC 3339 timestamp with a zone (`Z` or an offset). */
export const timestamp = z.iso.datetime({ offset: true, error: 'must be an RFC 3339 timestamp' });
export const customFields = z.record(z.string(), z.string({ error: 'custom field values must be strings' }));

/**
 * Validates a JSON body against a schema, turning the first problem into a 400 that names the
 * parameter (e.g. `access_schedule.schedule_items[0].amount: expected number, received string`).
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw badRequest('Invalid request body');
  throw badRequest(describeIssue(issue, body ?? {}));
}

/** The value at a path in the raw input, to tell a missing parameter from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const prefix = where ? `${where}: ` : '';
    return `${prefix}unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    return `${where || 'body'} is required`;
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return where ? `${where}: ${message}` : message;
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text;
}
