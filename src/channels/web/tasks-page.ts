import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { NotFoundError } from "../../errors.ts";
import { clip, vnDateTime } from "../../format.ts";
import { isIsoDay } from "../../obligations/calendar-day.ts";
import type { TaskView } from "../../obligations/task-list.ts";
import { HttpError, type ServerContext } from "../../server/http-server.ts";
import { cell, dataTable, html, vnDate } from "./html.ts";
import { OUTCOME, RECURRENCE, statusLabel, TASK_STATUS } from "./labels.ts";
import { redirect } from "./layout.ts";
import type { WebTask } from "./web-backend.ts";
import { page, sessionOf, type WebContext } from "./web-context.ts";

/** Tasks per page: a phone shows a screenful of cards, not 165 rows. */
export const PAGE_SIZE = 20;
const STATUSES = ["open", "in_progress", "overdue", "done"] as const;

/** An empty form field ("Tất cả") means no filter. */
const blank = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(""), schema])
    .optional()
    .transform((v) => (v === "" ? undefined : (v as z.output<T>)));
const isoDay = z.string().refine(isIsoDay, "ngày phải có dạng YYYY-MM-DD");

/** The task table's filters, as a query string: `?unit=hy-btc&status=overdue&from=…&to=…&page=2`. */
export const TaskFilters = z.object({
  unit: blank(
    z
      .string()
      .max(100)
      .regex(/^[a-z0-9-]+$/),
  ),
  status: blank(z.enum(STATUSES)),
  from: blank(isoDay),
  to: blank(isoDay),
  page: blank(z.coerce.number().int().min(1).max(100_000)),
  done: blank(z.string().max(40)),
});
export type TaskFilters = z.output<typeof TaskFilters>;

/** The filters as a query string (no `done` flash, optionally without the page). */
export function filterQuery(f: TaskFilters, options: { page?: boolean } = {}): string {
  const q = new URLSearchParams();
  if (f.unit) q.set("unit", f.unit);
  if (f.status) q.set("status", f.status);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (options.page !== false && f.page && f.page > 1) q.set("page", String(f.page));
  const text = q.toString();
  return text ? `?${text}` : "";
}

function filtered(ctx: WebContext, f: TaskFilters): WebTask[] {
  return ctx.backend.tasks({ unitId: f.unit, status: f.status, dueBefore: f.to, dueFrom: f.from });
}

const dueCell = (t: TaskView) =>
  html`${t.due ? vnDate(t.due) : t.deadlineKind === "event" ? "chưa xác định" : "—"}${t.recurrence ? html` <span class="tag">${RECURRENCE[t.recurrence]}</span>` : ""}<div class="muted">${t.deadlineText}</div>`;

const statusCell = (t: WebTask) =>
  html`<span class="status">${TASK_STATUS[t.status]}</span>${t.inProgress && t.status === "overdue" ? html` <span class="tag">${TASK_STATUS.in_progress}</span>` : ""}${t.status === "done" && t.completedOn ? html` ngày ${vnDate(t.completedOn)}` : ""}${t.outcome ? html` <span class="${t.outcome === "late" ? "late" : "ontime"}">(${OUTCOME[t.outcome]})</span>` : ""}${t.note ? html`<div class="muted">${t.note}</div>` : ""}`;

/** The day the work was finished as the user gave it. */
const completionDay = (t: TaskView): string => t.completedOn ?? "";

