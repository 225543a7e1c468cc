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
