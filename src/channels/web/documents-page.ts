import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { convertUpload } from "../../corpus/convert-upload.ts";
import { parseDocument, slugFromFile } from "../../corpus/parse-document.ts";
import type { ParsedDocument } from "../../corpus/types.ts";
import { CorpusParseError } from "../../errors.ts";
import { clip } from "../../format.ts";
import { type AssignedObligation, previewAssigned, withAssigned } from "../../obligations/assignment.ts";
import type { Obligation } from "../../obligations/obligation.ts";
import { extractObligations } from "../../obligations/obligation-extractor.ts";
import { listObligations } from "../../obligations/obligation-store.ts";
import { listUnits } from "../../obligations/unit-registry.ts";
import { routeParams } from "../../server/http-server.ts";
import { html, vnDate } from "./html.ts";
import { redirect } from "./layout.ts";
import { readForm, readUpload } from "./request-body.ts";
import { page, requireAdmin, userError, type WebContext } from "./web-context.ts";

const MAX_UPLOAD = 10 * 1024 * 1024;
const PENDING_MS = 3600_000;
/** Uploads waiting for the admin's confirmation, by a random id; nothing is written before confirming. */
const pending = new Map<string, { file: string; text: string; at: number }>();

function deadline(o: Obligation): string {
  if (o.deadline.due) return `${vnDate(o.deadline.due)} (${o.deadline.text})`;
  if (o.deadline.kind === "event") return `theo sự kiện: ${o.deadline.text} — chưa xác định ngày`;
  if (o.deadline.kind === "continuous") return `thường xuyên (${o.deadline.text})`;
  return "không ghi hạn";
}

const NOT_ASSIGNED = "chưa giao cho đơn vị nào";

/** How many obligations match no registered unit: said above the table, so none vanishes unnoticed. */
const unassignedNote = (items: AssignedObligation[]) => {
  const count = items.filter((o) => o.assigned === 0).length;
  return count === 0
    ? html``
    : html`<p class="muted">${count}/${items.length} nghĩa vụ ${NOT_ASSIGNED} (không khớp đơn vị đã đăng ký).</p>`;
};

const obligationTable = (items: AssignedObligation[]) =>
  items.length === 0
    ? html`<p class="muted">Không có nghĩa vụ nào.</p>`
    : html`${unassignedNote(items)}<table><thead><tr><th>Mục</th><th>Trách nhiệm</th><th>Việc</th><th>Hạn</th><th>Đơn vị</th></tr></thead><tbody>${items.map(
        (o) =>
          html`<tr><td>${o.section}</td><td>${o.responsible.join("; ")}</td><td>${clip(o.action, 240)}</td><td>${deadline(o)}${o.deadline.recurrence ? html` <span class="tag">${o.deadline.recurrence}</span>` : ""}</td><td>${o.assigned > 0 ? `${o.assigned} đơn vị` : html`<span class="tag">${NOT_ASSIGNED}</span>`}</td></tr>`,
      )}</tbody></table>`;

const structure = (doc: Pick<ParsedDocument, "passages">) =>
  html`<table><thead><tr><th>Mục</th><th>Nội dung</th></tr></thead><tbody>${doc.passages.map(
    (p) => html`<tr><td style="white-space:nowrap">${p.section}</td><td>${p.text}</td></tr>`,
  )}</tbody></table>`;

/** GET /documents — the corpus, and (for admins) the upload form. */
export function documentsPage(ctx: WebContext, req: IncomingMessage, res: ServerResponse): void {
  const session = ctx.auth.session(req);
  const counts = new Map<string, number>();
  const unassigned = new Map<string, number>();
  for (const o of withAssigned(ctx.app.db, listObligations(ctx.app.db))) {
    counts.set(o.documentId, (counts.get(o.documentId) ?? 0) + 1);
    if (o.assigned === 0) unassigned.set(o.documentId, (unassigned.get(o.documentId) ?? 0) + 1);
  }
  const passages = new Map<string, number>();
  for (const p of ctx.app.index.passages) passages.set(p.documentId, (passages.get(p.documentId) ?? 0) + 1);
  const rows = [...ctx.app.index.documents.values()].map(
    (
      d,
    ) => html`<tr><td><a href="/documents/${encodeURIComponent(d.id)}">${d.title}</a><div class="muted">${d.kind}${d.number ? ` số ${d.number}` : ""}</div></td>
<td>${vnDate(d.issuedDate || d.meetingDate)}</td><td>${d.province}</td><td>${passages.get(d.id) ?? 0}</td><td>${counts.get(d.id) ?? 0}${unassigned.get(d.id) ? html`<div class="muted">${unassigned.get(d.id)} ${NOT_ASSIGNED}</div>` : ""}</td></tr>`,
  );
  const upload = session
    ? html`<div class="card"><h2>Tải văn bản mới</h2><form method="post" action="/documents/upload" enctype="multipart/form-data" class="inline">
<input type="hidden" name="_csrf" value="${session.csrf}"><input type="file" name="file" accept=".md,.txt,.docx,.pdf" required>
<button type="submit">Xem trước</button></form><p class="muted">Định dạng: .md, .txt, .docx hoặc .pdf có lớp chữ (tối đa 10 MB). Văn bản chỉ được nạp sau khi xác nhận.</p></div>`
    : html`<p class="muted">Đăng nhập quản trị để tải văn bản mới.</p>`;
  page(ctx, req, res, {
    title: "Văn bản đã nạp",
    path: "/documents",
    body: html`${upload}<table><thead><tr><th>Văn bản</th><th>Ngày</th><th>Tỉnh</th><th>Đoạn</th><th>Nghĩa vụ</th></tr></thead><tbody>${rows}</tbody></table>`,
  });
}