/** GET /tasks — filters, one page of tasks (cards on a phone, a table on a wide screen), history of a unit. */
export function tasksPage(ctx: WebContext, c: ServerContext, f: TaskFilters): Response {
  const session = sessionOf(ctx, c);
  const units = ctx.backend.units();
  const unknownUnit = f.unit && !units.some((u) => u.id === f.unit);
  const tasks = unknownUnit ? [] : filtered(ctx, f);
  const pages = Math.max(1, Math.ceil(tasks.length / PAGE_SIZE));
  const current = Math.min(f.page ?? 1, pages);
  const shown = tasks.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const today = ctx.backend.today();
  const back = filterQuery({ ...f, page: current }).slice(1);
  const doneForm = (t: WebTask) =>
    session && t.status !== "done"
      ? html`<form class="done-form" method="post" action="/tasks/${t.id}/done"><input type="hidden" name="_csrf" value="${session.csrf}"><input type="hidden" name="back" value="${back}">
<input type="text" name="note" placeholder="Ghi chú" aria-label="Ghi chú" maxlength="500"><label>Ngày hoàn thành<input type="date" name="completedOn" value="${today}" max="${today}" required></label><button type="submit">Hoàn thành</button></form>`
      : "";
  const rows = shown.map((t) => ({
    className: t.status === "overdue" ? "cardgrid overdue" : "cardgrid",
    data: { task: t.id },
    cells: [
      html`${t.currentUnitName}${t.currentUnitId !== t.unitId ? html`<div class="muted">từ ${t.unitName}</div>` : ""}${t.formerUnitNames.length > 0 ? html`<div class="muted">nhận từ ${t.formerUnitNames.join(", ")}</div>` : ""}`,
      html`${clip(t.action, 200)}<div class="muted">${t.documentTitle}, ${t.section} · <span class="tag">${t.id}</span></div>`,
      cell(dueCell(t), "half"),
      cell(statusCell(t), "half"),
      doneForm(t),
    ],
  }));
  const link = (n: number, label: string) =>
    html`<a href="/tasks${filterQuery({ ...f, page: n })}">${label}</a>`;
  const pager =
    pages > 1
      ? html`<nav class="pager" aria-label="Trang">${current > 1 ? link(current - 1, "← Trang trước") : ""}<span>Trang ${current}/${pages}</span>${current < pages ? link(current + 1, "Trang sau →") : ""}</nav>`
      : html``;
  const choices = [["", "Tất cả"], ...STATUSES.map((s) => [s, TASK_STATUS[s]])] as const;
  return page(ctx, c, {
    title: "Bảng nhiệm vụ theo đơn vị",
    path: "/tasks",
    flash: f.done ? "Đã cập nhật nhiệm vụ." : undefined,
    error: unknownUnit ? `Không có đơn vị mã "${f.unit}" trong danh mục.` : undefined,
    status: unknownUnit ? 404 : 200,
    body: html`<form class="filters" method="get" action="/tasks">
<label>Đơn vị<select name="unit"><option value="">Tất cả</option>${units.map((u) => html`<option value="${u.id}" ${u.id === f.unit ? "selected" : ""}>${u.name}</option>`)}</select></label>
<label>Trạng thái<select name="status">${choices.map(([value, label]) => html`<option value="${value}" ${value === (f.status ?? "") ? "selected" : ""}>${label}</option>`)}</select></label>
<label>Hạn từ<input type="date" name="from" value="${f.from ?? ""}"></label><label>đến<input type="date" name="to" value="${f.to ?? ""}"></label>
<button type="submit">Lọc</button> <span>Tải CSV: <a href="/tasks.csv${filterQuery(f, { page: false })}">dấu phẩy</a> · <a href="/tasks.csv${csvQuery(f)}" title="Excel với thiết lập vùng Việt Nam">dấu chấm phẩy (Excel)</a></span></form>
<p class="muted">${tasks.length} nhiệm vụ${pages > 1 ? `, ${PAGE_SIZE} mỗi trang` : ""}${units.length === 0 ? " — chưa có đơn vị nào: nạp danh mục ở trang Đơn vị." : ""}</p>
${pager}${shown.length === 0 ? html`<p class="muted">Không có nhiệm vụ nào khớp bộ lọc.</p>` : dataTable(["Đơn vị", "Việc", "Hạn", "Trạng thái", ""], rows)}${pager}${f.unit && !unknownUnit ? unitHistory(ctx, ctx.backend.tasks({ unitId: f.unit })) : ""}`,
  });
}

/** The latest 50 changes of a unit's tasks, whatever the status and date filters show. */
function unitHistory(ctx: WebContext, tasks: TaskView[]) {
  const events = ctx.backend
    .taskEvents(tasks.map((t) => t.id))
    .sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)
    .slice(0, 50);
  return html`<h2>Lịch sử cập nhật</h2>${
    events.length === 0
      ? html`<p class="muted">Chưa có cập nhật nào.</p>`
      : dataTable(
          ["Thời điểm (giờ Việt Nam)", "Nhiệm vụ", "Người cập nhật", "Trạng thái", "Ghi chú"],
          events.map((e) => ({
            cells: [
              vnDateTime(e.at),
              e.taskId,
              e.actor,
              `${statusLabel(e.fromStatus) || "—"} → ${statusLabel(e.toStatus)}`,
              e.note ?? "",
            ],
          })),
        )
  }`;
}

