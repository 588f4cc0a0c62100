import { existsSync } from "node:fs";
import path from "node:path";
import { ChatHistory } from "./answer/chat-history.ts";
import { ConclusionAnswerer } from "./answer/conclusion-answerer.ts";
import { ExtractiveAnswerer } from "./answer/extractive-answerer.ts";
import { LlmAnswerer } from "./answer/llm-answerer.ts";
import { ObligationAnswerer } from "./answer/obligation-answerer.ts";
import { type Limiter, RateLimiter, type RateLimitOptions } from "./bot/rate-limiter.ts";
import { TelegramNotifier } from "./channels/telegram/telegram-notifier.ts";
import { ZaloNotifier } from "./channels/zalo/zalo-notifier.ts";
import type { Config } from "./config/config.ts";
import { loadCorpusFolder } from "./corpus/load-corpus-folder.ts";
import type { OcrSettings } from "./corpus/ocr/read-scan.ts";
import { type InboundDedupe, pgInboundDedupe, sqliteInboundDedupe } from "./db/inbound-dedupe.ts";
import { acquireIngestLock, acquirePgIngestLock } from "./db/ingest-lock.ts";
import type { Db } from "./db/open-database.ts";
import { openDatabase } from "./db/open-database.ts";
import { openPostgres } from "./db/postgres/open-postgres.ts";
import { openWorkingCopy, type WorkingCopy } from "./db/postgres/working-copy.ts";
import { PgRateLimiter } from "./db/rate-limit.ts";
import { memorySessionStore, pgSessionStore, type SessionStore } from "./db/session-store.ts";
import { IngestRefusedError, StoreUnavailableError } from "./errors.ts";
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
  /** The SQLite file; with DATABASE_URL, the in-memory working copy of PostgreSQL's shared tables (see WorkingCopy). */
  db: Db;
  index: PassageIndex;
  answerer: ConclusionAnswerer;
  events: EventCalendar;
  /** The configured chat model and prompts (`LLM_MODEL`), or null offline. */
  llm: { chat: ChatModel; prompts: PromptLibrary } | null;
  /** Plans and sends deadline reminders through the channels configured in the environment. */
  reminders: ReminderService;
  /**
   * Indexes the corpus folder under the data folder's ingest lock (with DATABASE_URL: one PostgreSQL advisory lock
   * for every instance): each changed document with its obligations and tasks in one transaction (with
   * DATABASE_URL, one PostgreSQL transaction), then a refresh of every document's obligations and tasks.
   */
  ingest(options?: AppIngestOptions): Promise<AppIngestReport>;
  /** Rebuilds obligations and tasks from the current index and unit registry (e.g. after a units import). */
  refresh(): RefreshSummary;
  /** Where reminders are planned and queued: this SQLite file, or PostgreSQL with DATABASE_URL. */
  reminderBackend: ReminderBackend;
  /**
   * Writes what this instance changed in the shared tables (the tasks named, and anything else pending) through to
   * PostgreSQL (DATABASE_URL), where the shared planner and the other instances read them; nothing to do without
   * it. Never throws: a failure is logged and reported as false (the change is written with the next one).
   */
  publishTasks(ids: readonly (string | null | undefined)[]): Promise<boolean>;
  /**
   * With DATABASE_URL: writes this instance's pending changes, and reloads its working copy and search index when
   * another instance changed the corpus; true when it reloaded. `serve` runs it every CORPUS_POLL_SECONDS.
   * Without it: false, nothing to do.
   */
  syncCorpus(): Promise<boolean>;
  /** Inbound updates already handled (shared by every instance with DATABASE_URL). */
  inbound: InboundDedupe;
  /** Admin sessions of the web page: in memory, or shared through PostgreSQL with DATABASE_URL. */
  sessions: SessionStore;
  /** A named rate limit (token bucket per key): in memory, or shared through PostgreSQL with DATABASE_URL. */
  rateLimit(name: string, options: RateLimitOptions): Limiter;
  /** Writes pending changes and closes the SQLite file and, with DATABASE_URL, the PostgreSQL pool. */
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

/** An app's ingest: the corpus report and what happened to obligations and tasks. */
export type AppIngestReport = IngestReport & { obligations: RefreshSummary };

