import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { App } from "../../app.ts";
import { RateLimiter } from "../../bot/rate-limiter.ts";
import type { Logger } from "../../logger.ts";
import type { Routes } from "../../server/http-server.ts";
import { AdminAuth } from "./admin-auth.ts";
import { createCode, importUnitsForm, remindersPage, requeueForm, unitsPage } from "./admin-pages.ts";
import { askApi, CHAT_SCRIPT, chatPage, feedbackApi } from "./chat-page.ts";
import { confirmDocument, documentPage, documentsPage, uploadDocument } from "./documents-page.ts";
import { evalPage, evalReport } from "./eval-page.ts";
import { login, loginPage, logout } from "./login-page.ts";
import { markDone, tasksCsv, tasksPage } from "./tasks-page.ts";
import type { WebContext } from "./web-context.ts";

/**
 * Adds the web page's routes: chat for anyone on the bound interface; tasks, documents, units, reminders and eval
 * to read; every change behind the admin login with a CSRF token.
 *
 * @example
 * addWebRoutes(routes, app, logger, { adminPassword: config.adminPassword });
 */
export function addWebRoutes(
  routes: Routes,
  app: App,
  logger: Logger,
  options: { adminPassword?: string; resultsDir?: string },
): void {
  const ctx: WebContext = {
    app,
    auth: new AdminAuth(app.db, options.adminPassword),
    logger,
    limits: {
      ask: new RateLimiter({ capacity: 10, perMinute: 30 }),
      login: new RateLimiter({ capacity: 5, perMinute: 5 }),
    },
  };
  const resultsDir = options.resultsDir ?? path.resolve("eval/results");
  const on = (
    key: string,
    handler: (ctx: WebContext, req: IncomingMessage, res: ServerResponse) => unknown,
  ) =>
    routes.set(key, async (req, res) => {
      await handler(ctx, req, res);
    });
  on("GET /", chatPage);
  on("GET /static/chat.js", (_ctx, _req, res) => {
    res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" });
    res.end(CHAT_SCRIPT);
  });
  on("POST /api/ask", askApi);
  on("POST /api/feedback", feedbackApi);
  on("GET /tasks", tasksPage);
  on("GET /tasks.csv", tasksCsv);
  on("POST /tasks/:id/done", markDone);
  on("GET /documents", documentsPage);
  on("GET /documents/:id", documentPage);
  on("POST /documents/upload", uploadDocument);
  on("POST /documents/confirm", confirmDocument);
  on("GET /units", (c, q, s) => unitsPage(c, q, s));
  on("POST /units/import", importUnitsForm);
  on("POST /codes", createCode);
  on("GET /reminders", remindersPage);
  on("POST /outbox/:id/requeue", requeueForm);
  on("GET /eval", (c, q, s) => evalPage(c, q, s, resultsDir));
  on("GET /eval/report", (c, q, s) => evalReport(c, q, s, resultsDir));
  on("GET /login", (c, q, s) => loginPage(c, q, s));
  on("POST /login", login);
  on("POST /logout", logout);
}
