import path from "node:path";
import { z } from "zod";
import { ConfigError } from "../errors.ts";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** The environment variables the service reads. `.env.example` documents each one. */
const envSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default("data"),
  CORPUS_DIR: z.string().trim().min(1).default("corpus"),
  MAX_FILE_MB: z.coerce.number().positive().max(1024).default(5),
  INGEST_WAIT_SECONDS: z.coerce.number().min(0).max(3600).default(60),
  OCR_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  OCR_MIN_CONFIDENCE: z.coerce.number().min(0).max(100).default(70),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  OPENAI_BASE_URL: optionalString,
  OPENAI_API_KEY: optionalString,
  EMBEDDINGS_MODEL: optionalString,
  EMBEDDINGS_DIMENSIONS: z.coerce.number().int().positive().optional(),
  SEARCH_TOP_K: z.coerce.number().int().min(1).max(50).default(5),
  EVENTS_FILE: z.string().trim().min(1).default("config/events.yaml"),
  DEFAULT_PROVINCE: optionalString,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: optionalString,
  TELEGRAM_WEBHOOK_URL: optionalString,
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  ZALO_BOT_TOKEN: optionalString,
  ZALO_API_ROOT: optionalString,
  ZALO_WEBHOOK_URL: optionalString,
  ZALO_WEBHOOK_SECRET: optionalString,
  ADMIN_TELEGRAM_IDS: optionalString,
  ADMIN_ZALO_IDS: optionalString,
  REMINDER_LEAD_DAYS: z
    .string()
    .regex(/^\d+(,\s*\d+)*$/, "a comma-separated list of days, e.g. 14,7,3,1,0")
    .default("14,7,3,1,0"),
  REMINDER_OVERDUE_EVERY_DAYS: z.coerce.number().int().min(1).default(7),
  REMINDER_OVERDUE_MAX: z.coerce.number().int().min(0).default(4),
  REMINDER_ESCALATE_AFTER_DAYS: z.coerce.number().int().min(0).default(14),
  WORK_HOURS: z
    .string()
    .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, "HH:MM-HH:MM, e.g. 07:30-17:00")
    .default("07:30-17:00"),
  EXTRA_HOLIDAYS: optionalString,
  EXTRA_WORKDAYS: optionalString,
  REMINDER_CRON: z.string().trim().min(1).default("*/10 * * * *"),
  DIGEST_CRON: z.string().trim().min(1).default("0 8 * * 1"),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).default(60),
  ADMIN_PASSWORD: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  LLM_MAX_TOKENS: z.coerce.number().int().min(16).default(800),
  CHAT_HISTORY_TURNS: z.coerce.number().int().min(0).max(50).default(6),
  PROMPTS_DIR: z.string().trim().min(1).default("prompts"),
  CORPUS_POLL_SECONDS: z.coerce.number().min(0.1).max(3600).default(2),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "a PostgreSQL URL, e.g. postgres://troly:secret@db:5432/troly")
      .optional(),
  ),
});

/** Reminder timing; turned into a ReminderPolicy by the app. */
export interface ReminderConfig {
  leadDays: number[];
  overdueEveryDays: number;
  overdueMax: number;
  escalateAfterDays: number;
  workStart: string;
  workEnd: string;
  extraHolidays: string[];
  extraWorkdays: string[];
  cron: string;
  digestCron: string;
  /** How long a claimed outbox row is reserved; a crashed dispatcher's rows come back after it. */
  leaseSeconds: number;
}

/** A chat channel's settings; `webhook` set means webhook mode, else long polling. */
export interface ChannelConfig {
  token: string;
  apiRoot?: string;
  webhook: { url: string; secret: string } | null;
  admins: string[];
}

const idList = (value?: string) =>
  (value ?? "")
    .split(/[,\s]+/)
    .map((id) => id.trim())
    .filter(Boolean);

function dayList(variable: string, value?: string): string[] {
  const days = idList(value);
  const bad = days.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d));
  if (bad) throw new ConfigError(variable, `"${bad}" is not a YYYY-MM-DD day`);
  return days;
}

/** Webhook mode without a secret would accept anyone's updates: refuse to start instead. */
function channel(
  name: "TELEGRAM" | "ZALO",
  token?: string,
  apiRoot?: string,
  url?: string,
  secret?: string,
  admins?: string,
): ChannelConfig | null {
  if (!token) {
    if (url)
      throw new ConfigError(`${name}_BOT_TOKEN`, `${name}_WEBHOOK_URL is set, so set the bot token too`);
    return null;
  }
  if (url && !secret)
    throw new ConfigError(
      `${name}_WEBHOOK_SECRET`,
      `webhook mode needs a secret token (any long random string)`,
    );
  if (secret && !/^[A-Za-z0-9_-]{8,256}$/.test(secret))
    throw new ConfigError(`${name}_WEBHOOK_SECRET`, "use 8–256 characters from A–Z, a–z, 0–9, _ and -");
  return { token, apiRoot, webhook: url && secret ? { url, secret } : null, admins: idList(admins) };
}