export interface IngestOptions {
  onProgress?: (done: number, total: number) => void;
  /** Drop documents whose files are gone even when the folder is empty or missing (`--prune`). */
  prune?: boolean;
  /** Files larger than this are reported without being read (MAX_FILE_MB). */
  maxFileBytes?: number;
  /** Runs inside each document's transaction (see PassageIndex.ingest), e.g. to write its obligations. */
  onDocument?: DocumentHook;
  /** Runs after each document's transaction (see PassageIndex.ingest), e.g. to write it to PostgreSQL. */
  afterDocument?: (documentId: string) => Promise<void>;
  /** Only these files of the folder; documents of other files are neither read nor dropped. */
  only?: readonly string[];
  /** OCR of scanned PDFs and photos in the corpus: engine, cache folder, workers, confidence threshold. */
  ocr?: OcrSettings;
  /** OCR progress of one scanned file, in pages. */
  onOcrProgress?: (file: string, done: number, total: number) => void;
}

export interface AppIngestOptions extends Pick<IngestOptions, "onProgress" | "prune" | "onOcrProgress"> {
  /** Called once when another ingest holds the lock and this one starts waiting. */
  onWait?: (holderPid: number | null) => void;
  /**
   * A file just uploaded into the corpus folder. With DATABASE_URL only that file is ingested (the other instances'
   * uploads are not in this instance's folder, so a whole-folder ingest would drop them); without it the folder is.
   */
  uploaded?: string;
}

