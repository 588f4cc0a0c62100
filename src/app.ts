import path from "node:path";
import { ChatHistory } from "./answer/chat-history.ts";
import type { ChatModel } from "./answer/chat-model.ts";
import { ConclusionAnswerer } from "./answer/conclusion-answerer.ts";
import { ExtractiveAnswerer } from "./answer/extractive-answerer.ts";
import { LlmAnswerer } from "./answer/llm-answerer.ts";
import { ObligationAnswerer } from "./answer/obligation-answerer.ts";
import { OpenAIChatModel } from "./answer/openai-chat-model.ts";
import { loadPrompts, type PromptLibrary } from "./answer/prompt-library.ts";
import { TelegramNotifier } from "./channels/telegram/telegram-notifier.ts";
import { ZaloNotifier } from "./channels/zalo/zalo-notifier.ts";
import type { Config } from "./config/config.ts";
import { loadCorpus } from "./corpus/load-corpus.ts";
import type { Db } from "./db/open-database.ts";
import { openDatabase } from "./db/open-database.ts";
import type { Logger } from "./logger.ts";
import { type EventCalendar, loadEventsCalendar } from "./obligations/events-calendar.ts";
import { type RefreshSummary, refreshObligations } from "./obligations/refresh-obligations.ts";
import type { Notifier } from "./reminders/notifier.ts";
import type { ReminderPolicy } from "./reminders/reminder-policy.ts";
import { ReminderService } from "./reminders/reminder-service.ts";
import { DEFAULT_WORKING_POLICY } from "./reminders/working-calendar.ts";
import { HashedNgramEmbeddings } from "./search/hashed-ngram-embeddings.ts";
import { DEFAULT_HYBRID, NEURAL_VECTOR_WEIGHT } from "./search/hybrid-search.ts";
import { OpenAIEmbeddings } from "./search/openai-embeddings.ts";
import { type EmbedderSpec, type IngestSummary, PassageIndex } from "./search/passage-index.ts";

export interface App {
  config: Config;
  db: Db;
  index: PassageIndex;
  answerer: ConclusionAnswerer;
  events: EventCalendar;
  /** The configured chat model and prompts (`LLM_MODEL`), or null offline. */
  llm: { chat: ChatModel; prompts: PromptLibrary } | null;
  /** Plans and sends deadline reminders through the channels configured in the environment. */
  reminders: ReminderService;
  /** Indexes the corpus folder, then rebuilds obligations and the task table. */
  ingest(
    onProgress?: (done: number, total: number) => void,
  ): Promise<IngestReport & { obligations: RefreshSummary }>;
  /** Rebuilds obligations and tasks from the current index and unit registry (e.g. after a units import). */
  refresh(): RefreshSummary;
  close(): void;
}

/** The offline hashed embedder by default; an OpenAI-compatible one when `EMBEDDINGS_MODEL` is set. */
export function createEmbedder(config: Config): EmbedderSpec {
  if (config.embeddings) {
    const { model, baseURL, apiKey, dimensions } = config.embeddings;
    return {
      embedder: new OpenAIEmbeddings({ model, baseURL, apiKey, dimensions }),
      id: `openai:${baseURL ?? "api.openai.com"}:${model}:${dimensions ?? "default"}`,
      fusionWeight: NEURAL_VECTOR_WEIGHT,
    };
  }
  const embedder = new HashedNgramEmbeddings();
  return { embedder, id: `hashed-ngram:${embedder.dimensions}`, fusionWeight: DEFAULT_HYBRID.vectorWeight };
}

/** The reminder timing from the environment, on top of the Vietnamese working calendar. */
export function reminderPolicy(config: Config): ReminderPolicy {
  const r = config.reminders;
  return {
    leadDays: r.leadDays,
    overdueEveryDays: r.overdueEveryDays,
    overdueMax: r.overdueMax,
    escalateAfterDays: r.escalateAfterDays,
    working: {
      ...DEFAULT_WORKING_POLICY,
      start: r.workStart,
      end: r.workEnd,
      extraHolidays: r.extraHolidays,
      extraWorkdays: r.extraWorkdays,
    },
  };
}

