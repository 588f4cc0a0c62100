import type { ServerContext } from "../../server/http-server.ts";
import { html } from "./html.ts";
import { redirect } from "./layout.ts";
import { clientOf, page, type WebContext } from "./web-context.ts";

/** GET /login — the login form, or the one-time password setup when no password exists yet. */
export function loginPage(
  ctx: WebContext,
  c: ServerContext,
  error?: { message: string; status: 400 | 401 | 429 },
): Response {
  const setup = ctx.auth.needsSetup();
  return page(ctx, c, {
    title: setup ? "Đặt mật khẩu quản trị" : "Đăng nhập quản trị",
    path: "/login",
    error: error?.message,
    status: error?.status ?? 200,
    body: html`<div class="card"><form method="post" action="/login" class="inline">
${setup ? html`<p>Chưa có mật khẩu quản trị. Đặt mật khẩu (ít nhất 8 ký tự) — chỉ làm một lần; hoặc đặt biến môi trường ADMIN_PASSWORD.</p>` : ""}
<input type="password" name="password" aria-label="Mật khẩu" placeholder="Mật khẩu" required minlength="${setup ? 8 : 1}" maxlength="200" autocomplete="current-password">
<button type="submit">${setup ? "Đặt mật khẩu" : "Đăng nhập"}</button></form></div>`,
  });
}

/** POST /login — sets the password on first use, then logs in; a wrong password gets 401 and nothing else. */
export async function login(
  ctx: WebContext,
  c: ServerContext,
  form: { password: string },
): Promise<Response> {
  if (!(await ctx.limits.login.allow(clientOf(c)))) {
    ctx.logger.warn("admin login rate-limited");
    return loginPage(ctx, c, {
      message: "Đăng nhập sai quá nhiều lần. Xin chờ một phút rồi thử lại.",
      status: 429,
    });
  }
  if (ctx.auth.needsSetup() && !ctx.auth.setup(form.password))
    return loginPage(ctx, c, { message: "Mật khẩu cần ít nhất 8 ký tự.", status: 400 });
  const cookie = await ctx.auth.login(form.password);
  if (!cookie) {
    ctx.logger.warn("admin login failed");
    return loginPage(ctx, c, { message: "Sai mật khẩu.", status: 401 });
  }
  return redirect("/tasks", { "set-cookie": cookie });
}

/** POST /logout — CSRF-checked so another site cannot log the admin out. */
export async function logout(ctx: WebContext, c: ServerContext, form: { _csrf?: string }): Promise<Response> {
  const cookies = c.req.header("cookie");
  if (!(await ctx.auth.authorize(cookies, form._csrf))) return redirect("/");
  return redirect("/", { "set-cookie": await ctx.auth.logout(cookies) });
}
