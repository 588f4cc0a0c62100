import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/open-database.ts";
import { indexMeta } from "../../db/schema.ts";

const COOKIE = "troly_session";
const SESSION_MS = 12 * 3600_000;
const HASH_KEY = "admin_password_hash";

/** "salt:hash" with scrypt; compared in constant time. */
export function hashPassword(password: string, salt = randomBytes(16).toString("hex")): string {
  return `${salt}:${scryptSync(password, salt, 32).toString("hex")}`;
}

function verify(password: string, stored: string): boolean {
  const [salt = "", hash = ""] = stored.split(":");
  const expected = Buffer.from(hash, "hex");
  const actual = scryptSync(password, salt, 32);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export interface Session {
  csrf: string;
  expires: number;
}

/**
 * Admin login for the web page: the password comes from `ADMIN_PASSWORD` (hashed at start-up, never stored in
 * clear) or, without it, from a one-time setup on first visit that stores only the hash. Sessions live in memory
 * (a restart logs admins out); cookies are HttpOnly and SameSite=Strict; every form carries the session's CSRF token.
 *
 * @example
 * const auth = new AdminAuth(db, process.env.ADMIN_PASSWORD); auth.login("secret", res);
 */
export class AdminAuth {
  private readonly sessions = new Map<string, Session>();
  private readonly envHash: string | null;

  constructor(
    private readonly db: Db,
    adminPassword: string | undefined,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.envHash = adminPassword ? hashPassword(adminPassword) : null;
  }

  /** True until a password exists (env or setup): the login page then offers the one-time setup. */
  needsSetup(): boolean {
    return !this.envHash && !this.storedHash();
  }

  setup(password: string): boolean {
    if (!this.needsSetup() || password.length < 8) return false;
    this.db
      .insert(indexMeta)
      .values({ key: HASH_KEY, value: hashPassword(password) })
      .run();
    return true;
  }

  login(password: string, res: ServerResponse): boolean {
    const stored = this.envHash ?? this.storedHash();
    if (!stored || !verify(password, stored)) return false;
    const id = randomBytes(24).toString("base64url");
    this.sessions.set(id, {
      csrf: randomBytes(24).toString("base64url"),
      expires: this.clock() + SESSION_MS,
    });
    res.setHeader(
      "set-cookie",
      `${COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_MS / 1000}`,
    );
    return true;
  }

  logout(req: IncomingMessage, res: ServerResponse): void {
    const id = sessionId(req);
    if (id) this.sessions.delete(id);
    res.setHeader("set-cookie", `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
  }

  session(req: IncomingMessage): Session | null {
    const id = sessionId(req);
    const session = id ? this.sessions.get(id) : undefined;
    if (!session) return null;
    if (session.expires < this.clock()) {
      this.sessions.delete(id as string);
      return null;
    }
    return session;
  }

  /** The session when the form's CSRF token matches it; null otherwise (the caller answers 403). */
  authorize(req: IncomingMessage, token: string | undefined): Session | null {
    const session = this.session(req);
    if (!session || !token) return null;
    const a = Buffer.from(session.csrf);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b) ? session : null;
  }

  private storedHash(): string | null {
    return this.db.select().from(indexMeta).where(eq(indexMeta.key, HASH_KEY)).get()?.value ?? null;
  }
}

function sessionId(req: IncomingMessage): string | null {
  const cookies = req.headers.cookie ?? "";
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(cookies);
  return match?.[1] ?? null;
}