const byFile = (a: IngestError, b: IngestError) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * Ingests a corpus folder: new and changed files are indexed, removed files dropped, unchanged files skipped (a
 * file whose bytes hash as when it was indexed is not even parsed or converted).
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
  // Files whose bytes are the ones indexed are skipped unread: a re-run on an unchanged corpus parses nothing.
  const known = index.storedFiles();
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
        known,
        ocr: options.ocr,
        onOcrProgress: options.onOcrProgress,
        only: options.only,
      })
    : { documents: [], errors: [], files: [], unchanged: [] };
  const removeMissing = !options.only && (loaded.files.length > 0 || Boolean(options.prune));
  if (!removeMissing && !options.only && owners.size > 0)
    throw new IngestRefusedError(
      `corpus folder ${corpusDir} has no .md/.txt file; refusing to drop ${owners.size} documents without --prune`,
      `Thư mục ${corpusDir} không có tệp .md hoặc .txt nào, nên ${owners.size} văn bản đã nạp được giữ nguyên. ` +
        "Nếu thật sự muốn gỡ chúng khỏi chỉ mục, chạy lại với --prune.",
    );
  const summary = await index.ingest(loaded.documents, {
    removeMissing,
    keepFiles: loaded.errors.map((e) => e.file),
    unchanged: loaded.unchanged,
    onProgress: options.onProgress,
    onDocument: options.onDocument,
    afterDocument: options.afterDocument,
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
  // With DATABASE_URL, PostgreSQL holds the corpus and everything instances share; this instance reads it from an
  // in-memory working copy (its own tables stay in its SQLite file). Without it, the SQLite file holds everything.
  const pg = config.databaseUrl ? await openPostgres(config.databaseUrl) : null;
  const file = path.join(config.dataDir, "troly.db");
  const copy = pg ? await openWorkingCopy(file, pg) : null;
  const db = copy?.db ?? openDatabase(file);
  const index = await PassageIndex.open(db, config.dataDir, createEmbedder(config));
  const events = loadEventsCalendar(config.eventsFile);
  const llm = createLlm(config);
  const obligationOptions = { events, defaultProvince: config.defaultProvince };
  /** Runs a working-copy operation; PostgreSQL failing becomes a StoreUnavailableError with a Vietnamese message. */
  const withStore = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      throw new StoreUnavailableError(
        `${what}: ${(error as Error).message}`,
        "Không ghi được vào cơ sở dữ liệu PostgreSQL (DATABASE_URL); thay đổi chưa được lưu chung. Hãy thử lại.",
        { cause: error },
      );
    }
  };
  const share = (what: string) =>
    copy ? withStore(`${what} not written to PostgreSQL`, () => copy.flush()) : Promise.resolve();
  let ingesting = false;
  const refresh = () =>
    refreshObligations(db, {
      ...obligationOptions,
      onError: (documentId, error) =>
        logger.warn({ documentId, err: error }, "obligations not refreshed; stored ones kept"),
    });
  /** Null only with `onlyIfEmpty`, when another instance built the corpus while this one waited for the lock. */
  const ingest = async (
    request: AppIngestOptions = {},
    onlyIfEmpty = false,
  ): Promise<AppIngestReport | null> => {
    const waiting = {
      waitMs: config.ingestWaitMs,
      onWait: (pid: number | null) => {
        logger.info({ pid }, "another ingest is running; waiting for it");
        request.onWait?.(pid);
      },
    };
    const lock = pg
      ? await acquirePgIngestLock(pg, waiting)
      : await acquireIngestLock(config.dataDir, waiting);
    ingesting = true;
    let diverged = false;
    try {
      const started = performance.now();
      // Another instance may have changed the shared corpus since this copy was loaded: start from the latest.
      if (copy && (await copy.sync())) await index.refresh();
      // Instances started together on an empty database: the first builds the corpus, the others find it built.
      if (onlyIfEmpty && index.passages.length > 0) return null;
      const hook = documentObligationsHook(db, obligationOptions);
      const report = await ingestCorpus(index, config.corpusDir, {
        onProgress: request.onProgress,
        prune: request.prune,
        maxFileBytes: config.maxFileBytes,
        onDocument: hook.onDocument,
        // One PostgreSQL transaction per document: its row, passages, obligations and tasks.
        afterDocument: copy
          ? async (documentId) => {
              try {
                await share(`document ${documentId}`);
              } catch (error) {
                // Back to what PostgreSQL holds (the document keeps its previous version there), so the next
                // document's transaction carries only its own rows.
                await copy.load({ discard: true }).catch(() => {
                  diverged = true;
                });
                throw error;
              }
            }
          : undefined,
        only: copy && request.uploaded ? [request.uploaded] : undefined,
        // Scans are recognized once: the cache in the data folder is keyed by the file's bytes.
        ocr: { ...config.ocr, cacheDir: path.join(config.dataDir, "ocr-cache") },
        onOcrProgress: request.onOcrProgress,
      });
      // PostgreSQL refused a document and could not be read back then: the copy must not keep what it refused.
      if (copy && diverged) {
        await withStore("working copy not reloaded", () => copy.load({ discard: true }));
        await index.refresh();
      }
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
      await share("refreshed obligations");
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
      ingesting = false;
      lock.release();
    }
  };
  const report = options.buildIfEmpty && index.passages.length === 0 ? await ingest({}, true) : null;
  if (report)
    logger.info(
      { added: report.added.length, errors: report.errors.length, ms: report.ms, ...report.obligations },
      "index built on first use",
    );
  const reminderBackend = pg ? pgReminderBackend(pg) : sqliteReminderBackend(db);
  const inbound = pg ? pgInboundDedupe(pg) : sqliteInboundDedupe(db);
  const syncCorpus = async () => {
    if (!copy || ingesting) return false;
    if (!(await copy.sync())) return false;
    await index.refresh();
    return true;
  };
  const watch = copy ? watchCorpus(copy, syncCorpus, config.corpusPollMs, logger) : null;
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
    ingest: async (request) => (await ingest(request)) as AppIngestReport,
    refresh: () => {
      const summary = refresh();
      if (copy) void publish(copy, logger, "refreshed obligations");
      return summary;
    },
    reminderBackend,
    inbound,
    sessions: pg ? pgSessionStore(pg) : memorySessionStore(),
    rateLimit: (name, limits) => (pg ? new PgRateLimiter(pg, name, limits) : new RateLimiter(limits)),
    publishTasks: async (ids) => (copy ? publish(copy, logger, "task change", ids) : true),
    syncCorpus,
    close: async () => {
      await watch?.stop();
      try {
        // A one-shot command's changes (units import, task done…) must reach PostgreSQL, or it fails.
        await share("pending changes");
      } finally {
        db.$client.close();
        await reminderBackend.close();
      }
    },
  };
}

/** Writes the working copy's pending changes; a failure is logged (they are written with the next ones). */
async function publish(copy: WorkingCopy, logger: Logger, what: string, ids?: unknown): Promise<boolean> {
  try {
    await copy.flush();
    return true;
  } catch (error) {
    logger.warn({ err: error, ids }, `${what} not written to PostgreSQL yet; retried with the next change`);
    return false;
  }
}

/**
 * Every `ms`, writes this instance's pending changes and reloads when another instance changed the corpus. The
 * timer does not keep a one-shot CLI command alive; a failed round is logged and the next one tries again.
 */
function watchCorpus(
  copy: WorkingCopy,
  sync: () => Promise<boolean>,
  ms: number,
  logger: Logger,
): { stop(): Promise<void> } {
  let round: Promise<void> | null = null;
  const timer = setInterval(() => {
    round ??= sync()
      .then((reloaded) => {
        if (reloaded) logger.info({ version: copy.version }, "corpus changed on another instance; reloaded");
      })
      .catch((error) => logger.warn({ err: error }, "corpus version not checked; retrying"))
      .finally(() => {
        round = null;
      });
  }, ms);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
