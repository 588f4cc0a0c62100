import type { Db } from "../db/open-database.ts";
import { InputError } from "../errors.ts";
import { clip, vnDate } from "../format.ts";
import { calendarDay } from "../obligations/calendar-day.ts";
import type { Member } from "../obligations/member-registry.ts";
import { listObligations } from "../obligations/obligation-store.ts";
import { listTasks, type TaskView } from "../obligations/task-list.ts";
import { setTaskStatus } from "../obligations/task-table.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import type { Reply } from "./chat-message.ts";
import type { ChatStore } from "./chat-store.ts";
import type { Sender } from "./conversation.ts";

const MAX_LISTED = 15;
const STATUS: Record<TaskView["status"], string> = {
  open: "trong hạn",
  in_progress: "đang thực hiện",
  overdue: "QUÁ HẠN",
  done: "đã xong",
};

function dueLabel(t: Pick<TaskView, "due" | "deadlineText" | "deadlineKind">): string {
  if (t.due) return `hạn ${vnDate(t.due)}`;
  if (t.deadlineKind === "event") return `hạn theo sự kiện (${t.deadlineText})`;
  if (t.deadlineKind === "continuous") return "thường xuyên";
  return "không ghi hạn";
}

/** `/nhiemvu`, `/hanchot`, `/xong`, `/tiendo`: the unit's tasks, read and changed from the chat. */
export class TaskReplies {
  constructor(
    private readonly db: Db,
    private readonly store: ChatStore,
    private readonly clock: () => Date,
  ) {}

  openTasks(sender: Sender, member: Member): Reply {
    const today = calendarDay(this.clock());
    const tasks = listTasks(this.db, { unitId: member.unitId, today }).filter((t) => t.status !== "done");
    this.store.remember(sender.message.platform, sender.message.chatId, {
      lastTasks: tasks.map((t) => t.id),
    });
    if (tasks.length === 0)
      return { text: `Đơn vị ${member.unitId} không còn nhiệm vụ nào chưa hoàn thành.` };
    const shown = tasks.slice(0, MAX_LISTED);
    const lines = shown.map(
      (t, i) =>
        `${i + 1}. ${clip(t.action, 160)}\n   ${dueLabel(t)} — ${STATUS[t.status]} (${t.documentTitle}, ${t.section})`,
    );
    const more = tasks.length > shown.length ? `\n… và ${tasks.length - shown.length} nhiệm vụ khác.` : "";
    return {
      text: `Nhiệm vụ chưa hoàn thành của ${shown[0]?.currentUnitName ?? member.unitId} (${tasks.length}):\n${lines.join("\n")}${more}`,
      buttons: shown
        .slice(0, 8)
        .map((t, i) => [{ label: `✅ Đã hoàn thành ${i + 1}`, action: `done:${t.id}` }]),
      hints: ["Gõ /xong <số> để đánh dấu hoàn thành, /tiendo <số> <ghi chú> để ghi tiến độ."],
    };
  }

  /** Deadlines within N days (default 30): the member's unit's tasks, or the corpus obligations for a guest. */
  upcoming(sender: Sender, arg: string): Reply {
    const days = arg ? Number.parseInt(arg, 10) : 30;
    if (!Number.isInteger(days) || days < 1 || days > 3650)
      return { text: "Cú pháp: /hanchot [số ngày, 1–3650]" };
    const now = this.clock();
    const today = calendarDay(now);
    const until = calendarDay(new Date(now.getTime() + days * 86_400_000));
    if (sender.member) {
      const tasks = listTasks(this.db, { unitId: sender.member.unitId, today }).filter(
        (t) => t.status !== "done" && t.due !== null && t.due <= until,
      );
      if (tasks.length === 0) return { text: `Không có hạn nào của đơn vị đến ngày ${vnDate(until)}.` };
      const lines = tasks.map((t) => `• ${dueLabel(t)} — ${STATUS[t.status]}: ${clip(t.action, 120)}`);
      return { text: `Các hạn đến ngày ${vnDate(until)}:\n${lines.join("\n")}` };
    }
    const soon = listObligations(this.db).filter(
      (o) => o.deadline.due && o.deadline.due >= today && o.deadline.due <= until,
    );
    if (soon.length === 0)
      return {
        text: `Các văn bản không có hạn nào từ nay đến ngày ${vnDate(until)}. Thử /hanchot 365 hoặc /nhiemvu.`,
      };
    const lines = soon.map(
      (o) => `• hạn ${vnDate(o.deadline.due ?? today)}: ${o.responsible.join(", ")} — ${clip(o.action, 120)}`,
    );
    return { text: `Các hạn đến ngày ${vnDate(until)}:\n${lines.join("\n")}` };
  }

