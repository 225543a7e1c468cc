import type { IncomingMessage } from 'node:http';
import { SandboxHttpError, badRequest } from './errors.js';

/** Reads the whole request body, refusing more than `limitBytes` with a 413. */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    throw new SandboxHttpError(413, `Request body is larger than the ${limitBytes}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) throw new SandboxHttpError(413, `Request body is larger than the ${limitBytes}-byte limit`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; an empty body reads as `undefined`. */
export function parseJsonBody(text: string): unknown {
  if (text.trim().length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('Request body is not valid JSON');
  }
}
