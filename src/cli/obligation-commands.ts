import { type Command, Option } from "commander";
import type { App } from "../app.ts";
import { InputError, NotFoundError } from "../errors.ts";
import { vnDate } from "../format.ts";
import { withAssigned } from "../obligations/assignment.ts";
import { proposeObligations } from "../obligations/llm-obligation-extractor.ts";
import type { Obligation } from "../obligations/obligation.ts";
import { listObligations } from "../obligations/obligation-store.ts";
import { listTasks } from "../obligations/task-list.ts";
import { setTaskStatus, type TaskStatus, taskHistory } from "../obligations/task-table.ts";
import { listUnits } from "../obligations/unit-registry.ts";
import { type Cli, isoDay, withApp } from "./cli-context.ts";
import { formatEvent, formatObligation, formatTask } from "./format-task.ts";

/** `obligations --llm`: the model's checked proposals per document; rejections are reported on stderr. */
async function proposeAll(app: App, documentId?: string): Promise<Obligation[]> {
  if (!app.llm)
    throw new InputError(
      "--llm needs LLM_MODEL",
      "Tùy chọn --llm cần cấu hình LLM_MODEL (và OPENAI_BASE_URL hoặc OPENAI_API_KEY).",
    );
  const out: Obligation[] = [];
  for (const meta of app.index.documents.values()) {
    if (documentId && meta.id !== documentId) continue;
    const passages = app.index.passages.filter((p) => p.documentId === meta.id);
    const result = await proposeObligations({ meta, passages }, app.llm.chat, app.llm.prompts.obligations, {
      events: app.events,
    });
    for (const r of result.rejected)
      console.error(`${meta.id}: proposal for passage ${r.passage} rejected: ${r.reason}`);
    if (result.fellBack) console.error(`${meta.id}: no usable proposal; rule-based obligations shown`);
    out.push(...result.obligations);
  }
  return out;
}

