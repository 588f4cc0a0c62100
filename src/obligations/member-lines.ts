/**
 * Member lines: a decision that sets up a council, team or delegation lists its people one per item ("Chủ tịch Hội
 * đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh.", "- Bà Trịnh Thị Thu Huyền, Phó Giám đốc
 * Sở Nông nghiệp và Môi trường."). Such a line says who sits on it, not what anyone must do; the body's tasks come in
 * their own article.
 */

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
