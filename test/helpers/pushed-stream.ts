import { LiveStream } from '../../src/live/live-stream.js';

/** A live stream a test pushes events into and ends by hand (the sharing-key unit tests). */
export class PushedStream extends LiveStream<string> {
  constructor() {
    super(1_024, () => new Error('overflow'));
  }
  protected open(): void {}
  protected close(): void {}
  push(event: string): void {
    this.emit(event);
  }
  finish(error?: unknown): void {
    this.end(error);
  }
}
