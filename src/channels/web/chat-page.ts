import { randomBytes } from "node:crypto";
import { getCookie } from "hono/cookie";
import { MAX_QUESTION_CHARS, validateQuestion } from "../../answer/validate-question.ts";
import { HttpError, type ServerContext } from "../../server/http-server.ts";
import { html } from "./html.ts";
import { clientOf, page, type WebContext } from "./web-context.ts";

/** The visitor's unit for "đơn vị tôi…" questions; chosen on the page, remembered for a year. */
export const UNIT_COOKIE = "troly_unit";
/** A random id per browser: one vote per visitor and answer. */
const VISITOR_COOKIE = "troly_visitor";
const YEAR = 365 * 86_400;

const visitorCookie = (id: string) =>
  `${VISITOR_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${YEAR}`;

/** The visitor id from the cookie, or a new one with the Set-Cookie header that keeps it. */
function visitorOf(c: ServerContext): { id: string; setCookie?: string } {
  const id = getCookie(c, VISITOR_COOKIE);
  if (id && /^[a-f0-9]{32}$/.test(id)) return { id };
  const fresh = randomBytes(16).toString("hex");
  return { id: fresh, setCookie: visitorCookie(fresh) };
}

/** The registered unit named by the visitor's cookie, if any. */
function unitOf(ctx: WebContext, c: ServerContext): { id: string; name: string } | undefined {
  const id = getCookie(c, UNIT_COOKIE);
  return id ? ctx.backend.units().find((u) => u.id === id) : undefined;
}

/** GET / — the question box and the visitor's unit; answers are fetched by /static/chat.js and kept as a thread. */
export function chatPage(ctx: WebContext, c: ServerContext): Response {
  const docs = ctx.backend.documents().length;
  const units = ctx.backend.units();
  const mine = unitOf(ctx, c)?.id ?? "";
  const picker =
    units.length === 0
      ? html``
      : html`<p><label class="muted" for="unit">Đơn vị của tôi (để hỏi "Đơn vị tôi còn nhiệm vụ nào quá hạn?", "Việc nào sắp đến hạn trong 30 ngày tới?"):</label><br>
<select id="unit" name="unit"><option value="">— chưa chọn —</option>${units.map((u) => html`<option value="${u.id}" ${u.id === mine ? "selected" : ""}>${u.name}${u.province ? ` (${u.province})` : ""}</option>`)}</select></p>`;
  const response = page(ctx, c, {
    title: "Hỏi đáp về văn bản kết luận",
    path: "/",
    body: html`<div id="thread" class="thread" aria-live="polite"></div><div class="card">
<form id="ask"><label for="question" class="muted">Câu hỏi (gõ có dấu hoặc không dấu). Ví dụ: "Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào?"</label>
<textarea id="question" name="question" required placeholder="Nhập câu hỏi…" data-max="${MAX_QUESTION_CHARS}"></textarea>
<p id="length" class="muted" hidden></p>${picker}
<p><button type="submit" id="send">Hỏi</button> <span class="muted">${docs} văn bản đã nạp</span></p></form></div>
<script src="/static/chat.js"></script>`,
  });
  const visitor = visitorOf(c);
  if (visitor.setCookie) response.headers.append("set-cookie", visitor.setCookie);
  return response;
}

/** Cuts a question over the limit at a word boundary; says how long it was. */
function cutQuestion(raw: string): { text: string; cut?: { length: number; limit: number } } {
  const collapsed = raw.replace(/\s+/g, " ").trim();
  if (collapsed.length <= MAX_QUESTION_CHARS) return { text: raw };
  const head = collapsed.slice(0, MAX_QUESTION_CHARS);
  const space = head.lastIndexOf(" ");
  const text = space > MAX_QUESTION_CHARS * 0.8 ? head.slice(0, space) : head;
  return { text, cut: { length: collapsed.length, limit: MAX_QUESTION_CHARS } };
}

/**
 * POST /api/ask {question, chat?} → the `ask --json` answer object plus `answerId` (what votes name), `chat` (the
 * thread; follow-ups lean on it) and, when the question was longer than 2,000 characters, `cut` {length, limit}:
 * the question is cut and the page says so. The visitor's unit (cookie) answers "đơn vị tôi…" questions.
 */
export async function askApi(
  ctx: WebContext,
  c: ServerContext,
  input: { question: string; chat?: string },
): Promise<Response> {
  if (!(await ctx.limits.ask.allow(clientOf(c))))
    throw new HttpError(429, "Anh/chị gửi nhanh quá. Xin chờ vài giây rồi hỏi lại.");
  const { text, cut } = cutQuestion(input.question);
  const question = validateQuestion(text);
  const chat = input.chat ?? randomBytes(12).toString("hex");
  const answer = await ctx.backend.ask(question, {
    chatId: chat,
    unitId: unitOf(ctx, c)?.id,
    noUnitHint: 'Hãy chọn đơn vị của anh/chị ở ô "Đơn vị của tôi" dưới khung câu hỏi rồi hỏi lại.',
  });
  const visitor = visitorOf(c);
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (visitor.setCookie) headers["set-cookie"] = visitor.setCookie;
  return c.json({ ...answer, chat, ...(cut ? { cut } : {}) }, 200, headers);
}

/** POST /api/feedback {answerId, chat, value: 1|-1}: one vote per visitor and answer; voting again changes it. */
export function feedbackApi(
  ctx: WebContext,
  c: ServerContext,
  input: { answerId: number; chat: string; value: 1 | -1 },
): Response {
  const visitor = getCookie(c, VISITOR_COOKIE);
  const result = ctx.backend.vote({
    visitor: visitor && /^[a-f0-9]{32}$/.test(visitor) ? visitor : `chat:${input.chat}`,
    chatId: input.chat,
    answerId: input.answerId,
    value: input.value,
  });
  if (!result) throw new HttpError(404, "Không tìm thấy câu trả lời này (có thể đã quá cũ). Hãy hỏi lại.");
  return c.json({ ok: true, vote: result });
}

