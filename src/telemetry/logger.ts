import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The gateway's structured logger: JSON lines, with anything that could carry a credential
 * redacted wherever it appears in a log object.
 */
export function createLogger(level: string, destination?: pino.DestinationStream, options: { pretty?: boolean } = {}): Logger {
  return pino(
    {
      // Humans at a terminal in development get coloured lines; everything else gets JSON.
      ...(options.pretty &&
        !destination && { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l' } } }),
      level,
      base: { service: 'metronome-gateway' },
      redact: {
        paths: [
          'authorization',
          'token',
          'secret',
          '*.authorization',
          '*.token',
          '*.secret',
          'headers.authorization',
          'connectionParams.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
