import { badRequest } from './errors.js';

/**
 * Reads query parameters the way Metronome accepts them: arrays either comma-joined
 * (`customer_ids=a,b`, as the SDK sends them) or repeated (`customer_ids=a&customer_ids=b`).
 * Every parse failure names the parameter.
 */
export class QueryReader {
  constructor(private readonly params: URLSearchParams) {}

  /** Names present in the query, for rejecting unknown ones. */
  names(): string[] {
    return [...new Set(this.params.keys())];
  }

  rejectUnknown(allowed: readonly string[]): void {
    for (const name of this.names()) {
      if (!allowed.includes(name)) throw badRequest(`Unknown query parameter: ${name}`);
    }
  }

  string(name: string): string | undefined {
    const values = this.params.getAll(name);
    if (values.length === 0) return undefined;
    if (values.length > 1) throw badRequest(`${name} may be given only once`);
    return values[0];
  }

  list(name: string): string[] | undefined {
    const values = this.params.getAll(name);
    if (values.length === 0) return undefined;
    return values
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
  }

  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw badRequest(`${name} must be true or false`);
  }

  integer(name: string, min: number, max: number): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw badRequest(`${name} must be an integer`);
    const parsed = Number(value);
    if (parsed < min || parsed > max) throw badRequest(`${name} must be between ${min} and ${max}`);
    return parsed;
  }
}