export const MarkDoneForm = z.object({
  _csrf: z.string().optional(),
  note: z.string().max(500).optional(),
  /** Today when left out. */
  completedOn: blank(isoDay),
  back: z.string().max(500).optional(),
});

/**
 * POST /tasks/:id/done — admin only (checked before, with the CSRF token), audited as `web:admin`, with the day
 * the work was finished (not after today); back to the list with the same filters.
 */
export function markDone(
  ctx: WebContext,
  _c: ServerContext,
  id: string,
  form: z.output<typeof MarkDoneForm>,
): Response {
  const today = ctx.backend.today();
  const completedOn = form.completedOn ?? today;
  if (completedOn > today) throw new HttpError(400, "Ngày hoàn thành không thể sau hôm nay.");
  try {
    ctx.backend.completeTask(id, {
      by: "web:admin",
      note: form.note?.trim() || undefined,
      completedOn,
    });
  } catch (error) {
    if (error instanceof NotFoundError)
      throw new HttpError(
        404,
        `Không tìm thấy nhiệm vụ ${id}. Có thể văn bản đã thay đổi; hãy tải lại bảng nhiệm vụ.`,
      );
    throw error;
  }
  const kept = TaskFilters.safeParse(Object.fromEntries(new URLSearchParams(form.back ?? "")));
  const query = kept.success ? filterQuery(kept.data) : "";
  return redirect(`/tasks${query}${query ? "&" : "?"}done=1`);
}

const CSV_COLUMNS: [string, (t: TaskView) => string | number | null][] = [
  ["Mã nhiệm vụ", (t) => t.id],
  ["Mã đơn vị", (t) => t.unitId],
  ["Đơn vị được giao", (t) => t.unitName],
  ["Đơn vị đang thực hiện", (t) => t.currentUnitName],
  ["Việc", (t) => t.action],
  ["Hạn", (t) => vnDate(t.due)],
  ["Trạng thái", (t) => TASK_STATUS[t.status]],
  ["Kết quả", (t) => (t.outcome ? OUTCOME[t.outcome] : "")],
  ["Lặp lại", (t) => (t.recurrence ? RECURRENCE[t.recurrence] : "")],
  ["Thời hạn trong văn bản", (t) => t.deadlineText],
  ["Văn bản", (t) => t.documentTitle],
  ["Mục", (t) => t.section],
  ["Ngày hoàn thành", (t) => (t.status === "done" ? vnDate(completionDay(t)) : "")],
  ["Người cập nhật", (t) => t.doneBy],
  ["Ghi chú", (t) => t.note],
];

/** The CSV export's query: the table's filters and the delimiter (";" opens in columns in Excel set to Vietnamese). */
export const CsvQuery = TaskFilters.extend({ sep: blank(z.enum(["comma", "semicolon"])) });

const csvQuery = (f: TaskFilters) => {
  const q = filterQuery(f, { page: false });
  return `${q}${q ? "&" : "?"}sep=semicolon`;
};

/**
 * GET /tasks.csv — the filtered table for spreadsheets: Vietnamese headers and values, UTF-8 with BOM so Excel
 * shows Vietnamese correctly, cells starting with = + - @ escaped so a spreadsheet never runs them; `sep=semicolon`
 * for Excel under Vietnamese regional settings, whose list separator is ";".
 */
export function tasksCsv(ctx: WebContext, _c: ServerContext, f: z.output<typeof CsvQuery>): Response {
  const rows = filtered(ctx, f).map((t) => CSV_COLUMNS.map(([, value]) => value(t) ?? ""));
  const csv = stringify([CSV_COLUMNS.map(([name]) => name), ...rows], {
    bom: true,
    delimiter: f.sep === "semicolon" ? ";" : ",",
    record_delimiter: "windows",
    escape_formulas: true,
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="nhiem-vu.csv"',
      "cache-control": "no-store",
    },
  });
}
