import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CORPUS, tempDir } from "../helpers.ts";
import { cliIn } from "./run-cli.ts";

const troly = cliIn(tempDir());
const json = (stdout: string) => JSON.parse(stdout.trim());

describe("troly obligations, units, members and tasks", () => {
  beforeAll(async () => {
    expect((await troly(["ingest"])).code).toBe(0);
  });

  it("obligations --json prints the contract shape", async () => {
    const { code, stdout } = await troly(["obligations", "--doc", "hy-kl-can-bo-tre-2024", "--json"]);
    expect(code).toBe(0);
    const rows = json(stdout);
    expect(Object.keys(rows[0]).sort()).toEqual(
      [
        "action",
        "assigned",
        "deadline",
        "documentId",
        "id",
        "passageId",
        "responsible",
        "section",
        "sourceText",
      ].sort(),
    );
    // No unit is registered yet: every obligation is reported with 0 units, none is dropped.
    expect(rows.every((o: { assigned: number }) => o.assigned === 0)).toBe(true);
    expect(rows.every((o: { documentId: string }) => o.documentId === "hy-kl-can-bo-tre-2024")).toBe(true);
    expect(rows).toContainEqual(
      expect.objectContaining({
        passageId: "hy-kl-can-bo-tre-2024#2.2-y1",
        deadline: {
          kind: "date",
          due: "2024-12-31",
          recurrence: "yearly",
          text: "Trước ngày 31/12/2024 và hàng năm",
        },
      }),
    );
    const llm = await troly(["obligations", "--llm", "--json"]);
    expect(llm.code).not.toBe(0);
    expect(llm.stderr).toContain("LLM_MODEL");
    const unknown = await troly(["obligations", "--doc", "khong-co", "--json"]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("Không có văn bản");
  });

  it("rejects a bad units CSV with file:line and imports nothing", async () => {
    const bad = path.join(tempDir(), "units.csv");
    writeFileSync(
      bad,
      "id,name,kind,parent,aliases,head,successor,province\n" +
        "x-tinh-uy,Tỉnh ủy X,province_party_committee,,,,,X\n" +
        "x-btc,Ban Tổ chức,not_a_kind,x-tinh-uy,,,,\n",
    );
    const result = await troly(["units", "import", bad]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/units\.csv:3/);
    expect(json((await troly(["units", "list", "--json"])).stdout)).toEqual([]);
  });

  it("imports units, assigns tasks, marks one done from the CLI and filters by status and date", async () => {
    const imported = await troly(["units", "import", path.join(CORPUS, "units.example.csv"), "--json"]);
    expect(imported.code).toBe(0);
    expect(json(imported.stdout).tasksAdded).toBeGreaterThan(0);
    const assigned = json((await troly(["obligations", "--doc", "hy-kl-can-bo-tre-2024", "--json"])).stdout);
    // "Ban Tổ chức Tỉnh ủy tham mưu …" is given to the one registered Ban Tổ chức of Hưng Yên.
    expect(
      assigned.find((o: { passageId: string }) => o.passageId === "hy-kl-can-bo-tre-2024#3.3")?.assigned,
    ).toBe(1);
    const units = json((await troly(["units", "list", "--json"])).stdout);
    expect(units.find((u: { id: string }) => u.id === "ls-btc")).toMatchObject({ kind: "provincial_board" });

    const added = await troly([
      "members",
      "add",
      "--unit",
      "ls-btc",
      "--platform",
      "telegram",
      "--user-id",
      "42",
      "--role",
      "head",
    ]);
    expect(added.code).toBe(0);
    const badMember = await troly([
      "members",
      "add",
      "--unit",
      "khong-co",
      "--platform",
      "telegram",
      "--user-id",
      "1",
    ]);
    expect(badMember.code).not.toBe(0);

    const args = ["tasks", "--unit", "ls-btc", "--due-before", "2024-12-31", "--now", "2025-01-10", "--json"];
    const [task] = json((await troly(args)).stdout);
    expect(Object.keys(task)).toEqual(
      expect.arrayContaining([
        "id",
        "obligationId",
        "unitId",
        "unitName",
        "action",
        "due",
        "status",
        "deadlineText",
        "documentTitle",
        "section",
      ]),
    );
    expect(task).toMatchObject({ unitId: "ls-btc", due: "2024-12-31", status: "overdue" });

    const overdue = await troly([
      "ask",
      "--json",
      "--member",
      "telegram:42",
      "--now",
      "2025-01-10",
      "Đơn vị tôi còn nhiệm vụ nào quá hạn?",
    ]);
    const answer = json(overdue.stdout);
    expect(answer.answer).toContain(task.id);
    expect(answer.citations[0]).toMatchObject({ passageId: "ls-tb-kl-btc-2024#3" });

    expect((await troly(["task", "done", task.id, "--by", "telegram:42", "--note", "Đã xong"])).code).toBe(0);
    const done = json((await troly(["tasks", "--unit", "ls-btc", "--status", "done", "--json"])).stdout);
    expect(done.map((t: { id: string }) => t.id)).toEqual([task.id]);
    const missing = await troly(["task", "done", "tkhongco", "--by", "x"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/Không tìm thấy nhiệm vụ/);
    const badDate = await troly(["tasks", "--due-before", "31/12/2024"]);
    expect(badDate.code).not.toBe(0);
  });

  it("answers deadline questions from the obligations table with citations", async () => {
    const byDate = json(
      (await troly(["ask", "--json", "Những việc nào phải xong trước 31/12/2024?"])).stdout,
    );
    expect(byDate.refused).toBe(false);
    expect(byDate.answer).toContain("31/12/2024");
    expect(byDate.citations.map((c: { passageId: string }) => c.passageId)).toEqual(
      expect.arrayContaining(["hy-kl-can-bo-tre-2024#2.2-y1", "ls-tb-kl-btc-2024#3"]),
    );
    const duties = json(
      (await troly(["ask", "--json", "Huyện ủy nhận kết luận về cán bộ trẻ xong thì phải làm những gì?"]))
        .stdout,
    );
    expect(duties.answer).toMatch(/^Việc các huyện ủy, thị ủy, thành ủy được giao đích danh/);
    expect(duties.citations[0].passageId).toBe("hy-kl-can-bo-tre-2024#3.1");
    const yearly = json((await troly(["ask", "--json", "viec nao phai lam hang nam"])).stdout);
    expect(yearly.citations.map((c: { passageId: string }) => c.passageId)).toContain("kl-hnbch-14-nq17#4");
  });
});
