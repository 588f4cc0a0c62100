import path from "node:path";
import { type Command, Option } from "commander";
import { ImportError } from "../errors.ts";
import { addMember, listMembers, PLATFORMS, ROLES } from "../obligations/member-registry.ts";
import { UNIT_KIND_LABELS } from "../obligations/unit-kinds.ts";
import { importUnits, listUnits } from "../obligations/unit-registry.ts";
import { parseUnitsCsv } from "../obligations/units-csv.ts";
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
    .description("nạp danh mục đơn vị từ tệp CSV (xem docs/units-registry.md)")
    .argument("<file>", "tệp CSV")
    .option("--json", "in kết quả dạng JSON")
    .action(async (file: string, opts: { json?: boolean }) => {
      await withApp(cli.settings(), async (app) => {
        const known = new Set(listUnits(app.db).map((u) => u.id));
        const records = parseUnitsCsv(readUtf8(file), path.basename(file), known);
        const counts = importUnits(app.db, records);
        const refreshed = app.refresh();
        if (opts.json) return console.log(JSON.stringify({ ...counts, ...refreshed }));
        console.log(
          `Đã nạp ${records.length} đơn vị (mới ${counts.added}, cập nhật ${counts.updated}); ` +
            `${refreshed.tasksAdded} nhiệm vụ mới được giao.`,
        );
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
