import type { IncomingMessage, ServerResponse } from "node:http";
import { validateQuestion } from "../../answer/validate-question.ts";
import { ChatStore } from "../../bot/chat-store.ts";
import { sendJson } from "../../server/http-server.ts";
import { html } from "./html.ts";
import { readJson } from "./request-body.ts";
import { clientOf, page, userError, type WebContext } from "./web-context.ts";

/** GET / — the question box; the answer is fetched by /static/chat.js so the page works without reloads. */
export function chatPage(ctx: WebContext, req: IncomingMessage, res: ServerResponse): void {
  const docs = ctx.app.index.documents.size;
  page(ctx, req, res, {
    title: "Hỏi đáp về văn bản kết luận",
    path: "/",
    body: html`<div class="card">
<form id="ask"><label for="question" class="muted">Câu hỏi (gõ có dấu hoặc không dấu). Ví dụ: "Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào?"</label>
<textarea id="question" name="question" maxlength="2000" required placeholder="Nhập câu hỏi…"></textarea>
<p><button type="submit">Hỏi</button> <span class="muted">${docs} văn bản đã nạp</span></p></form></div>
<div id="result" aria-live="polite"></div><script src="/static/chat.js"></script>`,
  });
}

/**
 * POST /api/ask {question, chat?} → the `ask --json` answer object; `chat` (a random id the page keeps) threads
 * follow-up questions. Bad input → 400 with a Vietnamese `error`.
 */
export async function askApi(ctx: WebContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!ctx.limits.ask.allow(clientOf(req)))
    return sendJson(res, 429, { error: "Anh/chị gửi nhanh quá. Xin chờ vài giây rồi hỏi lại." });
  try {
    const body = (await readJson(req)) as { question?: unknown; chat?: unknown };
    const question = validateQuestion(typeof body?.question === "string" ? body.question : "");
    const chat =
      typeof body?.chat === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(body.chat)
        ? `web:${body.chat}`
        : undefined;
    sendJson(res, 200, await ctx.app.answerer.answer(question, undefined, { chatId: chat }));
  } catch (error) {
    sendJson(res, 400, { error: userError(error) });
  }
}

/** POST /api/feedback {question, value: 1|-1}: stored with the question, like the chat buttons. */
export async function feedbackApi(ctx: WebContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const body = (await readJson(req)) as { question?: unknown; value?: unknown };
    if (typeof body?.question !== "string" || (body.value !== 1 && body.value !== -1))
      return sendJson(res, 400, { error: "Phản hồi không hợp lệ." });
    new ChatStore(ctx.app.db).saveFeedback("web", "web", body.question.slice(0, 2000), body.value);
    sendJson(res, 200, { ok: true });
  } catch (error) {
    sendJson(res, 400, { error: userError(error) });
  }
}

/** The page's script: plain DOM, no framework; text is inserted as text, never as HTML. */
export const CHAT_SCRIPT = `
const form = document.getElementById("ask"), result = document.getElementById("result");
const chat = sessionStorage.getItem("troly-chat") || Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
sessionStorage.setItem("troly-chat", chat);
function el(tag, attrs, ...children) { const e = document.createElement(tag); Object.assign(e, attrs || {});
  for (const c of children) e.append(c); return e; }
function highlight(passage, sentences) {
  const p = el("p"); let rest = passage;
  const found = sentences.map((s) => [rest.indexOf(s), s]).filter(([i]) => i >= 0).sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [i, s] of found) { if (i < at) continue; p.append(rest.slice(at, i), el("mark", { textContent: s })); at = i + s.length; }
  p.append(rest.slice(at)); return p;
}
function render(answer) {
  result.replaceChildren();
  const card = el("div", { className: "card" });
  const text = el("div", { className: answer.refused ? "answer refused" : "answer" });
  for (const part of answer.answer.split(/(\\[\\d+\\])/)) text.append(/^\\[\\d+\\]$/.test(part) ? el("span", { className: "marker", textContent: part }) : part);
  card.append(text);
  const cited = {};
  for (const m of answer.answer.matchAll(/([^\\n]+?)\\s*\\[(\\d+)\\]/g)) (cited[m[2]] ||= []).push(m[1].replace(/^Chịu trách nhiệm:.*$/, "").trim());
  if (answer.citations.length) {
    card.append(el("h2", { textContent: "Nguồn" }));
    for (const c of answer.citations) {
      const d = el("details", { className: "source" }, el("summary", { textContent: "[" + c.n + "] " + (c.documentLabel || c.documentTitle) + " — " + c.section }));
      d.append(highlight(c.text, (cited[c.n] || []).filter(Boolean)));
      card.append(d);
    }
    const up = el("button", { className: "secondary", type: "button", textContent: "👍 Hữu ích" });
    const down = el("button", { className: "secondary", type: "button", textContent: "👎 Chưa đúng" });
    const thanks = el("span", { className: "muted" });
    const send = (value) => fetch("/api/feedback", { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: answer.question, value }) }).then(() => { thanks.textContent = " Cảm ơn góp ý!"; });
    up.onclick = () => send(1); down.onclick = () => send(-1);
    card.append(el("p", {}, up, " ", down, thanks));
  }
  result.append(card);
}
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const question = document.getElementById("question").value;
  result.replaceChildren(el("p", { className: "muted", textContent: "Đang tìm trong văn bản…" }));
  const response = await fetch("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question, chat }) });
  const body = await response.json();
  if (!response.ok) { result.replaceChildren(el("div", { className: "flash error", textContent: body.error })); return; }
  render(body);
});
`;
