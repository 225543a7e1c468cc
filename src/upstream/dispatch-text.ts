import { type Dispatcher, errors as undiciErrors } from 'undici';

/** The answer arrived but its body could not be turned into text (e.g. longer than V8's longest string). */
export class UndecodableBodyError extends Error {
  constructor(cause: unknown) {
    super('The answer body could not be decoded as UTF-8 text', { cause });
    this.name = 'UndecodableBodyError';
  }
}

/** An upstream answer read whole: status, headers (lower-case names) and the body as text. */
export interface TextResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * Sends one request through `dispatcher` and collects the whole body as UTF-8 text.
 *
 * Why not `dispatcher.request()` + `body.text()`: that wraps every answer in a Node Readable and
 * consumes it through stream events and a promise per step. Metronome's answers are small JSON
 * documents read whole, so the chunks are gathered directly in the handler: 10–15 % less CPU
 * per upstream call (bench/RESULTS.md, "Request cost, session 4"), 41 times per dashboard.
 * Timeouts stay the dispatcher's (headers and body deadlines of the pool); `signal` cancels the
 * request at any point, as `request()` does, rejecting with its reason.
 */
export function dispatchText(
  dispatcher: Dispatcher,
  options: Omit<Dispatcher.DispatchOptions, 'signal'>,
  signal?: AbortSignal,
): Promise<TextResponse> {
  return new Promise((resolve, reject) => {
    const reasonOf = (aborted: AbortSignal): unknown => aborted.reason ?? new undiciErrors.RequestAbortedError();
    if (signal?.aborted) {
      reject(reasonOf(signal));
      return;
    }
    let controller: Dispatcher.DispatchController | undefined;
    // Aborted before a connection took the request: remembered, and acted on once one does.
    let abortedBefore = false;
    let settled = false;
    const onAbort = (): void => {
      if (controller) controller.abort(new undiciErrors.RequestAbortedError());
      else abortedBefore = true;
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (): void => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
    };

    let status = 0;
    let headers: TextResponse['headers'] = {};
    const chunks: Buffer[] = [];
    let size = 0;
    dispatcher.dispatch(options, {
      onRequestStart(started) {
        controller = started;
        if (abortedBefore) started.abort(new undiciErrors.RequestAbortedError());
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        status = statusCode;
        headers = responseHeaders;
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
        size += chunk.length;
      },
      onResponseEnd() {
        if (settled) return;
        // Decoding can throw (a body past V8's longest string): that must reject here, because
        // undici's error callback would then find this call already settled and it would hang.
        let text: string;
        try {
          const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
          // A UTF-8 byte-order mark is not part of the document (undici's body.text() drops it too).
          text = body.toString('utf8', startsWithBom(body) ? 3 : 0);
        } catch (error) {
          finish();
          reject(new UndecodableBodyError(error));
          return;
        }
        finish();
        resolve({ status, headers, text });
      },
      onResponseError(_controller, error) {
        if (settled) return;
        finish();
        // A cancelled call rejects with the signal's own reason, as `request()` does.
        reject(signal?.aborted ? reasonOf(signal) : error);
      },
    });
  });
}

function startsWithBom(body: Buffer): boolean {
  return body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
}
