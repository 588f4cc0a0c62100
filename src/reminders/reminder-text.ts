import { clip, vnDate } from "../format.ts";
import type { TaskView } from "../obligations/task-list.ts";
import type { OutgoingMessage } from "./notifier.ts";

/** How a stage reads: "còn 3 ngày", "hôm nay là hạn chót", "đã quá hạn 8 ngày". */
export function stageLabel(daysLeft: number): string {
  if (daysLeft > 0) return `còn ${daysLeft} ngày`;
  if (daysLeft === 0) return "hôm nay là hạn chót";
  return `đã quá hạn ${-daysLeft} ngày`;
}

/**
 * The reminder a unit head receives: task, unit, due day, days left or overdue, source; buttons to mark it done or
 * in progress, snooze it one working day, or read the source, and the text commands that do the same on Zalo.
 *
 * @example
 * reminderMessage(task, 3, "123").text // "🔔 Nhắc hạn nhiệm vụ (còn 3 ngày)\n…"
 */
export function reminderMessage(
  task: TaskView,
  daysLeft: number,
  chatId: string,
  note = "",
): Omit<OutgoingMessage, "chatId"> & { chatId: string } {
  const head = daysLeft < 0 ? "⚠️ Nhiệm vụ quá hạn" : "🔔 Nhắc hạn nhiệm vụ";
  const lines = [
    `${head} (${stageLabel(daysLeft)})`,
    note,
    `Đơn vị: ${task.currentUnitName}${task.currentUnitId !== task.unitId ? ` (tiếp nhận từ ${task.unitName})` : ""}`,
    `Việc: ${clip(task.action, 400)}`,
    `Hạn: ${task.due ? vnDate(task.due) : "chưa xác định"}${task.deadlineText ? ` (${task.deadlineText})` : ""}`,
    `Nguồn: ${task.documentTitle}, ${task.section}`,
    `Mã nhiệm vụ: ${task.id}`,
  ].filter(Boolean);
  return {
    chatId,
    text: lines.join("\n"),
    buttons: [
      [
        { label: "✅ Đã hoàn thành", action: `done:${task.id}` },
        { label: "⏳ Đang thực hiện", action: `prog:${task.id}` },
      ],
      [
        { label: "🔔 Nhắc lại sau", action: `snooze:${task.id}` },
        { label: "📄 Xem văn bản", action: `doc:${task.id}` },
      ],
    ],
    hints: [
      `Gõ /xong ${task.id} khi đã hoàn thành, /tiendo ${task.id} <ghi chú> để báo tiến độ, /nhaclai ${task.id} để nhắc lại vào ngày làm việc sau.`,
    ],
  };
}
