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
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:anywhere}
header{background:var(--brand);color:#fff;padding:.5rem .8rem;display:flex;gap:.3rem .9rem;align-items:center;flex-wrap:wrap}
header strong{font-size:1.05rem;flex:1}header a{color:#fff;text-decoration:none;opacity:.85;padding:.15rem 0}
header a.on,header a:hover{opacity:1;text-decoration:underline}header .account{order:1}header .account button{min-height:2.2rem;padding:.3rem .8rem}
header nav{order:2;flex-basis:100%;display:flex;flex-wrap:wrap;gap:.1rem 1rem}
td:empty{display:none}
table.keep{font-size:.85rem}table.keep thead{display:table-header-group}table.keep tr{display:table-row;border:0;border-radius:0;padding:0;margin:0}
table.keep td,table.keep th{display:table-cell;border-bottom:1px solid var(--line);padding:.35rem .4rem;vertical-align:top;text-align:left}
table.keep td[data-label]::before{display:none}table.keep th{background:#eef1f4}
main{max-width:1100px;margin:1rem auto;padding:0 .75rem}
h1{font-size:1.3rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin:1.4rem 0 .6rem}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.9rem 1rem;margin-bottom:1rem}.card>h2:first-child{margin-top:0}
table{width:100%;border-collapse:collapse;font-size:.93rem}
thead{display:none}tr{display:block;background:#fff;border:1px solid var(--line);border-radius:10px;padding:.5rem .8rem;margin-bottom:.7rem}
td{display:block;padding:.2rem 0;text-align:left;vertical-align:top}
td[data-label]::before{content:attr(data-label);display:block;font-size:.78rem;font-weight:600;color:var(--muted)}
tr.overdue{border-color:#f3b4ae;background:#fdecea}tr.overdue .status{color:var(--brand);font-weight:600}
tbody tr.cardgrid{display:grid;grid-template-columns:1fr 1fr;grid-auto-flow:row dense;column-gap:.8rem}tr.cardgrid td{grid-column:1/-1}tr.cardgrid td.half{grid-column:auto}
.late{color:var(--warn)}.ontime{color:var(--ok)}.muted{color:var(--muted);font-size:.9rem}
input,select,textarea,button{font:inherit;max-width:100%}
input[type=text],input[type=password],input[type=date],input[type=file],select,textarea{padding:.4rem .5rem;border:1px solid var(--line);border-radius:6px;background:#fff}
input[type=text],input[type=password],input[type=date],select{min-height:2.5rem}
button{background:var(--brand);color:#fff;border:0;border-radius:6px;padding:.5rem .9rem;cursor:pointer;min-height:2.5rem}
button.secondary{background:#fff;color:var(--ink);border:1px solid var(--line)}button:disabled{opacity:.6;cursor:wait}
form.inline{display:flex;gap:.4rem;align-items:center;flex-wrap:wrap}
form.inline input[type=text],form.inline input[type=file]{flex:1 1 12rem;min-width:0}
.filters{display:flex;gap:.6rem;flex-wrap:wrap;align-items:end;margin-bottom:1rem}
.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted);flex:1 1 9rem;min-width:0}
.filters select,.filters input{width:100%}
.done-form{display:grid;grid-template-columns:1fr 1fr;gap:.4rem;margin-top:.3rem}
.done-form input[type=text]{grid-column:1/-1}.done-form label{font-size:.8rem;color:var(--muted);display:flex;flex-direction:column}
.done-form button{align-self:end}
.pager{display:flex;gap:.8rem;align-items:center;flex-wrap:wrap;margin:.8rem 0}
#question{width:100%;min-height:4.5rem;padding:.6rem;border-radius:8px;border:1px solid var(--line)}
.thread .card h2.q{font-size:1rem;margin:0 0 .5rem;font-weight:600}
.answer{white-space:pre-wrap}.refused{color:var(--muted)}.marker{color:var(--brand);font-weight:600}
details{border-top:1px solid var(--line);padding:.4rem 0}summary{cursor:pointer}mark{background:#fff3bf}
.flash{padding:.6rem 1rem;border-radius:8px;margin-bottom:1rem;background:#e8f5e9}.flash.error{background:#fdecea}
.tag{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.8rem;background:#eef1f4}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:.4rem 0}.meta dt{color:var(--muted)}.meta dd{margin:0}
code{overflow-wrap:anywhere}
@media (min-width:600px){
header{padding:.6rem 1.2rem}header strong{flex:0 0 auto}header nav{order:1;flex:1 1 auto}header .account{order:2}
td:empty{display:table-cell}main{padding:0 1rem;margin-top:1.2rem}h1{font-size:1.4rem}
thead{display:table-header-group}tr,tbody tr.cardgrid{display:table-row;border:0;border-radius:0;padding:0;margin:0}
td,th{display:table-cell;border-bottom:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
td[data-label]::before{display:none}th{background:#eef1f4;font-weight:600}tr.overdue td{background:#fdecea}
body,td{overflow-wrap:break-word}td.half{min-width:8.5rem}th{white-space:nowrap}
tbody tr{background:#fff}.done-form{grid-template-columns:1fr;min-width:11rem}
}
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
  flash?: string | SafeHtml;
  error?: string;
}): SafeHtml {
  const nav = NAV.map(
    ([href, label]) => html`<a href="${href}" class="${page.path === href ? "on" : ""}">${label}</a>`,
  );
  const account = page.admin
    ? html`<form method="post" action="/logout" class="account"><input type="hidden" name="_csrf" value="${page.csrf ?? ""}"><button class="secondary" type="submit">Đăng xuất</button></form>`
    : html`<a href="/login" class="account">Đăng nhập quản trị</a>`;
  return html`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${page.title} — Trợ lý Kết luận</title><style>${raw(STYLE)}</style></head>
<body><header><strong>Trợ lý Kết luận</strong>${account}<nav aria-label="Các trang">${nav}</nav></header><main>
${page.flash ? html`<div class="flash">${page.flash}</div>` : ""}${page.error ? html`<div class="flash error">${page.error}</div>` : ""}
<h1>${page.title}</h1>${page.body}</main></body></html>`;
}

const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "content-security-policy":
    "default-src 'self'; style-src 'unsafe-inline'; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

/** The page as an HTTP response with the strict Content-Security-Policy (one script file, inline styles). */
export function pageResponse(page: SafeHtml, status = 200): Response {
  return new Response(page.value, { status, headers: HEADERS });
}

/** After a form: back to a page (303, so a reload does not post again). */
export function redirect(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location, ...headers } });
}
