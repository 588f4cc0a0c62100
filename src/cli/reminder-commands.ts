import { type Command, InvalidArgumentError, Option } from "commander";
import { createNotifiers, reminderPolicy } from "../app.ts";
import { InputError, NotFoundError } from "../errors.ts";
import { createLogger } from "../logger.ts";
import { ReminderService } from "../reminders/reminder-service.ts";
import { type Cli, withApp } from "./cli-context.ts";

/** "2024-12-20" (09:00 Vietnam time) or a full ISO instant such as "2024-12-20T08:00:00+07:00". */
const instant = (value: string) => {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T09:00:00+07:00` : value);
  if (Number.isNaN(date.getTime()))
    throw new InvalidArgumentError("phải là ngày giờ ISO, ví dụ 2024-12-20T09:00:00+07:00");
  return date;
};

/** `troly remind --dry-run|--once` and `troly outbox [requeue]`. */
export function registerReminderCommands(program: Command, cli: Cli): void {
  program
    .command("remind")
    .description(
      "nhắc hạn: xem trước (--dry-run) hoặc lập lịch và gửi một lần (--once) qua các kênh đã cấu hình",
    )
    .option("--dry-run", "chỉ liệt kê những lời nhắc sẽ gửi")
    .option("--once", "lập lịch và gửi một lần rồi thoát")
    .option("--digest", "kèm bản tổng hợp tuần cho Ban Tổ chức")
    .option("--now <iso>", "xem như bây giờ là thời điểm này", instant)
    .option("--json", "in dạng JSON")
    .action(
      async (opts: { dryRun?: boolean; once?: boolean; digest?: boolean; now?: Date; json?: boolean }) => {
        if (!opts.dryRun && !opts.once)
          throw new InputError(
            "remind needs --dry-run or --once",
            "Hãy chọn --dry-run (xem trước) hoặc --once (lập lịch và gửi một lần).",
          );
        const config = cli.settings();
        await withApp(config, async (app) => {
          const now = opts.now ?? new Date();
          const logger = createLogger(config.logLevel);
          const lease = config.reminders.leaseSeconds * 1000;
          const notifiers = createNotifiers(config);
          const service = new ReminderService(
            app.db,
            notifiers,
            reminderPolicy(config),
            logger,
            () => new Date(),
            lease,
            app.reminderBackend,
          );
          if (opts.dryRun) {
            const { messages, unreminded } = await service.previewFromBackend(now);
            if (opts.json) return console.log(JSON.stringify({ messages, unreminded }));
            if (messages.length === 0) console.log("Không có lời nhắc nào đến hạn gửi.");
            for (const m of messages)
              console.log(`• ${m.platform}:${m.chatId} [${m.dedupeKey}]\n  ${m.text.split("\n")[0]}`);
            if (unreminded.length) console.log(`${unreminded.length} nhiệm vụ chưa có người nhận nhắc việc.`);
            return;
          }
          const report = await service.runOnce(now, { digest: opts.digest });
          if (opts.json) return console.log(JSON.stringify(report));
          console.log(
            `Lập lịch ${report.planned} (mới ${report.inserted}); đã gửi ${report.sent}, chờ gửi lại ${report.retried}, ` +
              `lỗi ${report.dead}; ${report.unreminded} nhiệm vụ chưa có người nhận.`,
          );
        });
      },
    );

  const outbox = program
    .command("outbox")
    .description("hàng đợi tin nhắc việc")
    .addOption(
      new Option("--status <status>", "lọc theo trạng thái").choices([
        "pending",
        "sending",
        "sent",
        "dead",
        "cancelled",
      ]),
    )
    .option("--json", "in mảng JSON")
    .action(async (opts: { status?: string; json?: boolean }) => {
      await withApp(cli.settings(), async (app) => {
        const rows = await app.reminderBackend.outbox.list(opts.status);
        if (opts.json) return console.log(JSON.stringify(rows));
        if (rows.length === 0) console.log("Hàng đợi trống.");
        for (const r of rows)
          console.log(
            `#${r.id} ${r.status} ${r.platform}:${r.chatId} lần ${r.attempts} ${r.lastError ?? ""}\n  ${r.text.split("\n")[0]}`,
          );
      });
    });
  outbox
    .command("requeue")
    .description("đưa tin lỗi (dead) trở lại hàng đợi")
    .argument("<id>", 'mã tin, hoặc "dead" cho mọi tin lỗi')
    .action(async (id: string) => {
      const target = id === "dead" ? "dead" : Number.parseInt(id, 10);
      if (target !== "dead" && !Number.isInteger(target))
        throw new InputError(`bad outbox id ${id}`, 'Mã tin phải là số (xem troly outbox), hoặc "dead".');
      await withApp(cli.settings(), async (app) => {
        const count = await app.reminderBackend.outbox.requeue(target, new Date().toISOString());
        if (count === 0 && target !== "dead")
          throw new NotFoundError(
            "outbox",
            id,
            "Only dead rows can be requeued; list them with `troly outbox --status dead`.",
            "Chỉ đưa lại được tin lỗi (dead); xem bằng lệnh troly outbox --status dead.",
          );
        console.log(`Đã đưa lại ${count} tin vào hàng đợi.`);
      });
    });
}
