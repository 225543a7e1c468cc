import { z } from 'zod';
import { badUserInput } from './errors.js';

/**
 * Input rules shared by several inputs, declared once as zod schemas and attached to the input
 * fields they guard (Pothos validation plugin). Messages name the GraphQL field, so a frontend can
 * put the error next to it.
 */

/** Metronome's uniqueness keys: 1 to 128 characters. */
export const uniquenessKeyRule = z
  .string()
  .min(1, 'uniquenessKey must be 1 to 128 characters')
  .max(128, 'uniquenessKey must be 1 to 128 characters')
  .nullish();

/** A display name with something in it besides spaces. */
export const nonBlank = (field: string) => z.string().refine((value) => value.trim().length > 0, `${field} must not be empty`);

/** An amount or threshold that cannot be negative. */
export const nonNegative = (field: string) => z.number().min(0, `${field} must be 0 or more`);

/**
 * A cross-field rule for a whole input: `check` returns the first problem (message and field),
 * or undefined when the input is acceptable. One problem at a time, in the order the rules read.
 */
export function inputRule<T>(check: (input: T) => { message: string; field: string } | undefined) {
  return z.any().superRefine((input, ctx) => {
    const problem = check(input as T);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.field.split('.') });
  });
}

/** The error for a failed input rule: BAD_USER_INPUT naming the field (without the argument's name). */
export function validationError(failure: {
  issues: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined }>;
}): Error {
  const [issue] = failure.issues;
  if (!issue) return badUserInput('Invalid input');
  const path = (issue.path ?? [])
    .map((segment) => String(typeof segment === 'object' ? segment.key : segment))
    .filter((segment) => !/^\d+$/.test(segment));
  if (path[0] === 'input') path.shift();
  return badUserInput(issue.message, path.length > 0 ? path.join('.') : undefined);
}
