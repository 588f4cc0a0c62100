import path from "node:path";
import { type Command, Option } from "commander";
import { ImportError } from "../errors.ts";
import { clip } from "../format.ts";
import { addMember, listMembers, PLATFORMS, ROLES } from "../obligations/member-registry.ts";
import { listObligations } from "../obligations/obligation-store.ts";
import { UNIT_KIND_LABELS } from "../obligations/unit-kinds.ts";
import { listUnits } from "../obligations/unit-registry.ts";
import { parseUnitsCsv } from "../obligations/units-csv.ts";
import { importUnitsWithTasks } from "../obligations/units-import.ts";
import { type Cli, readUserFile, withApp } from "./cli-context.ts";

function readUtf8(file: string): string {
  const bytes = readUserFile(file, "tệp CSV");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(path.basename(file), [
      { line: 1, message: "not UTF-8 text; save the file as UTF-8 CSV" },
    ]);
  }
}

/** `troly units import|list` and `troly members add|list`. */
export function registerRegistryCommands(program: Command, cli: Cli): void {
  const units = program.command("units").description("danh mục đơn vị");
  units
    .command("import")
    .description(
      "nạp danh mục đơn vị từ tệp CSV (xem docs/units-registry.md); chỉ thay đổi các đơn vị có trong tệp",
    )
    .argument("<file>", "tệp CSV")
    .option("--prune", "cho phép gỡ các nhiệm vụ mà danh mục mới không còn giao cho đơn vị nào")
    .option("--json", "in kết quả dạng JSON")
    .action(async (file: string, opts: { prune?: boolean; json?: boolean }) => {
      const config = cli.settings();
      await withApp(config, async (app) => {
        const records = parseUnitsCsv(readUtf8(file), path.basename(file), listUnits(app.db));
        const report = importUnitsWithTasks(app.db, records, {
          defaultProvince: config.defaultProvince,
          prune: opts.prune,
        });
        if (!report.applied) process.exitCode = 1;
        if (opts.json) {
          const obligations = listObligations(app.db).length;
          return console.log(JSON.stringify({ ...report, obligations }));
        }
        if (!report.applied) {
          console.error(
            `Nạp tệp này sẽ gỡ ${report.removals.length} nhiệm vụ vì danh mục mới không còn giao chúng cho đơn vị nào:`,
          );
          for (const t of report.removals.slice(0, 20))
            console.error(`• ${t.id} — ${t.unitName}: ${clip(t.action, 90)}`);
          if (report.removals.length > 20)
            console.error(`… và ${report.removals.length - 20} nhiệm vụ khác.`);
          console.error(
            "Chưa thay đổi gì. Hãy kiểm tra tệp (loại đơn vị, tỉnh, đơn vị cấp trên), hoặc chạy lại với --prune " +
              "để nạp và gỡ các nhiệm vụ này (lịch sử vẫn được giữ).",
          );
          return;
        }
        const parts = [
          `${report.tasksAdded} nhiệm vụ mới được giao`,
          report.tasksRemoved ? `gỡ ${report.tasksRemoved} nhiệm vụ` : "",
          report.tasksMerged ? `${report.tasksMerged} nhiệm vụ chuyển cho đơn vị kế thừa` : "",
        ].filter(Boolean);
        console.log(
          `Đã nạp ${records.length} đơn vị (mới ${report.added}, cập nhật ${report.updated}, ` +
            `không đổi ${report.unchanged}); ${parts.join(", ")}.`,
        );
        for (const t of report.removals)
          console.log(`• đã gỡ ${t.id} — ${t.unitName}: ${clip(t.action, 90)}`);
      });
    });
  units
    .command("list")
    .description("liệt kê đơn vị")
    .option("--json", "in mảng JSON")
    .action(async (opts: { json?: boolean }) => {
      await withApp(cli.settings(), async (app) => {
        const rows = listUnits(app.db);
        if (opts.json) return console.log(JSON.stringify(rows));
        if (rows.length === 0)
          console.log("Chưa có đơn vị nào. Nạp bằng: troly units import corpus/units.example.csv");
        for (const u of rows) {
          const successor = u.successorId ? ` → kế thừa: ${u.successorId}` : "";
          console.log(
            `• ${u.id} — ${u.name} (${UNIT_KIND_LABELS[u.kind]}, ${u.province || "?"})${successor}`,
          );
        }
      });
    });

  const members = program
    .command("members")
    .description("thành viên (người dùng Telegram/Zalo/web) của đơn vị");
  members
    .command("add")
    .description("gắn một người dùng với đơn vị")
    .requiredOption("--unit <id>", "mã đơn vị")
    .addOption(new Option("--platform <platform>", "nền tảng").choices([...PLATFORMS]).makeOptionMandatory())
    .requiredOption("--user-id <id>", "mã người dùng trên nền tảng")
    .addOption(new Option("--role <role>", "vai trò").choices([...ROLES]).default("officer"))
    .option("--name <name>", "tên hiển thị")
    .option("--json", "in dạng JSON")
    .action(
      async (opts: {
        unit: string;
        platform: string;
        userId: string;
        role: string;
        name?: string;
        json?: boolean;
      }) => {
        await withApp(cli.settings(), async (app) => {
          const member = addMember(app.db, {
            platform: opts.platform,
            userId: opts.userId,
            unitId: opts.unit,
            role: opts.role,
            displayName: opts.name,
          });
          if (opts.json) return console.log(JSON.stringify(member));
          console.log(
            `Đã gắn ${member.platform}:${member.userId} với đơn vị ${member.unitId} (vai trò ${member.role}).`,
          );
        });
      },
    );
  members
    .command("list")
    .description("liệt kê thành viên")
    .option("--unit <id>", "chỉ một đơn vị")
    .option("--json", "in mảng JSON")
    .action(async (opts: { unit?: string; json?: boolean }) => {
      await withApp(cli.settings(), async (app) => {
        const rows = listMembers(app.db, { unitId: opts.unit });
        if (opts.json) return console.log(JSON.stringify(rows));
        if (rows.length === 0) console.log("Chưa có thành viên nào.");
        for (const m of rows)
          console.log(`• ${m.platform}:${m.userId} — ${m.unitId} (${m.role}) ${m.displayName}`);
      });
    });
}