/** `troly obligations`, `troly tasks` and `troly task done|start|reopen`. */
export function registerObligationCommands(program: Command, cli: Cli): void {
  program
    .command("obligations")
    .description("liệt kê nghĩa vụ (ai phải làm gì, hạn nào, đã giao mấy đơn vị) trích từ các văn bản")
    .option("--doc <id>", "chỉ một văn bản")
    .option(
      "--llm",
      "đề xuất bằng mô hình ngôn ngữ (cần LLM_MODEL), có kiểm tra trích dẫn; mặc định: theo quy tắc",
    )
    .option("--json", "in mảng JSON")
    .action(async (opts: { doc?: string; json?: boolean; llm?: boolean }) => {
      await withApp(cli.settings(), async (app) => {
        if (opts.doc && !app.index.documents.has(opts.doc))
          throw new InputError(
            `unknown document ${opts.doc}`,
            `Không có văn bản "${opts.doc}". Các văn bản: ${[...app.index.documents.keys()].join(", ")}.`,
          );
        const found = opts.llm
          ? await proposeAll(app, opts.doc)
          : listObligations(app.db, { documentId: opts.doc });
        // `assigned`: the units with a task for it; 0 is reported, never dropped (no registered unit matched).
        const rows = withAssigned(app.db, found);
        if (opts.json) return console.log(JSON.stringify(rows));
        if (rows.length === 0) console.log("Chưa có nghĩa vụ nào.");
        for (const o of rows)
          console.log(
            `${formatObligation(o)}\n  ${o.assigned > 0 ? `Đã giao ${o.assigned} đơn vị.` : "Chưa giao cho đơn vị nào."}`,
          );
        const unassigned = rows.filter((o) => o.assigned === 0).length;
        if (unassigned > 0 && !opts.json)
          console.log(
            `\n${unassigned}/${rows.length} nghĩa vụ chưa giao cho đơn vị nào (không khớp đơn vị đã đăng ký).`,
          );
      });
    });

  program
    .command("tasks")
    .description("bảng nhiệm vụ theo đơn vị")
    .option("--unit <id>", "chỉ nhiệm vụ của một đơn vị (kể cả đơn vị tiền thân)")
    .addOption(new Option("--status <status>", "lọc theo trạng thái").choices(["open", "overdue", "done"]))
    .option("--due-before <date>", "hạn đến hết ngày (YYYY-MM-DD)", isoDay)
    .option("--now <date>", "xem như hôm nay là ngày (YYYY-MM-DD)", isoDay)
    .option("--json", "in mảng JSON")
    .action(
      async (opts: {
        unit?: string;
        status?: "open" | "overdue" | "done";
        dueBefore?: string;
        now?: string;
        json?: boolean;
      }) => {
        await withApp(cli.settings(), async (app) => {
          if (opts.unit && !listUnits(app.db).some((u) => u.id === opts.unit))
            throw new NotFoundError(
              "unit",
              opts.unit,
              "List units with `troly units list`.",
              "Xem mã đơn vị bằng lệnh troly units list.",
            );
          const rows = listTasks(app.db, {
            unitId: opts.unit,
            status: opts.status,
            dueBefore: opts.dueBefore,
            today: opts.now,
          });
          if (opts.json) return console.log(JSON.stringify(rows));
          if (rows.length === 0) console.log("Không có nhiệm vụ nào khớp điều kiện.");
          for (const t of rows) console.log(formatTask(t));
        });
      },
    );

  const task = program.command("task").description("cập nhật trạng thái một nhiệm vụ");
  const statusCommand = (name: string, status: TaskStatus, description: string) => {
    const command = task
      .command(name)
      .description(description)
      .argument("<id>", "mã nhiệm vụ, ví dụ t1a2b3c4d5e6")
      .requiredOption("--by <user>", "người cập nhật")
      .option("--note <text>", "ghi chú")
      .option("--json", "in nhiệm vụ dạng JSON");
    if (status === "done")
      command.option(
        "--on <date>",
        "ngày hoàn thành (YYYY-MM-DD, mặc định hôm nay theo giờ Việt Nam, không được sau hôm nay)",
        isoDay,
      );
    return command.action(
      async (id: string, opts: { by: string; note?: string; on?: string; json?: boolean }) => {
        await withApp(cli.settings(), async (app) => {
          const result = setTaskStatus(app.db, id, {
            status,
            by: opts.by,
            note: opts.note,
            completedOn: opts.on,
          });
          if (!(await app.publishTasks([id, result.next?.id])))
            console.error(
              "Cảnh báo: chưa ghi được thay đổi này lên PostgreSQL (DATABASE_URL); lời nhắc có thể còn gửi.",
            );
          const [view] = listTasks(app.db, { id });
          if (opts.json)
            return console.log(
              JSON.stringify({
                task: view,
                next: result.next?.id ?? null,
                changed: result.changed,
                cancelledReminders: result.cancelledReminders,
              }),
            );
          if (!result.changed) console.log(`Nhiệm vụ ${id} vốn đã ở trạng thái này; không thay đổi gì.`);
          else console.log(`Đã cập nhật ${id}: ${view ? formatTask(view) : status}`);
          if (result.cancelledReminders > 0)
            console.log(`Đã hủy ${result.cancelledReminders} lời nhắc đang chờ gửi của nhiệm vụ này.`);
          if (result.next)
            console.log(
              `Nhiệm vụ định kỳ: đã mở kỳ tiếp theo ${result.next.id} (hạn ${result.next.due ? vnDate(result.next.due) : "chưa xác định"}).`,
            );
        });
      },
    );
  };
  task
    .command("history")
    .description("lịch sử cập nhật của một nhiệm vụ (giờ Việt Nam)")
    .argument("<id>", "mã nhiệm vụ")
    .option("--json", "in mảng JSON")
    .action(async (id: string, opts: { json?: boolean }) => {
      await withApp(cli.settings(), async (app) => {
        const events = taskHistory(app.db, id);
        if (events.length === 0 && !listTasks(app.db, { id }).length)
          throw new NotFoundError(
            "task",
            id,
            "List tasks with `troly tasks` to see valid ids.",
            "Xem mã nhiệm vụ bằng lệnh troly tasks.",
          );
        if (opts.json) return console.log(JSON.stringify(events));
        if (events.length === 0) console.log("Chưa có cập nhật nào.");
        for (const e of events) console.log(formatEvent(e));
      });
    });
  statusCommand("done", "done", "đánh dấu đã hoàn thành");
  statusCommand("start", "in_progress", "đánh dấu đang thực hiện");
  statusCommand("reopen", "open", "mở lại nhiệm vụ");
}
