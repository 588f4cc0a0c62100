/**
 * One base class for every error this service raises on purpose. Each subclass carries structured fields so
 * logs stay machine-readable, and a message that says how to fix the problem.
 *
 * @example
 * throw new CorpusParseError("corpus/x.md", 12, "front matter is not closed with ---");
 */
export class TrolyError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A setting is missing or malformed; `variable` names the environment variable to fix. */
export class ConfigError extends TrolyError {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`, "config_invalid");
  }
}

/** A corpus file could not be parsed. The other files still ingest. */
export class CorpusParseError extends TrolyError {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`, "corpus_parse");
  }
}

/** User input that cannot be processed; `userMessage` is the Vietnamese text to show the user. */
export class InputError extends TrolyError {
  constructor(
    message: string,
    readonly userMessage: string,
  ) {
    super(message, "input_invalid");
  }
}

/** An external provider (embeddings, chat model) failed. */
export class ProviderError extends TrolyError {
  constructor(
    readonly provider: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider}: ${message}`, "provider_failed", options);
  }
}
