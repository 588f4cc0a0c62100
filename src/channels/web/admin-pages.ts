import type { IncomingMessage, ServerResponse } from "node:http";
import { RegistrationCodes } from "../../bot/registration-codes.ts";
import { ImportError } from "../../errors.ts";
import { listMembers } from "../../obligations/member-registry.ts";
import { UNIT_KIND_LABELS } from "../../obligations/unit-kinds.ts";
import { importUnits, listUnits } from "../../obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../obligations/units-csv.ts";
import { listOutbox, requeue } from "../../reminders/outbox-dispatcher.ts";
import { routeParams } from "../../server/http-server.ts";
import { html } from "./html.ts";
import { redirect } from "./layout.ts";
import { readForm, readUpload } from "./request-body.ts";
import { page, requireAdmin, userError, type WebContext } from "./web-context.ts";

const vietnamTime = (iso: string) =>
  new Date(iso).toLocaleString("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    dateStyle: "short",
    timeStyle: "short",
  });

const flashOf = (req: IncomingMessage, key: string) =>
  new URL(req.url ?? "/", "http://x").searchParams.get(key);

/** GET /units — the registry, who registered on which channel, CSV import and registration codes. */
export function unitsPage(
  ctx: WebContext,
  req: IncomingMessage,
  res: ServerResponse,
  notice: { flash?: string; error?: string } = {},
): void {
  const session = ctx.auth.session(req);
  const units = listUnits(ctx.app.db);
  const members = listMembers(ctx.app.db);
  const byId = new Map(units.map((u) => [u.id, u]));
  const forms = session
    ? html`<div class="card"><h2>Nạp danh mục đơn vị (CSV)</h2><form method="post" action="/units/import" enctype="multipart/form-data" class="inline">
<input type="hidden" name="_csrf" value="${session.csrf}"><input type="file" name="file" accept=".csv" required><button type="submit">Nạp</button></form>
<p class="muted">Cột: id, name, kind, parent, aliases, head, successor, province. Tệp lỗi không được nạp phần nào.</p>
<h2>Tạo mã đăng ký</h2><form method="post" action="/codes" class="inline"><input type="hidden" name="_csrf" value="${session.csrf}">
<select name="unit" aria-label="Đơn vị">${units.map((u) => html`<option value="${u.id}">${u.name}</option>`)}</select>
<select name="role" aria-label="Vai trò"><option value="officer">cán bộ</option><option value="head">người đứng đầu</option><option value="admin">quản trị</option></select>
<button type="submit">Tạo mã</button></form></div>`
    : html`<p class="muted">Đăng nhập quản trị để nạp danh mục và tạo mã đăng ký.</p>`;
  page(ctx, req, res, {
    title: "Đơn vị và thành viên",
    path: "/units",
    flash:
      notice.flash ??
      (flashOf(req, "code")
        ? `Mã đăng ký: ${flashOf(req, "code")} — người dùng gõ /dangky ${flashOf(req, "code")} trong Telegram hoặc Zalo (hiệu lực 7 ngày).`
        : undefined),
    error: notice.error,
    body: html`${forms}<h2>Thành viên (${members.length})</h2>${members.length === 0 ? html`<p class="muted">Chưa có ai đăng ký.</p>` : html`<table><thead><tr><th>Người dùng</th><th>Kênh</th><th>Đơn vị</th><th>Vai trò</th></tr></thead><tbody>${members.map((m) => html`<tr><td>${m.displayName || m.userId}</td><td>${m.platform}</td><td>${byId.get(m.unitId)?.name ?? m.unitId}</td><td>${m.role}</td></tr>`)}</tbody></table>`}
<h2>Đơn vị (${units.length})</h2><table><thead><tr><th>Mã</th><th>Tên</th><th>Loại</th><th>Tỉnh</th><th>Kế thừa</th></tr></thead><tbody>${units.map((u) => html`<tr><td>${u.id}</td><td>${u.name}</td><td>${UNIT_KIND_LABELS[u.kind]}</td><td>${u.province}</td><td>${u.successorId ? (byId.get(u.successorId)?.name ?? u.successorId) : ""}</td></tr>`)}</tbody></table>`,
  });
}

