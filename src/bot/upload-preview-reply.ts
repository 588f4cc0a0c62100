import { clip, vnDate } from "../format.ts";
import type { Deadline } from "../obligations/deadline.ts";
import type { Reply } from "./chat-message.ts";
import type { ReadUpload } from "./read-upload.ts";
import type { PreviewObligation } from "./upload-desk.ts";

/** Obligations listed in a chat preview; the rest are counted (the web page shows them all after confirming). */
const MAX_LISTED = 12;

const RECURRENCE: Record<NonNullable<Deadline["recurrence"]>, string> = {
  yearly: "hằng năm",
  quarterly: "hằng quý",
  monthly: "hằng tháng",
  periodic: "định kỳ",
};

/**
 * A deadline as the preview says it.
 *
 * @example
 * deadlineWords({ kind: "date", due: "2024-12-31", recurrence: "yearly", text: "trước ngày 31/12 hằng năm" })
 * // "hạn 31/12/2024, hằng năm"
 */
export function deadlineWords(d: Deadline): string {
  const every = d.recurrence ? `, ${RECURRENCE[d.recurrence]}` : "";
  if (d.due) return `hạn ${vnDate(d.due)}${every}`;
  if (d.kind === "event") return `theo sự kiện: ${d.text}${every}`;
  if (d.kind === "continuous") return `thường xuyên${every}`;
  return d.recurrence ? `${RECURRENCE[d.recurrence]} (${d.text})` : "không ghi hạn";
}

const obligationLine = (o: PreviewObligation, i: number) => {
  const who = o.responsible.join("; ") || "(không ghi chủ thể)";
  const units = o.assigned === 0 ? " — chưa giao cho đơn vị nào" : "";
  return `${i + 1}. ${o.section} — ${who}: ${clip(o.action, 160)} — ${deadlineWords(o.deadline)}${units}`;
};

/**
 * The chat preview of an upload, in the order an officer checks it: what the document is (kind, number, date,
 * issuer, province), how many passages and obligations it gives, the obligations with their parties and
 * deadlines, OCR pages to check against the paper, then the confirm and cancel buttons (and the same as commands
 * for Zalo). Nothing has been written yet.
 *
 * @example
 * uploadPreviewReply(upload, desk.preview(upload.parsed), { token: "a1b2c3d4", replaces: false });
 * // { text: "📄 Xem trước văn bản: KẾT LUẬN …", buttons: [[{ label: "✅ Xác nhận nạp", action: "up:ok:a1b2c3d4" }, …]] }
 */
export function uploadPreviewReply(
  upload: ReadUpload,
  preview: { province: string; obligations: PreviewObligation[] },
  options: { token: string; replaces: boolean; albumPhotos?: number },
): Reply {
  const { meta, passages } = upload.parsed;
  const none = "không thấy trong văn bản";
  const { province, obligations } = preview;
  const provinceWords = meta.province
    ? meta.province
    : province
      ? `${province} (văn bản không ghi tỉnh; dùng tỉnh mặc định)`
      : `${none} — nghĩa vụ sẽ không được giao cho đơn vị nào`;
  const units = [...new Set(obligations.flatMap((o) => o.unitNames))];
  const lines = [
    `📄 Xem trước văn bản: ${meta.title || upload.file}`,
    `Loại: ${meta.kind || none}`,
    `Số: ${meta.number || none}`,
    `Ngày: ${vnDate(meta.issuedDate || meta.meetingDate) || none}`,
    `Cơ quan ban hành: ${meta.issuer || none}`,
    `Tỉnh: ${provinceWords}`,
    ...(options.albumPhotos && options.albumPhotos > 1
      ? [`Ghép ${options.albumPhotos} ảnh gửi cùng lúc thành một văn bản ${options.albumPhotos} trang.`]
      : []),
    `${passages.length} đoạn, ${obligations.length} nghĩa vụ; sẽ giao cho ${units.length} đơn vị.`,
    `Tệp sẽ lưu thành ${upload.file}${options.replaces ? " (thay bản cũ cùng tên)" : ""}.`,
  ];
  if (obligations.length > 0) {
    lines.push("", "Nghĩa vụ tìm thấy:", ...obligations.slice(0, MAX_LISTED).map(obligationLine));
    if (obligations.length > MAX_LISTED)
      lines.push(
        `… và ${obligations.length - MAX_LISTED} nghĩa vụ khác (xem đủ trên trang Văn bản sau khi nạp).`,
      );
  } else lines.push("", "Không tìm thấy nghĩa vụ nào trong văn bản.");
  const low = upload.lowConfidencePages;
  if (low.length > 0)
    lines.push(
      "",
      `⚠️ Cần kiểm tra: ${low.length === 1 ? "trang" : "các trang"} ${low.join(", ")} nhận dạng chữ (OCR) có độ tin cậy thấp. Hãy đối chiếu với bản giấy trước khi xác nhận.`,
    );
  lines.push("", "Văn bản chỉ được nạp sau khi anh/chị xác nhận.");
  return {
    text: lines.join("\n"),
    buttons: [
      [
        { label: "✅ Xác nhận nạp", action: `up:ok:${options.token}` },
        { label: "✖️ Hủy", action: `up:no:${options.token}` },
      ],
    ],
    hints: ["Gõ /xacnhan để nạp văn bản này, /huy để bỏ."],
  };
}
