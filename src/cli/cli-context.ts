import { InvalidArgumentError } from "commander";
import { type App, createApp } from "../app.ts";
import { type Config, loadConfig } from "../config/config.ts";
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

/** The validated settings; `--corpus` overrides CORPUS_DIR. The only place the CLI reads the environment. */
export function settings(corpus?: string): Config {
  return loadConfig(corpus ? { ...process.env, CORPUS_DIR: corpus } : process.env);
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
    app.close();
  }
}
