import path from "node:path";
import { zValidator } from "@hono/zod-validator";
import type { MiddlewareHandler } from "hono";
import { z } from "zod";
import { type Limiter, RateLimiter, type RateLimitOptions } from "../../bot/rate-limiter.ts";
import { memorySessionStore, type SessionStore } from "../../db/session-store.ts";
import type { Logger } from "../../logger.ts";
import { HttpError, type HttpServer, limitBody, type ServerEnv } from "../../server/http-server.ts";
import { AdminAuth } from "./admin-auth.ts";
import {
  CodeForm,
  createCode,
  importUnitsForm,
  OutboxId,
  remindersPage,
  requeueForm,
  UNITS_CSV_MAX,
  UnitsImportForm,
  unitsPage,
} from "./admin-pages.ts";
import { askApi, CHAT_SCRIPT, chatPage, feedbackApi } from "./chat-page.ts";
import {
  ConfirmForm,
  confirmDocument,
  documentPage,
  documentsPage,
  MAX_UPLOAD,
  UploadForm,
  uploadDocument,
  uploadFailed,
} from "./documents-page.ts";
import { evalPage, evalReport } from "./eval-page.ts";
import { login, loginPage, logout } from "./login-page.ts";
import { CsvQuery, MarkDoneForm, markDone, TaskFilters, tasksCsv, tasksPage } from "./tasks-page.ts";
import type { WebBackend } from "./web-backend.ts";
import { errorPage, resolveSession, sessionOf, type WebContext } from "./web-context.ts";

/** Room for a multipart form's boundaries and small fields around its file. */
const FORM_OVERHEAD = 64 * 1024;
const SMALL_FORM = 8 * 1024;

/** Field names as the user knows them, for validation messages. */
const FIELDS: Record<string, string> = {
  question: "Câu hỏi",
  chat: "Mã cuộc trò chuyện",
  answerId: "Mã câu trả lời",
  value: "Góp ý",
  completedOn: "Ngày hoàn thành",
  note: "Ghi chú",
  unit: "Đơn vị",
  status: "Trạng thái",
  from: "Hạn từ",
  to: "Hạn đến",
  page: "Trang",
  role: "Vai trò",
  file: "Tệp",
  id: "Mã",
  password: "Mật khẩu",
  pending: "Bản xem trước",
  uploaded: "Số nhiệm vụ",
};

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** The first problem in Vietnamese: our own messages as written, the library's as "<field> không hợp lệ". */
function invalid(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): HttpError {
  const issue = error.issues[0];
  const field = String(issue?.path[0] ?? "");
  const message =
    issue && VIETNAMESE.test(issue.message)
      ? `${FIELDS[field] ? `${FIELDS[field]}: ` : ""}${issue.message}`
      : `${FIELDS[field] ?? "Dữ liệu gửi lên"} không hợp lệ.`;
  return new HttpError(400, message.charAt(0).toUpperCase() + message.slice(1));
}

/** Validation for anyone's input: 400 with a Vietnamese message. */
const valid = <T extends z.ZodType, Target extends "json" | "query" | "param" | "form">(
  target: Target,
  schema: T,
) =>
  zValidator(target, schema, (result) => {
    if (!result.success) throw invalid(result.error);
  });

/**
 * Adds the web page's routes: chat for anyone on the bound interface; tasks, documents, units, reminders and eval
 * to read; every change behind the admin login — the session is checked before a body is read, then the body's
 * size, then the form's CSRF token, then its fields. Browsers get errors as pages in the site's layout.
 *
 * @example
 * mountWebPage(http, appWebBackend(app), logger, { adminPassword: config.adminPassword });
 */
