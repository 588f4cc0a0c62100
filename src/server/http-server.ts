import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../logger.ts";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** "POST /telegram/webhook" → handler. Paths are exact; the query string is ignored. */
export type Routes = Map<string, RouteHandler>;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
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
    const path = (req.url ?? "/").split("?")[0];
    const key = `${req.method ?? "GET"} ${path}`;
    const handler = routes.get(key);
    if (!handler) {
      const allowed = [...routes.keys()].some((k) => k.endsWith(` ${path}`));
      return sendJson(res, allowed ? 405 : 404, { error: allowed ? "method not allowed" : "not found" });
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => {
        logger.error({ err: error, route: key }, "request failed");
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