/**
 * The page's one script: plain DOM, no framework; text is inserted as text, never as HTML. Each answer is appended
 * to the thread; the button is disabled while waiting; a network error, a timeout or an error page (502 from a
 * proxy) says so; a cut question says so; the chosen unit is kept in a cookie.
 */
export const CHAT_SCRIPT = `
const form = document.getElementById("ask"), thread = document.getElementById("thread");
const input = document.getElementById("question"), send = document.getElementById("send");
const lengthNote = document.getElementById("length"), unit = document.getElementById("unit");
const MAX = Number(input.dataset.max) || 2000, TIMEOUT_MS = 30000;
const chat = sessionStorage.getItem("troly-chat") || Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
sessionStorage.setItem("troly-chat", chat);
const fmt = (n) => n.toLocaleString("vi-VN");
const heading = (question) => el("h2", { className: "q", textContent: question.length > 300 ? question.slice(0, 299) + "…" : question });
function el(tag, attrs, ...children) { const e = document.createElement(tag); Object.assign(e, attrs || {});
  for (const c of children) e.append(c); return e; }
if (unit) unit.addEventListener("change", () => {
  document.cookie = "${UNIT_COOKIE}=" + encodeURIComponent(unit.value) + "; Path=/; SameSite=Strict; Max-Age=" + (unit.value ? ${YEAR} : 0);
});
input.addEventListener("input", () => {
  const n = input.value.replace(/\\s+/g, " ").trim().length;
  lengthNote.hidden = n <= MAX;
  lengthNote.textContent = "Câu hỏi dài " + fmt(n) + " ký tự; chỉ " + fmt(MAX) + " ký tự đầu sẽ được dùng.";
});
function highlight(passage, sentences) {
  const p = el("p"); const found = sentences.map((s) => [passage.indexOf(s), s]).filter(([i]) => i >= 0).sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [i, s] of found) { if (i < at) continue; p.append(passage.slice(at, i), el("mark", { textContent: s })); at = i + s.length; }
  p.append(passage.slice(at)); return p;
}
function feedback(answer) {
  const up = el("button", { className: "secondary", type: "button", textContent: "👍 Hữu ích" });
  const down = el("button", { className: "secondary", type: "button", textContent: "👎 Chưa đúng" });
  const note = el("span", { className: "muted" });
  const vote = async (value) => {
    try {
      const response = await fetch("/api/feedback", { method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ answerId: answer.answerId, chat, value }) });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) { note.textContent = " " + (body.error || "Chưa ghi được góp ý, xin thử lại."); return; }
      up.setAttribute("aria-pressed", String(value === 1)); down.setAttribute("aria-pressed", String(value === -1));
      note.textContent = body.vote === "changed" ? " Đã đổi góp ý. Cảm ơn!" : " Cảm ơn góp ý!";
    } catch { note.textContent = " Không gửi được góp ý (mất kết nối)."; }
  };
  up.onclick = () => vote(1); down.onclick = () => vote(-1);
  return el("p", {}, up, " ", down, note);
}
function render(question, answer) {
  const card = el("div", { className: "card" }, heading(question));
  if (answer.cut) card.append(el("p", { className: "flash error", textContent: "Câu hỏi dài " + fmt(answer.cut.length) + " ký tự nên chỉ " + fmt(answer.cut.limit) + " ký tự đầu được dùng để trả lời." }));
  const text = el("div", { className: answer.refused ? "answer refused" : "answer" });
  for (const part of answer.answer.split(/(\\[\\d+\\])/)) text.append(/^\\[\\d+\\]$/.test(part) ? el("span", { className: "marker", textContent: part }) : part);
  card.append(text);
  const cited = {};
  for (const m of answer.answer.matchAll(/([^\\n]+?)\\s*\\[(\\d+)\\]/g)) (cited[m[2]] ||= []).push(m[1].replace(/^Chịu trách nhiệm:.*$/, "").trim());
  if (answer.citations.length) {
    card.append(el("h3", { textContent: "Nguồn" }));
    for (const c of answer.citations) {
      const d = el("details", { className: "source" }, el("summary", { textContent: "[" + c.n + "] " + (c.documentLabel || c.documentTitle) + " — " + c.section }));
      d.append(highlight(c.text, (cited[c.n] || []).filter(Boolean)));
      card.append(d);
    }
  }
  if (answer.answerId) card.append(feedback(answer));
  thread.append(card);
  card.scrollIntoView({ block: "nearest" });
}
function failure(question, message) {
  const card = el("div", { className: "card" }, heading(question), el("div", { className: "flash error", textContent: message }));
  thread.append(card);
}
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (!question || send.disabled) return;
  send.disabled = true; send.textContent = "Đang tìm…";
  const controller = new AbortController(); const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch("/api/ask", { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ question, chat }), signal: controller.signal });
    const body = await response.json().catch(() => null);
    if (!response.ok || !body) {
      failure(question, body && body.error ? body.error : "Máy chủ đang gặp sự cố (mã " + response.status + "). Xin thử lại sau ít phút.");
      return;
    }
    render(question, body);
    input.value = ""; lengthNote.hidden = true;
  } catch {
    failure(question, controller.signal.aborted ? "Quá " + TIMEOUT_MS / 1000 + " giây chưa có trả lời. Xin thử lại." : "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi hỏi lại.");
  } finally {
    clearTimeout(timer); send.disabled = false; send.textContent = "Hỏi";
  }
});
`;
