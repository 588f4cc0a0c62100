import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../logger.ts";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** "POST /telegram/webhook" or "GET /documents/:id" → handler. The query string is ignored when matching. */
export type Routes = Map<string, RouteHandler>;

const params = new WeakMap<IncomingMessage, Record<string, string>>();

/** The `:name` segments of the route that matched this request. */
export function routeParams(req: IncomingMessage): Record<string, string> {
  return params.get(req) ?? {};
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function match(routes: Routes, method: string, path: string) {
  const exact = routes.get(`${method} ${path}`);
  if (exact) return { handler: exact, params: {} };
  const segments = path.split("/");
  for (const [key, handler] of routes) {
    const [routeMethod, pattern = ""] = key.split(" ");
    if (routeMethod !== method || !pattern.includes(":")) continue;
    const parts = pattern.split("/");
    if (parts.length !== segments.length) continue;
    const found: Record<string, string> = {};
    const ok = parts.every((part, i) => {
      const segment = segments[i] ?? "";
      if (!part.startsWith(":")) return part === segment;
      if (!segment) return false;
      found[part.slice(1)] = decodeURIComponent(segment);
      return true;
    });
    if (ok) return { handler, params: found };
  }
  return null;
}

/**
 * One HTTP server for everything the service exposes: webhooks, `/healthz`, the web page. A handler that throws
 * gets a 500 and a log line with the route, never the request URL's secrets.
 *
 * @example
 * const server = await listen(new Map([["GET /healthz", (_q, r) => sendJson(r, 200, { status: "ok" })]]), 3000, "127.0.0.1", logger);
 */
export async function listen(routes: Routes, port: number, host: string, logger: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const method = req.method ?? "GET";
    const found = match(routes, method, path);
    if (!found) {
      const other = ["GET", "POST"].some((m) => m !== method && match(routes, m, path));
      return sendJson(res, other ? 405 : 404, { error: other ? "method not allowed" : "not found" });
    }
    params.set(req, found.params);
    Promise.resolve()
      .then(() => found.handler(req, res))
      .catch((error: unknown) => {
        logger.error({ err: error, route: `${method} ${path.replace(/\/[^/]*$/, "/…")}` }, "request failed");
        if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
        else res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