/** POST /units/import — all-or-nothing CSV import, then tasks are rebuilt for the new units. */
export async function importUnitsForm(
  ctx: WebContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let upload: Awaited<ReturnType<typeof readUpload>>;
  try {
    upload = await readUpload(req, 2 * 1024 * 1024);
  } catch (error) {
    return unitsPage(ctx, req, res, { error: userError(error) });
  }
  if (!requireAdmin(ctx, req, res, upload.fields._csrf)) return;
  if (!upload.file) return unitsPage(ctx, req, res, { error: "Chưa chọn tệp CSV." });
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(upload.file.bytes);
    const known = new Set(listUnits(ctx.app.db).map((u) => u.id));
    const counts = importUnits(ctx.app.db, parseUnitsCsv(text, upload.file.name || "units.csv", known));
    const refreshed = ctx.app.refresh();
    unitsPage(ctx, req, res, {
      flash: `Đã nạp ${counts.added + counts.updated} đơn vị (mới ${counts.added}); ${refreshed.tasksAdded} nhiệm vụ mới.`,
    });
  } catch (error) {
    if (error instanceof ImportError)
      return unitsPage(ctx, req, res, {
        error: `Tệp có lỗi, chưa nạp gì: ${error.problems
          .slice(0, 5)
          .map((p) => `dòng ${p.line}: ${p.message}`)
          .join("; ")}`,
      });
    if (error instanceof TypeError)
      return unitsPage(ctx, req, res, { error: "Tệp không phải UTF-8. Hãy lưu lại dưới dạng CSV UTF-8." });
    throw error;
  }
}

/** POST /codes — a one-time registration code for a unit and role. */
export async function createCode(ctx: WebContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  if (!requireAdmin(ctx, req, res, form.get("_csrf") ?? undefined)) return;
  try {
    const code = new RegistrationCodes(ctx.app.db).create(
      form.get("unit") ?? "",
      form.get("role") ?? "officer",
      "web:admin",
    );
    redirect(res, `/units?code=${code}`);
  } catch (error) {
    unitsPage(ctx, req, res, { error: userError(error) });
  }
}

/** GET /reminders — the outbox by status, dead letters with their reason, and what would be sent now. */
export function remindersPage(ctx: WebContext, req: IncomingMessage, res: ServerResponse): void {
  const session = ctx.auth.session(req);
  const rows = listOutbox(ctx.app.db);
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const next = ctx.app.reminders.preview().messages.slice(0, 20);
  const table = rows.slice(0, 100).map(
    (
      r,
    ) => html`<tr><td>#${r.id}</td><td>${r.status}</td><td>${r.platform}:${r.chatId}</td><td>${r.text.split("\n")[0]}<div class="muted">${r.text.split("\n").find((l) => l.startsWith("Việc:")) ?? ""}</div></td>
<td>${r.attempts}</td><td>${r.lastError ?? ""}</td><td>${r.status === "dead" && session ? html`<form method="post" action="/outbox/${r.id}/requeue"><input type="hidden" name="_csrf" value="${session.csrf}"><button type="submit" class="secondary">Gửi lại</button></form>` : ""}</td></tr>`,
  );
  page(ctx, req, res, {
    title: "Nhắc việc",
    path: "/reminders",
    flash: flashOf(req, "requeued") ? "Đã đưa tin trở lại hàng đợi." : undefined,
    body: html`<p>Chờ gửi: <b>${count("pending")}</b> · Đang gửi: <b>${count("sending")}</b> · Đã gửi: <b>${count("sent")}</b> · Lỗi: <b>${count("dead")}</b></p>
<h2>Sắp gửi (nếu chạy ngay bây giờ)</h2>${next.length === 0 ? html`<p class="muted">Không có lời nhắc nào đến hạn.</p>` : html`<ul>${next.map((m) => html`<li>${m.platform}:${m.chatId} — ${m.text.split("\n")[0]}, gửi từ ${vietnamTime(m.notBefore)}</li>`)}</ul>`}
<h2>Hàng đợi</h2><table><thead><tr><th>Mã</th><th>Trạng thái</th><th>Người nhận</th><th>Nội dung</th><th>Lần gửi</th><th>Lý do lỗi</th><th></th></tr></thead><tbody>${table}</tbody></table>${rows.length === 0 ? html`<p class="muted">Hàng đợi trống: chưa có lời nhắc nào được lập.</p>` : ""}`,
  });
}

/** POST /outbox/:id/requeue — a dead letter goes back into the queue. */
export async function requeueForm(ctx: WebContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  if (!requireAdmin(ctx, req, res, form.get("_csrf") ?? undefined)) return;
  requeue(ctx.app.db, Number.parseInt(routeParams(req).id ?? "", 10));
  redirect(res, "/reminders?requeued=1");
}
