import { randomBytes } from "node:crypto";
import { z } from "zod";
import { type ConvertedUpload, convertUpload } from "../../corpus/convert-upload.ts";
import { parseDocument, slugFromFile } from "../../corpus/parse-document.ts";
import type { DocumentMeta, Passage } from "../../corpus/types.ts";
import { CorpusParseError, userMessageOf } from "../../errors.ts";
import { clip } from "../../format.ts";
import type { AssignedObligation } from "../../obligations/assignment.ts";
import type { Obligation } from "../../obligations/obligation.ts";
import { HttpError, type ServerContext } from "../../server/http-server.ts";
import { cell, dataTable, html, type SafeHtml, vnDate } from "./html.ts";
import { RECURRENCE } from "./labels.ts";
import { redirect } from "./layout.ts";
import type { PreviewObligation } from "./web-backend.ts";
import { page, sessionOf, type WebContext } from "./web-context.ts";

export const MAX_UPLOAD = 10 * 1024 * 1024;
const PENDING_MS = 3600_000;
/** Uploads waiting for the admin's confirmation, by a random id; nothing is written before confirming. */
const pending = new Map<string, { file: string; text: string; documentId: string; at: number }>();

function deadline(o: Obligation): SafeHtml {
  const tag = o.deadline.recurrence
    ? html` <span class="tag">${RECURRENCE[o.deadline.recurrence]}</span>`
    : "";
  if (o.deadline.due) return html`${vnDate(o.deadline.due)} (${o.deadline.text})${tag}`;
  if (o.deadline.kind === "event") return html`theo sự kiện: ${o.deadline.text} — chưa xác định ngày${tag}`;
  if (o.deadline.kind === "continuous") return html`thường xuyên (${o.deadline.text})${tag}`;
  return html`không ghi hạn${tag}`;
}

const NOT_ASSIGNED = "chưa giao cho đơn vị nào";

/** How many obligations match no registered unit: said above the table, so none vanishes unnoticed. */
const unassignedNote = (items: AssignedObligation[]) => {
  const count = items.filter((o) => o.assigned === 0).length;
  return count === 0
    ? html``
    : html`<p class="muted">${count}/${items.length} nghĩa vụ ${NOT_ASSIGNED} (không khớp đơn vị đã đăng ký).</p>`;
};

const assignedCell = (o: AssignedObligation | PreviewObligation) => {
  if (o.assigned === 0) return html`<span class="tag">${NOT_ASSIGNED}</span>`;
  const names = "unitNames" in o ? o.unitNames : [];
  return names.length > 0 && names.length <= 5
    ? html`${o.assigned} đơn vị<div class="muted">${names.join("; ")}</div>`
    : html`${o.assigned} đơn vị`;
};

const obligationTable = (items: (AssignedObligation | PreviewObligation)[]) =>
  items.length === 0
    ? html`<p class="muted">Không có nghĩa vụ nào.</p>`
    : html`${unassignedNote(items)}${dataTable(
        ["Mục", "Trách nhiệm", "Việc", "Hạn", "Đơn vị"],
        items.map((o) => ({
          cells: [o.section, o.responsible.join("; "), clip(o.action, 240), deadline(o), assignedCell(o)],
        })),
      )}`;

const structure = (passages: readonly Pick<Passage, "section" | "text">[]) =>
  dataTable(
    ["Mục", "Nội dung"],
    passages.map((p) => ({ cells: [p.section, p.text] })),
  );

/** The upload form; shown on the documents page and again after a failed upload, so the admin can retry. */
const uploadForm = (csrf: string) =>
  html`<div class="card"><h2>Tải văn bản mới</h2><form method="post" action="/documents/upload" enctype="multipart/form-data" class="inline">
<input type="hidden" name="_csrf" value="${csrf}"><input type="file" name="file" accept=".md,.txt,.docx,.pdf,.png,.jpg,.jpeg" required aria-label="Tệp văn bản">
<button type="submit">Xem trước</button></form><p class="muted">Định dạng: .md, .txt, .docx hoặc .pdf có lớp chữ (tối đa 10 MB). Văn bản chỉ được nạp sau khi xác nhận.</p></div>`;

