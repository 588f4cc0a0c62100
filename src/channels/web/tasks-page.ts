import type { IncomingMessage, ServerResponse } from "node:http";
import { inArray } from "drizzle-orm";
import { taskEvents } from "../../db/schema.ts";
import { clip } from "../../format.ts";
import { isIsoDay } from "../../obligations/calendar-day.ts";
import { listTasks, type TaskView } from "../../obligations/task-list.ts";
import { setTaskStatus } from "../../obligations/task-table.ts";
import { listUnits } from "../../obligations/unit-registry.ts";
import { routeParams } from "../../server/http-server.ts";
import { html, vnDate } from "./html.ts";
import { redirect } from "./layout.ts";
import { readForm } from "./request-body.ts";
import { page, requireAdmin, type WebContext } from "./web-context.ts";

const STATUS: Record<TaskView["status"], string> = {
  open: "trong hạn",
  in_progress: "đang thực hiện",
  overdue: "quá hạn",
  done: "đã xong",
};

function filtersOf(req: IncomingMessage) {
  const q = new URL(req.url ?? "/", "http://x").searchParams;
  const day = (v: string | null) => (v && isIsoDay(v) ? v : undefined);
  const status = q.get("status");
  const known = (["open", "overdue", "done"] as const).find((s) => s === status);
  return {
    unitId: q.get("unit") || undefined,
    status: known,
    from: day(q.get("from")),
    to: day(q.get("to")),
  };
}

function filtered(ctx: WebContext, req: IncomingMessage): TaskView[] {
  const f = filtersOf(req);
  return listTasks(ctx.app.db, { unitId: f.unitId, status: f.status, dueBefore: f.to }).filter(
    (t) => !f.from || (t.due !== null && t.due >= f.from),
  );
}

/** GET /tasks — the task table with filters; overdue rows in red; admins can mark a task done with a note. */
export function tasksPage(ctx: WebContext, req: IncomingMessage, res: ServerResponse): void {
  const f = filtersOf(req);
  const session = ctx.auth.session(req);
  const tasks = filtered(ctx, req);
  const units = listUnits(ctx.app.db);
  const flash = new URL(req.url ?? "/", "http://x").searchParams.get("done")
    ? "Đã cập nhật nhiệm vụ."
    : undefined;
  const rows = tasks.map(
    (t) => html`<tr class="${t.status === "overdue" ? "overdue" : ""}" data-task="${t.id}">
<td><span class="tag">${t.id}</span></td><td>${t.currentUnitName}${t.currentUnitId !== t.unitId ? html`<div class="muted">từ ${t.unitName}</div>` : ""}</td>
<td>${clip(t.action, 220)}<div class="muted">${t.documentTitle}, ${t.section}</div></td>
<td>${t.due ? vnDate(t.due) : t.deadlineKind === "event" ? "chưa xác định" : "—"}<div class="muted">${t.deadlineText}</div></td>
<td class="status">${STATUS[t.status]}${t.outcome === "late" ? html` <span class="late">(quá hạn)</span>` : t.outcome === "on_time" ? html` <span class="ontime">(đúng hạn)</span>` : ""}${t.note ? html`<div class="muted">${t.note}</div>` : ""}</td>
<td>${session && t.status !== "done" ? html`<form class="inline" method="post" action="/tasks/${t.id}/done"><input type="hidden" name="_csrf" value="${session.csrf}"><input type="text" name="note" placeholder="Ghi chú" aria-label="Ghi chú"><button type="submit">Hoàn thành</button></form>` : ""}</td></tr>`,
  );
  const history = f.unitId ? unitHistory(ctx, tasks) : html``;
  const query = new URL(req.url ?? "/", "http://x").search;
  page(ctx, req, res, {
    title: "Bảng nhiệm vụ theo đơn vị",
    path: "/tasks",
    flash,
    body: html`<form class="filters" method="get" action="/tasks">
<label>Đơn vị<select name="unit"><option value="">Tất cả</option>${units.map((u) => html`<option value="${u.id}" ${u.id === f.unitId ? "selected" : ""}>${u.name}</option>`)}</select></label>
<label>Trạng thái<select name="status"><option value="">Tất cả</option>${(["open", "overdue", "done"] as const).map((s) => html`<option value="${s}" ${s === f.status ? "selected" : ""}>${STATUS[s]}</option>`)}</select></label>
<label>Hạn từ<input type="date" name="from" value="${f.from ?? ""}"></label><label>đến<input type="date" name="to" value="${f.to ?? ""}"></label>
<button type="submit">Lọc</button> <a href="/tasks.csv${query}">Tải CSV</a></form>
<p class="muted">${tasks.length} nhiệm vụ${units.length === 0 ? " — chưa có đơn vị nào: nạp danh mục ở trang Đơn vị." : ""}</p>
<table><thead><tr><th>Mã</th><th>Đơn vị</th><th>Việc</th><th>Hạn</th><th>Trạng thái</th><th></th></tr></thead><tbody>${rows}</tbody></table>${history}`,
  });
}

function unitHistory(ctx: WebContext, tasks: TaskView[]) {
  const ids = tasks.map((t) => t.id);
  if (ids.length === 0) return html``;
  const events = ctx.app.db.select().from(taskEvents).where(inArray(taskEvents.taskId, ids)).all().reverse();
  return html`<h2>Lịch sử cập nhật</h2>${events.length === 0 ? html`<p class="muted">Chưa có cập nhật nào.</p>` : html`<table><thead><tr><th>Thời điểm</th><th>Nhiệm vụ</th><th>Người cập nhật</th><th>Trạng thái</th><th>Ghi chú</th></tr></thead><tbody>${events.map((e) => html`<tr><td>${e.at.replace("T", " ").slice(0, 16)}</td><td>${e.taskId}</td><td>${e.actor}</td><td>${e.fromStatus ?? ""} → ${e.toStatus}</td><td>${e.note ?? ""}</td></tr>`)}</tbody></table>`}`;
}

/** POST /tasks/:id/done — admin only, CSRF-checked, audited as `web:admin`. */
export async function markDone(ctx: WebContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  if (!requireAdmin(ctx, req, res, form.get("_csrf") ?? undefined)) return;
  const note = form.get("note")?.trim() || undefined;
  setTaskStatus(ctx.app.db, routeParams(req).id ?? "", { status: "done", by: "web:admin", note });
  redirect(res, "/tasks?done=1");
}

const csvCell = (value: string | number | null) => {
  const text = String(value ?? "");
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** GET /tasks.csv — the filtered table for spreadsheets (UTF-8 with BOM so Excel shows Vietnamese correctly). */
export function tasksCsv(ctx: WebContext, req: IncomingMessage, res: ServerResponse): void {
  const header = [
    "id",
    "unitId",
    "unitName",
    "currentUnitName",
    "action",
    "due",
    "status",
    "outcome",
    "deadlineText",
    "documentTitle",
    "section",
    "doneAt",
    "doneBy",
    "note",
  ];
  const lines = filtered(ctx, req).map((t) =>
    [
      t.id,
      t.unitId,
      t.unitName,
      t.currentUnitName,
      t.action,
      t.due,
      t.status,
      t.outcome,
      t.deadlineText,
      t.documentTitle,
      t.section,
      t.doneAt,
      t.doneBy,
      t.note,
    ]
      .map(csvCell)
      .join(","),
  );
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": 'attachment; filename="nhiem-vu.csv"',
  });
  res.end(`\uFEFF${[header.join(","), ...lines].join("\r\n")}\r\n`);
}
