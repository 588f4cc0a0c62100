import { readFileSync } from "node:fs";
import path from "node:path";
import { type App, createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/logger.ts";
import { addMember } from "../../src/obligations/member-registry.ts";
import { importUnits, listUnits } from "../../src/obligations/unit-registry.ts";
import { parseUnitsCsv } from "../../src/obligations/units-csv.ts";
import { CORPUS, tempDir } from "../helpers.ts";

/**
 * An app over the seed corpus with the example unit registry and a head on Telegram for every unit whose id
 * matches `heads` (user ids 1000 + position, then 2000 + position… with `headsPerUnit`), so reminders have recipients.
 */
export async function reminderFixture(
  options: { heads?: RegExp; headsPerUnit?: number; env?: Record<string, string>; dataDir?: string } = {},
) {
  const dataDir = options.dataDir ?? tempDir();
  const config = loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: CORPUS, LOG_LEVEL: "silent", ...options.env });
  const app: App = await createApp(config, createLogger("silent"));
  importUnits(
    app.db,
    parseUnitsCsv(readFileSync(path.join(CORPUS, "units.example.csv"), "utf8"), "units.csv"),
  );
  app.refresh();
  const heads = listUnits(app.db).filter((u) => options.heads?.test(u.id));
  const perUnit = options.headsPerUnit ?? 1;
  heads.forEach((unit, i) => {
    for (let k = 0; k < perUnit; k++)
      addMember(app.db, {
        platform: "telegram",
        userId: String(1000 + i + k * 1000),
        unitId: unit.id,
        role: "head",
      });
  });
  return { app, dataDir, heads };
}
