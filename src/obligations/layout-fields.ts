/**
 * Labelled fields of a layout: the cells of a table row ("Nội dung: Rà soát … | Thời gian: trước 15/01/2021 | Cơ
 * quan thực hiện: UBND cấp xã") and label lines under a step or item ("Thời gian hoàn thành: trước ngày
 * 15/3/2021", "Đơn vị thực hiện: Phòng Tư pháp"). What a field holds is read from its label, the way an officer
 * reads a column header: the work, the time, who leads, who helps. Values are never guessed from their content.
 */
import { foldKeepingOffsets } from "./party-view.ts";

/** What a column or a label holds: the work, its time, who leads it, who helps. */
export type FieldRole = "content" | "time" | "lead" | "support";

/** One labelled value; `role` is null for a label that is none of the above ("STT", "Ghi chú", "Kinh phí"). */
export interface Field {
  label: string;
  role: FieldRole | null;
  value: string;
}

// A body's head names the unit as well: "Bộ phụ trách tiếp nhận, xử lý", "Sở, ngành chủ trì".
const UNIT = String.raw`(?:co quan|don vi|bo phan|nguoi|can bo|lanh dao|dia phuong|to chuc|ca nhan|bo|so|ban|nganh)`;
const UNITS = String.raw`${UNIT}(?:\s*(?:,|\/|va)\s*${UNIT})*`;

/** Header meanings, tried in order on the folded label; the first that matches wins. */
const ROLES: [RegExp, FieldRole][] = [
  // "Thông tin đề xuất", "Nội dung kiến nghị": a table of proposals, each handed to the body in its lead column.
  [
    /^(?:(?:ten|cac|tom tat|thong tin) )?(?:noi dung|nhiem vu|cong viec|hoat dong|giai phap|viec can lam|de xuat|kien nghi)/,
    "content",
  ],
  [
    /^(?:thoi gian|thoi han|tien do|thoi diem|moc thoi gian|lo trinh|han(?: chot| hoan thanh)?$|ngay hoan thanh|han hoan thanh)/,
    "time",
  ],
  // "Phối hợp:", "Đơn vị phối hợp": not "Hỗ trợ từ ngân sách Trung ương:", a kind of funding.
  [
    new RegExp(
      String.raw`^(?:${UNITS}\s+(?:phoi hop|tham gia|ho tro)|(?:phoi hop|tham gia|ho tro)(?: thuc hien)?$)`,
    ),
    "support",
  ],
  [
    new RegExp(
      String.raw`^(?:${UNITS}\s+(?:chu tri|thuc hien|phu trach|tham muu|chiu trach nhiem|duoc giao|thuc hien chinh)|chu tri(?: thuc hien)?$|trach nhiem(?: chi dao)?(?: (?:thuc hien|chinh|chu tri))?$|phan cong|giao cho|(?:co quan|don vi)(?:,? (?:don vi|dia phuong))*$)`,
    ),
    "lead",
  ],
];

/** The role a column header or a label names, e.g. "Cơ quan chủ trì" → "lead", "Tiến độ" → "time". */
export function fieldRole(label: string): FieldRole | null {
  const folded = foldKeepingOffsets(label.trim()).replace(/\s+/g, " ").replace(/[*_]/g, "");
  for (const [pattern, role] of ROLES) if (pattern.test(folded)) return role;
  return null;
}

/** "Label: value", the label at most eight words and without sentence punctuation. */
const LABELLED = /^\s*([^:|.;!?]{1,80}?)\s*:\s*(.*)$/su;

/**
 * Any "Label: value" line, whatever its label names ("Thành phần: …", "HĐND cấp xã: Thành phần … gồm …"); a bullet
 * marker before it is dropped. Null when no label short of sentence punctuation closes with a colon.
 *
 * @example
 * splitLabel("- Biểu mẫu: Lập Biên bản theo Mẫu số 01/HNCT.") // { label: "Biểu mẫu", value: "Lập Biên bản …" }
 */
export function splitLabel(text: string): { label: string; value: string } | null {
  const m = LABELLED.exec(text.replace(/^\s*[-–+•*]\s*/u, ""));
  return m ? { label: (m[1] ?? "").trim(), value: (m[2] ?? "").trim() } : null;
}

/**
 * A time label written as a sentence, without its colon: "Thời gian thực hiện hoàn thành xong trước ngày 05 tháng
 * 12 năm 2025.", "Thời hạn hoàn thành chậm nhất ngày 25/12/2025." The label is the words before the time.
 */
const TIME_SENTENCE =
  /^\s*((?:Thời gian|Thời hạn|Tiến độ)(?: thực hiện)?(?: hoàn thành| hoàn tất)?(?: xong)?)(?: là)?\s+((?:trước|trong|vào|đến|chậm nhất|ngay|sau|khi|ngày|tháng|quý|năm)\s.*)$/su;

/**
 * A label line such as "Thời gian hoàn thành: trước ngày 15/3/2021" or "- Đơn vị thực hiện: UBND cấp xã", when
 * its label names a role; null for any other text.
 */
export function readLabel(text: string): Field | null {
  const m = LABELLED.exec(text.replace(/^\s*[-–+•*]\s*/u, "")) ?? TIME_SENTENCE.exec(text);
  if (!m) return null;
  const label = (m[1] ?? "").trim();
  if (label.split(/\s+/).length > 8) return null;
  const role = fieldRole(label);
  return role ? { label, role, value: (m[2] ?? "").trim() } : null;
}

/** Whether a passage path is a table row: `<parent>-r<k>`. */
export const isRowPath = (path: string) => /-r\d+$/.test(path);

/**
 * The cells of a table row passage, as the structure parser writes them: cells joined by " | ", each
 * "Header: value" when the table has a header row (a cell without a recognisable header keeps `role` null).
 *
 * @example
 * readRow("Nội dung: Rà soát | Thời gian: trước 15/01/2021 | Cơ quan thực hiện: UBND cấp xã").map((c) => c.role)
 * // ["content", "time", "lead"]
 */
export function readRow(text: string): Field[] {
  return text.split(/\s+\|\s+/).map((cell) => {
    const m = LABELLED.exec(cell);
    const label = (m?.[1] ?? "").trim();
    const role = m && label.split(/\s+/).length <= 8 ? fieldRole(label) : null;
    return role
      ? { label, role, value: (m?.[2] ?? "").trim() }
      : { label: "", role: null, value: cell.trim() };
  });
}
