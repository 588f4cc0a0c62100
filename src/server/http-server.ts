import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createAdaptorServer, type HttpBindings } from "@hono/node-server";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import { type Context, type Handler, Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { NotFoundError, userMessageOf } from "../errors.ts";
import type { Logger } from "../logger.ts";

/** Every route sees the Node request and response (`c.env.incoming`, `c.env.outgoing`). */
export type ServerEnv = { Bindings: HttpBindings };
export type HttpApp = Hono<ServerEnv>;
export type ServerContext = Context<ServerEnv>;
/** A plain Node handler (a channel's webhook written without the framework); mount it with `nodeRoute`. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** Mounts a plain Node handler: it reads the request and writes the response itself. */
export const nodeRoute =
  (handler: RouteHandler): Handler<ServerEnv> =>
  async (c) => {
    await handler(c.env.incoming, c.env.outgoing);
    return RESPONSE_ALREADY_SENT;
  };

/** Renders an error for a browser (the web page's layout); JSON is the default. */
export type ErrorPage = (c: ServerContext, status: ContentfulStatusCode, message: string) => Response;

/** What a status means to a user, in Vietnamese: the framework's own errors carry English text. */
const MESSAGES: Partial<Record<number, string>> = {
  400: "Yêu cầu không hợp lệ.",
  403: "Không được phép thực hiện thao tác này.",
  404: "Không tìm thấy trang hoặc dữ liệu này.",
  405: "Phương thức không được hỗ trợ cho địa chỉ này.",
  413: "Dữ liệu gửi lên quá lớn.",
  415: "Kiểu dữ liệu gửi lên không được hỗ trợ.",
  500: "Máy chủ gặp lỗi. Xin thử lại sau.",
};

/** A Vietnamese message for an HTTP status. */
export const statusMessage = (status: number) => MESSAGES[status] ?? MESSAGES[500] ?? "";

/** Refuses a request with a status and a Vietnamese message; the server's error handler renders it. */
export class HttpError extends HTTPException {
  constructor(status: ContentfulStatusCode, message = statusMessage(status)) {
    super(status, { message });
  }
}

/**
 * Caps a request body at `maxBytes` (413 above it): by Content-Length before reading, else while streaming.
 * `render` answers with a page of its own (e.g. the form again) instead of the generic error.
 *
 * @example
 * app.post("/api/ask", limitBody(64 * 1024), handler)
 */
export const limitBody = (
  maxBytes: number,
  message = statusMessage(413),
  render?: (c: ServerContext, message: string) => Response | Promise<Response>,
): MiddlewareHandler<ServerEnv> =>
  bodyLimit({
    maxSize: maxBytes,
    onError: async (c) => {
      if (!render) throw new HttpError(413, message);
      // The rest of the body is never read: close the connection after answering.
      const response = await render(c as ServerContext, message);
      response.headers.set("connection", "close");
      return response;
    },
  });

/**
 * A webhook's shared secret in a header, compared in constant time whatever the lengths (both sides are hashed);
 * a wrong or missing one gets 401 before the body is read.
 */
export const secretHeader = (header: string, secret: string): MiddlewareHandler<ServerEnv> => {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  const expected = digest(secret);
  return async (c, next) => {
    const given = c.req.header(header);
    if (given === undefined || !timingSafeEqual(digest(given), expected))
      throw new HttpError(401, "wrong or missing secret token");
    return next();
  };
};

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/**
 * Cross-site request check for every POST (and other unsafe methods): a browser says where the request comes from
 * in `Sec-Fetch-Site` (modern browsers) or `Origin`; anything but the page's own origin is refused with 403, the
 * `text/plain` and form posts a foreign page can send without CORS included. Requests without either header
 * (bots' webhooks, scripts, curl) are not cross-site requests of a browser and pass; webhooks have their secret.
 * The origin's host must equal the `Host` header, so a TLS-terminating proxy that keeps `Host` works.
 */
export const sameOriginOnly: MiddlewareHandler<ServerEnv> = async (c, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return next();
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  const ok =
    site !== undefined
      ? site === "same-origin" || site === "none"
      : origin === undefined || (origin !== "null" && hostOf(origin) === c.req.header("host"));
  if (!ok) throw new HttpError(403, "Yêu cầu gửi từ trang khác bị từ chối.");
  return next();
};

const wantsHtml = (c: ServerContext) => (c.req.header("accept") ?? "").includes("text/html");

/**
 * The one HTTP server for everything the service exposes: webhooks, `/healthz`, the web page. Hono routes it;
 * unknown paths get 404, known paths with another method 405, oversize bodies 413, invalid input 400 (from the
 * routes' validators), errors raised on purpose their Vietnamese message; anything else a 500 and a log line with
 * the route pattern, never the URL (it may hold tokens). Malformed percent-encoding never throws: Hono decodes
 * paths, parameters and queries tolerantly.
 *
 * @example
 * const http = new HttpServer(logger);
 * http.app.get("/healthz", (c) => c.json({ status: "ok" }));
 * const server = await http.listen(3000, "127.0.0.1");
 */
export class HttpServer {
  readonly app: HttpApp = new Hono<ServerEnv>();
  private errorPage: ErrorPage | null = null;

  constructor(private readonly logger: Logger) {
    this.app.use("*", sameOriginOnly);
    this.app.notFound((c) => this.respond(c, 404, statusMessage(404)));
    this.app.onError((error, c) => {
      if (error instanceof HTTPException) {
        const status = error.status as ContentfulStatusCode;
        const own = error instanceof HttpError ? error.message : statusMessage(status);
        if (status >= 500) this.logger.error({ err: error, route: c.req.routePath }, "request failed");
        return this.respond(c, status, own);
      }
      if (error instanceof NotFoundError)
        return this.respond(c, 404, userMessageOf(error) ?? statusMessage(404));
      const message = userMessageOf(error);
      if (message) return this.respond(c, 400, message);
      this.logger.error({ err: error, route: c.req.routePath, method: c.req.method }, "request failed");
      return this.respond(c, 500, statusMessage(500));
    });
  }

  /** Browsers (Accept: text/html) get errors rendered by `page`, in the site's layout. */
  setErrorPage(page: ErrorPage): void {
    this.errorPage = page;
  }

  /**
   * An error answer: the error page for a browser, `{ error }` JSON otherwise. Refused before its body arrived
   * (413, 401, 403), a request's connection is closed after the answer, so the client does not send the next
   * request on a socket still carrying the unread body.
   */
  respond(c: ServerContext, status: ContentfulStatusCode, message: string): Response {
    const response = this.render(c, status, message);
    if (c.env?.incoming && !c.env.incoming.complete) response.headers.set("connection", "close");
    return response;
  }

  private render(c: ServerContext, status: ContentfulStatusCode, message: string): Response {
    if (this.errorPage && wantsHtml(c) && !c.req.path.startsWith("/api/")) {
      try {
        return this.errorPage(c, status, message);
      } catch (error) {
        this.logger.error({ err: error }, "error page failed");
      }
    }
    return c.json({ error: message }, status, { "cache-control": "no-store" });
  }

  /** Starts listening; PORT=0 picks a free port (see `server.address()`). */
  async listen(port: number, host: string): Promise<Server> {
    this.addMethodNotAllowed();
    const server = createAdaptorServer({ fetch: this.app.fetch, hostname: host }) as Server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    return server;
  }

  /** A known path asked with another method gets 405 with an `Allow` header, not 404. */
  private addMethodNotAllowed(): void {
    const methods = new Map<string, Set<string>>();
    for (const route of this.app.routes) {
      if (route.method === "ALL") continue;
      const set = methods.get(route.path) ?? new Set<string>();
      set.add(route.method);
      methods.set(route.path, set);
    }
    for (const [path, allowed] of methods) {
      const allow = [...allowed].join(", ");
      this.app.all(path, (c) => {
        c.header("allow", allow);
        return this.respond(c, 405, statusMessage(405));
      });
    }
  }
}
