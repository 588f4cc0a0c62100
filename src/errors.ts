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

/**
 * A registry file (e.g. units CSV) has bad rows; nothing of it was imported. `problems` name file:line each, in
 * Vietnamese (they are shown to the officer who fixes the file); `userMessage` lists them.
 */
export class ImportError extends TrolyError {
  readonly userMessage: string;

  constructor(
    readonly file: string,
    readonly problems: { line: number; message: string }[],
  ) {
    const listed = problems
      .slice(0, 20)
      .map((p) => `  ${file}:${p.line}: ${p.message}`)
      .join("\n");
    super(
      `${file}: ${problems.length} problem(s), nothing imported:\n${listed}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ""}`,
      "import_invalid",
    );
    const more = problems.length > 20 ? `\n  … và ${problems.length - 20} lỗi khác` : "";
    this.userMessage = `Lỗi: tệp ${file} có ${problems.length} lỗi, chưa nạp gì:\n${listed}${more}`;
  }
}

const ENTITY_WORDS: Record<string, string> = {
  task: "nhiệm vụ",
  unit: "đơn vị",
  member: "thành viên",
  document: "văn bản",
  outbox: "tin nhắc việc",
};

/**
 * A referenced record (task, unit, member) does not exist. `hint` (English) goes to logs; `userMessage` says the
 * same in Vietnamese, with `userHint` on what to do.
 */
export class NotFoundError extends TrolyError {
  readonly userMessage: string;

  constructor(
    readonly entity: string,
    readonly id: string,
    hint: string,
    userHint = "",
  ) {
    super(`${entity} "${id}" not found. ${hint}`, "not_found");
    this.userMessage = `Không tìm thấy ${ENTITY_WORDS[entity] ?? entity} "${id}".${userHint ? ` ${userHint}` : ""}`;
  }
}

/**
 * An ingest would do something the user did not ask for (drop every document because the corpus folder is empty
 * or missing), so nothing was changed. `userMessage` says, in Vietnamese, how to proceed.
 */
export class IngestRefusedError extends TrolyError {
  constructor(
    message: string,
    readonly userMessage: string,
  ) {
    super(message, "ingest_refused");
  }
}

/** Another ingest holds the data folder's lock and did not finish within the wait. Nothing was changed. */
export class IngestBusyError extends TrolyError {
  constructor(
    readonly lockFile: string,
    readonly holderPid: number | null,
    readonly userMessage: string,
  ) {
    super(`another ingest (pid ${holderPid ?? "unknown"}) holds ${lockFile}; gave up waiting`, "ingest_busy");
  }
}

/** The database (PostgreSQL at `DATABASE_URL`) cannot be reached or refused the operation. */
export class StoreUnavailableError extends TrolyError {
  constructor(
    message: string,
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(message, "store_unavailable", options);
  }
}

/** The Vietnamese text to show for an error raised on purpose, when it has one. */
export function userMessageOf(error: unknown): string | undefined {
  if (error instanceof TrolyError && "userMessage" in error && typeof error.userMessage === "string")
    return error.userMessage;
  return undefined;
}
