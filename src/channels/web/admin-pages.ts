import { z } from "zod";
import { ImportError } from "../../errors.ts";
import { clip, vnDateTime } from "../../format.ts";
import { UNIT_KIND_LABELS } from "../../obligations/unit-kinds.ts";
import { HttpError, type ServerContext } from "../../server/http-server.ts";
import { cell, dataTable, html, vnDate } from "./html.ts";
import { OUTBOX_STATUS, PLATFORM, ROLE, TASK_STATUS } from "./labels.ts";
import { redirect } from "./layout.ts";
import { page, sessionOf, type WebContext } from "./web-context.ts";

export const UNITS_CSV_MAX = 2 * 1024 * 1024;

/** GET /units — the registry, who registered on which channel, CSV import and registration codes. */
export function unitsPage(
  ctx: WebContext,
  c: ServerContext,
  notice: { flash?: string; error?: string; status?: 200 | 400 | 413; code?: string } = {},
): Response {
  const session = sessionOf(ctx, c);
  const units = ctx.backend.units();
  const members = ctx.backend.members();
  const byId = new Map(units.map((u) => [u.id, u]));
  const code = notice.code;
  const forms = session
    ? html`<div class="card"><h2>Nạp danh mục đơn vị (CSV)</h2><form method="post" action="/units/import" enctype="multipart/form-data" class="inline">
<input type="hidden" name="_csrf" value="${session.csrf}"><input type="file" name="file" accept=".csv,text/csv" required aria-label="Tệp CSV"><button type="submit">Nạp</button></form>
<p class="muted">Cột: id, name, kind, parent, aliases, head, successor, province; phân cách bằng dấu phẩy hoặc dấu chấm phẩy (Excel). Tệp lỗi không được nạp phần nào.</p>
<h2>Tạo mã đăng ký</h2><form method="post" action="/codes" class="inline"><input type="hidden" name="_csrf" value="${session.csrf}">
<select name="unit" aria-label="Đơn vị">${units.map((u) => html`<option value="${u.id}">${u.name}</option>`)}</select>
<select name="role" aria-label="Vai trò">${Object.entries(ROLE).map(([value, label]) => html`<option value="${value}">${label}</option>`)}</select>
<button type="submit">Tạo mã</button></form></div>`
    : html`<p class="muted">Đăng nhập quản trị để nạp danh mục, tạo mã đăng ký và xem mã người dùng.</p>`;
  // Chat ids identify people on Telegram and Zalo: only admins see them.
  const memberRows = members.map((m) => ({
    cells: [
      session
        ? html`${m.displayName || "—"}<div class="muted">${m.userId}</div>`
        : m.displayName || "(không tên)",
      PLATFORM[m.platform] ?? m.platform,
      byId.get(m.unitId)?.name ?? m.unitId,
      ROLE[m.role] ?? m.role,
    ],
  }));
  const unitRows = units.map((u) => ({
    className: "cardgrid",
    cells: [
      cell(u.id, "half"),
      u.name,
      UNIT_KIND_LABELS[u.kind],
      cell(u.province, "half"),
      u.successorId ? (byId.get(u.successorId)?.name ?? u.successorId) : "",
    ],
  }));
  return page(ctx, c, {
    title: "Đơn vị và thành viên",
    path: "/units",
    flash:
      notice.flash ??
      (code
        ? `Mã đăng ký: ${code} — người dùng gõ /dangky ${code} trong Telegram hoặc Zalo (hiệu lực 7 ngày).`
        : undefined),
    error: notice.error,
    status: notice.status,
    body: html`${forms}<h2>Thành viên (${members.length})</h2>${members.length === 0 ? html`<p class="muted">Chưa có ai đăng ký.</p>` : dataTable(["Người dùng", "Kênh", "Đơn vị", "Vai trò"], memberRows)}
<h2>Đơn vị (${units.length})</h2>${dataTable(["Mã", "Tên", "Loại", "Tỉnh", "Kế thừa"], unitRows)}`,
  });
}

export const UnitsImportForm = z.object({
  _csrf: z.string().optional(),
  file: z.instanceof(File, { message: "Chưa chọn tệp CSV." }),
});

/** POST /units/import — admin only; all-or-nothing CSV import (comma or semicolon), then tasks are rebuilt. */
export async function importUnitsForm(
  ctx: WebContext,
  c: ServerContext,
  form: z.output<typeof UnitsImportForm>,
): Promise<Response> {
  const fail = (error: string) => unitsPage(ctx, c, { error, status: 400 });
  if (!form.file.name && form.file.size === 0) return fail("Chưa chọn tệp CSV.");
  if (form.file.size === 0) return fail(`Tệp "${form.file.name}" trống (0 byte).`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await form.file.arrayBuffer());
  } catch {
    return fail("Tệp không phải UTF-8. Trong Excel, hãy lưu dưới dạng “CSV UTF-8”.");
  }
  try {
    const counts = ctx.backend.importUnits(text, form.file.name || "units.csv");
    return unitsPage(ctx, c, {
      flash: `Đã nạp ${counts.added + counts.updated} đơn vị (mới ${counts.added}); ${counts.tasksAdded} nhiệm vụ mới.`,
    });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const shown = error.problems.slice(0, 5).map((p) => `dòng ${p.line}: ${p.message}`);
    const more = error.problems.length > 5 ? `; và ${error.problems.length - 5} lỗi khác` : "";
    return fail(`Tệp có lỗi, chưa nạp gì: ${shown.join("; ")}${more}`);
  }
}

