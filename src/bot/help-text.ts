/** The /start and /huongdan text: every command with its short alias, in Vietnamese. */
export function helpText(options: { member: boolean; admin: boolean }): string {
  const lines = [
    "Trợ lý Kết luận — hỏi đáp về các văn bản kết luận, có trích dẫn nguồn.",
    "",
    "Gõ câu hỏi bình thường (có dấu hoặc không dấu), hoặc dùng lệnh:",
    "/hoi <câu hỏi> (/h) — hỏi về nội dung văn bản",
    "/vanban (/vb) — các văn bản đã nạp",
    "/nguon <số> (/ng) — xem toàn văn nguồn [số] của câu trả lời trước",
    "/hanchot [số ngày] (/hc) — các hạn sắp đến (mặc định 30 ngày)",
    "/nhiemvu (/nv) — nhiệm vụ chưa hoàn thành của đơn vị tôi",
    "/xong <số> (/x) — đánh dấu nhiệm vụ số <số> đã hoàn thành",
    "/tiendo <số> <ghi chú> (/td) — ghi tiến độ nhiệm vụ",
    "/nhaclai <số> (/nl) — nhắc lại nhiệm vụ vào ngày làm việc sau",
    "/dangky <mã> (/dk) — gắn tài khoản với đơn vị bằng mã do quản trị viên cấp",
    "/huongdan (/hd) — hướng dẫn này",
  ];
  if (options.admin)
    lines.push(
      "",
      "Quản trị:",
      "/taoma <mã đơn vị> <vai trò> (/tm) — tạo mã đăng ký (vai trò: officer, head, admin)",
      "/thanhvien (/tv) — danh sách thành viên",
      "/nhacngay — chạy nhắc việc ngay",
    );
  if (!options.member)
    lines.push(
      "",
      "Anh/chị chưa gắn với đơn vị nào: vẫn hỏi đáp được; để xem nhiệm vụ, hãy dùng /dangky <mã>.",
    );
  return lines.join("\n");
}

export const NON_TEXT_REPLY =
  'Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi, ví dụ: "Hạn rà soát quy hoạch cán bộ trẻ là khi nào?" — hoặc /huongdan.';

export const RATE_LIMITED_REPLY = "Anh/chị gửi nhanh quá. Xin chờ vài giây rồi hỏi lại.";

export const NOT_MEMBER_REPLY =
  "Lệnh này dành cho thành viên đã đăng ký của đơn vị. Hãy xin quản trị viên mã đăng ký rồi gõ /dangky <mã>.";

export const ADMIN_ONLY_REPLY = "Lệnh này chỉ dành cho quản trị viên.";