/** GET /documents — the corpus, and (for admins) the upload form. */
export function documentsPage(ctx: WebContext, c: ServerContext): Response {
  const session = sessionOf(ctx, c);
  const counts = new Map<string, number>();
  const unassigned = new Map<string, number>();
  for (const o of ctx.backend.obligations()) {
    counts.set(o.documentId, (counts.get(o.documentId) ?? 0) + 1);
    if (o.assigned === 0) unassigned.set(o.documentId, (unassigned.get(o.documentId) ?? 0) + 1);
  }
  const passages = ctx.backend.passageCounts();
  const rows = ctx.backend.documents().map((d) => ({
    className: "cardgrid",
    cells: [
      html`<a href="/documents/${encodeURIComponent(d.id)}">${d.title}</a><div class="muted">${d.kind}${d.number ? ` số ${d.number}` : ""}</div>`,
      cell(vnDate(d.issuedDate || d.meetingDate), "half"),
      cell(d.province, "half"),
      cell(passages.get(d.id) ?? 0, "half"),
      cell(
        html`${counts.get(d.id) ?? 0}${unassigned.get(d.id) ? html`<div class="muted">${unassigned.get(d.id)} ${NOT_ASSIGNED}</div>` : ""}`,
        "half",
      ),
    ],
  }));
  return page(ctx, c, {
    title: "Văn bản đã nạp",
    path: "/documents",
    body: html`${session ? uploadForm(session.csrf) : html`<p class="muted">Đăng nhập quản trị để tải văn bản mới.</p>`}${dataTable(["Văn bản", "Ngày", "Tỉnh", "Đoạn", "Nghĩa vụ"], rows)}`,
  });
}

/** Number, date, issuer and province of a document, as detected (empty ones said so). */
function detected(meta: DocumentMeta, province: string, defaultProvince: string): SafeHtml {
  const none = html`<span class="muted">không thấy trong văn bản</span>`;
  const provinceCell = meta.province
    ? meta.province
    : province
      ? html`${province} <span class="muted">(văn bản không ghi tỉnh; dùng DEFAULT_PROVINCE)</span>`
      : html`${none} — <span class="muted">nghĩa vụ sẽ không được giao cho đơn vị nào${defaultProvince ? "" : " (chưa đặt DEFAULT_PROVINCE)"}</span>`;
  return html`<dl class="meta"><dt>Loại</dt><dd>${meta.kind || none}</dd><dt>Số</dt><dd>${meta.number || none}</dd>
<dt>Ngày</dt><dd>${vnDate(meta.issuedDate || meta.meetingDate) || none}</dd><dt>Cơ quan ban hành</dt><dd>${meta.issuer || none}</dd>
<dt>Tỉnh</dt><dd>${provinceCell}</dd></dl>`;
}

/** GET /documents/:id — metadata, parsed structure and extracted obligations; after an upload, what it created. */
export function documentPage(ctx: WebContext, c: ServerContext, id: string, uploaded?: number): Response {
  const meta = ctx.backend.document(id);
  if (!meta)
    return page(ctx, c, {
      title: "Không tìm thấy văn bản",
      path: "/documents",
      body: html`<p>Không có văn bản mã "${id}". <a href="/documents">Danh sách văn bản</a></p>`,
      status: 404,
    });
  const obligations = ctx.backend.obligations(id);
  const orphans = obligations.filter((o) => o.assigned === 0);
  const flash =
    uploaded === undefined
      ? undefined
      : html`Đã nạp văn bản: ${uploaded === 0 ? "không tạo nhiệm vụ mới nào" : `${uploaded} nhiệm vụ mới`}.${
          orphans.length > 0
            ? html` ${orphans.length} nghĩa vụ ${NOT_ASSIGNED}:<ul>${orphans.map((o) => html`<li>${o.section}: ${o.responsible.join("; ") || "(không ghi chủ thể)"} — ${clip(o.action, 140)}</li>`)}</ul>`
            : ""
        }`;
  return page(ctx, c, {
    title: meta.title,
    path: "/documents",
    flash,
    body: html`<p class="muted">${meta.kind}${meta.number ? ` số ${meta.number}` : ""} · ${meta.issuer} · ${vnDate(meta.issuedDate || meta.meetingDate)} · ${meta.province}</p>
<h2>Nghĩa vụ và thời hạn</h2>${obligationTable(obligations)}<h2>Cấu trúc văn bản</h2>${structure(ctx.backend.passages(id))}`,
  });
}

export const UploadForm = z.object({
  _csrf: z.string().optional(),
  file: z.instanceof(File, { message: "Chưa chọn tệp." }),
});

/** An upload that failed: the message and the form again, so the admin can pick another file. */
export function uploadFailed(
  ctx: WebContext,
  c: ServerContext,
  message: string,
  status: 400 | 413 = 400,
): Response {
  const session = sessionOf(ctx, c);
  return page(ctx, c, {
    title: "Tải văn bản",
    path: "/documents",
    error: message,
    body: html`${session ? uploadForm(session.csrf) : ""}<p><a href="/documents">Danh sách văn bản</a></p>`,
    status,
  });
}

