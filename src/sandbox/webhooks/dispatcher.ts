import { EventEmitter } from 'node:events';
import { request } from 'undici';
import type { AlertNotification } from '../billing/engine.js';
import type { Organization } from '../store/organization.js';
import { signWebhook } from './signature.js';

export interface DispatcherOptions {
  /** First retry delay; doubles each attempt up to `maxDelayMs`, with jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Attempts per notification and destination before giving up. */
  maxAttempts?: number;
  timeoutMs?: number;
}

/** One attempt to deliver a notification. */
export interface DeliveryAttempt {
  notificationId: string;
  /** The notification's alert, when it is about one. */
  alertId: string | undefined;
  url: string;
  attempt: number;
  /** HTTP status, or undefined when the destination could not be reached. */
  status: number | undefined;
}

/** What the dispatcher announces, for whoever watches deliveries (tests wait on them). */
export interface DispatcherEvents {
  /** An attempt was answered, or failed to reach its destination. */
  attempt: [DeliveryAttempt];
  /** The last delivery in flight finished (delivered, given up, or stopped by `close`). */
  idle: [];
}

/**
 * Sends threshold notifications to every webhook destination of the organization, signed, with
 * retries (exponential backoff and jitter) while a destination fails. Delivery runs in the
 * background: evaluation never waits for it, and one slow destination delays nobody else.
 * At least once: a notification keeps its id across retries.
 */
export class WebhookDispatcher extends EventEmitter<DispatcherEvents> {
  private inFlight = 0;
  private closed = false;
  private readonly options: Required<DispatcherOptions>;

  constructor(options: DispatcherOptions = {}) {
    super();
    this.options = { baseDelayMs: 500, maxDelayMs: 60_000, maxAttempts: 12, timeoutMs: 10_000, ...options };
  }

  send(org: Organization, notification: AlertNotification): void {
    if (this.closed) return;
    const body = JSON.stringify(notification);
    for (const destination of org.webhookDestinations) {
      this.inFlight += 1;
      const alertId = typeof notification.properties.alert_id === 'string' ? notification.properties.alert_id : undefined;
      void this.deliver(destination, notification.id, alertId, body).finally(() => {
        this.inFlight -= 1;
        if (this.inFlight === 0) this.emit('idle');
      });
    }
  }

  /** Deliveries not finished yet (an attempt under way, or waiting to retry). */
  get pending(): number {
    return this.inFlight;
  }

  /** Stops retrying; deliveries under way finish their current attempt. */
  close(): void {
    this.closed = true;
  }

  private async deliver(
    destination: { url: string; secret: string },
    id: string,
    alertId: string | undefined,
    body: string,
  ): Promise<void> {
    for (let attempt = 1; attempt <= this.options.maxAttempts && !this.closed; attempt += 1) {
      // Signed with real time, not the sandbox clock: receivers check it against theirs.
      const date = new Date().toUTCString();
      let status: number | undefined;
      try {
        const response = await request(destination.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Metronome',
            date,
            'x-metronome-date': date,
            'metronome-webhook-signature': signWebhook(destination.secret, date, body),
          },
          body,
          headersTimeout: this.options.timeoutMs,
          bodyTimeout: this.options.timeoutMs,
        });
        status = response.statusCode;
        await response.body.dump();
      } catch {
        status = undefined;
      }
      this.emit('attempt', { notificationId: id, alertId, url: destination.url, attempt, status });
      if (status !== undefined && status >= 200 && status < 300) return;
      const backoff = Math.min(this.options.baseDelayMs * 2 ** (attempt - 1), this.options.maxDelayMs);
      await new Promise((resolve) => setTimeout(resolve, backoff * (0.75 + Math.random() * 0.5)).unref());
    }
  }
}
