import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appWebBackend } from "../../../src/channels/web/web-backend.ts";
import { mountWebPage } from "../../../src/channels/web/web-routes.ts";
import { feedback, taskEvents } from "../../../src/db/schema.ts";
import { vnDateTime } from "../../../src/format.ts";
import { createLogger } from "../../../src/logger.ts";
import { listTasks } from "../../../src/obligations/task-list.ts";
import { setTaskStatus } from "../../../src/obligations/task-table.ts";
import { HttpServer } from "../../../src/server/http-server.ts";
import { tempDir } from "../../helpers.ts";
import { adminSession, dayFromToday, startWebService, type WebService } from "./web-fixture.ts";

const PASSWORD = "mat-khau-bieu-mau";
let web: WebService;
let admin: { cookie: string; csrf: string };

beforeAll(async () => {
  web = await startWebService({ ADMIN_PASSWORD: PASSWORD });
  admin = await adminSession(web.base, PASSWORD);
});
afterAll(async () => {
  await web?.stop();
});

const ask = async (question: string, cookie = "", chat = "thu-nghiem-01") => {
  const res = await fetch(`${web.base}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ question, chat }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    answer: string;
    refused: boolean;
    answerId: number;
    citations: unknown[];
    cut?: { length: number; limit: number };
  };
};

const post = (url: string, body: Record<string, string>, cookie = admin.cookie) =>
  fetch(`${web.base}${url}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: admin.csrf, ...body }),
    redirect: "manual",
  });

const upload = (url: string, name: string, content: string | Uint8Array, type = "text/plain") => {
  const form = new FormData();
  form.set("_csrf", admin.csrf);
  form.set("file", new Blob([content], { type }), name);
  return fetch(`${web.base}${url}`, {
    method: "POST",
    headers: { cookie: admin.cookie },
    body: form,
    redirect: "manual",
  });
};

const getText = async (url: string, cookie = admin.cookie) =>
  (await fetch(`${web.base}${url}`, { headers: { cookie } })).text();

describe("web chat", () => {
  it("answers 'sắp đến hạn trong 30 ngày' from the task table", async () => {
    const all = await ask("Việc nào sắp đến hạn trong 30 ngày tới?");
    expect(all.refused).toBe(false);
    expect(all.answer).toContain("chuẩn bị báo cáo sơ kết công tác cán bộ");
    expect(all.answer).toContain(dayFromToday(10).vn);
    expect(all.answer).toContain("chuẩn bị tài liệu hội nghị");
    expect(all.citations.length).toBeGreaterThan(0);
    const mine = await ask("Việc nào sắp đến hạn trong 30 ngày tới?", "troly_unit=ls-btc");
    expect(mine.answer).toMatch(/^Ban Tổ chức Tỉnh ủy Lạng Sơn có 1 nhiệm vụ đến hạn/);
    expect(mine.answer).not.toContain("tài liệu hội nghị");
  });

  it("does not list due tasks for a question about what a text says ('sắp hết hạn … trước bao nhiêu ngày?')", async () => {
    const answer = await ask("Sắp hết hạn tạm trú thì phải làm thủ tục gia hạn trước bao nhiêu ngày?");
    expect(answer.answer).not.toMatch(/^Các việc có hạn/);
    expect(answer.answer).not.toContain("chuẩn bị báo cáo sơ kết công tác cán bộ");
  });

  it("answers 'Đơn vị tôi còn nhiệm vụ nào quá hạn?' for the unit picked on the page (cookie)", async () => {
    const page = await getText("/", "");
    expect(page).toContain('<select id="unit"');
    expect(page).toContain("Ban Tổ chức Tỉnh ủy Lạng Sơn");
    const guest = await ask("Đơn vị tôi còn nhiệm vụ nào quá hạn?");
    expect(guest.refused).toBe(true);
    expect(guest.answer).toContain("Đơn vị của tôi");
    expect(guest.answer).not.toContain("troly members");
    const member = await ask("Đơn vị tôi còn nhiệm vụ nào quá hạn?", "troly_unit=ls-btc");
    expect(member.refused).toBe(false);
    expect(member.answer).toMatch(/^Ban Tổ chức Tỉnh ủy Lạng Sơn có \d+ nhiệm vụ quá hạn/);
    const chosen = await getText("/", "troly_unit=ls-btc");
    expect(chosen).toContain('<option value="ls-btc" selected>');
  });

  it("says when a question over 2,000 characters was cut", async () => {
    const long =
      `Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào? ${"xin hỏi thêm ".repeat(300)}`.trim();
    const answer = await ask(long);
    expect(answer.cut).toEqual({ length: long.length, limit: 2000 });
  });

  it("keeps one vote per visitor and answer, changeable, with the answer and its citations", async () => {
    const answer = await ask(
      "Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào?",
      "",
      "phieu-bau-01",
    );
    const vote = (value: number, visitor = "a".repeat(32), chat = "phieu-bau-01") =>
      fetch(`${web.base}/api/feedback`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `troly_visitor=${visitor}` },
        body: JSON.stringify({ answerId: answer.answerId, chat, value }),
      });
    expect(await (await vote(1)).json()).toEqual({ ok: true, vote: "new" });
    expect(await (await vote(-1)).json()).toEqual({ ok: true, vote: "changed" });
    expect(await (await vote(1, "b".repeat(32))).json()).toEqual({ ok: true, vote: "new" });
    expect((await vote(1, "a".repeat(32), "chat-cua-nguoi-khac")).status).toBe(404);
    const rows = web.app.db.select().from(feedback).all();
    const mine = rows.filter((r) => r.answerId === answer.answerId);
    expect(mine.map((r) => r.value).sort()).toEqual([-1, 1]);
    expect(mine[0]?.answer).toBe(answer.answer);
    expect(mine[0]?.question).toBe("Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào?");
    expect(mine[0]?.citations?.[0]?.text).toContain("31/12/2024");
  });
});