/** What OCR read, for a scan or photo: the pages a human should compare with the paper before confirming. */
function scanNote(ocr: ConvertedUpload["ocr"]) {
  if (!ocr) return "";
  const read = ocr.pages.filter((p) => p.ocr);
  const lowest = Math.min(...read.map((p) => p.confidence));
  const flagged = ocr.lowConfidencePages;
  return html`<p>Văn bản quét: đã nhận dạng chữ (OCR) ${read.length} trang, độ tin cậy thấp nhất ${lowest}%.</p>${
    flagged.length > 0
      ? html`<div class="flash error" role="alert">Cần đối chiếu với bản giấy: trang ${flagged.join(", ")} nhận dạng chữ kém tin cậy.</div>`
      : ""
  }`;
}

/** POST /documents/upload — admin only; convert and parse, then show a preview with a confirm button; writes nothing. */
export async function uploadDocument(
  ctx: WebContext,
  c: ServerContext,
  form: z.output<typeof UploadForm>,
): Promise<Response> {
  const { file } = form;
  if (!file.name && file.size === 0) return uploadFailed(ctx, c, "Chưa chọn tệp.");
  if (file.size === 0)
    return uploadFailed(ctx, c, `Tệp "${file.name}" trống (0 byte). Hãy chọn tệp có nội dung.`);
  try {
    const converted = await convertUpload(new Uint8Array(await file.arrayBuffer()), file.name, {
      maxBytes: MAX_UPLOAD,
    });
    if (!converted.text.trim()) return uploadFailed(ctx, c, `Tệp "${file.name}" không có chữ nào để đọc.`);
    const extension = converted.format === "text" ? ".txt" : ".md";
    const name = `${slugFromFile(file.name)}${extension}`;
    const parsed = parseDocument(converted.text, name);
    for (const [key, item] of pending) if (item.at < Date.now() - PENDING_MS) pending.delete(key);
    const token = randomBytes(16).toString("hex");
    pending.set(token, { file: name, text: converted.text, documentId: parsed.meta.id, at: Date.now() });
    const session = sessionOf(ctx, c);
    const replaces = ctx.backend.corpusHas(name);
    const { province, obligations } = ctx.backend.preview(parsed);
    const units = [...new Set(obligations.flatMap((o) => o.unitNames))];
    return page(ctx, c, {
      title: `Xem trước: ${parsed.meta.title}`,
      path: "/documents",
      body: html`<div class="card">${detected(parsed.meta, province, ctx.backend.defaultProvince)}
${scanNote(converted.ocr)}<p>${parsed.passages.length} đoạn, ${obligations.length} nghĩa vụ; sẽ giao cho ${units.length} đơn vị${units.length > 0 ? html`: <span class="muted">${units.join("; ")}</span>` : ""}. Tệp sẽ lưu thành <code>${name}</code>${replaces ? " (thay bản cũ cùng tên)" : ""}.</p>
<form method="post" action="/documents/confirm" class="inline"><input type="hidden" name="_csrf" value="${session?.csrf ?? ""}"><input type="hidden" name="pending" value="${token}">
<button type="submit">Xác nhận nạp văn bản</button> <a href="/documents">Hủy</a></form></div>
<h2>Nghĩa vụ và thời hạn</h2>${obligationTable(obligations)}<h2>Cấu trúc văn bản</h2>${structure(parsed.passages)}`,
    });
  } catch (error) {
    if (error instanceof CorpusParseError)
      return uploadFailed(ctx, c, `Không đọc được cấu trúc văn bản: ${error.message}`);
    const message = userMessageOf(error);
    if (message) return uploadFailed(ctx, c, message);
    throw error;
  }
}

export const ConfirmForm = z.object({
  _csrf: z.string().optional(),
  pending: z.string().regex(/^[a-f0-9]{32}$/, "Bản xem trước không hợp lệ."),
});

/** POST /documents/confirm — writes the file into the corpus folder, indexes it and builds its tasks. */
export async function confirmDocument(
  ctx: WebContext,
  c: ServerContext,
  form: z.output<typeof ConfirmForm>,
): Promise<Response> {
  const item = pending.get(form.pending);
  if (!item) return uploadFailed(ctx, c, "Bản xem trước đã hết hạn, hãy tải lại tệp.");
  pending.delete(form.pending);
  let created: { tasksAdded: number };
  try {
    created = await ctx.backend.saveDocument(item.file, item.text, item.documentId);
  } catch (error) {
    // Another ingest running (or a refused one): the file is saved and is indexed by the next ingest.
    const message = userMessageOf(error);
    if (!message) throw error;
    throw new HttpError(409, `Đã lưu tệp ${item.file} nhưng chưa nạp được: ${message}`);
  }
  ctx.logger.info({ file: item.file, tasksAdded: created.tasksAdded }, "document uploaded");
  return redirect(`/documents/${encodeURIComponent(item.documentId)}?uploaded=${created.tasksAdded}`);
}
