import type { Db } from "../db/open-database.ts";
import { InputError } from "../errors.ts";
import { clip, vnDate } from "../format.ts";
import { calendarDay } from "../obligations/calendar-day.ts";
import type { Member } from "../obligations/member-registry.ts";
import { listObligations } from "../obligations/obligation-store.ts";
import { listTasks, type TaskView } from "../obligations/task-list.ts";
import { setTaskStatus } from "../obligations/task-table.ts";
import { listUnits } from "../obligations/unit-registry.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import type { Reply, ReplyButton } from "./chat-message.ts";
import type { ChatStore } from "./chat-store.ts";
import type { Sender } from "./conversation.ts";

/** Tasks per /nhiemvu page; "Xem tiếp" (Telegram) or /nhiemvu 2 (Zalo) shows the next. */
export const TASK_PAGE_SIZE = 10;
const DONE_BUTTONS_PER_ROW = 2;
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

/**
 * A day typed in chat as the ISO day the task table takes: "20/12" (the last 20/12 up to today), "20/12/2024",
 * "20-12-2024" or "2024-12-20". Whether a full date lies in the future is the task table's to refuse.
 *
 * @example
 * chatDay("20/12", "2025-01-10") // "2024-12-20"
 */
export function chatDay(typed: string, today: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const vn = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(typed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : vn
      ? [Number(vn[3] ?? today.slice(0, 4)), Number(vn[2]), Number(vn[1])]
      : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    throw new InputError(
      `completion day "${typed}" unreadable`,
      `Không đọc được ngày "${typed}". Ghi ngày hoàn thành như 20/12/2024, ví dụ: /xong 3 20/12/2024`,
    );
  const result = date.toISOString().slice(0, 10);
  // "20/12" typed in January means last December.
  return vn && !vn[3] && result > today ? chatDay(`${day}/${month}/${year - 1}`, today) : result;
}

/**
 * Where a user's last task listing is remembered: the chat in a private chat; the chat and the user in a group,
 * so one member's "/xong 3" never means another member's listing.
 */
function listingKey(sender: Sender): string {
  const { chatType, chatId, userId } = sender.message;
  return chatType === "group" ? `${chatId}#${userId}` : chatId;
}

/** `/nhiemvu`, `/hanchot`, `/xong`, `/tiendo`: the unit's tasks, read and changed from the chat. */
export class TaskReplies {
  constructor(
    private readonly db: Db,
    private readonly store: ChatStore,
    private readonly clock: () => Date,
    /** Told which tasks changed (e.g. to write them through to PostgreSQL); nothing by default. */
    private readonly changed: (ids: (string | undefined)[]) => void = () => {},
  ) {}

  /**
   * `/nhiemvu [trang]`: without a page, a fresh listing of the unit's unfinished tasks, remembered for this user in
   * this chat and shown from its first page; with a page, that page of the remembered listing (numbers stay those
   * of the listing, statuses are today's, so `/xong 17` means what the user saw). Items are separated by blank
   * lines and the reply is `itemized`, so a long page is split between tasks, never inside one.
   */
  openTasks(sender: Sender, member: Member, arg = "", pageSize = TASK_PAGE_SIZE): Reply {
    const page = arg.trim() ? Number(arg.trim()) : 1;
    if (!Number.isInteger(page) || page < 1)
      return { text: "Cú pháp: /nhiemvu [số trang], ví dụ: /nhiemvu 2" };
    const today = calendarDay(this.clock());
    const unitName = this.unitName(member.unitId);
    const key = listingKey(sender);
    const remembered = page > 1 ? this.store.recall(sender.message.platform, key).lastTasks : [];
    let listing: (TaskView | undefined)[];
    if (remembered.length > 0) {
      const byId = new Map(listTasks(this.db, { unitId: member.unitId, today }).map((t) => [t.id, t]));
      listing = remembered.map((id) => byId.get(id));
    } else {
      listing = listTasks(this.db, { unitId: member.unitId, today, notDone: true });
      this.store.remember(sender.message.platform, key, {
        lastTasks: listing.map((t) => (t as TaskView).id),
      });
    }
    if (listing.length === 0) return { text: `${unitName} không còn nhiệm vụ nào chưa hoàn thành.` };
    const pages = Math.ceil(listing.length / pageSize);
    if (page > pages) return { text: `Danh sách nhiệm vụ chỉ có ${pages} trang. Gõ /nhiemvu để xem từ đầu.` };
    const first = (page - 1) * pageSize;
    const shown = listing.slice(first, first + pageSize).map((task, i) => ({ task, n: first + i + 1 }));
    const items = shown.map(({ task, n }) =>
      task
        ? `${n}. ${clip(task.action, 160)}\n   ${dueLabel(task)} — ${STATUS[task.status]} (${task.documentTitle}, ${task.section})`
        : `${n}. (nhiệm vụ này không còn trong bảng nhiệm vụ)`,
    );
    const header =
      pages > 1
        ? `Nhiệm vụ chưa hoàn thành của ${unitName} (${listing.length}), trang ${page}/${pages}:`
        : `Nhiệm vụ chưa hoàn thành của ${unitName} (${listing.length}):`;
    const doneButtons = shown
      .filter(({ task }) => task && task.status !== "done")
      .map(({ task, n }) => ({ label: `✅ Đã hoàn thành ${n}`, action: `done:${task?.id}` }));
    const rows: ReplyButton[][] = [];
    for (let i = 0; i < doneButtons.length; i += DONE_BUTTONS_PER_ROW)
      rows.push(doneButtons.slice(i, i + DONE_BUTTONS_PER_ROW));
    const hints = ["Gõ /xong <số> để đánh dấu hoàn thành, /tiendo <số> <ghi chú> để ghi tiến độ."];
    if (page < pages) {
      const next = `${first + shown.length + 1}–${Math.min(first + shown.length + pageSize, listing.length)}`;
      rows.push([{ label: `Xem tiếp ▶ (${next}/${listing.length})`, action: `tasks:${page + 1}` }]);
      hints.push(`Gõ /nhiemvu ${page + 1} để xem tiếp (${next}/${listing.length}).`);
    }
    return {
      text: `${header}\n\n${items.join("\n\n")}`,
      itemized: true,
      buttons: rows,
      hints,
    };
  }

  private unitName(unitId: string): string {
    return listUnits(this.db).find((u) => u.id === unitId)?.name ?? unitId;
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
        text: `Các văn bản không có hạn nào từ nay đến ngày ${vnDate(until)}. Thử /hanchot 365 để xem xa hơn.`,
      };
    const lines = soon.map(
      (o) => `• hạn ${vnDate(o.deadline.due ?? today)}: ${o.responsible.join(", ")} — ${clip(o.action, 120)}`,
    );
    return { text: `Các hạn đến ngày ${vnDate(until)}:\n${lines.join("\n")}` };
  }

  /**
   * "3" → the third task of this user's last /nhiemvu listing in this chat; a task id ("t1de4f93b502f") is taken
   * whatever its case, since phone keyboards capitalise what users retype from a reminder.
   */
  resolve(sender: Sender, arg: string): string {
    const token = arg.trim().split(/\s+/)[0] ?? "";
    if (/^t[0-9a-f]{12}$/i.test(token)) return token.toLowerCase();
    const n = /^\d+$/.test(token) ? Number(token) : Number.NaN;
    const listed = this.store.recall(sender.message.platform, listingKey(sender)).lastTasks;
    const id = Number.isInteger(n) ? listed[n - 1] : undefined;
    if (!id)
      throw new InputError(
        "task number not in last listing",
        "Hãy gõ /nhiemvu rồi dùng số thứ tự trong danh sách (ví dụ: /xong 1), hoặc mã nhiệm vụ trong lời nhắc.",
      );
    return id;
  }

  /**
   * `/xong <số> [ngày]` (or the ✅ button): marks the task done, on the day given ("20/12", "20/12/2024",
   * "2024-12-20"; today by default), since work is often reported after it was finished.
   */
  markDone(sender: Sender, taskId: string, day = ""): Reply {
    const task = this.authorize(sender, taskId);
    if (task.status === "done")
      return { text: `Nhiệm vụ này đã được ghi nhận hoàn thành trước đó: ${clip(task.action, 120)}` };
    const now = this.clock();
    const completedOn = day ? chatDay(day, calendarDay(now)) : undefined;
    const { next } = setTaskStatus(this.db, task.id, { status: "done", by: sender.actor, now, completedOn });
    this.changed([task.id, next?.id]);
    const on = completedOn ? ` (ngày ${vnDate(completedOn)})` : "";
    const rolled = next?.due ? `\nNhiệm vụ định kỳ: kỳ tiếp theo hạn ${vnDate(next.due)}.` : "";
    return { text: `✅ Đã ghi nhận hoàn thành${on}: ${clip(task.action, 120)}${rolled}` };
  }

  progress(sender: Sender, args: string): Reply {
    const [first = "", ...rest] = args.trim().split(/\s+/);
    const note = rest.join(" ").trim();
    if (!first || !note) return { text: "Cú pháp: /tiendo <số> <ghi chú>, ví dụ: /tiendo 2 Đã xong dự thảo" };
    const task = this.authorize(sender, this.resolve(sender, first));
    if (task.status === "done")
      return { text: `Nhiệm vụ này đã hoàn thành, không ghi tiến độ nữa: ${clip(task.action, 100)}` };
    setTaskStatus(this.db, task.id, { status: "in_progress", by: sender.actor, note, now: this.clock() });
    this.changed([task.id]);
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