export const CodeForm = z.object({
  _csrf: z.string().optional(),
  unit: z.string().min(1).max(100),
  role: z.enum(["officer", "head", "admin"]),
});

/** POST /codes — admin only; a one-time registration code for a unit and role. */
export function createCode(ctx: WebContext, _c: ServerContext, form: z.output<typeof CodeForm>): Response {
  if (!ctx.backend.units().some((u) => u.id === form.unit))
    throw new HttpError(404, `Không có đơn vị mã "${form.unit}" trong danh mục.`);
  const code = ctx.backend.createCode(form.unit, form.role, "web:admin");
  return redirect(`/units?code=${encodeURIComponent(code)}`);
}

/**
 * GET /reminders — counts of the outbox by status for everyone; for admins the recipients, texts and dead letters
 * with their reason (chat ids identify people); and the tasks due that nobody can be reminded of.
 */
export async function remindersPage(
  ctx: WebContext,
  c: ServerContext,
  query: { requeued?: string } = {},
): Promise<Response> {
  const session = sessionOf(ctx, c);
  const rows = await ctx.backend.outbox();
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const { messages, unreminded } = ctx.backend.reminderPreview();
  const recipient = (platform: string, chatId: string) => `${PLATFORM[platform] ?? platform} ${chatId}`;
  const summary = html`<p>${Object.entries(OUTBOX_STATUS).map(([status, label], i) => html`${i > 0 ? " · " : ""}${label[0]?.toUpperCase()}${label.slice(1)}: <b>${count(status)}</b>`)}</p>`;
  const orphans = html`<h2>Đến hạn nhưng không có ai để nhắc (${unreminded.length})</h2>${
    unreminded.length === 0
      ? html`<p class="muted">Nhiệm vụ nào đến lúc nhắc cũng có người nhận.</p>`
      : html`<p class="muted">Đơn vị chưa có trưởng đơn vị đăng ký và tỉnh chưa có Ban Tổ chức đăng ký: tạo mã đăng ký ở trang Đơn vị.</p>${dataTable(
          ["Đơn vị", "Việc", "Hạn", "Trạng thái"],
          unreminded.slice(0, 100).map((t) => ({
            className: "cardgrid",
            cells: [
              t.currentUnitName,
              clip(t.action, 200),
              cell(vnDate(t.due), "half"),
              cell(TASK_STATUS[t.status], "half"),
            ],
          })),
        )}${unreminded.length > 100 ? html`<p class="muted">… và ${unreminded.length - 100} nhiệm vụ khác.</p>` : ""}`
  }`;
  if (!session)
    return page(ctx, c, {
      title: "Nhắc việc",
      path: "/reminders",
      body: html`${summary}<p class="muted">Sắp gửi: ${messages.length} lời nhắc. Đăng nhập quản trị để xem người nhận, nội dung và gửi lại tin lỗi.</p>${orphans}`,
    });
  const next = messages.slice(0, 20);
  const table = rows.slice(0, 100).map((r) => ({
    className: "cardgrid",
    cells: [
      cell(`#${r.id}`, "half"),
      cell(OUTBOX_STATUS[r.status] ?? r.status, "half"),
      recipient(r.platform, r.chatId),
      html`${r.text.split("\n")[0]}<div class="muted">${r.text.split("\n").find((l) => l.startsWith("Việc:")) ?? ""}</div>`,
      cell(r.attempts, "half"),
      r.lastError ?? "",
      r.status === "dead"
        ? html`<form method="post" action="/outbox/${r.id}/requeue"><input type="hidden" name="_csrf" value="${session.csrf}"><button type="submit" class="secondary">Gửi lại</button></form>`
        : "",
    ],
  }));
  return page(ctx, c, {
    title: "Nhắc việc",
    path: "/reminders",
    flash: query.requeued ? "Đã đưa tin trở lại hàng đợi." : undefined,
    body: html`${summary}
<h2>Sắp gửi (nếu chạy ngay bây giờ)</h2>${next.length === 0 ? html`<p class="muted">Không có lời nhắc nào đến hạn.</p>` : html`<ul>${next.map((m) => html`<li>${recipient(m.platform, m.chatId)} — ${m.text.split("\n")[0]}, gửi từ ${vnDateTime(m.notBefore)}</li>`)}</ul>`}
${orphans}<h2>Hàng đợi</h2>${rows.length === 0 ? html`<p class="muted">Hàng đợi trống: chưa có lời nhắc nào được lập.</p>` : dataTable(["Mã", "Trạng thái", "Người nhận", "Nội dung", "Lần gửi", "Lý do lỗi", ""], table)}`,
  });
}

export const OutboxId = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** POST /outbox/:id/requeue — admin only; a dead letter goes back into the queue (404 when there is none). */
export async function requeueForm(ctx: WebContext, _c: ServerContext, id: number): Promise<Response> {
  if (!(await ctx.backend.requeue(id)))
    throw new HttpError(404, `Không có tin nhắc lỗi số ${id} để gửi lại (có thể đã được gửi lại).`);
  return redirect("/reminders?requeued=1");
}
