import { clip, vnDate } from "../format.ts";
import { VIETNAM_TIME_ZONE } from "../obligations/calendar-day.ts";
import type { Obligation } from "../obligations/obligation.ts";
import type { TaskView } from "../obligations/task-list.ts";

const STATUS_LABELS: Record<TaskView["status"], string> = {
  open: "đang thực hiện trong hạn",
  in_progress: "đang thực hiện",
  overdue: "quá hạn",
  done: "đã hoàn thành",
};

/** One line per deadline wording: "hạn 31/12/2024 (Trước ngày 31/12/2024 và hàng năm)". */
export function deadlineLabel(due: string | null, text: string, kind: string): string {
  if (due) return text ? `hạn ${vnDate(due)} (${text})` : `hạn ${vnDate(due)}`;
  if (kind === "event") return `hạn theo sự kiện: ${text} (chưa xác định ngày)`;
  if (kind === "continuous") return `thường xuyên (${text})`;
  return text ? `không ghi hạn cụ thể (${text})` : "không ghi hạn cụ thể";
}

export function formatObligation(o: Obligation): string {
  const recurrence = o.deadline.recurrence ? `, lặp lại: ${o.deadline.recurrence}` : "";
  return (
    `• [${o.passageId}] ${o.section}\n  Trách nhiệm: ${o.responsible.join("; ") || "(không rõ)"}\n` +
    `  Việc: ${clip(o.action, 140)}\n  ${deadlineLabel(o.deadline.due, o.deadline.text, o.deadline.kind)}${recurrence}`
  );
}

export function formatTask(t: TaskView): string {
  const unit = t.currentUnitId === t.unitId ? t.unitName : `${t.unitName} → nay: ${t.currentUnitName}`;
  const former = t.formerUnitNames.length ? ` (kế thừa: ${t.formerUnitNames.join(", ")})` : "";
  const day = t.completedOn ? ` ngày ${vnDate(t.completedOn)}` : "";
  const outcome =
    t.outcome === "late" ? `${day} (quá hạn)` : t.outcome === "on_time" ? `${day} (đúng hạn)` : "";
  return (
    `• ${t.id} — ${unit}${former}: ${clip(t.action, 100)}\n  ${deadlineLabel(t.due, t.deadlineText, t.deadlineKind)}; ` +
    `${STATUS_LABELS[t.status]}${outcome} — ${t.documentTitle}, ${t.section}`
  );
}

const STATUS_WORDS: Record<string, string> = {
  open: "chưa hoàn thành",
  in_progress: "đang thực hiện",
  done: "đã hoàn thành",
};

const VIETNAM_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  dateStyle: "short",
  timeStyle: "short",
  hourCycle: "h23",
});

/** One audit row in Vietnam time: "20/12/2024, 09:30 — telegram:42: đang thực hiện → đã hoàn thành (ghi chú)". */
export function formatEvent(e: {
  at: string;
  actor: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
}): string {
  const change =
    e.fromStatus === null
      ? ""
      : `${STATUS_WORDS[e.fromStatus] ?? e.fromStatus} → ${STATUS_WORDS[e.toStatus] ?? e.toStatus}`;
  const actor = e.actor === "system" ? "hệ thống" : e.actor;
  const detail = [change, e.note].filter(Boolean).join(" — ");
  return `• ${VIETNAM_CLOCK.format(new Date(e.at))} — ${actor}: ${detail}`;
}
