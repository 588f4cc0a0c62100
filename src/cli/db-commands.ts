import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { openDatabase } from "../db/open-database.ts";
import { copyToPostgres, type TableCopy } from "../db/postgres/copy-to-postgres.ts";
import { openPostgres, redact } from "../db/postgres/open-postgres.ts";
import { InputError, TrolyError } from "../errors.ts";
import type { Cli } from "./cli-context.ts";

/** Vietnamese names of the tables, for the copy report. */
const TABLE_WORDS: Record<string, string> = {
  documents: "văn bản",
  passages: "đoạn văn bản",
  index_meta: "thông tin chỉ mục",
  obligations: "nghĩa vụ",
  units: "đơn vị",
  members: "thành viên",
  tasks: "nhiệm vụ",
  task_events: "lịch sử nhiệm vụ",
  registration_codes: "mã đăng ký",
  chat_state: "trạng thái trò chuyện",
  chat_answers: "câu trả lời đã gửi",
  feedback: "đánh giá",
  inbound_updates: "tin đã nhận",
  outbox: "tin nhắc việc",
  chat_turns: "lượt hội thoại",
};

/** Raised when PostgreSQL ends up with other counts than the SQLite file: the copy is not verified. */
class CopyMismatchError extends TrolyError {
  constructor(
    readonly tables: TableCopy[],
    readonly userMessage: string,
  ) {
    super(
      `counts differ after the copy: ${tables.map((t) => `${t.table} ${t.source}→${t.target}`).join(", ")}`,
      "copy_mismatch",
    );
  }
}

/** `troly db migrate-to-postgres --from data/troly.db`: moves a province's SQLite data into DATABASE_URL. */
export function registerDbCommands(program: Command, cli: Cli): void {
  const db = program.command("db").description("cơ sở dữ liệu");
  db.command("migrate-to-postgres")
    .description(
      "chép dữ liệu từ tệp SQLite sang PostgreSQL (DATABASE_URL): văn bản, nhiệm vụ và lịch sử, đơn vị, thành viên, hàng đợi nhắc việc; chạy lại an toàn",
    )
    .option("--from <file>", "tệp SQLite nguồn", "data/troly.db")
    .option("--json", "in kết quả dạng JSON")
    .action(async (opts: { from: string; json?: boolean }) => {
      const config = cli.settings();
      if (!config.databaseUrl)
        throw new InputError(
          "DATABASE_URL is not set",
          "Chưa đặt DATABASE_URL (ví dụ postgres://troly:matkhau@may-chu:5432/troly); hãy đặt biến này rồi chạy lại.",
        );
      const file = path.resolve(opts.from);
      if (!existsSync(file) || !statSync(file).isFile())
        throw new InputError(
          `no SQLite file at ${file}`,
          `Không tìm thấy tệp dữ liệu ${opts.from}. Hãy kiểm tra --from.`,
        );
      const source = openDatabase(file);
      const target = await openPostgres(config.databaseUrl, { max: 2 });
      try {
        const tables = await copyToPostgres(source, target, (t) => {
          if (!opts.json)
            console.log(
              `• ${TABLE_WORDS[t.table] ?? t.table}: ${t.source} dòng, chép mới ${t.copied}, trên PostgreSQL ${t.target}`,
            );
        });
        const mismatched = tables.filter((t) => t.target !== t.source);
        if (opts.json)
          console.log(
            JSON.stringify({ target: redact(config.databaseUrl), tables, verified: mismatched.length === 0 }),
          );
        if (mismatched.length > 0)
          throw new CopyMismatchError(
            mismatched,
            `Số dòng trên PostgreSQL khác tệp SQLite ở: ${mismatched.map((t) => `${TABLE_WORDS[t.table] ?? t.table} (${t.source} → ${t.target})`).join(", ")}. ` +
              "Cơ sở dữ liệu đích đã có dữ liệu khác; hãy kiểm tra trước khi chuyển hẳn sang PostgreSQL.",
          );
        if (!opts.json) console.log(`Đã chép xong và đối chiếu số dòng khớp với ${opts.from}.`);
      } finally {
        source.$client.close();
        await target.$client.end();
      }
    });
}
