#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { Command, CommanderError } from "commander";
import type { Answer } from "../answer/answer.ts";
import type { AskContext } from "../answer/obligation-answerer.ts";
import { validateQuestion } from "../answer/validate-question.ts";
import type { App } from "../app.ts";
import { IngestBusyError, IngestRefusedError, InputError, TrolyError, userMessageOf } from "../errors.ts";
import { createLogger } from "../logger.ts";
import { findMember, type Platform } from "../obligations/member-registry.ts";
import { listUnits } from "../obligations/unit-registry.ts";
import { type Cli, isoDay, positiveInt, processCli, readUserFile, withApp } from "./cli-context.ts";
import { registerDbCommands } from "./db-commands.ts";
import { formatAnswer } from "./format-answer.ts";
import { registerObligationCommands } from "./obligation-commands.ts";
import { createProgress } from "./progress.ts";
import { registerRegistryCommands } from "./registry-commands.ts";
import { registerReminderCommands } from "./reminder-commands.ts";

/** Answers one question; an invalid question becomes a refused answer carrying the Vietnamese message. */
async function ask(
  app: App,
  raw: string,
  k?: number,
  context: AskContext = {},
): Promise<Answer & { error?: string }> {
  try {
    return await app.answerer.answer(validateQuestion(raw), k, context);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      question: raw,
      answer: error.userMessage,
      refused: true,
      mode: "extractive",
      citations: [],
      ms: 0,
      error: error.message,
    };
  }
}

/** The unit a question is asked for: `--unit`, else the unit of the registered `--member`. */
function memberUnit(app: App, opts: { unit?: string; member?: string }): string | null {
  if (opts.unit) {
    if (!listUnits(app.db).some((u) => u.id === opts.unit))
      throw new InputError(
        `unknown unit ${opts.unit}`,
        `Không có đơn vị "${opts.unit}" trong danh mục. Xem mã đơn vị bằng lệnh troly units list.`,
      );
    return opts.unit;
  }
  if (!opts.member) return null;
  const [platform, ...rest] = opts.member.split(":");
  const member = findMember(app.db, platform as Platform, rest.join(":"));
  if (!member)
    throw new InputError(
      `unknown member ${opts.member}`,
      `Chưa có thành viên ${opts.member}. Thêm bằng: troly members add --unit ID --platform telegram --user-id N`,
    );
  return member.unitId;
}