  /** "3" → the third task of this chat's last /nhiemvu listing; a task id is taken as is. */
  resolve(sender: Sender, arg: string): string {
    const token = arg.trim().split(/\s+/)[0] ?? "";
    if (/^t[0-9a-f]{8,12}$/.test(token)) return token;
    const n = Number.parseInt(token, 10);
    const listed = this.store.recall(sender.message.platform, sender.message.chatId).lastTasks;
    const id = Number.isInteger(n) ? listed[n - 1] : undefined;
    if (!id)
      throw new InputError(
        "task number not in last listing",
        "Hãy gõ /nhiemvu rồi chọn số nhiệm vụ, ví dụ: /xong 1",
      );
    return id;
  }

  markDone(sender: Sender, taskId: string): Reply {
    const task = this.authorize(sender, taskId);
    const { next } = setTaskStatus(this.db, task.id, { status: "done", by: sender.actor, now: this.clock() });
    const rolled = next?.due ? `\nNhiệm vụ định kỳ: kỳ tiếp theo hạn ${vnDate(next.due)}.` : "";
    return { text: `✅ Đã ghi nhận hoàn thành: ${clip(task.action, 120)}${rolled}` };
  }

  progress(sender: Sender, args: string): Reply {
    const [first = "", ...rest] = args.trim().split(/\s+/);
    const note = rest.join(" ").trim();
    if (!first || !note) return { text: "Cú pháp: /tiendo <số> <ghi chú>, ví dụ: /tiendo 2 Đã xong dự thảo" };
    const task = this.authorize(sender, this.resolve(sender, first));
    setTaskStatus(this.db, task.id, { status: "in_progress", by: sender.actor, note, now: this.clock() });
    return { text: `Đã ghi tiến độ: ${clip(task.action, 100)}\nGhi chú: ${note}` };
  }

  /** "📄 Xem văn bản" under a reminder: the passage the task comes from. */
  source(sender: Sender, taskId: string, index: PassageIndex): Reply {
    const task = this.authorize(sender, taskId);
    const passage = index.passage(task.passageId);
    if (!passage) return { text: "Đoạn văn bản này không còn trong kho (văn bản đã được cập nhật)." };
    return { text: `${task.documentTitle} — ${task.section}\n\n${passage.text}` };
  }

  /** Only the unit's members (or its successor's) and admins may touch a task; checked on every change. */
  authorize(sender: Sender, taskId: string): TaskView {
    const task = listTasks(this.db, { today: calendarDay(this.clock()), id: taskId })[0];
    if (!task)
      throw new InputError(
        `task ${taskId} not found`,
        "Không tìm thấy nhiệm vụ này. Gõ /nhiemvu để xem danh sách mới.",
      );
    const unitId = sender.member?.unitId;
    const ownUnit = unitId !== undefined && (task.unitId === unitId || task.currentUnitId === unitId);
    if (!sender.admin && !ownUnit)
      throw new InputError(
        `${sender.actor} may not change task ${taskId}`,
        "Anh/chị không có quyền cập nhật nhiệm vụ của đơn vị khác.",
      );
    return task;
  }
}
