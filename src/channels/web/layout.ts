import type { ServerResponse } from "node:http";
import { html, raw, type SafeHtml } from "./html.ts";

const NAV: [string, string][] = [
  ["/", "Hỏi đáp"],
  ["/tasks", "Nhiệm vụ"],
  ["/documents", "Văn bản"],
  ["/units", "Đơn vị"],
  ["/reminders", "Nhắc việc"],
  ["/eval", "Đánh giá"],
];

const STYLE = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#d9dee3;--bg:#f6f7f9;--brand:#b3261e;--ok:#1e7b34;--warn:#b45309}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--brand);color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
header strong{font-size:1.1rem;margin-right:.8rem}header a{color:#fff;text-decoration:none;opacity:.85}header a.on,header a:hover{opacity:1;text-decoration:underline}
header form{margin-left:auto}main{max-width:1100px;margin:1.2rem auto;padding:0 1rem}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:1.4rem 0 .6rem}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem 1.2rem;margin-bottom:1rem}
table{width:100%;border-collapse:collapse;background:#fff;font-size:.93rem}th,td{border-bottom:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}tr.overdue td{background:#fdecea}tr.overdue td.status{color:var(--brand);font-weight:600}
.late{color:var(--warn)}.ontime{color:var(--ok)}.muted{color:var(--muted);font-size:.9rem}
input,select,textarea,button{font:inherit}input[type=text],input[type=password],input[type=date],select,textarea{padding:.4rem .5rem;border:1px solid var(--line);border-radius:6px}
button{background:var(--brand);color:#fff;border:0;border-radius:6px;padding:.45rem .9rem;cursor:pointer}button.secondary{background:#fff;color:var(--ink);border:1px solid var(--line)}
form.inline{display:inline-flex;gap:.4rem;align-items:center;flex-wrap:wrap}.filters{display:flex;gap:.6rem;flex-wrap:wrap;align-items:end;margin-bottom:1rem}
.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
#question{width:100%;min-height:4.5rem;padding:.6rem;border-radius:8px;border:1px solid var(--line)}
.answer{white-space:pre-wrap}.refused{color:var(--muted)}.marker{color:var(--brand);font-weight:600}
details{border-top:1px solid var(--line);padding:.4rem 0}summary{cursor:pointer}mark{background:#fff3bf}
.flash{padding:.6rem 1rem;border-radius:8px;margin-bottom:1rem;background:#e8f5e9}.flash.error{background:#fdecea}
.tag{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.8rem;background:#eef1f4}
`;

/**
 * The page frame: header with navigation, the admin's logout button when logged in, and the content.
 *
 * @example
 * sendPage(res, layout({ title: "Nhiệm vụ", path: "/tasks", admin: true, csrf, body: html`…` }));
 */
export function layout(page: {
  title: string;
  path: string;
  admin: boolean;
  csrf?: string;
  body: SafeHtml;
  flash?: string;
  error?: string;
}): SafeHtml {
  const nav = NAV.map(
    ([href, label]) => html`<a href="${href}" class="${page.path === href ? "on" : ""}">${label}</a>`,
  );
  const account = page.admin
    ? html`<form method="post" action="/logout"><input type="hidden" name="_csrf" value="${page.csrf ?? ""}"><button class="secondary" type="submit">Đăng xuất</button></form>`
    : html`<a href="/login" style="margin-left:auto">Đăng nhập quản trị</a>`;
  return html`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${page.title} — Trợ lý Kết luận</title><style>${raw(STYLE)}</style></head>
<body><header><strong>Trợ lý Kết luận</strong>${nav}${account}</header><main>
${page.flash ? html`<div class="flash">${page.flash}</div>` : ""}${page.error ? html`<div class="flash error">${page.error}</div>` : ""}
<h1>${page.title}</h1>${page.body}</main></body></html>`;
}

export function sendPage(res: ServerResponse, page: SafeHtml, status = 200): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy":
      "default-src 'self'; style-src 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'",
  });
  res.end(page.value);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location });
  res.end();
}