/** One notifier per channel whose token is set; reminders for other channels wait in the outbox. */
export function createNotifiers(config: Config): Partial<Record<"telegram" | "zalo", Notifier>> {
  return {
    ...(config.telegram && {
      telegram: new TelegramNotifier({ token: config.telegram.token, apiRoot: config.telegram.apiRoot }),
    }),
    ...(config.zalo && {
      zalo: new ZaloNotifier({ token: config.zalo.token, apiRoot: config.zalo.apiRoot }),
    }),
  };
}

/** The chat model and its prompts when `LLM_MODEL` is set. */
function createLlm(config: Config): App["llm"] {
  return config.llm
    ? { chat: new OpenAIChatModel(config.llm), prompts: loadPrompts(config.promptsDir) }
    : null;
}

/** Extractive by default; generated and verified when `LLM_MODEL` is set; both with conversation memory. */
function createAnswerer(
  llm: App["llm"],
  config: Config,
  db: Db,
  index: PassageIndex,
  logger: Logger,
): ConclusionAnswerer {
  const extractive = new ExtractiveAnswerer(index);
  const history = new ChatHistory(db, config.historyTurns);
  if (!llm) return new ConclusionAnswerer(extractive, new ObligationAnswerer(db, index), { history });
  const { chat, prompts } = llm;
  const answerer = new LlmAnswerer(index, extractive, chat, prompts, logger);
  return new ConclusionAnswerer(extractive, new ObligationAnswerer(db, index), {
    history,
    llm: { answerer, chat, prompts },
  });
}

export interface IngestReport extends IngestSummary {
  errors: { file: string; line: number; message: string }[];
  ms: number;
}

/**
 * Ingests a corpus folder: new and changed files are indexed, removed files dropped, unchanged files skipped.
 * A file that fails to parse is reported and its previously indexed version is kept.
 */
export async function ingestCorpus(
  index: PassageIndex,
  corpusDir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<IngestReport> {
  const started = performance.now();
  const { documents, errors } = loadCorpus(corpusDir);
  const keepFiles = errors.map((e) => e.file);
  const summary = await index.ingest(documents, { removeMissing: true, keepFiles, onProgress });
  return {
    ...summary,
    errors: errors.map((e) => ({ file: e.file, line: e.line, message: e.message })),
    ms: Math.round(performance.now() - started),
  };
}

/**
 * Opens the data folder and, when the index is empty, builds it from the corpus first.
 *
 * @example
 * const app = await createApp(loadConfig(process.env), logger);
 * const answer = await app.answerer.answer("Ai chịu trách nhiệm đôn đốc?");
 */
export async function createApp(
  config: Config,
  logger: Logger,
  options = { buildIfEmpty: true },
): Promise<App> {
  const db = openDatabase(path.join(config.dataDir, "troly.db"));
  const index = await PassageIndex.open(db, config.dataDir, createEmbedder(config));
  const events = loadEventsCalendar(config.eventsFile);
  const llm = createLlm(config);
  const refresh = () => refreshObligations(db, index, { events, defaultProvince: config.defaultProvince });
  const ingest = async (onProgress?: (done: number, total: number) => void) => {
    const report = await ingestCorpus(index, config.corpusDir, onProgress);
    for (const error of report.errors) logger.warn(error, "corpus file skipped");
    return { ...report, obligations: refresh() };
  };
  if (options.buildIfEmpty && index.passages.length === 0) {
    const report = await ingest();
    logger.info(
      { added: report.added.length, errors: report.errors.length, ms: report.ms, ...report.obligations },
      "index built on first use",
    );
  }
  return {
    config,
    db,
    index,
    answerer: createAnswerer(llm, config, db, index, logger),
    llm,
    events,
    reminders: new ReminderService(
      db,
      createNotifiers(config),
      reminderPolicy(config),
      logger,
      () => new Date(),
      config.reminders.leaseSeconds * 1000,
    ),
    ingest,
    refresh,
    close: () => db.$client.close(),
  };
}
