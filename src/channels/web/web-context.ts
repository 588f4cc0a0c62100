import type { Limiter } from "../../bot/rate-limiter.ts";
import type { Logger } from "../../logger.ts";
import type { ServerContext } from "../../server/http-server.ts";
import type { AdminAuth, Session } from "./admin-auth.ts";
import { html, type SafeHtml } from "./html.ts";
import { layout, pageResponse } from "./layout.ts";
import type { WebBackend } from "./web-backend.ts";

/** What every page handler needs. */
export interface WebContext {
  backend: WebBackend;
  auth: AdminAuth;
  logger: Logger;
  /** Per client address: questions (a burst of 10, 30 a minute) and login attempts (5, then 5 a minute). */
  limits: { ask: Limiter; login: Limiter };
  /** Where `npm run eval` writes its results. */
  resultsDir: string;
}

/** The client's address as the socket sees it (the page binds to loopback; behind a proxy all share one). */
export const clientOf = (c: ServerContext) => c.env.incoming.socket.remoteAddress ?? "unknown";

/** Each request's admin session, looked up once (the store may be PostgreSQL) before its handler runs. */
const sessions = new WeakMap<Request, Session | null>();

/** Looks up the admin's session from the request's cookie, for `sessionOf` to read during the request. */
export async function resolveSession(ctx: WebContext, c: ServerContext): Promise<Session | null> {
  const session = await ctx.auth.session(c.req.header("cookie"));
  sessions.set(c.req.raw, session);
  return session;
}

/** The admin's session of this request (see resolveSession), or null. */
export const sessionOf = (_ctx: WebContext, c: ServerContext): Session | null =>
  sessions.get(c.req.raw) ?? null;

export interface PageContent {
  title: string;
  path: string;
  body: SafeHtml;
  flash?: string | SafeHtml;
  error?: string;
  status?: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500;
}

/** Renders a page inside the layout, with the admin's state and CSRF token. */
export function page(ctx: WebContext, c: ServerContext, content: PageContent): Response {
  const session = sessionOf(ctx, c);
  return pageResponse(layout({ ...content, admin: session !== null, csrf: session?.csrf }), content.status);
}

/** A page that only says what went wrong (and links home), for errors with no better place to show them. */
export function errorPage(ctx: WebContext, c: ServerContext, status: number, message: string): Response {
  const titles: Record<number, string> = {
    400: "Yêu cầu không hợp lệ",
    401: "Cần đăng nhập",
    403: "Không được phép",
    404: "Không tìm thấy",
    405: "Không hỗ trợ",
    413: "Dữ liệu quá lớn",
    429: "Gửi quá nhanh",
  };
  return page(ctx, c, {
    title: titles[status] ?? "Có lỗi xảy ra",
    path: "",
    body: html`<p>${message}</p><p><a href="/">Về trang chủ</a></p>`,
    status: (status in titles || status === 500 ? status : 500) as PageContent["status"],
  });
}
