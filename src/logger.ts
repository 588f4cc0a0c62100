import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs on stderr, so stdout stays clean for `--json` output.
 * Token-bearing URLs must never be logged; the redact paths catch the usual places.
 */
export function createLogger(level: string, destination = pino.destination(2)): Logger {
  return pino(
    {
      level,
      redact: { paths: ["token", "apiKey", "*.token", "*.apiKey", "headers.authorization"], remove: true },
    },
    destination,
  );
}
