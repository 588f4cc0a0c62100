import type { IncomingMessage, ServerResponse } from "node:http";
import type { App } from "../../app.ts";
import type { RateLimiter } from "../../bot/rate-limiter.ts";
import { userMessageOf } from "../../errors.ts";
import type { Logger } from "../../logger.ts";
import type { AdminAuth } from "./admin-auth.ts";
import { html, type SafeHtml } from "./html.ts";
import { layout, sendPage } from "./layout.ts";

/** What every page handler needs. */
export interface WebContext {
  app: App;
  auth: AdminAuth;
  logger: Logger;
  /** Per client address: questions (a burst of 10, 30 a minute) and login attempts (5, then 5 a minute). */
  limits: { ask: RateLimiter; login: RateLimiter };
}

/** The client's address as the socket sees it (the page binds to loopback; behind a proxy all share one). */
export const clientOf = (req: IncomingMessage) => req.socket.remoteAddress ?? "unknown";

/** Renders a page inside the layout, with the admin's state and CSRF token. */
export function page(
  ctx: WebContext,
  req: IncomingMessage,
  res: ServerResponse,
  content: { title: string; path: string; body: SafeHtml; flash?: string; error?: string; status?: number },
): void {
  const session = ctx.auth.session(req);
  sendPage(res, layout({ ...content, admin: session !== null, csrf: session?.csrf }), content.status);
}

/** Runs an admin-only form handler: 403 page without a session or with a wrong CSRF token. */
export function requireAdmin(
  ctx: WebContext,
  req: IncomingMessage,
  res: ServerResponse,
  csrf: string | undefined,
): boolean {
  if (ctx.auth.authorize(req, csrf)) return true;
  ctx.logger.warn({ path: req.url?.split("?")[0] }, "admin action refused");
  const body = ctx.auth.session(req)
    ? "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Hãy tải lại trang và thử lại."
    : "Cần đăng nhập quản trị để thực hiện thao tác này.";
  page(ctx, req, res, { title: "Không được phép", path: "", body: htmlText(body), status: 403 });
  return false;
}

/** Vietnamese message for a user error; rethrows anything else. */
export function userError(error: unknown): string {
  const message = userMessageOf(error);
  if (message) return message;
  throw error;
}

const htmlText = (text: string) => html`<p>${text}</p>`;
