import { readFileSync } from "node:fs";
import { InvalidArgumentError } from "commander";
import { type App, createApp } from "../app.ts";
import { type Config, loadConfig } from "../config/config.ts";
import { InputError } from "../errors.ts";
import { createLogger } from "../logger.ts";
import { isIsoDay } from "../obligations/calendar-day.ts";

/** Commander parser for `--k`-style options. */
export const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new InvalidArgumentError("phải là số nguyên từ 1 đến 50");
  return n;
};

/** Commander parser for `YYYY-MM-DD` options such as `--now` and `--due-before`. */
export const isoDay = (value: string) => {
  if (!isIsoDay(value)) throw new InvalidArgumentError("phải là ngày dạng YYYY-MM-DD, ví dụ 2024-12-31");
  return value;
};

/**
 * What a CLI run may take from the outside world: the environment (settings) and stdin. The process supplies the
 * real ones; tests run the same commands in-process with their own.
 */
export interface Cli {
  /** The validated settings; `--corpus` overrides CORPUS_DIR. The only place the CLI reads the environment. */
  settings(corpus?: string): Config;
  /** All of stdin as text (`ask --batch -`). */
  readStdin(): string;
  /** Whether stdin is an interactive terminal (`serve` opens a question prompt then). */
  interactive: boolean;
}

/** The CLI of this process: `process.env` and its stdin. */
export function processCli(): Cli {
  return cliWith(process.env, () => readFileSync(0, "utf8"), Boolean(process.stdin.isTTY));
}

/** A CLI over a given environment and stdin text. */
export function cliWith(
  env: Record<string, string | undefined>,
  readStdin: () => string = () => "",
  interactive = false,
): Cli {
  return {
    settings: (corpus) => loadConfig(corpus ? { ...env, CORPUS_DIR: corpus } : env),
    readStdin,
    interactive,
  };
}

/**
 * Reads a text file the user named, turning "missing", "a folder" or "no permission" into a Vietnamese message
 * instead of a stack trace.
 *
 * @example
 * readUserFile("questions.txt", "tệp câu hỏi") // throws InputError "Không tìm thấy tệp câu hỏi questions.txt."
 */
export function readUserFile(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? `Không tìm thấy ${what} ${file}.`
        : code === "EISDIR"
          ? `${file} là một thư mục, không phải ${what}.`
          : code === "EACCES" || code === "EPERM"
            ? `Không có quyền đọc ${what} ${file}.`
            : `Không đọc được ${what} ${file} (${code ?? "lỗi không rõ"}).`;
    throw new InputError(
      `cannot read ${file}: ${code ?? String(error)}`,
      `${reason} Hãy kiểm tra đường dẫn.`,
    );
  }
}

/** Opens the app (building the index on first use), runs a command with it and always closes it. */
export async function withApp<T>(
  config: Config,
  run: (app: App) => Promise<T>,
  buildIfEmpty = true,
): Promise<T> {
  const app = await createApp(config, createLogger(config.logLevel), { buildIfEmpty });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}
