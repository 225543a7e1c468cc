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

/** One attempt to deliver a notification, for tests and logs. */
export interface DeliveryAttempt {
  notificationId: string;
  /** The notification's alert, when it is about one. */
  alertId: string | undefined;
  url: string;
  attempt: number;
  /** HTTP status, or undefined when the destination could not be reached. */
  status: number | undefined;
}

/**
 * Sends threshold notifications to every webhook destination of the organization, signed, with
 * retries (exponential backoff and jitter) while a destination fails. Delivery runs in the
 * background: evaluation never waits for it, and one slow destination delays nobody else.
 * At least once: a notification keeps its id across retries.
 */
export class WebhookDispatcher {
  readonly attempts: DeliveryAttempt[] = [];
  private inFlight = 0;
  private readonly idleWaiters: Array<() => void> = [];
  private closed = false;
  private readonly options: Required<DispatcherOptions>;

  constructor(options: DispatcherOptions = {}) {
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
        if (this.inFlight === 0) {
          for (const resolve of this.idleWaiters.splice(0)) resolve();
        }
      });
    }
  }

  /** Resolves when no delivery is pending (tests). */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
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
      this.attempts.push({ notificationId: id, alertId, url: destination.url, attempt, status });
      if (status !== undefined && status >= 200 && status < 300) return;
      const backoff = Math.min(this.options.baseDelayMs * 2 ** (attempt - 1), this.options.maxDelayMs);
      await new Promise((resolve) => setTimeout(resolve, backoff * (0.75 + Math.random() * 0.5)).unref());
    }
  }
}