function readBatch(cli: Cli, file: string): string[] {
  const text = file === "-" ? cli.readStdin() : readUserFile(file, "tệp câu hỏi").toString("utf8");
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** ", Telegram, Zalo (chưa kết nối được, đang thử lại)" for the serve banner. */
function channelList(channels: Record<string, { status: string }>): string {
  return Object.entries(channels)
    .map(([name, h]) => {
      const label = name === "telegram" ? "Telegram" : name === "zalo" ? "Zalo" : name;
      return `, ${label}${h.status === "up" ? "" : " (chưa kết nối được, đang thử lại)"}`;
    })
    .join("");
}

/** The local question prompt (`troly chat`, and `serve` in a terminal); follow-ups use the chat's history. */
async function terminalPrompt(app: App, chatId = "cli:terminal"): Promise<void> {
  console.log('Nhập câu hỏi (gõ "thoát" hoặc Ctrl+D để kết thúc).');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.setPrompt("❓ ");
  rl.prompt();
  for await (const line of rl) {
    if (/^(thoát|thoat|exit|quit)$/i.test(line.trim())) break;
    if (line.trim()) console.log(`\n${formatAnswer(await ask(app, line, undefined, { chatId }))}\n`);
    rl.prompt();
  }
  rl.close();
}

/**
 * The whole `troly` command line, built fresh for each run (commander keeps parsed values on the commands), bound
 * to an environment and stdin so tests can run it in-process.
 */
export function createProgram(cli: Cli = processCli()): Command {
  const program = new Command()
    .name("troly")
    .description("Trợ lý Kết luận: hỏi đáp có trích dẫn về các văn bản kết luận")
    .showHelpAfterError()
    // Set before any subcommand is added, so every command inherits it: runCli turns exits into exit codes.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => console.log(text.replace(/\n$/, "")),
      writeErr: (text) => console.error(text.replace(/\n$/, "")),
    });

  program
    .command("ingest")
    .description("xây dựng/cập nhật chỉ mục từ thư mục văn bản")
    .option("--corpus <dir>", "thư mục văn bản (.md, .txt, .docx, .pdf, ảnh .png/.jpg)")
    .option("--json", "in kết quả dạng JSON")
    .option("--prune", "gỡ văn bản có tệp đã mất kể cả khi thư mục trống hoặc không tồn tại")
    .action(async (opts: { corpus?: string; json?: boolean; prune?: boolean }) => {
      const config = cli.settings(opts.corpus);
      await withApp(
        config,
        async (app) => {
          const progress = createProgress("Đang lập chỉ mục");
          let ocrBar: ReturnType<typeof createProgress> | null = null;
          const report = await app.ingest({
            onProgress: progress.update,
            // One bar per scanned file, in pages: OCR is the slow part of an ingest.
            onOcrProgress: (file, done, total) => {
              if (done === 0) ocrBar = createProgress(`Nhận dạng chữ ${file}`, "trang");
              ocrBar?.update(done, total);
              if (done === total) ocrBar?.stop();
            },
            prune: opts.prune,
            onWait: (pid) =>
              console.error(
                `Một tiến trình khác${pid ? ` (pid ${pid})` : ""} đang nạp văn bản; đang chờ tối đa ` +
                  `${Math.round(config.ingestWaitMs / 1000)} giây…`,
              ),
          });
          progress.stop();
          if (opts.json) return console.log(JSON.stringify(report));
          console.log(
            `Đã nạp ${app.index.documents.size} văn bản, ${app.index.passages.length} đoạn ` +
              `(mới ${report.added.length}, cập nhật ${report.updated.length}, không đổi ${report.unchanged.length}, ` +
              `gỡ bỏ ${report.removed.length}) trong ${report.ms} ms; ${report.obligations.obligations} nghĩa vụ, ` +
              `${report.obligations.tasksAdded} nhiệm vụ mới.`,
          );
          for (const e of report.errors) console.error(`Lỗi: ${e.message}`);
          if (report.errors.length) process.exitCode = 1;
        },
        false,
      );
    });

  program
    .command("ask")
    .description("hỏi một câu và nhận câu trả lời có trích dẫn")
    .argument("[question]", "câu hỏi")
    .option("--json", "in đúng một đối tượng JSON")
    .option("--batch <file>", "mỗi dòng một câu hỏi (- là stdin); in mỗi dòng một JSON")
    .option("--k <n>", "số đoạn truy xuất", positiveInt)
    .option("--unit <id>", 'hỏi với tư cách thành viên của đơn vị (cho câu hỏi về "đơn vị tôi")')
    .option("--member <platform:userId>", "hỏi với tư cách một thành viên đã đăng ký, ví dụ telegram:42")
    .option("--now <date>", "xem như hôm nay là ngày (YYYY-MM-DD)", isoDay)
    .option("--chat <id>", 'ghi nhớ hội thoại theo mã này, để hỏi tiếp ("còn đơn vị nào nữa?")')
    .action(
      async (
        question: string | undefined,
        opts: {
          json?: boolean;
          batch?: string;
          k?: number;
          unit?: string;
          member?: string;
          now?: string;
          chat?: string;
        },
      ) => {
        if (!opts.batch && question === undefined)
          throw new InputError(
            "missing question",
            'Thiếu câu hỏi. Ví dụ: troly ask "Hạn rà soát quy hoạch cán bộ trẻ?"',
          );
        if (opts.batch && !opts.json)
          throw new InputError("--batch needs --json", "Tùy chọn --batch cần dùng kèm --json.");
        await withApp(cli.settings(), async (app) => {
          const context = {
            unitId: memberUnit(app, opts),
            today: opts.now,
            chatId: opts.chat ? `cli:${opts.chat}` : undefined,
          };
          if (opts.batch) {
            for (const line of readBatch(cli, opts.batch))
              console.log(JSON.stringify(await ask(app, line, opts.k, context)));
            return;
          }
          const answer = await ask(app, question ?? "", opts.k, context);
          console.log(opts.json ? JSON.stringify(answer) : formatAnswer(answer));
          if (answer.error) process.exitCode = 1;
        });
      },
    );

  program
    .command("search")
    .description("tìm các đoạn văn bản liên quan")
    .argument("<query>", "nội dung tìm kiếm")
    .option("--json", "in dạng JSON")
    .option("--k <n>", "số kết quả", positiveInt, 5)
    .action(async (query: string, opts: { json?: boolean; k: number }) => {
      const q = validateQuestion(query);
      await withApp(cli.settings(), async (app) => {
        const hits = await app.index.search(q, opts.k);
        const rows = hits.map((h, i) => ({
          rank: i + 1,
          passageId: h.passage.id,
          documentId: h.document.id,
          documentTitle: h.document.title,
          section: h.passage.section,
          text: h.passage.text,
          score: Math.round(h.score * 10000) / 10000,
          lexical: Math.round(h.lexical * 1000) / 1000,
          vector: Math.round(h.vector * 1000) / 1000,
        }));
        if (opts.json) return console.log(JSON.stringify(rows));
        if (rows.length === 0) console.log("Không tìm thấy đoạn nào phù hợp.");
        for (const r of rows)
          console.log(`${r.rank}. [${r.passageId}] ${r.section} — ${r.text.slice(0, 160)}`);
      });
    });

  program
    .command("serve", { isDefault: true })
    .description(
      "chạy dịch vụ: máy chủ HTTP (/healthz, webhook), Telegram/Zalo khi có token; hỏi đáp tại chỗ khi chạy trong terminal",
    )
    .action(async () => {
      const config = cli.settings();
      const logger = createLogger(config.logLevel);
      await withApp(config, async (app) => {
        try {
          await app.ingest();
        } catch (error) {
          // An empty corpus folder or a concurrent ingest must not stop the service: it serves the stored index.
          const message = userMessageOf(error);
          if (!(error instanceof IngestRefusedError || error instanceof IngestBusyError) || !message)
            throw error;
          logger.warn({ err: error }, "corpus not ingested at start; serving the stored index");
          console.error(message);
        }
        // Loaded here: the HTTP server and the chat channels are only needed by `serve`.
        const { startService } = await import("../service.ts");
        const service = await startService(app, logger);
        console.log(
          `Trợ lý Kết luận — ${app.index.documents.size} văn bản, ${app.index.passages.length} đoạn; ` +
            `http://${config.host}:${service.port}/healthz` +
            `${channelList(service.channels())}.`,
        );
        const stopped = new Promise<void>((resolve) => {
          for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => resolve());
        });
        if (cli.interactive) await Promise.race([terminalPrompt(app), stopped]);
        else await stopped;
        logger.info("shutting down");
        await service.stop();
      });
    });

  program
    .command("chat")
    .description("hội thoại trong cửa sổ dòng lệnh, có ghi nhớ để hỏi tiếp")
    .option("--id <id>", "mã hội thoại (mặc định: terminal)", "terminal")
    .action(async (opts: { id: string }) => {
      await withApp(cli.settings(), (app) => terminalPrompt(app, `cli:${opts.id}`));
    });

  registerObligationCommands(program, cli);
  registerRegistryCommands(program, cli);
  registerReminderCommands(program, cli);
  registerDbCommands(program, cli);
  return program;
}