export interface Config {
  dataDir: string;
  corpusDir: string;
  /** Corpus files larger than this are reported and not read (`MAX_FILE_MB`). */
  maxFileBytes: number;
  /** How long an ingest waits for another one holding the data folder's lock before giving up. */
  ingestWaitMs: number;
  /** OCR of scans: worker threads (`OCR_WORKERS`, default the cores), flag threshold (`OCR_MIN_CONFIDENCE`). */
  ocr: { workers?: number; minConfidence: number };
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  embeddings: { model: string; baseURL?: string; apiKey?: string; dimensions?: number } | null;
  topK: number;
  /** YAML calendar resolving event deadlines ("trước đại hội cấp cơ sở…"); a missing file resolves nothing. */
  eventsFile: string;
  /** Province assumed for documents that name none, so their obligations can become tasks; "" = none. */
  defaultProvince: string;
  /** One HTTP server for webhooks, /healthz and the web page. */
  port: number;
  host: string;
  telegram: ChannelConfig | null;
  zalo: ChannelConfig | null;
  reminders: ReminderConfig;
  /** Web admin password; without it the first visit to /login sets one (only its hash is stored). */
  adminPassword?: string;
  /** Generated answers through an OpenAI-compatible endpoint; null = the offline extractive answerer. */
  llm: {
    model: string;
    baseURL?: string;
    apiKey?: string;
    timeoutMs: number;
    maxRetries: number;
    maxTokens: number;
  } | null;
  /** Turns of conversation kept per chat for follow-up questions. */
  historyTurns: number;
  promptsDir: string;
  /** PostgreSQL for the shared tables when several instances run (`DATABASE_URL`); null = the SQLite file. */
  databaseUrl: string | null;
  /** With DATABASE_URL: how often an instance checks the shared corpus version (CORPUS_POLL_SECONDS). */
  corpusPollMs: number;
}

/**
 * Validates the environment once at start-up. This is the only function that looks at `process.env`;
 * everything else receives the resulting `Config`.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? "environment"), issue?.message ?? "invalid value");
  }
  const e = parsed.data;
  if (e.LLM_MODEL && !e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    throw new ConfigError(
      "OPENAI_API_KEY",
      "LLM_MODEL is set, so set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (a local OpenAI-compatible server)",
    );
  }
  if (e.EMBEDDINGS_MODEL && !e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    throw new ConfigError(
      "OPENAI_API_KEY",
      "EMBEDDINGS_MODEL is set, so set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (a local OpenAI-compatible server)",
    );
  }
  return {
    dataDir: path.resolve(cwd, e.DATA_DIR),
    corpusDir: path.resolve(cwd, e.CORPUS_DIR),
    maxFileBytes: Math.round(e.MAX_FILE_MB * 1024 * 1024),
    ingestWaitMs: Math.round(e.INGEST_WAIT_SECONDS * 1000),
    ocr: { workers: e.OCR_WORKERS, minConfidence: e.OCR_MIN_CONFIDENCE },
    logLevel: e.LOG_LEVEL,
    embeddings: e.EMBEDDINGS_MODEL
      ? {
          model: e.EMBEDDINGS_MODEL,
          baseURL: e.OPENAI_BASE_URL,
          apiKey: e.OPENAI_API_KEY,
          dimensions: e.EMBEDDINGS_DIMENSIONS,
        }
      : null,
    topK: e.SEARCH_TOP_K,
    eventsFile: path.resolve(cwd, e.EVENTS_FILE),
    defaultProvince: e.DEFAULT_PROVINCE ?? "",
    port: e.PORT,
    host: e.HOST,
    telegram: channel(
      "TELEGRAM",
      e.TELEGRAM_BOT_TOKEN,
      e.TELEGRAM_API_ROOT,
      e.TELEGRAM_WEBHOOK_URL,
      e.TELEGRAM_WEBHOOK_SECRET,
      e.ADMIN_TELEGRAM_IDS,
    ),
    zalo: channel(
      "ZALO",
      e.ZALO_BOT_TOKEN,
      e.ZALO_API_ROOT,
      e.ZALO_WEBHOOK_URL,
      e.ZALO_WEBHOOK_SECRET,
      e.ADMIN_ZALO_IDS,
    ),
    adminPassword: e.ADMIN_PASSWORD,
    llm: e.LLM_MODEL
      ? {
          model: e.LLM_MODEL,
          baseURL: e.OPENAI_BASE_URL,
          apiKey: e.OPENAI_API_KEY,
          timeoutMs: e.LLM_TIMEOUT_MS,
          maxRetries: e.LLM_MAX_RETRIES,
          maxTokens: e.LLM_MAX_TOKENS,
        }
      : null,
    historyTurns: e.CHAT_HISTORY_TURNS,
    promptsDir: path.resolve(cwd, e.PROMPTS_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    corpusPollMs: Math.round(e.CORPUS_POLL_SECONDS * 1000),
    reminders: {
      leadDays: e.REMINDER_LEAD_DAYS.split(",").map((d) => Number(d.trim())),
      overdueEveryDays: e.REMINDER_OVERDUE_EVERY_DAYS,
      overdueMax: e.REMINDER_OVERDUE_MAX,
      escalateAfterDays: e.REMINDER_ESCALATE_AFTER_DAYS,
      workStart: e.WORK_HOURS.slice(0, 5),
      workEnd: e.WORK_HOURS.slice(6),
      extraHolidays: dayList("EXTRA_HOLIDAYS", e.EXTRA_HOLIDAYS),
      extraWorkdays: dayList("EXTRA_WORKDAYS", e.EXTRA_WORKDAYS),
      cron: e.REMINDER_CRON,
      digestCron: e.DIGEST_CRON,
      leaseSeconds: e.OUTBOX_LEASE_SECONDS,
    },
  };
}
