import { decodeGlobalID } from '@pothos/plugin-relay';
import { badUserInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A customer id as clients may give it: the global ID from `Customer.id`, or the Metronome UUID
 * operators paste from the dashboard.
 */
export function parseCustomerId(value: string, argument: string): string {
  if (isUuid(value)) return value.toLowerCase();
  try {
    const { typename, id } = decodeGlobalID(value);
    if (typename === 'Customer' && isUuid(id)) return id.toLowerCase();
  } catch {
    // Not a global ID either; answered below.
  }
  throw badUserInput(`${argument} must be a Customer global ID or a Metronome customer UUID`, argument);
}

/** A Metronome UUID argument (notification ids, commit ids). */
export function parseUuid(value: string, argument: string): string {
  if (!isUuid(value)) throw badUserInput(`${argument} must be a UUID`, argument);
  return value.toLowerCase();
}

/** A Commit id: its global ID, or its Metronome UUID together with the customer. */
export function parseCommitId(value: string, argument: string): string {
  if (isUuid(value)) return value.toLowerCase();
  try {
    const { typename, id } = decodeGlobalID(value);
    const commitId = id.split(':')[1];
    if (typename === 'Commit' && commitId && isUuid(commitId)) return commitId.toLowerCase();
  } catch {
    // Answered below.
  }
  throw badUserInput(`${argument} must be a Commit global ID or a Metronome commit UUID`, argument);
}

/** A Credit id: its global ID, or its Metronome UUID together with the customer. */
export function parseCreditId(value: string, argument: string): string {
  if (isUuid(value)) return value.toLowerCase();
  try {
    const { typename, id } = decodeGlobalID(value);
    const creditId = id.split(':')[1];
    if (typename === 'Credit' && creditId && isUuid(creditId)) return creditId.toLowerCase();
  } catch {
    // Answered below.
  }
  throw badUserInput(`${argument} must be a Credit global ID or a Metronome credit UUID`, argument);
}