/**
 * Prints an error for the user: the Vietnamese message of an error raised on purpose, else a short Vietnamese
 * notice (the English details and stack go to the debug log, never to the user).
 */
function reportError(error: unknown, cli: Cli): void {
  const message = userMessageOf(error);
  if (message) {
    console.error(message);
    return;
  }
  if (error instanceof TrolyError) {
    console.error(`Lỗi: ${error.message}`);
    return;
  }
  let level = "info";
  try {
    level = cli.settings().logLevel;
  } catch {
    // A bad setting is itself the error being reported.
  }
  createLogger(level).debug({ err: error }, "unexpected error");
  const detail = error instanceof Error ? error.message : String(error);
  console.error(
    `Lỗi ngoài dự kiến: ${detail}. Chạy lại với LOG_LEVEL=debug để xem chi tiết, hoặc báo cho quản trị viên.`,
  );
}

/**
 * Runs one `troly` command line (without the leading `node main.ts`) and returns its exit code; bad arguments and
 * errors are printed in Vietnamese. The process entry below uses it, and tests call it in-process.
 *
 * @example
 * await runCli(["tasks", "--json"], cliWith({ DATA_DIR: dir })) // 0
 */
export async function runCli(args: readonly string[], cli: Cli = processCli()): Promise<number> {
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    await createProgram(cli).parseAsync([...args], { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    reportError(error, cli);
    return 1;
  } finally {
    process.exitCode = previous;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href)
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
