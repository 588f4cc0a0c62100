import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { CORPUS, tempDir } from "../helpers.ts";
import { cliIn } from "./run-cli.ts";

const EXAMPLE = path.join(CORPUS, "units.example.csv");
const LINES = readFileSync(EXAMPLE, "utf8").trimEnd().split("\n");
const HEADER = LINES[0] as string;
const rowOf = (id: string) => LINES.find((l) => l.startsWith(`${id},`)) as string;

let troly: ReturnType<typeof cliIn>;
const json = (stdout: string) => JSON.parse(stdout.trim());
const file = (...rows: string[]) => {
  const name = path.join(tempDir(), "units.csv");
  writeFileSync(name, `${[HEADER, ...rows].join("\n")}\n`);
  return name;
};
const units = async () =>
  new Map(
    (json((await troly(["units", "list", "--json"])).stdout) as { id: string; province: string }[]).map(
      (u) => [u.id, u],
    ),
  );
const tasksOf = async (unit: string) =>
  (json((await troly(["tasks", "--unit", unit, "--json"])).stdout) as { id: string; unitId: string }[]).map(
    (t) => t.id,
  );

describe("units import", () => {
  beforeEach(async () => {
    troly = cliIn(tempDir());
    const first = await troly(["units", "import", EXAMPLE]);
    expect(first.code).toBe(0);
  });

  it("a file with one unchanged row changes nothing: the province stays, the unit keeps its tasks", async () => {
    const before = await units();
    const tasks = await tasksOf("hy-btc");
    expect(tasks.length).toBeGreaterThan(0);
    const result = await troly(["units", "import", file(rowOf("hy-btc"))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("không đổi 1");
    expect(await units()).toEqual(before);
    expect(before.get("hy-btc")?.province).toBe("Hưng Yên");
    expect(await tasksOf("hy-btc")).toEqual(tasks);
  });

  it("changes only the rows it names and resolves their parents against the registry", async () => {
    const before = await units();
    const renamed = rowOf("hy-btc").replace("Trưởng Ban Tổ chức Tỉnh ủy", "Đồng chí Trưởng Ban");
    const added = "hy-so-xay-dung,Sở Xây dựng tỉnh Hưng Yên,department,hy-tinh-uy,Sở Xây dựng,,,";
    const result = await troly(["units", "import", file(renamed, added), "--json"]);
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toMatchObject({
      applied: true,
      added: 1,
      updated: 1,
      unchanged: 0,
      tasksRemoved: 0,
    });
    const after = await units();
    expect(after.get("hy-so-xay-dung")).toMatchObject({ province: "Hưng Yên", parentId: "hy-tinh-uy" });
    expect(after.get("hy-btc")).toMatchObject({ head: "Đồng chí Trưởng Ban", province: "Hưng Yên" });
    for (const [id, unit] of before) if (id !== "hy-btc") expect(after.get(id)).toEqual(unit);
  });

  it("prints the tasks it would remove and removes nothing without --prune", async () => {
    const tasks = await tasksOf("hy-btc");
    // hy-btc registered as a department: "Ban Tổ chức Tỉnh ủy" no longer names it.
    const moved = rowOf("hy-btc")
      .replace(",provincial_board,", ",department,")
      .replace(/Ban Tổ chức Tỉnh ủy;BTC Tỉnh ủy;BTCTU/, "");
    const refused = await troly(["units", "import", file(moved)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Nạp tệp này sẽ gỡ \d+ nhiệm vụ/);
    const listed = [...refused.stderr.matchAll(/^• (t[0-9a-f]{12}) — Ban Tổ chức Tỉnh ủy Hưng Yên: /gm)].map(
      (m) => m[1],
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(tasks).toEqual(expect.arrayContaining(listed));
    expect(refused.stderr).toContain("Chưa thay đổi gì");
    expect((await units()).get("hy-btc")).toMatchObject({ kind: "provincial_board" });
    expect(await tasksOf("hy-btc")).toEqual(tasks);

    const pruned = await troly(["units", "import", file(moved), "--prune", "--json"]);
    expect(pruned.code).toBe(0);
    const report = json(pruned.stdout);
    expect(report).toMatchObject({ applied: true, updated: 1, tasksRemoved: listed.length });
    expect(report.removals.map((t: { id: string }) => t.id)).toEqual(listed);
    const after = await tasksOf("hy-btc");
    for (const id of listed) expect(after).not.toContain(id);
  });

  it("refuses a successor cycle built across two imports", async () => {
    const first = file("x-a,Đơn vị A,other,hy-tinh-uy,,,x-b,", "x-b,Đơn vị B,other,hy-tinh-uy,,,,");
    expect((await troly(["units", "import", first])).code).toBe(0);
    const closing = await troly(["units", "import", file("x-b,Đơn vị B,other,hy-tinh-uy,,,x-a,")]);
    expect(closing.code).toBe(1);
    expect(closing.stderr).toContain("units.csv:2: vòng lặp đơn vị kế thừa (successor): x-b → x-a → x-b");
    expect((await units()).get("x-b")).toMatchObject({ successorId: null });
  });

  it("reports a bad file in Vietnamese with file:line and imports nothing", async () => {
    const result = await troly(["units", "import", file("x-c,Đơn vị C,khong_co,,,,,")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Lỗi: tệp units\.csv có 1 lỗi, chưa nạp gì:/);
    expect(result.stderr).toContain('units.csv:2: loại đơn vị "khong_co" không hợp lệ');
    expect((await units()).has("x-c")).toBe(false);
  });
});
