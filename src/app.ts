import { existsSync } from "node:fs";
import path from "node:path";
import { ChatHistory } from "./answer/chat-history.ts";
import { ConclusionAnswerer } from "./answer/conclusion-answerer.ts";
import { ExtractiveAnswerer } from "./answer/extractive-answerer.ts";
import { LlmAnswerer } from "./answer/llm-answerer.ts";
import { ObligationAnswerer } from "./answer/obligation-answerer.ts";
import { TelegramNotifier } from "./channels/telegram/telegram-notifier.ts";
import { ZaloNotifier } from "./channels/zalo/zalo-notifier.ts";
import type { Config } from "./config/config.ts";
import { loadCorpusFolder } from "./corpus/load-corpus-folder.ts";
import type { OcrSettings } from "./corpus/ocr/read-scan.ts";
import { type InboundDedupe, pgInboundDedupe, sqliteInboundDedupe } from "./db/inbound-dedupe.ts";
import { acquireIngestLock } from "./db/ingest-lock.ts";
import type { Db } from "./db/open-database.ts";
import { openDatabase } from "./db/open-database.ts";
import { publishTasks } from "./db/postgres/copy-to-postgres.ts";
import { openPostgres } from "./db/postgres/open-postgres.ts";
import { IngestRefusedError } from "./errors.ts";
import type { ChatModel } from "./language/chat-model.ts";
import { OpenAIChatModel } from "./language/openai-chat-model.ts";
import { loadPrompts, type PromptLibrary } from "./language/prompt-library.ts";
import type { Logger } from "./logger.ts";
import { type EventCalendar, loadEventsCalendar } from "./obligations/events-calendar.ts";
import {
  documentObligationsHook,
  type RefreshSummary,
  refreshObligations,
} from "./obligations/refresh-obligations.ts";
import type { Notifier } from "./reminders/notifier.ts";
import {
  pgReminderBackend,
  type ReminderBackend,
  sqliteReminderBackend,
} from "./reminders/reminder-backend.ts";
import type { ReminderPolicy } from "./reminders/reminder-policy.ts";
import { ReminderService } from "./reminders/reminder-service.ts";
import { DEFAULT_WORKING_POLICY } from "./reminders/working-calendar.ts";
import { NEURAL_VECTOR_WEIGHT } from "./search/hybrid-search.ts";
import { OpenAIEmbeddings } from "./search/openai-embeddings.ts";
import {
  type DocumentHook,
  type EmbedderSpec,
  type IngestError,
  type IngestSummary,
  PassageIndex,
} from "./search/passage-index.ts";

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
  /**
   * Indexes the corpus folder under the data folder's ingest lock: each changed document with its obligations
   * and tasks in one transaction, then a refresh of every document's obligations and tasks.
   */
  ingest(options?: AppIngestOptions): Promise<IngestReport & { obligations: RefreshSummary }>;
  /** Rebuilds obligations and tasks from the current index and unit registry (e.g. after a units import). */
  refresh(): RefreshSummary;
  /** Where reminders are planned and queued: this SQLite file, or PostgreSQL with DATABASE_URL. */
  reminderBackend: ReminderBackend;
  /**
   * Writes tasks changed in this instance's SQLite file through to PostgreSQL (DATABASE_URL), where the shared
   * planner reads them; nothing to do without it. Never throws: a failure is logged and reported as false.
   */
  publishTasks(ids: readonly (string | null | undefined)[]): Promise<boolean>;
  /** Inbound updates already handled (shared by every instance with DATABASE_URL). */
  inbound: InboundDedupe;
  /** Closes the SQLite file and, with DATABASE_URL, the PostgreSQL pool. */
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible embedder when `EMBEDDINGS_MODEL` is set, else none: BM25 alone. The offline hashed n-gram
 * vectors added nothing on ALQAC or the eval at the weight they had (1e-4) and lost Recall@5 and MRR at any real
 * weight, while their HNSW build was a third of ingest, so no vectors are embedded or indexed without a model.
 */