/** GET /documents/:id — metadata, parsed structure and extracted obligations. */
export function documentPage(ctx: WebContext, req: IncomingMessage, res: ServerResponse): void {
  const id = routeParams(req).id ?? "";
  const meta = ctx.app.index.documents.get(id);
  if (!meta) {
    page(ctx, req, res, {
      title: "Không tìm thấy văn bản",
      path: "/documents",
      body: html`<p><a href="/documents">Danh sách văn bản</a></p>`,
      status: 404,
    });
    return;
  }
  const passages = ctx.app.index.passages.filter((p) => p.documentId === id);
  const uploaded = new URL(req.url ?? "/", "http://x").searchParams.get("uploaded");
  page(ctx, req, res, {
    title: meta.title,
    path: "/documents",
    flash: uploaded ? "Đã nạp văn bản và tạo nhiệm vụ cho các đơn vị đã đăng ký." : undefined,
    body: html`<p class="muted">${meta.kind}${meta.number ? ` số ${meta.number}` : ""} · ${meta.issuer} · ${vnDate(meta.issuedDate || meta.meetingDate)} · ${meta.province}</p>
<h2>Nghĩa vụ và thời hạn</h2>${obligationTable(withAssigned(ctx.app.db, listObligations(ctx.app.db, { documentId: id })))}<h2>Cấu trúc văn bản</h2>${structure({ passages })}`,
  });
}

/** POST /documents/upload — convert and parse, then show a preview with a confirm button; writes nothing. */
export async function uploadDocument(
  ctx: WebContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let upload: Awaited<ReturnType<typeof readUpload>>;
  try {
    upload = await readUpload(req, MAX_UPLOAD);
  } catch (error) {
    return page(ctx, req, res, {
      title: "Tải văn bản",
      path: "/documents",
      error: userError(error),
      body: html``,
      status: 400,
    });
  }
  if (!requireAdmin(ctx, req, res, upload.fields._csrf)) return;
  const fail = (message: string) =>
    page(ctx, req, res, {
      title: "Tải văn bản",
      path: "/documents",
      error: message,
      body: html`<p><a href="/documents">Quay lại</a></p>`,
      status: 400,
    });
  if (!upload.file || upload.file.bytes.length === 0) return fail("Chưa chọn tệp.");
  try {
    const converted = await convertUpload(upload.file.bytes, upload.file.name, { maxBytes: MAX_UPLOAD });
    const extension = converted.format === "text" ? ".txt" : ".md";
    const file = `${slugFromFile(upload.file.name)}${extension}`;
    const parsed = parseDocument(converted.text, file);
    for (const [key, item] of pending) if (item.at < Date.now() - PENDING_MS) pending.delete(key);
    const token = randomBytes(16).toString("hex");
    pending.set(token, { file, text: converted.text, at: Date.now() });
    const session = ctx.auth.session(req);
    const replaces = existsSync(path.join(ctx.app.config.corpusDir, file));
    // What ingest would assign: the units the parties name in the document's province (or DEFAULT_PROVINCE).
    const obligations = previewAssigned(
      extractObligations(parsed),
      parsed.meta.province || ctx.app.config.defaultProvince,
      listUnits(ctx.app.db),
    );
    page(ctx, req, res, {
      title: `Xem trước: ${parsed.meta.title}`,
      path: "/documents",
      body: html`<div class="card"><p>${parsed.passages.length} đoạn, ${obligations.length} nghĩa vụ. Tệp sẽ lưu thành <code>${file}</code>${replaces ? " (thay bản cũ cùng tên)" : ""}.</p>
<form method="post" action="/documents/confirm" class="inline"><input type="hidden" name="_csrf" value="${session?.csrf ?? ""}"><input type="hidden" name="pending" value="${token}">
<button type="submit">Xác nhận nạp văn bản</button> <a href="/documents">Hủy</a></form></div>
<h2>Nghĩa vụ và thời hạn</h2>${obligationTable(obligations)}<h2>Cấu trúc văn bản</h2>${structure(parsed)}`,
    });
  } catch (error) {
    if (error instanceof CorpusParseError) return fail(`Không đọc được cấu trúc văn bản: ${error.message}`);
    return fail(userError(error));
  }
}

/** POST /documents/confirm — writes the file into the corpus folder, indexes it and builds its tasks. */
export async function confirmDocument(
  ctx: WebContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const form = await readForm(req);
  if (!requireAdmin(ctx, req, res, form.get("_csrf") ?? undefined)) return;
  const item = pending.get(form.get("pending") ?? "");
  if (!item) {
    page(ctx, req, res, {
      title: "Tải văn bản",
      path: "/documents",
      error: "Bản xem trước đã hết hạn, hãy tải lại tệp.",
      body: html``,
      status: 400,
    });
    return;
  }
  pending.delete(form.get("pending") ?? "");
  writeFileSync(path.join(ctx.app.config.corpusDir, item.file), item.text, "utf8");
  let report: Awaited<ReturnType<typeof ctx.app.ingest>>;
  try {
    report = await ctx.app.ingest();
  } catch (error) {
    // Another ingest running (or a refused one): the file is saved and is indexed by the next ingest.
    return page(ctx, req, res, {
      title: "Tải văn bản",
      path: "/documents",
      error: `Đã lưu tệp ${item.file} nhưng chưa nạp được: ${userError(error)}`,
      body: html`<p><a href="/documents">Quay lại</a></p>`,
      status: 409,
    });
  }
  ctx.logger.info(
    {
      file: item.file,
      obligations: report.obligations.obligations,
      tasksAdded: report.obligations.tasksAdded,
    },
    "document uploaded",
  );
  const parsed = parseDocument(item.text, item.file);
  redirect(res, `/documents/${encodeURIComponent(parsed.meta.id)}?uploaded=1`);
}
