import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.ts";
import { ConfigError } from "../../src/errors.ts";

describe("loadConfig", () => {
  it("runs offline with no settings", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      embeddings: null,
      telegram: null,
      zalo: null,
      port: 3000,
      host: "127.0.0.1",
    });
  });

  it("refuses webhook mode without a secret and names the variable to set", () => {
    const env = { TELEGRAM_BOT_TOKEN: "1:a", TELEGRAM_WEBHOOK_URL: "https://x.example/telegram/webhook" };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ZALO_WEBHOOK_URL: "https://x.example/zalo" })).toThrow(/ZALO_BOT_TOKEN/);
  });

  it("reads channel tokens and admin id lists", () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: "1:a",
      ADMIN_TELEGRAM_IDS: "1, 2 3",
      ZALO_BOT_TOKEN: "z",
    });
    expect(config.telegram).toMatchObject({ token: "1:a", webhook: null, admins: ["1", "2", "3"] });
    expect(config.zalo).toMatchObject({ token: "z", admins: [] });
    expect(() => loadConfig({ PORT: "abc" })).toThrow(/PORT/);
  });

  it("reads the ingest limits: MAX_FILE_MB (default 5) and INGEST_WAIT_SECONDS (default 60)", () => {
    expect(loadConfig({})).toMatchObject({ maxFileBytes: 5 * 1024 * 1024, ingestWaitMs: 60_000 });
    expect(loadConfig({ MAX_FILE_MB: "0.5", INGEST_WAIT_SECONDS: "0" })).toMatchObject({
      maxFileBytes: 512 * 1024,
      ingestWaitMs: 0,
    });
    expect(() => loadConfig({ MAX_FILE_MB: "0" })).toThrow(/MAX_FILE_MB/);
    expect(() => loadConfig({ MAX_FILE_MB: "năm" })).toThrow(/MAX_FILE_MB/);
  });

  it("uses the SQLite file unless DATABASE_URL names a PostgreSQL server", () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: " " }).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: "postgres://troly@db:5432/troly" }).databaseUrl).toBe(
      "postgres://troly@db:5432/troly",
    );
    expect(loadConfig({ DATABASE_URL: "postgresql://db/troly" }).databaseUrl).toBe("postgresql://db/troly");
    expect(() => loadConfig({ DATABASE_URL: "mysql://db/troly" })).toThrow(/DATABASE_URL/);
  });

  it("checks the shared corpus version every CORPUS_POLL_SECONDS (2 by default)", () => {
    expect(loadConfig({}).corpusPollMs).toBe(2000);
    expect(loadConfig({ CORPUS_POLL_SECONDS: "0.5" }).corpusPollMs).toBe(500);
    expect(() => loadConfig({ CORPUS_POLL_SECONDS: "0" })).toThrow(/CORPUS_POLL_SECONDS/);
  });
});