export function createEmbedder(config: Config): EmbedderSpec | null {
  if (!config.embeddings) return null;
  const { model, baseURL, apiKey, dimensions } = config.embeddings;
  return {
    embedder: new OpenAIEmbeddings({ model, baseURL, apiKey, dimensions }),
    id: `openai:${baseURL ?? "api.openai.com"}:${model}:${dimensions ?? "default"}`,
    fusionWeight: NEURAL_VECTOR_WEIGHT,
  };
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

/** `ingest --json`: the index summary, every file that failed (`{file, line, message}`) and the time taken. */
export interface IngestReport extends IngestSummary {
  ms: number;
}

export interface IngestOptions {
  onProgress?: (done: number, total: number) => void;
  /** Drop documents whose files are gone even when the folder is empty or missing (`--prune`). */
  prune?: boolean;
  /** Files larger than this are reported without being read (MAX_FILE_MB). */
  maxFileBytes?: number;
  /** Runs inside each document's transaction (see PassageIndex.ingest), e.g. to write its obligations. */
  onDocument?: DocumentHook;
  /** OCR of scanned PDFs and photos in the corpus: engine, cache folder, workers, confidence threshold. */
  ocr?: OcrSettings;
  /** OCR progress of one scanned file, in pages. */
  onOcrProgress?: (file: string, done: number, total: number) => void;
}

export interface AppIngestOptions extends Pick<IngestOptions, "onProgress" | "prune" | "onOcrProgress"> {
  /** Called once when another ingest holds the lock and this one starts waiting. */
  onWait?: (holderPid: number | null) => void;
}

const byFile = (a: IngestError, b: IngestError) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * Ingests a corpus folder: new and changed files are indexed, removed files dropped, unchanged files skipped.
 * Each file is stored in its own transaction; a file that fails (parse, size, binary, duplicate id, database) is
 * reported and keeps its previously indexed version while the others ingest. Files vanish from the index only
 * when the folder still has a corpus file, or with `prune`: an empty or missing folder never silently empties it.
 *
 * @example
 * const report = await ingestCorpus(index, "corpus", { maxFileBytes: 5 * 1024 * 1024 });
 */
export async function ingestCorpus(
  index: PassageIndex,
  corpusDir: string,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const owners = index.owners();
  const exists = existsSync(corpusDir);
  if (!exists && !options.prune)
    throw new IngestRefusedError(
      `corpus folder ${corpusDir} does not exist; nothing changed (--prune drops every document)`,
      `Không tìm thấy thư mục văn bản ${corpusDir}; chỉ mục được giữ nguyên. Hãy kiểm tra --corpus hoặc CORPUS_DIR. ` +
        "Nếu thật sự muốn gỡ mọi văn bản khỏi chỉ mục, chạy lại với --prune.",
    );
  const loaded = exists
    ? await loadCorpusFolder(corpusDir, {
        maxFileBytes: options.maxFileBytes,
        owners,
        ocr: options.ocr,
        onOcrProgress: options.onOcrProgress,
      })
    : { documents: [], errors: [], files: [] };
  const removeMissing = loaded.files.length > 0 || Boolean(options.prune);
  if (!removeMissing && owners.size > 0)
    throw new IngestRefusedError(
      `corpus folder ${corpusDir} has no .md/.txt file; refusing to drop ${owners.size} documents without --prune`,
      `Thư mục ${corpusDir} không có tệp .md hoặc .txt nào, nên ${owners.size} văn bản đã nạp được giữ nguyên. ` +
        "Nếu thật sự muốn gỡ chúng khỏi chỉ mục, chạy lại với --prune.",
    );
  const summary = await index.ingest(loaded.documents, {
    removeMissing,
    keepFiles: loaded.errors.map((e) => e.file),
    onProgress: options.onProgress,
    onDocument: options.onDocument,
  });
  const loadErrors = loaded.errors.map((e) => ({ file: e.file, line: e.line, message: e.message }));
  return {
    ...summary,
    errors: [...loadErrors, ...summary.errors].sort(byFile),
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
  const obligationOptions = { events, defaultProvince: config.defaultProvince };
  const refresh = () =>
    refreshObligations(db, {
      ...obligationOptions,
      onError: (documentId, error) =>
        logger.warn({ documentId, err: error }, "obligations not refreshed; stored ones kept"),
    });
  const ingest = async (request: AppIngestOptions = {}) => {
    const lock = await acquireIngestLock(config.dataDir, {
      waitMs: config.ingestWaitMs,
      onWait: (pid) => {
        logger.info({ pid }, "another ingest is running; waiting for it");
        request.onWait?.(pid);
      },
    });
    try {
      const started = performance.now();
      const hook = documentObligationsHook(db, obligationOptions);
      const report = await ingestCorpus(index, config.corpusDir, {
        onProgress: request.onProgress,
        prune: request.prune,
        maxFileBytes: config.maxFileBytes,
        onDocument: hook.onDocument,
        // Scans are recognized once: the cache in the data folder is keyed by the file's bytes.
        ocr: { ...config.ocr, cacheDir: path.join(config.dataDir, "ocr-cache") },
        onOcrProgress: request.onOcrProgress,
      });
      const failed = new Set(report.errors.map((e) => e.file));
      const refreshed = refreshObligations(db, {
        ...obligationOptions,
        skip: new Set([...report.added, ...report.updated]),
        onError: (documentId, error) => {
          const file = index.fileOf(documentId) ?? documentId;
          if (failed.has(file)) return;
          failed.add(file);
          const reason = error instanceof Error ? error.message : String(error);
          report.errors.push({
            file,
            line: 1,
            message: `${file}:1: obligations could not be read (${reason}); the stored ones are kept`,
          });
        },
      });
      report.errors.sort(byFile);
      for (const error of report.errors) logger.warn(error, "corpus file skipped");
      return {
        ...report,
        ms: Math.round(performance.now() - started),
        obligations: {
          obligations: refreshed.obligations,
          tasksAdded: hook.counts.tasksAdded + refreshed.tasksAdded,
          tasksRemoved: hook.counts.tasksRemoved + refreshed.tasksRemoved,
        },
      };
    } finally {
      lock.release();
    }
  };
  if (options.buildIfEmpty && index.passages.length === 0) {
    const report = await ingest();
    logger.info(
      { added: report.added.length, errors: report.errors.length, ms: report.ms, ...report.obligations },
      "index built on first use",
    );
  }
  // With DATABASE_URL, what instances must share lives in PostgreSQL: the outbox and the planner's reads, the
  // planner's leader lock, and the inbound updates already handled.
  const pg = config.databaseUrl ? await openPostgres(config.databaseUrl) : null;
  const reminderBackend = pg ? pgReminderBackend(pg) : sqliteReminderBackend(db);
  const inbound = pg ? pgInboundDedupe(pg) : sqliteInboundDedupe(db);
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
      reminderBackend,
    ),
    ingest,
    refresh,
    reminderBackend,
    inbound,
    publishTasks: async (ids) => {
      if (!pg) return true;
      try {
        await publishTasks(db, pg, ids);
        return true;
      } catch (error) {
        logger.warn(
          { err: error, ids },
          "task change not written to PostgreSQL; the planner may remind it again",
        );
        return false;
      }
    },
    close: async () => {
      db.$client.close();
      await reminderBackend.close();
    },
  };
}