describe("task table", () => {
  it("pages the table and filters tasks in progress", async () => {
    const total = listTasks(web.app.db).length;
    expect(total).toBeGreaterThan(40);
    const first = await getText("/tasks");
    expect(first.match(/data-task="/g)?.length).toBe(20);
    expect(first).toContain(`Trang 1/${Math.ceil(total / 20)}`);
    const second = await getText("/tasks?page=2");
    expect(second).toContain(`Trang 2/${Math.ceil(total / 20)}`);
    const started = listTasks(web.app.db, { unitId: "hy-btc" })[0];
    setTaskStatus(web.app.db, started?.id ?? "", { status: "in_progress", by: "test", note: "đang làm" });
    const progress = await getText("/tasks?status=in_progress");
    expect(progress).toContain('<option value="in_progress" selected>đang thực hiện</option>');
    expect(progress.match(/data-task="([^"]+)"/g)).toEqual([`data-task="${started?.id}"`]);
  });

  it("refuses a completion day after today, and keeps the filters after marking done", async () => {
    const task = listTasks(web.app.db, { unitId: "ls-btc", status: "overdue" })[0];
    expect(task?.due).toBeTruthy();
    const future = await post(`/tasks/${task?.id}/done`, { completedOn: dayFromToday(2).iso });
    expect(future.status).toBe(400);
    expect(await future.text()).toContain("không thể sau hôm nay");
    const done = await post(`/tasks/${task?.id}/done`, {
      completedOn: dayFromToday(0).iso,
      note: '=HYPERLINK("http://x")',
      back: "unit=ls-btc&status=overdue&page=1",
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/tasks?unit=ls-btc&status=overdue&done=1");
    expect(listTasks(web.app.db, { id: task?.id })[0]?.status).toBe("done");
    // The unit's history lists the change even when the filters hide the task it changed.
    const history = await getText("/tasks?unit=ls-btc&status=open");
    expect(history).not.toContain(`data-task="${task?.id}"`);
    expect(history).toContain("chưa xong → đã xong");
    const event = web.app.db
      .select()
      .from(taskEvents)
      .where(eq(taskEvents.taskId, task?.id ?? ""))
      .all()
      .at(-1);
    expect(history).toContain(`<td data-label="Thời điểm (giờ Việt Nam)">${vnDateTime(event?.at)}</td>`);
  });

  it("records the completion day given: finished on the due day is on time, whenever it is recorded", async () => {
    const task = listTasks(web.app.db, { unitId: "hy-btc", status: "overdue" })[0];
    expect(task?.due).toBeTruthy();
    const done = await post(`/tasks/${task?.id}/done`, { completedOn: task?.due ?? "" });
    expect(done.status).toBe(303);
    expect(listTasks(web.app.db, { id: task?.id })[0]).toMatchObject({ status: "done", outcome: "on_time" });
    const page = await getText("/tasks?unit=hy-btc&status=done");
    expect(page).toContain(`đã xong</span> ngày ${task?.due?.split("-").reverse().join("/")}`);
    expect(page).toContain("(đúng hạn)");
  });

  it("exports the table in Vietnamese with formulas defused", async () => {
    const csv = await getText("/tasks.csv?unit=ls-btc");
    const [header] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toContain("Trạng thái");
    expect(header).not.toMatch(/\bstatus\b|\boutcome\b/);
    expect(csv).toMatch(/,đã xong,(?:đúng hạn|quá hạn),/);
    expect(csv).toContain(",trong hạn,");
    expect(csv).not.toMatch(/,(?:overdue|open|done|on_time|late|in_progress),/);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const excel = await getText("/tasks.csv?unit=ls-btc&sep=semicolon");
    expect(excel.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^Mã nhiệm vụ;Mã đơn vị;/);
    expect(await getText("/tasks?unit=ls-btc")).toContain('href="/tasks.csv?unit=ls-btc&amp;sep=semicolon"');
  });
});

describe("units, uploads and reminders", () => {
  it("imports a semicolon-separated units CSV (Excel under Vietnamese settings)", async () => {
    const csv =
      "id;name;kind;parent;aliases;head;successor;province\r\nls-ban-thu;Ban Thử nghiệm Tỉnh ủy Lạng Sơn;provincial_board;ls-tinh-uy;Ban Thử;;;Lạng Sơn\r\n";
    const res = await upload("/units/import", "don-vi.csv", csv, "text/csv");
    const page = await res.text();
    expect(page).toContain("Đã nạp 1 đơn vị (mới 1)");
    const bad = await (await upload("/units/import", "loi.csv", "id;name\r\nx;y\r\n", "text/csv")).text();
    expect(bad).toContain("Tệp có lỗi, chưa nạp gì: dòng 1:");
    expect(bad).toContain('type="file"');
  });

  it("creates a registration code for a registered unit, with roles in Vietnamese", async () => {
    const form = await getText("/units");
    expect(form).toContain('<option value="head">trưởng đơn vị</option>');
    const created = await post("/codes", { unit: "ls-btc", role: "head" });
    expect(created.status).toBe(303);
    const location = created.headers.get("location") ?? "";
    expect(location).toMatch(/^\/units\?code=[A-Z0-9]{6}$/);
    expect(await getText(location)).toContain("Mã đăng ký:");
    expect((await post("/codes", { unit: "khong-co", role: "head" })).status).toBe(404);
    expect((await post("/codes", { unit: "ls-btc", role: "boss" })).status).toBe(400);
    expect((await fetch(`${web.base}/units?code=%3Cscript%3E`)).status).toBe(400);
  });

  it("says an empty file is empty and keeps the form after an error", async () => {
    const empty = await upload("/documents/upload", "trong.md", "");
    expect(empty.status).toBe(400);
    const page = await empty.text();
    expect(page).toContain("Tệp &quot;trong.md&quot; trống");
    expect(page).not.toContain("Chưa chọn tệp.");
    expect(page).toContain('action="/documents/upload"');
    const garbage = await (
      await upload("/documents/upload", "anh.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))
    ).text();
    expect(garbage).toContain('class="flash error"');
    expect(garbage).toContain('action="/documents/upload"');
  });

  it("answers an upload over 10 MB with 413 and the form again", async () => {
    const res = await upload("/documents/upload", "lon.md", new Uint8Array(11 * 1024 * 1024).fill(65));
    expect(res.status).toBe(413);
    const page = await res.text();
    expect(page).toContain("Tệp quá lớn (tối đa 10 MB)");
    expect(page).toContain('action="/documents/upload"');
  });

  it("previews number, date, province and units, then says how many tasks were made and what went to no unit", async () => {
    const letter = `TỈNH ỦY HƯNG YÊN\n\nSố: 15-CV/TU\n\nHưng Yên, ngày 05 tháng 8 năm 2024\n\nCÔNG VĂN\n\nVề việc tuyên truyền\n\nBan Thường vụ Tỉnh ủy đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n\n1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì xây dựng kế hoạch tuyên truyền.\n\n2. Chánh Văn phòng UBND tỉnh theo dõi, tổng hợp kết quả thực hiện.\n`;
    const preview = await (await upload("/documents/upload", "cong-van-15.md", letter)).text();
    expect(preview).toContain("<dt>Số</dt><dd>15-CV/TU</dd>");
    expect(preview).toContain("<dt>Ngày</dt><dd>05/08/2024</dd>");
    expect(preview).toContain("<dt>Tỉnh</dt><dd>Hưng Yên</dd>");
    expect(preview).toContain("Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên");
    const token = /name="pending" value="([a-f0-9]+)"/.exec(preview)?.[1] ?? "";
    const confirmed = await post("/documents/confirm", { pending: token });
    expect(confirmed.status).toBe(303);
    const location = confirmed.headers.get("location") ?? "";
    expect(location).toMatch(/\?uploaded=1$/);
    const done = await getText(location);
    expect(done).toContain("Đã nạp văn bản: 1 nhiệm vụ mới.");
    expect(done).toMatch(/1 nghĩa vụ chưa giao cho đơn vị nào:<ul><li>[^<]*Chánh Văn phòng UBND tỉnh/);
  });

  it("lists tasks due that nobody can be reminded of, in Vietnamese", async () => {
    const page = await getText("/reminders");
    expect(page).toMatch(/Đến hạn nhưng không có ai để nhắc \([1-9]\d*\)/);
    expect(page).toContain("Chờ gửi:");
    expect(page).not.toMatch(/>(?:pending|dead|sending|sent)</);
  });

  it("names recurrences in Vietnamese", async () => {
    const pages = await Promise.all(
      ["hy-kl-can-bo-tre-2024", "ls-tb-kl-btc-2024", "kl-hnbch-14-nq17", "btc-cv-cong-tac-can-bo"].map((id) =>
        getText(`/documents/${id}`),
      ),
    );
    expect(pages.join("")).not.toMatch(/class="tag">(?:yearly|quarterly|monthly|periodic)</);
    expect(pages.join("")).toMatch(/class="tag">(?:hằng năm|hằng quý|hằng tháng|định kỳ)</);
  });
});

describe("evaluation page", () => {
  it("names the metrics in Vietnamese", async () => {
    const results = tempDir();
    mkdirSync(results, { recursive: true });
    writeFileSync(
      path.join(results, "latest.json"),
      JSON.stringify({
        metrics: { recallAt5: 0.961, factAccuracy: 0.953, latencyP95Ms: 20 },
        obligations: { obligationF1: 1 },
        outcomes: [],
        sets: {
          seeds: { figures: { recallAt5: 0.961, factAccuracy: 0.953 } },
          devHeldout: { figures: { recallAt5: 0.9 } },
        },
      }),
    );
    const http = new HttpServer(createLogger("silent"));
    mountWebPage(http, appWebBackend(web.app), createLogger("silent"), { resultsDir: results });
    const server = await http.listen(0, "127.0.0.1");
    try {
      const address = server.address() as { port: number };
      const page = await (await fetch(`http://127.0.0.1:${address.port}/eval`)).text();
      expect(page).toContain("Độ chính xác dữ kiện");
      expect(page).toContain("Bộ phát triển – phần giữ lại");
      expect(page).not.toMatch(/>factAccuracy<|>recallAt5</);
    } finally {
      server.close();
    }
  });
});
