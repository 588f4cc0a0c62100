/**
 * Task tables a PDF's text layer printed cell after cell, with no separator (the Công báo's appendices): a header
 * paragraph of column names only, then per row its number, the task's lines, the lead body's, the supporting
 * bodies', the result's and the time's, each cell wrapped at its column's width:
 *
 *     TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả/Đánh giá Thời hạn hoàn thành
 *     1. Nghiên cứu, đề xuất xây dựng văn bản quy phạm pháp luật … và các tổ chức khác.
 *        Bộ Nội vụ, Bộ Ngoại giao Bộ Công an, Bộ Tài chính, … Đề xuất xây dựng Luật Năm 2026 – 2030
 *
 * Joined, a cell starts where a body's name follows a word that does not lead into it: after a sentence's end or a
 * content word ("… các tổ chức khác. Bộ Nội vụ", "… Bộ Ngoại giao Bộ Công an"), not after "của", "với" or a comma.
 * The first such name after the task opens the lead cell; the next one closes it.
 */
import { isSerializedHeader } from "../corpus/serialized-rows.ts";
import { headAt } from "./party-names.ts";
import { partyView } from "./party-view.ts";

/**
 * Words that lead into a body's name inside a sentence, as written: "của Bộ …", "với Ủy ban …", "giao Bộ …", "(phối)
 * hợp với", "(đề) nghị Bộ …". With their tones: "dân" of "nhân dân" closes a name, "dẫn" of "hướng dẫn" leads in.
 */
const LEADS_IN = new Set(
  (
    "của với cho và giao đến tại về theo là do bởi hoặc như gồm tới trong từ giữa thuộc qua trước sau khi mà các " +
    "những mọi hay nhằm để lên trên dưới trì hợp cầu nghị dẫn cáo trình gửi"
  ).split(" "),
);

/** Where a cell may open in the joined row: a body's name after a sentence's end or a content word. */
function cellStarts(text: string, from: number): { at: number; ended: boolean }[] {
  const view = partyView(text);
  const starts: { at: number; ended: boolean }[] = [];
  for (const m of text.matchAll(/(?<=\s)\p{Lu}/gu)) {
    const at = m.index;
    if (at < from) continue;
    const before = text.slice(0, at).trimEnd();
    const [, earlier = "", previous = ""] = /(?:(\S+)\s+)?(\S+)$/u.exec(before) ?? [];
    const ended = /[.]$/u.test(previous);
    // "Bộ Ngoại giao Các Bộ, …": "giao" closes a name there (the word before it is capitalised), it leads in nothing.
    const inName = /^\p{Lu}/u.test(earlier);
    const word = /^\p{Ll}.*\p{Ll}$/u.test(previous) && (inName || !LEADS_IN.has(previous.toLowerCase()));
    // "… thực hiện Kết luận số 210-KL/TW Các bộ, cơ quan ngang bộ …", "… của Hội nghị Trung ương 6 khóa XII Các bộ
    // …", "… chính quyền địa phương 2 Các bộ …" (a page broke "2 cấp"): a task may end on a code, a number or a
    // numeral, no lower-case letter in it.
    const code = /^[\p{Lu}\d./-]+$/u.test(previous) && !inName;
    if ((ended || word || code) && headAt(view, at)) starts.push({ at, ended: ended || code });
  }
  return starts;
}

/** The least a task cell holds before the lead cell may open (characters). */
const MIN_TASK = 15;

/**
 * A row's cells as far as they can be told apart: the task, the lead cell, and the rest (supporting bodies, result,
 * time, and any of the task's lines a page break moved after them). Null when no lead cell opens.
 *
 * @example
 * splitSerializedRow("Nghiên cứu, đề xuất … các tổ chức khác. Bộ Nội vụ, Bộ Ngoại giao Bộ Công an, … Năm 2026 – 2030")
 * // { task: "Nghiên cứu, đề xuất … các tổ chức khác.", lead: "Bộ Nội vụ, Bộ Ngoại giao", rest: "Bộ Công an, … Năm 2026 – 2030" }
 */
export function splitSerializedRow(text: string): { task: string; lead: string; rest: string } | null {
  // The task cell's last sentence ends where the lead cell opens, unless a page break cut the task: a name after a
  // sentence's end opens it before one after a word ("… đề xuất Chính phủ sửa đổi …. Bộ Ngoại giao Bộ Tư pháp, …").
  const starts = cellStarts(text, MIN_TASK);
  const start = (starts.find((s) => s.ended) ?? starts[0])?.at;
  if (start === undefined) return null;
  const end = starts.find((s) => s.at > start)?.at;
  return {
    task: text.slice(0, start).trim(),
    lead: text
      .slice(start, end ?? text.length)
      .trim()
      .replace(/[,;.]$/u, ""),
    rest: end === undefined ? "" : text.slice(end).trim(),
  };
}

/** A numbered row item: "pl2.I.1", "kem1.3" (its last part a number). */
const ROW_ITEM = /\.\d+$/;

/**
 * The rows of every serialized task table among a document's passages, by the id of each row's item passage, with
 * the ids of the paragraphs the row's cells ran into ("pl2.I.1-d2": "Bộ Ngoại giao Các Bộ, …") to be read with it.
 * A table reaches from its header paragraph to the end of the part holding it ("pl2").
 *
 * @example
 * serializedRows(passages).rows.get("100-2026-nq-cp#pl2.II.1")?.lead // "Bộ Nội vụ, Bộ Ngoại giao"
 */
export function serializedRows(passages: readonly { id: string; path: string; text: string }[]): {
  rows: Map<string, { task: string; lead: string; rest: string }>;
  continued: Set<string>;
} {
  const rows = new Map<string, { task: string; lead: string; rest: string }>();
  const continued = new Set<string>();
  for (let h = 0; h < passages.length; h++) {
    const header = passages[h] as (typeof passages)[number];
    if (!isSerializedHeader(header.text)) continue;
    const root = header.path.split(/[.-]/)[0] ?? "";
    for (let i = h + 1; i < passages.length; i++) {
      const item = passages[i] as (typeof passages)[number];
      if (item.path.split(/[.-]/)[0] !== root || isSerializedHeader(item.text)) break;
      if (!ROW_ITEM.test(item.path)) continue;
      // The paragraphs a row's cells ran into follow its item directly ("pl2.I.1-d2", "pl2.I.1-d3").
      const parts: (typeof passages)[number][] = [];
      for (let j = i + 1; passages[j]?.path.startsWith(`${item.path}-d`); j++)
        parts.push(passages[j] as (typeof passages)[number]);
      const row = splitSerializedRow([item.text, ...parts.map((p) => p.text)].join(" "));
      if (!row) continue;
      rows.set(item.id, row);
      for (const part of parts) continued.add(part.id);
    }
  }
  return { rows, continued };
}
