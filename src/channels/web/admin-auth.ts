import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import { memorySessionStore, type Session, type SessionStore } from "../../db/session-store.ts";

export type { Session, SessionStore } from "../../db/session-store.ts";

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

/** Where the admin password's hash is kept (the `index_meta` table in the service). */
export interface SecretStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/**
 * Admin login for the web page: the password comes from `ADMIN_PASSWORD` (hashed at start-up, never stored in
 * clear) or, without it, from a one-time setup on first visit that stores only the hash. Sessions live in a
 * SessionStore (memory by default: a restart logs admins out); cookies are HttpOnly and SameSite=Strict; every form
 * carries the session's CSRF token.
 *
 * @example
 * const auth = new AdminAuth(store, config.adminPassword, memorySessionStore());
 * const cookie = await auth.login("secret"); // a Set-Cookie value, or null for a wrong password
 * await auth.session(request.headers.get("cookie")) // the Session, or null
 */
export class AdminAuth {
  private readonly envHash: string | null;

  constructor(
    private readonly store: SecretStore,
    adminPassword: string | undefined,
    private readonly sessions: SessionStore = memorySessionStore(),
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
    this.store.set(HASH_KEY, hashPassword(password));
    return true;
  }

  /** The session cookie to set when the password is right; null otherwise. */
  async login(password: string): Promise<string | null> {
    const stored = this.envHash ?? this.storedHash();
    if (!stored || !verify(password, stored)) return null;
    const id = randomBytes(24).toString("base64url");
    await this.sessions.set(id, {
      csrf: randomBytes(24).toString("base64url"),
      expires: this.clock() + SESSION_MS,
    });
    return `${COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_MS / 1000}`;
  }

  /** Ends the session; returns the Set-Cookie value that clears the cookie. */
  async logout(cookies: string | undefined): Promise<string> {
    const id = sessionId(cookies);
    if (id) await this.sessions.delete(id);
    return `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
  }

  /** The session of a `Cookie` header, or null (none, unknown or expired). */
  async session(cookies: string | undefined): Promise<Session | null> {
    const id = sessionId(cookies);
    const session = id ? await this.sessions.get(id) : null;
    if (!session) return null;
    if (session.expires < this.clock()) {
      await this.sessions.delete(id as string);
      return null;
    }
    return session;
  }

  /** The session when the form's CSRF token matches it; null otherwise (the caller answers 403). */
  async authorize(cookies: string | undefined, token: string | undefined): Promise<Session | null> {
    const session = await this.session(cookies);
    if (!session || !token) return null;
    const a = Buffer.from(session.csrf);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b) ? session : null;
  }

  private storedHash(): string | null {
    return this.store.get(HASH_KEY);
  }
}

function sessionId(cookies: string | undefined): string | null {
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(cookies ?? "");
  return match?.[1] ?? null;
}
