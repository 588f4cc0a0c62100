import type { ChatRole } from "./roles.ts";
import { ROLE_LABEL } from "./roles.ts";

export const EXAMPLE_QUESTION = "Hạn chót rà soát, bổ sung quy hoạch cán bộ trẻ là khi nào?";

export interface HelpOptions {
  role: ChatRole;
  /** The member's unit as users read it; absent for guests and for admins without a unit. */
  unitName?: string;
  /** `/nhaclai` and `/nhacngay` exist only where reminders run. */
  reminders: boolean;
  /** Admins can send documents to ingest (where the upload flow is wired). */
  uploads?: boolean;
}

/**
 * The /start and /huongdan text for who is asking: one example question, the commands anyone can use, the unit's
 * task commands for members, the admin commands for admins, and how to join a unit for guests. Only commands that
 * exist in the chat channels are named.
 *
 * @example
 * helpText({ role: "guest", reminders: true }) // "Trợ lý Kết luận — …\n/dangky <mã> …"
 */
export function helpText(options: HelpOptions): string {
  const { role, unitName, reminders, uploads = false } = options;
  const lines = [
    "Trợ lý Kết luận — hỏi đáp về các văn bản kết luận, trả lời kèm nguồn trích dẫn.",
    "",
    "Cứ gõ câu hỏi, có dấu hoặc không dấu, ví dụ:",
    `“${EXAMPLE_QUESTION}”`,
    "Sau đó có thể hỏi tiếp mà không cần nhắc lại nội dung câu trước.",
    "",
    "/hoi <câu hỏi> (/h) — hỏi trong nhóm chat mà không cần nhắc tên trợ lý",
    "/nguon <số> (/ng) — toàn văn nguồn [số] của câu trả lời vừa rồi",
    "/vanban (/vb) — các văn bản đã nạp",
    "/hanchot [số ngày] (/hc) — các hạn trong 30 ngày tới (hoặc số ngày khác)",
    "/huongdan (/hd) — hướng dẫn này",
  ];
  if (role !== "guest" && unitName) {
    lines.push(
      "",
      `Nhiệm vụ của ${unitName} (anh/chị là ${ROLE_LABEL[role]}):`,
      "/nhiemvu (/nv) — nhiệm vụ chưa hoàn thành, có đánh số; /nhiemvu 2 — trang tiếp",
      "/xong <số> [ngày] (/x) — báo nhiệm vụ số <số> đã hoàn thành (hôm nay, hoặc ngày đã xong, như 20/12/2024)",
      "/tiendo <số> <ghi chú> (/td) — ghi tiến độ thực hiện",
    );
    if (reminders) lines.push("/nhaclai <số> (/nl) — nhắc lại nhiệm vụ vào ngày làm việc sau");
    if (role === "head") lines.push("Lời nhắc hạn nhiệm vụ của đơn vị được gửi cho anh/chị qua kênh này.");
  }
  if (role === "admin") {
    lines.push(
      "",
      unitName ? "Quản trị:" : "Anh/chị là quản trị:",
      "/taoma <tên đơn vị> [vai trò] (/tm) — tạo mã đăng ký; vai trò: cán bộ (mặc định), trưởng đơn vị, quản trị",
      "/thanhvien (/tv) — danh sách thành viên",
    );
    if (reminders) lines.push("/nhacngay — gửi ngay các lời nhắc đã đến hạn");
    if (uploads)
      lines.push(
        "Nạp văn bản mới: gửi tệp PDF, .docx, .md, .txt hoặc ảnh chụp văn bản (tối đa 10 MB); trợ lý gửi bản xem trước (số, ngày, nghĩa vụ và thời hạn), rồi /xacnhan (/xn) để nạp hoặc /huy để bỏ.",
      );
  }
  if (role === "guest")
    lines.push(
      "",
      "Anh/chị chưa gắn với đơn vị nào. Để xem và cập nhật nhiệm vụ của đơn vị, xin quản trị viên mã đăng ký rồi gõ /dangky <mã> (/dk).",
    );
  return lines.join("\n");
}

export const NON_TEXT_REPLY = `Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi, ví dụ: “${EXAMPLE_QUESTION}” — hoặc /huongdan.`;

export const RATE_LIMITED_REPLY = "Anh/chị gửi nhanh quá. Xin chờ vài giây rồi hỏi lại.";

export const NOT_MEMBER_REPLY =
  "Lệnh này dành cho thành viên đã đăng ký của đơn vị. Hãy xin quản trị viên mã đăng ký rồi gõ /dangky <mã>.";

export const ADMIN_ONLY_REPLY = "Lệnh này chỉ dành cho quản trị viên.";

export const UPLOAD_ADMIN_ONLY_REPLY =
  "Cảm ơn anh/chị đã gửi tệp. Việc nạp văn bản mới chỉ dành cho quản trị viên; anh/chị có thể gửi văn bản cho quản trị viên của đơn vị. Để hỏi về các văn bản đã nạp, cứ gõ câu hỏi (gõ /vanban để xem danh sách).";
