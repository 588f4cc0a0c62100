/**
 * Member lines: a decision that sets up a council, team or delegation lists its people one per item ("Chủ tịch Hội
 * đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh.", "- Bà Trịnh Thị Thu Huyền, Phó Giám đốc
 * Sở Nông nghiệp và Môi trường."). Such a line says who sits on it, not what anyone must do; the body's tasks come in
 * their own article.
 */

import { fold, normalize } from "../language/vietnamese-text.ts";

/** An optional role label, then an honorific and a capitalised name, then a comma or dash before the post. */
const PERSON_AND_POST =
  /^(?:[^:;.]{2,60}:\s*)?(?:Ông|Bà|Đồng chí|Đ\/c)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,4}\s*[,–-]/u;
/** A duty or an act in the line: then it gives the person work ("Ông …, Phó Giám đốc Sở chịu trách nhiệm …"). */
const ACTS =
  /\s(?:phải|chịu trách nhiệm|có trách nhiệm|chủ trì|phối hợp|thực hiện|chỉ đạo|tham mưu|báo cáo|theo dõi|hướng dẫn|kiểm tra)(?!\p{L})/u;
/** How long a member line may be, in words. */
const MAX_WORDS = 40;

/**
 * Whether a passage is one member of a body being set up: a person and their post, with no work of their own.
 *
 * @example
 * listsMember("Thư ký Hội đồng: Ông Nguyễn Hữu Long, Trưởng phòng Quản lý Công nghiệp, Sở Công Thương.") // true
 * listsMember("Ông Nguyễn Văn A, Phó Giám đốc Sở, chịu trách nhiệm chỉ đạo …") // false
 */
export function listsMember(text: string): boolean {
  const line = text.trim();
  return PERSON_AND_POST.test(line) && !ACTS.test(line) && line.split(/\s+/).length <= MAX_WORDS;
}

/**
 * A lead-in that lists the members of a body it sets up (folded): it ends "gồm …:", and either names members right
 * after "gồm" ("…, gồm các thành viên sau đây:", "… gồm các ông (bà) có tên sau:") or opens by setting the body up
 * ("Thành lập Đoàn kiểm tra …, gồm:", "Thành phần Tổ công tác gồm:"). A lead-in of duties or rights is not one
 * ("Nghĩa vụ của …, diễn viên và thành viên khác trong đoàn làm phim bao gồm:").
 */
const LISTS_AFTER_GOM = /\bgom\b[^:]*:\s*$/;
const MEMBERS_NAMED = /\bgom(?: co)?(?: cac| nhung)? (?:thanh vien|ong|ba|dong chi)\b/;
const SETS_UP = /^(?:thanh lap|kien toan|cung co|thanh phan)\b/;
const DUTIES_OR_RIGHTS = /\b(?:nghia vu|nhiem vu|trach nhiem|quyen)\b/;
/**
 * Work a member's line may give: "Trưởng Tiểu ban: Phụ trách chung …", "…, giúp Trưởng ban điều hành …". In lower
 * case, or capitalised where a line or its label's value opens: "Ban Chỉ đạo" is a name.
 */
const DUTY_VERBS =
  "phải|chịu trách nhiệm|có trách nhiệm|chủ trì|phối hợp|thực hiện|chỉ đạo|tham mưu|báo cáo|theo dõi|hướng dẫn|kiểm tra|phụ trách|điều hành|giúp|đảm nhiệm|làm nhiệm vụ";
const MEMBER_DUTY = new RegExp(String.raw`(?:^|[\s,;–-])(?:${DUTY_VERBS})(?!\p{L})`, "u");
const OPENING_DUTY = new RegExp(String.raw`(?:^|:\s*)(?:${DUTY_VERBS})(?!\p{L})`, "iu");

/**
 * Whether a lead-in lists the members of a body it sets up, so that its items say who sits on it.
 *
 * @example
 * setsUpMembers("Điều 1. Kiện toàn Ban Chỉ đạo Trung ương … (gọi tắt là Ban Chỉ đạo), gồm các thành viên sau đây:") // true
 * setsUpMembers("Nội dung kiểm tra gồm:") // false
 * setsUpMembers("2. Nghĩa vụ của nhà sản xuất phim, … và thành viên khác trong đoàn làm phim bao gồm:") // false
 */
export function setsUpMembers(lead: string): boolean {
  const text = fold(normalize(lead.trim())).toLowerCase();
  return (
    LISTS_AFTER_GOM.test(text) &&
    (MEMBERS_NAMED.test(text) || SETS_UP.test(text)) &&
    !DUTIES_OR_RIGHTS.test(text)
  );
}

/**
 * Whether an item under such a lead-in only names a member, by post or by name, with no work of their own: "Trưởng
 * ban Chỉ đạo Trung ương: Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà.", "Các ủy viên:", "- Bộ trưởng Bộ Công an;".
 *
 * @example
 * namesMemberOnly("01 Phó Chủ nhiệm Văn phòng Quốc hội;") // true
 * namesMemberOnly("Trưởng Tiểu ban: Phụ trách chung, chỉ đạo toàn bộ hoạt động") // false
 */
export function namesMemberOnly(text: string): boolean {
  const line = text.trim();
  return !MEMBER_DUTY.test(line) && !OPENING_DUTY.test(line) && line.split(/\s+/).length <= MAX_WORDS;
}
