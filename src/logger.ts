import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The gateway's structured logger: JSON lines, with anything that could carry a credential
 * redacted wherever it appears in a log object.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'metronome-gateway' },
      redact: {
        paths: ['authorization', 'token', 'secret', '*.authorization', '*.token', '*.secret', 'headers.authorization', 'connectionParams.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
