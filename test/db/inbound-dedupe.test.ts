import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InboundDedupe, pgInboundDedupe, sqliteInboundDedupe } from "../../src/db/inbound-dedupe.ts";
import { openDatabase } from "../../src/db/open-database.ts";
import { openPostgres } from "../../src/db/postgres/open-postgres.ts";
import { tempDir } from "../helpers.ts";
import { backendsUnderTest, freshPgUrl } from "./pg-test-db.ts";

/** Two instances (two connections) asking about the same updates at the same moment. */
async function twoInstances(name: "sqlite" | "postgres") {
  if (name === "sqlite") {
    const file = path.join(tempDir(), "troly.db");
    const dbs = [openDatabase(file), openDatabase(file)];
    return {
      stores: dbs.map(sqliteInboundDedupe),
      close: async () => {
        for (const db of dbs) db.$client.close();
      },
    };
  }
  const url = await freshPgUrl();
  const dbs = [await openPostgres(url), await openPostgres(url)];
  return {
    stores: dbs.map(pgInboundDedupe),
    close: async () => {
      for (const db of dbs) await db.$client.end();
    },
  };
}

describe.each(backendsUnderTest())("inbound update dedupe on %s", (name) => {
  let stores: InboundDedupe[] = [];
  let close = async () => {};
  beforeAll(async () => {
    ({ stores, close } = await twoInstances(name));
  });
  afterAll(() => close());

  it("answers an update delivered to both instances once", async () => {
    const now = new Date("2025-01-06T02:00:00Z");
    const keys = Array.from({ length: 50 }, (_, i) => `telegram:${1000 + i}`);
    const firsts = await Promise.all(
      keys.flatMap((key) => stores.map((store) => store.firstDelivery(key, now))),
    );
    expect(firsts.filter(Boolean)).toHaveLength(keys.length);
    for (let i = 0; i < keys.length; i++)
      expect([firsts[2 * i], firsts[2 * i + 1]].sort()).toEqual([false, true]);
    expect(await stores[1]?.firstDelivery("telegram:1000", now)).toBe(false);
  });

  it("forgets keys after a week", async () => {
    const later = new Date("2025-01-14T02:00:00Z");
    expect(await stores[0]?.firstDelivery("zalo:x", later)).toBe(true);
    expect(await stores[1]?.firstDelivery("telegram:1000", later)).toBe(true);
  });
});
