import { DomainRuleError, RecordNotFoundError } from '../store/errors.js';

/** An HTTP error answered the way Metronome answers errors: a status and `{ "message": … }`. */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SandboxHttpError';
  }
}

export const badRequest = (message: string): SandboxHttpError => new SandboxHttpError(400, message);
export const notFound = (message: string): SandboxHttpError => new SandboxHttpError(404, message);
export const conflict = (message: string): SandboxHttpError => new SandboxHttpError(409, message);

/** Metronome's wording for a reused `uniqueness_key`. */
export const UNIQUENESS_KEY_USED = 'This uniqueness key has already been used.';

/** The HTTP answer for an error a handler threw: its own status, or the one the domain error maps to. */
export function asHttpError(error: unknown): SandboxHttpError | undefined {
  if (error instanceof SandboxHttpError) return error;
  if (error instanceof RecordNotFoundError) return new SandboxHttpError(404, error.message);
  if (error instanceof DomainRuleError) return new SandboxHttpError(400, error.message);
  return undefined;
}
