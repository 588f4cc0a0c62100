/**
 * Entry of the planning child processes that `runWorker` forks: `--worker engine|baseline|profile --db FILE` runs
 * that phase on that database and sends its result to the parent over IPC.
 */
import { parseArgs } from "node:util";
import { planningWorker } from "./planning.ts";
import { profileWorker } from "./profile.ts";

async function main() {
  const { values } = parseArgs({ options: { worker: { type: "string" }, db: { type: "string" } } });
  const { worker, db } = values;
  if (!worker || !db) throw new Error("usage: worker.ts --worker engine|baseline|profile --db FILE");
  const result =
    worker === "profile"
      ? profileWorker(db)
      : planningWorker(worker === "engine" ? "engine" : "baseline", db);
  await new Promise<void>((resolve) => process.send?.(result, () => resolve()));
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