export function mountWebPage(
  http: HttpServer,
  backend: WebBackend,
  logger: Logger,
  options: {
    adminPassword?: string;
    resultsDir?: string;
    /** Admin sessions: in memory unless given (the app shares them through PostgreSQL with DATABASE_URL). */
    sessions?: SessionStore;
    /** Rate limits by name: in memory unless given (shared through PostgreSQL with DATABASE_URL). */
    rateLimit?: (name: string, options: RateLimitOptions) => Limiter;
  },
): WebContext {
  const rateLimit = options.rateLimit ?? ((_name, limits) => new RateLimiter(limits));
  const ctx: WebContext = {
    backend,
    auth: new AdminAuth(backend.secrets, options.adminPassword, options.sessions ?? memorySessionStore()),
    logger,
    limits: {
      ask: rateLimit("ask", { capacity: 10, perMinute: 30 }),
      login: rateLimit("login", { capacity: 5, perMinute: 5 }),
    },
    resultsDir: options.resultsDir ?? path.resolve("eval/results"),
  };
  http.setErrorPage((c, status, message) => errorPage(ctx, c, status, message));
  const app = http.app;
  // Pages read the admin's session synchronously while rendering: it is looked up once, before the handler.
  app.use(async (c, next) => {
    await resolveSession(ctx, c);
    return next();
  });

  /** 403 without an admin session, before anything of the body is read. */
  const admin: MiddlewareHandler<ServerEnv> = async (c, next) => {
    if (!sessionOf(ctx, c)) {
      logger.warn({ route: c.req.routePath }, "admin action refused: no session");
      throw new HttpError(403, "Cần đăng nhập quản trị để thực hiện thao tác này.");
    }
    return next();
  };
  /** The admin's form: CSRF token first (403), then the fields (400). */
  const adminForm = <T extends z.ZodObject>(schema: T) =>
    zValidator("form", schema, async (result, c) => {
      const token = (result.data as { _csrf?: unknown })?._csrf;
      const cookie = c.req.header("cookie");
      if (!(await ctx.auth.authorize(cookie, typeof token === "string" ? token : undefined))) {
        logger.warn({ route: c.req.routePath }, "admin action refused: CSRF token");
        throw new HttpError(
          403,
          "Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Hãy tải lại trang và thử lại.",
        );
      }
      if (!result.success) throw invalid(result.error);
    });
  const tooLarge = (mb: number) => `Tệp quá lớn (tối đa ${mb} MB).`;
  const Csrf = z.object({ _csrf: z.string().optional() });

  app.get("/", (c) => chatPage(ctx, c));
  app.get(
    "/static/chat.js",
    () =>
      new Response(CHAT_SCRIPT, {
        headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" },
      }),
  );
  app.post(
    "/api/ask",
    limitBody(64 * 1024),
    valid(
      "json",
      z.object({
        question: z.string().max(20_000, "câu hỏi quá dài."),
        chat: z
          .string()
          .regex(/^[A-Za-z0-9_-]{8,64}$/)
          .optional(),
      }),
    ),
    (c) => askApi(ctx, c, c.req.valid("json")),
  );
  app.post(
    "/api/feedback",
    limitBody(SMALL_FORM),
    valid(
      "json",
      z.object({
        answerId: z.number().int().positive(),
        chat: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
        value: z.union([z.literal(1), z.literal(-1)]),
      }),
    ),
    (c) => feedbackApi(ctx, c, c.req.valid("json")),
  );

  app.get("/tasks", valid("query", TaskFilters), (c) => tasksPage(ctx, c, c.req.valid("query")));
  app.get("/tasks.csv", valid("query", CsvQuery), (c) => tasksCsv(ctx, c, c.req.valid("query")));
  app.post(
    "/tasks/:id/done",
    admin,
    valid("param", z.object({ id: z.string().regex(/^[a-z0-9]{1,40}$/) })),
    limitBody(SMALL_FORM),
    adminForm(MarkDoneForm),
    (c) => markDone(ctx, c, c.req.valid("param").id, c.req.valid("form")),
  );

  app.get("/documents", (c) => documentsPage(ctx, c));
  app.get(
    "/documents/:id",
    valid("param", z.object({ id: z.string().max(300) })),
    valid("query", z.object({ uploaded: z.coerce.number().int().min(0).optional() })),
    (c) => documentPage(ctx, c, c.req.valid("param").id, c.req.valid("query").uploaded),
  );
  app.post(
    "/documents/upload",
    admin,
    limitBody(MAX_UPLOAD + FORM_OVERHEAD, tooLarge(MAX_UPLOAD / 1024 / 1024), (c, message) =>
      uploadFailed(ctx, c, message, 413),
    ),
    adminForm(UploadForm),
    (c) => uploadDocument(ctx, c, c.req.valid("form")),
  );
  app.post("/documents/confirm", admin, limitBody(SMALL_FORM), adminForm(ConfirmForm), (c) =>
    confirmDocument(ctx, c, c.req.valid("form")),
  );

  app.get(
    "/units",
    valid(
      "query",
      z.object({
        code: z
          .string()
          .regex(/^[A-Z0-9]{4,12}$/)
          .optional(),
      }),
    ),
    (c) => unitsPage(ctx, c, { code: c.req.valid("query").code }),
  );
  app.post(
    "/units/import",
    admin,
    limitBody(UNITS_CSV_MAX + FORM_OVERHEAD, tooLarge(UNITS_CSV_MAX / 1024 / 1024), (c, message) =>
      unitsPage(ctx, c, { error: message, status: 413 }),
    ),
    adminForm(UnitsImportForm),
    (c) => importUnitsForm(ctx, c, c.req.valid("form")),
  );
  app.post("/codes", admin, limitBody(SMALL_FORM), adminForm(CodeForm), (c) =>
    createCode(ctx, c, c.req.valid("form")),
  );

  app.get("/reminders", valid("query", z.object({ requeued: z.literal("1").optional() })), (c) =>
    remindersPage(ctx, c, c.req.valid("query")),
  );
  app.post(
    "/outbox/:id/requeue",
    admin,
    valid("param", OutboxId),
    limitBody(SMALL_FORM),
    adminForm(Csrf),
    (c) => requeueForm(ctx, c, c.req.valid("param").id),
  );

  app.get("/eval", (c) => evalPage(ctx, c));
  app.get("/eval/report", (c) => evalReport(ctx, c));

  app.get("/login", (c) => loginPage(ctx, c));
  app.post(
    "/login",
    limitBody(SMALL_FORM),
    valid("form", z.object({ password: z.string().max(200, "mật khẩu quá dài.") })),
    (c) => login(ctx, c, c.req.valid("form")),
  );
  app.post("/logout", limitBody(SMALL_FORM), valid("form", Csrf), (c) => logout(ctx, c, c.req.valid("form")));
  return ctx;
}
