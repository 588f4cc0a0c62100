import { cpSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS, tempDir } from "../helpers.ts";
import { cliIn } from "./run-cli.ts";

describe("troly ingest", () => {
  it("refuses to empty the index from an empty folder without --prune, and prunes with it", async () => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const troly = cliIn(tempDir());
    const first = await troly(["ingest", "--corpus", corpus, "--json"]);
    expect(JSON.parse(first.stdout)).toMatchObject({ errors: [] });
    rmSync(corpus, { recursive: true });

    const refused = await troly(["ingest", "--corpus", corpus, "--json"]);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/^Không tìm thấy thư mục văn bản .*chạy lại với --prune\.\n$/);

    const pruned = await troly(["ingest", "--corpus", corpus, "--json", "--prune"]);
    expect(pruned.code).toBe(0);
    const report = JSON.parse(pruned.stdout);
    expect(report.removed).toHaveLength(4);
    expect(Object.keys(report).sort()).toEqual(
      ["added", "errors", "ms", "obligations", "passages", "removed", "unchanged", "updated"].sort(),
    );
  });
});
