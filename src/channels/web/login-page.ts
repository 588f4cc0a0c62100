import type { IncomingMessage, ServerResponse } from "node:http";
import { html } from "./html.ts";
import { redirect } from "./layout.ts";
import { readForm } from "./request-body.ts";
import { clientOf, page, type WebContext } from "./web-context.ts";

/** GET /login — the login form, or the one-time password setup when no password exists yet. */
export function loginPage(ctx: WebContext, req: IncomingMessage, res: ServerResponse, error?: string): void {
  const setup = ctx.auth.needsSetup();
  page(ctx, req, res, {
    title: setup ? "Đặt mật khẩu quản trị" : "Đăng nhập quản trị",
    path: "/login",
    error,
    status: error ? 401 : 200,
    body: html`<div class="card"><form method="post" action="/login" class="inline">
${setup ? html`<p>Chưa có mật khẩu quản trị. Đặt mật khẩu (ít nhất 8 ký tự) — chỉ làm một lần; hoặc đặt biến môi trường ADMIN_PASSWORD.</p>` : ""}
<input type="password" name="password" aria-label="Mật khẩu" placeholder="Mật khẩu" required minlength="${setup ? 8 : 1}" autocomplete="current-password">
<button type="submit">${setup ? "Đặt mật khẩu" : "Đăng nhập"}</button></form></div>`,
  });
}

/** POST /login — sets the password on first use, then logs in; a wrong password gets 401 and nothing else. */
export async function login(ctx: WebContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const password = (await readForm(req)).get("password") ?? "";
  if (!ctx.limits.login.allow(clientOf(req))) {
    ctx.logger.warn("admin login rate-limited");
    return loginPage(ctx, req, res, "Đăng nhập sai quá nhiều lần. Xin chờ một phút rồi thử lại.");
  }
  if (ctx.auth.needsSetup() && !ctx.auth.setup(password))
    return loginPage(ctx, req, res, "Mật khẩu cần ít nhất 8 ký tự.");
  if (!ctx.auth.login(password, res)) {
    ctx.logger.warn("admin login failed");
    return loginPage(ctx, req, res, "Sai mật khẩu.");
  }
  redirect(res, "/tasks");
}

/** POST /logout — CSRF-checked so another site cannot log the admin out. */
export async function logout(ctx: WebContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const token = (await readForm(req)).get("_csrf") ?? undefined;
  if (ctx.auth.authorize(req, token)) ctx.auth.logout(req, res);
  redirect(res, "/");
}
