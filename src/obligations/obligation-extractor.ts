import { createHash } from "node:crypto";
import { DOCUMENT_KINDS, extractReferences } from "../corpus/reference-extractor.ts";
import { FORM_BLANK } from "../corpus/structure-parser.ts";
import type { DocumentMeta, Passage } from "../corpus/types.ts";
import { splitClauses } from "../language/sentences.ts";
import { hasDiacritics } from "../search/vietnamese-analyzer.ts";
import type { Deadline } from "./deadline.ts";
import {
  type DeadlineContext,
  deadlineOf,
  deadlineOfField,
  findDeadlinePhrases,
} from "./deadline-grammar.ts";
import type { EventCalendar } from "./events-calendar.ts";
import { formTemplatePaths, isHeaderBlock } from "./form-templates.ts";
import { type Field, fieldRole, isRowPath, readLabel, readRow, splitLabel } from "./layout-fields.ts";
import { listsMember, namesMemberOnly, setsUpMembers } from "./member-lines.ts";
import type { Obligation } from "./obligation.ts";
import { opensWithPredicate, type PartySpan, splitParties, subjectBeforePredicate } from "./party-names.ts";
import { foldKeepingOffsets } from "./party-view.ts";
import {
  findParties,
  HEADING_NUMBER,
  isDutiesHeading,
  isOpeningClause,
  partiesOfHeading,
  partyOfNameTitle,
} from "./responsible-parties.ts";
import { withRosters } from "./rosters.ts";
import { serializedRows } from "./serialized-table.ts";
import { listsMembers } from "./title-asides.ts";

/** Passages that assess past work rather than assign it, and everything under them. */
const ASSESSMENT =
  /^(?:ve |doi voi )?(?:nhung |cac |mot so )?(?:ket qua|hien trang|thuc trang|uu diem|khuyet diem|nhuoc diem|han che|ton tai|sau \d+ (?:nam|thang)|qua \d+ (?:nam|thang)|tuy nhien|ben canh|nhin chung|danh gia (?:chung|ket qua|tinh hinh)|tinh hinh (?:thuc hien|trien khai))/;
/**
 * A sentence that sums the text up, folded: "Trên đây là Kế hoạch … giai đoạn 2026 - 2030, tầm nhìn đến năm 2045." It
 * is work only where it goes on to ask someone ("…, đề nghị Thủ trưởng các cơ quan … nghiêm túc triển khai thực hiện").
 */
const SUMS_UP = /^tren day la\b/;
/** An assessment written as an order, a verb first: "Đánh giá kết quả, …", "Đánh giá tình hình …" (folded). */
const ASSESS_VERB = /^danh gia (?:ket qua|tinh hinh)\b/;
/**
 * Sections that define rather than assign: scope, terms, aims ("Phạm vi điều chỉnh", "Mục đích, yêu cầu"). A chapter
 * of general provisions ("Chương I. NHỮNG QUY ĐỊNH CHUNG") is not one: its articles' own titles decide. "Đối tượng"
 * titles a definition ("Đối tượng áp dụng", "Đối tượng và điều kiện …", "Đối tượng:"), not a case ("a. Đối tượng quy
 * định tại khoản 1 Điều 2 … không ủy quyền cho thân nhân …:", whose items are the steps each office takes).
 */
const DEFINITION =
  /^(?:pham vi(?: dieu chinh| ap dung)?|doi tuong(?: ap dung| ho tro| duoc| thu huong| tang qua|(?=\s*(?:[:.,]|va\b|$)))|giai thich tu ngu|muc dich|can cu)\b/;
/** Counts of persons or collectives, as a quota lists them: "01 tập thể, 02 cá nhân", "01 cá nhân/01 ban (…)". */
const QUOTA_COUNT = String.raw`\d{1,3} (?:ca nhan|tap the|truong hop|suat)(?:\s*\/\s*\d{1,3} [a-z]+)?`;
// A closing proviso may follow: "…, đảm bảo đủ điều kiện tiêu chuẩn theo quy định."
const QUOTA_ITEMS = String.raw`${QUOTA_COUNT}(?:\s*(?:,|va|hoac)\s*${QUOTA_COUNT})*(?:\s*\([^)]*\))?(?:,\s*[^.;,]{0,80})?\s*[.;]?`;
/**
 * A quota under its label, folded: "Ủy ban bầu cử của tỉnh: Không quá 05 cá nhân;", "Ban bầu cử …: 01 cá nhân/01
 * ban;", "Mỗi đoàn xét chọn 01 cá nhân/01 đoàn;".
 */
const QUOTA = new RegExp(
  String.raw`^(?:[^:.]{2,100}:\s*(?:(?:moi [a-z, ]{1,30}? )?(?:xet )?chon\s+)?(?:(?:khong qua|toi da|it nhat)\s+)?|[^.]{0,160}\b(?:khong qua|toi da|it nhat)\s+)${QUOTA_ITEMS}$`,
);
/** A part of a plan titled as its content or its work, folded: "Nội dung thi đua", "Nhiệm vụ, giải pháp". */
const CONTENT_PART = /^(?:noi dung|nhiem vu|giai phap|cac nhiem vu|cac giai phap)\b/;
/** A title that lists parts, folded: "doi tuong, noi dung thi dua". */
const LISTS_PARTS = /^[a-z ]{2,30},\s/;
/** Nouns that name a plan of action in a title, folded: "phương án hỗ trợ", "giải pháp", "tổ chức thực hiện". */
const ACTION_PLAN_NOUN = /\b(?:phuong an|giai phap|to chuc thuc hien)\b/;
/** Nouns that say a title is about someone's duties, folded. */
const DUTY_NOUN = /\b(?:trach nhiem|nhiem vu|nghia vu)\b/;
/** A subject followed by these states a fact or a past act, not an assignment ("Chính phủ … đã ban hành …"). */
const REPORTED = /^(?:đã|được|da|duoc|đồng ý|nhất trí|có ý kiến|trả lời|tán thành|thông báo)(?:\s|$)/u;
/**
 * "… có hành vi vi phạm pháp luật … phải chịu trách nhiệm và bị xử lý theo quy định", "… thì bị xử phạt …": a
 * sanction that befalls whoever breaks the rules, no work to do, folded.
 */
const SANCTIONED =
  /^(?:thi\s+)?(?:phai\s+)?(?:chiu trach nhiem(?:\s+truoc\s+phap\s+luat)?\s+va\s+)?(?:bi|se bi)\s+(?:xu ly|xu phat|truy cuu)\b/;
/** The sanction as the main clause: after the subject, or after the "thì" that closes a case. */
const sanctioned = (s: { text: string; action: string }) => {
  const main = / thi\s+(.*)$/su.exec(folded(s.text))?.[1] ?? folded(s.action);
  return SANCTIONED.test(main.trim());
};
/**
 * "Cơ quan, đơn vị tổ chức đi lấy mẫu …: nội dung chi được thực hiện theo …": a case named before a colon and the rule
 * that applies to it, in the passive or with a copula; no one is told what to do.
 */
const CASE_RULE =
  /^[^:]{5,200}:\s*(?:nội dung|mức|việc|kinh phí|chế độ|thời gian|hồ sơ)(?:\s[^\s,;:.]+){0,3}\s(?:được|là)\s/iu;
/** "gồm", "bao gồm" opening a predicate: the sentence says what its subject is made of ("Ủy viên Hội đồng bao gồm: …"). */
const COMPOSED_OF = /^(?:bao )?g[ồo]m(?:\s|:|$)/u;
/**
 * "Cơ quan tiếp nhận và xử lý hồ sơ khai thuế là cơ quan thuế quản lý …": a role's verbs run on to the copula, a
 * few words on and before any comma, so the sentence says which body plays the role, not what it must do.
 */
const namesRole = (rest: string) =>
  /^\s*(?:và|hoặc)\s[^,;:.()]{0,60}?\slà\s(?:cơ quan|đơn vị|tổ chức|bộ phận|người|nơi)(?!\p{L})/u.test(rest);
/** "là" opening a predicate: the sentence defines its subject. */
const COPULA = /^(?:là|la|(?:bao )?gồm|(?:bao )?gom)(?:\s|:|$)/u;
/**
 * The article that names who carries a decision out: "… chịu trách nhiệm thi hành Quyết định này", "Hội đồng nhân dân
 * tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết" (not whom it gives the watch over it: "giao Thường trực
 * … giám sát việc thực hiện Nghị quyết").
 */
const EXECUTES =
  /chiu trach nhiem (?:thi hanh|to chuc thuc hien|thuc hien) (?:quyet dinh|nghi quyet|thong tu|chi thi|ke hoach)|\bgiao (?:(?!giam sat|kiem tra|theo doi|viec )[^;.]){3,160}? (?:(?:to chuc|trien khai)(?: trien khai)? thuc hien|thi hanh) (?:quyet dinh|nghi quyet|chi thi|ke hoach)\b/;
/** What an issuer does in deciding, folded: "thống nhất", "nhất trí", "quyết nghị", "quyết định", "đánh giá cao", "ghi nhận". */
const DECIDES =
  /^(?:thong nhat|nhat tri|dong y|quyet nghi|quyet dinh|thong qua|danh gia cao|ghi nhan|bieu duong)\b/;
/** A closing paragraph assigns work only when it says so. */
const CLOSING_CUE = /de nghi|yeu cau|giao|to chuc thuc hien|trien khai|chi dao|trach nhiem/;
/** A lead-in that makes what follows directives: "… thống nhất kết luận:", "… kết luận như sau:". */
const CONCLUDES = /\bket luan(?: nhu sau| cu the| mot so noi dung)?\s*:\s*$/;
/**
 * A lead-in that issues a plan written out below it: "Ban hành Kế hoạch thời gian năm học … như sau:", "Để kịp thời
 * …; UBND tỉnh ban hành kế hoạch như sau:", "Thực hiện Chỉ thị số 32/CT-TTg …, UBND tỉnh ban hành Kế hoạch … như sau:".
 */
const ISSUES_PLAN =
  /(?:^|[;,]\s*)(?:[^;:,]{1,40}\s)?(?:ban hanh|phe duyet)\s+(?:ke hoach|chuong trinh hanh dong|lich)\b[^;]*(?:nhu sau|sau day|cu the)\s*:\s*$/;
/**
 * Sections of a plan that are not its activities, whatever frames the plan: "III. ĐÁNH GIÁ NGUY CƠ SAU LỤT BÃO",
 * "Thực trạng", "VI. KINH PHÍ THỰC HIỆN", "IV. VỐN ĐẦU TƯ" (what the money pays for), "Mục đích, yêu cầu". An item there
 * is work only when it names its party.
 */
const FRAME_ASIDE =
  /^(?:danh gia|thuc trang|tinh hinh|can cu|kinh phi|nguon kinh phi|(?:nguon )?von(?: dau tu)?|muc dich|muc tieu|yeu cau)\b/;
/** A plan's part (a Roman section: "VI. KINH PHÍ THỰC HIỆN") that is not among its activities; see FRAME_ASIDE. */
const asideSection = (heading: string) =>
  (/^\s*[IVXL]+\.\s/u.test(heading) && FRAME_ASIDE.test(folded(strippedHeading(heading)))) ||
  TARGETS.test(folded(strippedHeading(heading)));
/** A plan's targets at any level ("6. Chỉ tiêu chủ yếu đến năm 2030", "b) Mục tiêu cụ thể"): goals, not tasks. */
const TARGETS = /^(?:cac )?(?:muc tieu|chi tieu)\b/;
/** The title of a plan of action, folded: "KẾ HOẠCH …", "CHƯƠNG TRÌNH HÀNH ĐỘNG …", "ĐỀ ÁN …", "PHƯƠNG ÁN …". */
const PLAN_TITLE = /^(?:ke hoach|chuong trinh|de an|phuong an)\b/;
/** A decision's article that sets bodies to carry out the plan it issues, folded: "… triển khai thực hiện Kế hoạch này". */
const CARRIES_PLAN =
  /\b(?:thuc hien|trien khai) (?:cac noi dung (?:cua |tai )?)?(?:ke hoach|chuong trinh|de an|phuong an)(?: hanh dong)? (?:nay|ban hanh kem theo|kem theo)\b/;
/**
 * A passage of an appendix ("Phụ lục: Danh mục các mỏ …"; "pl1-d2", or "plII-y1" for one numbered in Roman
 * numerals): the letter's "chỉ đạo như sau:" frames its own items, not the tables and lists attached after its
 * signature.
 */
const inAppendix = (passage: Passage) => /^pl(?:\d+|[IVXLC]+)?(?:[.-]|$)/u.test(passage.path);
/**
 * "Quán triệt sâu sắc ý kiến chỉ đạo …; căn cứ vào phương hướng …, Văn phòng Trung ương Đảng và các văn phòng tỉnh
 * uỷ, thành uỷ cụ thể hoá …, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:": a lead-in's subject may open
 * only its last clause, after ";". That clause, or null when the lead-in has one clause.
 */
function lastClause(sentence: string): string | null {
  const at = sentence.lastIndexOf("; ");
  return at >= 0 && sentence.trimEnd().endsWith(":") ? sentence.slice(at + 2) : null;
}

/**
 * A request to report difficulties, folded: "Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan
 * … phản ánh về Sở …". It asks for feedback on the plan; it charges no one with carrying the plan out.
 */
const REPORTS_DIFFICULTIES =
  /^(?:trong qua trinh [^,;.]{0,60}?,?\s*)?(?:neu|truong hop|khi) (?:co )?(?:phat sinh )?(?:kho khan|vuong mac)/;
/** The title of a text's implementing section, folded: "Tổ chức thực hiện". */
const IMPLEMENTING_TITLE = /^to chuc thuc hien\b/;
/**
 * "Căn cứ kế hoạch này, …", "Trên cơ sở Kế hoạch này, …": the paragraph that says who carries the text out.
 */
const IMPLEMENTS =
  /^(?:can cu|tren co so) (?:ke hoach|ket luan|chi thi|thong bao|nghi quyet|quyet dinh|huong dan|van ban) nay\s*,/;
/** "căn cứ chức năng, nhiệm vụ cụ thể hóa thành kế hoạch thực hiện …", "căn cứ Kết luận này xây dựng chương trình …". */
const MAKES_OWN_PLAN =
  /\bcan cu\b[^.;]{0,80}?\b(?:xay dung|cu the hoa(?: thanh)?|ban hanh)\s+(?:chuong trinh|ke hoach)\b[^.;]{0,60}?\bthuc hien\b/;
/** A preamble line: "Căn cứ Nghị định …;", "Theo đề nghị của Vụ trưởng …;", "Xét đề nghị của …". */
const PREAMBLE = /^(?:can cu|theo de nghi|xet de nghi)\b/;
/** An enacting formula: "Bộ trưởng Bộ … ban hành Thông tư …", "Chính phủ ban hành Nghị định …". */
const ENACTS =
  /^[^.;:]{3,120}?\sban hanh (?:thong tu|nghi dinh|quyet dinh|chi thi|nghi quyet|quy dinh|phap lenh)\b[^;:]*$/;
/** Items that describe a plan or a rule rather than assign work: "Đối tượng: …", "Nguồn kinh phí: …". */
const DESCRIPTIVE_LABEL =
  /^(?:ten|muc tieu|muc dich|pham vi|doi tuong|nguon kinh phi|nguon von|hinh thuc)[^:]{0,40}:/;
/** Headings whose items are work to do: "Tổ chức thực hiện", "Nhiệm vụ, giải pháp", "Giao trách nhiệm". */
const WORK_HEADING =
  /^(?:to chuc thuc hien|(?:cac |nhung )?nhiem vu|(?:cac |nhung )?giai phap|phuong huong|trach nhiem|giao trach nhiem|phan cong|ke hoach thuc hien|noi dung thuc hien|cac buoc thuc hien)/;
/**
 * A lead-in that announces its items as tasks, whoever decides them: "Hội đồng nhân dân tỉnh thống nhất thông qua
 * phương hướng, nhiệm vụ …, trong đó cần tập trung một số nhiệm vụ chủ yếu sau:".
 */
const TASKS_FOLLOW = /\b(?:nhiem vu|giai phap)(?: [^,;:.]{0,30})? (?:sau|nhu sau|sau day)\s*:\s*$/;
/** Verbs by which one party sets another to work: "chỉ đạo", "giao", "phân công" (folded). */
const DELEGATES = /^(?:chi dao|giao|phan cong)$/;
/** Words that make a sentence an assignment by themselves, given a party ("khi cần thiết" is not one). */
const MODAL =
  /(?:^|[^\p{L}])(?:(?<!(?:không|chưa)\s)phải|cần(?! thiết(?! lập| kế))|có trách nhiệm|chịu trách nhiệm|nghiêm cấm|không được)(?![\p{L}])/u;
/**
 * "… đã thực hiện kê khai … thì không phải thực hiện cung cấp thông tin …": a case whose consequence lifts a duty
 * binds no one, unless the sentence binds someone besides ("X phải có giấy chứng nhận; trường hợp … thì không phải
 * có …").
 */
function lifted(text: string): boolean {
  const m = /\s(?:thì|thi)\s+(?:không|khong)\s+(?:phải|phai|cần|can)\s/u.exec(text);
  return m !== null && !MODAL.test(text);
}

/** Bodies pointed back to: "các cơ quan trên", "cơ quan nêu trên", "các đơn vị nói trên". */
const NAMED_ABOVE = /^(?:các |những )?(?:cơ quan|đơn vị|tổ chức|bộ phận)(?: (?:nêu|nói|kể))? trên$/iu;

/** The document speaking of itself: "Quyết định này có hiệu lực…", "Thông tư này thay thế…". */
const SELF_REFERENCE =
  /^(?:\S+\s){0,3}(?:quyet dinh|thong tu|nghi dinh|quy dinh|ke hoach|chi thi|van ban|cong van|nghi quyet|phap lenh|luat|huong dan|ket luan) nay (?:co hieu luc|thay the|duoc (?:pho bien|ap dung)|ap dung|(?:da )?duoc\b[^.;]{0,200}\bthong qua)/;
/** What the letter encloses, folded: "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:" (not "Đề nghị các đơn vị gửi kèm …"). */
const ENCLOSES =
  /^(?!(?:\S+\s){0,8}?(?:de nghi|yeu cau|giao|phai|can|co trach nhiem)\s)(?:\S+\s){1,8}?(?:xin )?gui kem(?: theo)?\b/;

/**
 * A notice's closing formula, the whole sentence: "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Phú Thọ và
 * các Bộ, cơ quan liên quan biết, thực hiện./.". It says whom the notice is for, not a task of its own.
 */
const NOTICE_FORMULA =
  /^(?:\S+\s){1,8}thong bao (?:de |cho |(?=cac |nhung ))[^.;]{3,200}? biet(?:\s*,\s*|\s+va\s+|\s+de\s+)?(?:thuc hien|phoi hop thuc hien)?\s*[./]*$/;

const DATED_KINDS = new Set(["date", "period_end", "event"]);
/**
 * A lead-in whose list completes its subject, not its work: "Tổ chức, cá nhân có hoạt động dưới đây phải thực hiện
 * ký quỹ:", "Các thông tin sau đây phải được công khai:". The lead-in is the obligation; its items are cases.
 */
const LISTED_SUBJECT =
  /^[^:;]*\b(?:duoi|sau) day\b[^:;]*?(?:^|\s)(?:phai|can|co trach nhiem|co nghia vu|chiu trach nhiem)\s/;
const listCompletesSubject = (text: string) => LISTED_SUBJECT.test(folded(text));
/** A lead-in whose items are the cases its rule applies in, folded: "… trong các trường hợp sau đây:". */
/** A lead-in that announces a counted set: "… tại 15 vị trí như sau:", "Lấy mẫu 04 vị trí gồm:" (folded). */
const COUNTED_SET = /(?<![\d/.,-])\d{1,3} ((?:[a-z]+ ){1,3})(?:nhu sau|gom|bao gom|sau day|sau)\s*:\s*$/u;
/** Nouns that count work, so that the set they count is a list of tasks: "05 nhiệm vụ", "03 nội dung" (folded). */
const WORK_NOUN =
  /^(?:nhiem vu|noi dung|giai phap|bien phap|viec|cong viec|hoat dong|buoc|chi tieu|nhom|yeu cau|chuong trinh|de an|linh vuc|van de|khau|diem)\b/u;
/**
 * A lead-in whose items are the cases or grounds its act applies on, folded: "… trong các trường hợp sau đây:", "Cơ
 * quan đăng ký từ chối đăng ký khi có một trong các căn cứ sau đây:".
 */
const CASES_LEAD =
  /\b(?:(?:trong|thuoc|vao|o) (?:cac|nhung|mot trong (?:cac|nhung)) truong hop|(?:khi|neu) (?:co|thuoc) (?:mot trong )?(?:cac|nhung) (?:can cu|truong hop)) sau(?: day)?\s*:\s*$/;
/** "<label>: <figure> đồng / % / ngày …", the whole sentence (folded): an amount or a rate stated under its label. */
const RATE =
  /^(?:[^:]{2,160}:\s*)+(?:(?:toi da|toi thieu|bang)\s+)?[\d.,]+\s*(?:dong|%|lan|ngay|thang|nam|m2|nguoi)?[^:;.]{0,40}[.;]?\s*$/u;

/** When a rule applies: "có hiệu lực", "hết hiệu lực", "được thực hiện / áp dụng (kể từ | từ | đến) …". */
const APPLIES =
  /\b(?:co hieu luc|het hieu luc|(?:duoc )?(?:thuc hien|ap dung)\s+(?:ke tu|tu|den|cho den)\s+(?:ngay|nam|thang))\b/;

/** Headings of duties or powers, folded: whatever their items allow is also what the holder must do. */
const POWERS = /\b(?:nhiem vu|trach nhiem|quyen han)\b/;

/** "quyền" as a right, folded: not powers ("quyền hạn") nor rights and duties together ("quyền và nghĩa vụ"). */
const RIGHT = String.raw`quyen(?! han|,? va nghia vu|,? va trach nhiem|, nghia vu|, trach nhiem)`;

/** A permission, a right or an entitlement as a sentence's predicate, folded. */
/** "huy động lực lượng tối đa có thể", "sớm nhất có thể": as much as possible, not a permission. */
const PERMITS = new RegExp(
  // "… sẽ được cộng điểm vào thi đua": a reward to come.
  String.raw`\b(?:(?<!\b(?:toi da|nhat|neu) )co the|co ${RIGHT}|duoc quyen|duoc phep|thi duoc|se duoc)\b`,
);
/**
 * "cơ thể" (the body) folds to "co the", as "có thể" (may) does: "… xét nghiệm chất ma túy trong cơ thể" grants
 * nothing, so the noun is set apart before folding.
 */
const unbodied = (text: string) => text.replace(/cơ\s+thể/giu, "cơ_thể");
/** A predicate that encourages: "Khuyến khích việc khử khuẩn …" (not "ban hành chính sách … khuyến khích …"). */
const ENCOURAGES = /^\W*khuyen khich\b/;

/**
 * "Cơ quan đăng ký hộ tịch có thẩm quyền xác định cha, mẹ, con …": the subject's predicate, or the end of the name
 * read for it, says which body is competent, not what it must do.
 */
const COMPETENT = /\bco tham quyen$/;
/**
 * "Chánh án Tòa án nhân dân tối cao, Viện trưởng … có thẩm quyền kháng nghị … bản án, quyết định …": after a named
 * office (a capital inside the name) "có thẩm quyền" is the predicate, though a later noun was read as the verb.
 * After a common noun it may still be part of a name ("cơ quan có thẩm quyền quản lý …").
 */
const NAMED_COMPETENT = /^\S+\s(?:.*\s)?\p{Lu}.*\scó thẩm quyền\s+\S/u;
const isCompetent = (s: { parties: string[] | null; action: string }) =>
  (s.parties ?? []).some((p) => COMPETENT.test(folded(p).trim()) || NAMED_COMPETENT.test(p.trim())) ||
  /^co tham quyen\b/.test(folded(s.action));
/**
 * "Cơ quan có thẩm quyền quản lý đơn vị sự nghiệp công lập thực hiện quản lý viên chức": what the body is competent
 * for names it, and a later verb of doing, in the same clause, is its work. Not when the clause already opens with
 * its binding ("… có thẩm quyền phải thực hiện …"), nor when the verbs are coordinated ("… có thẩm quyền xác định …
 * và ban hành …": both are its work).
 */
const DOING = "(?:thuc hien|quyet dinh|chiu trach nhiem|co trach nhiem|phai|to chuc|chi dao|ban hanh) ";
const COMPETENT_FOR = new RegExp(
  String.raw`^(?!(?:phai|can|(?:co|chiu) trach nhiem)\b)((?:(?! (?:va|hoac) ${DOING})[^,;:.()])+?) (?=${DOING})`,
);

/**
 * "Tòa án có thẩm quyền là Tòa án nơi cư trú của bị đơn …", "Đoàn Thanh niên … là tổ chức chính trị - xã hội …": a
 * subject read through the copula "là" says what something is, not what anyone must do. No name holds "là".
 */
const identifies = (s: ReadSentence) => (s.parties ?? []).some((p) => /(?:^|\s)là(?:\s|$)/u.test(p));

/** The sentence with the body's competence read into its name, when a later verb of the clause is its work. */
function competenceNamed(s: ReadSentence): ReadSentence {
  const [party] = s.parties ?? [];
  if (s.parties?.length !== 1 || !party || !COMPETENT.test(folded(party).trim())) return s;
  const m = COMPETENT_FOR.exec(folded(s.action));
  if (!m?.[1]) return s;
  return {
    ...s,
    parties: [`${party} ${s.action.slice(0, m[1].length).trim()}`],
    action: s.action.slice(m[1].length).trim(),
  };
}

/**
 * A lead-in or heading that lists rights or choices, folded: "… có quyền sau đây:", "… có các quyền:", "Quyền của
 * người học", "… được lựa chọn … một trong các hình thức sau đây:".
 */
const RIGHTS_LEAD = new RegExp(
  String.raw`\b(?:co (?:cac |nhung )?${RIGHT}|duoc (?:lua chon|chon|quyen|phep))\b[^:;.]*:\s*$|^(?:cac |nhung )?quyen(?: loi)? cua\b(?!.*\b(?:nghia vu|trach nhiem|nhiem vu)\b)`,
);

/** A heading of rights and duties together, folded: "Quyền, nghĩa vụ của …", "Quyền và nghĩa vụ của …". */
const RIGHTS_AND_DUTIES = /^(?:cac |nhung )?quyen(?! han)\b[^:]*\bnghia vu\b/;
/** An item that grants, folded: "Được hưởng thành quả lao động …", "Có quyền yêu cầu …". */
const ENTITLED = /^\W*(?:duoc|co quyen)\b/;

/** A heading that says its items are duties: "Trách nhiệm lập hồ sơ:", "Trách nhiệm thực hiện". */
const DUTY_HEADING = /^trach nhiem\b/;

/**
 * A category that names no one ("các cơ quan", "các cơ quan, đơn vị có liên quan", "các bên"): a heading "Trách
 * nhiệm của các cơ quan" shares duties out among its items, whose own subjects are the parties.
 */
const GENERIC_PARTY =
  /^(?:cac |nhung )?(?:co quan|don vi|ben|to chuc|ca nhan|cap|nganh)(?:(?:,| va| hoac)* (?:cac )?(?:co quan|don vi|ben|to chuc|ca nhan|cap|nganh))*(?: (?:co )?lien quan)?$/;
const isGeneric = (parties: readonly string[]) =>
  parties.length > 0 && parties.every((p) => GENERIC_PARTY.test(folded(p).replace(/\s+/g, " ").trim()));

/** "2.2-y1" → "2.2" → "2"; "dieu3.2.a" → "dieu3.2"; "pl1-r4" → "pl1"; "kt-d1" → "kt". */
function parentPath(path: string): string | null {
  if (/-[ydr]\d+$/.test(path)) return path.replace(/-[ydr]\d+$/, "");
  const dot = path.lastIndexOf(".");
  return dot < 0 ? null : path.slice(0, dot);
}

/** Every ancestor's path, nearest first: "2.2-y1" → "2.2", "2". */
function* ancestorPaths(path: string): Generator<string> {
  for (let at = parentPath(path); at; at = parentPath(at)) yield at;
}

/**
 * "3. Căn cứ thông báo chấp thuận kết quả nghiệm thu … của cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp
 * tỉnh, Sở Tài nguyên và Môi trường có trách nhiệm:": a heading cut short for display ("…") lost the subject and the
 * colon that make it a lead-in. Each cut heading is read whole again from its ancestor's first sentence.
 */
function withWholeHeadings<P extends Passage>(passages: P[]): P[] {
  const byPath = new Map(passages.map((p) => [p.path, p]));
  const whole = (heading: string, path: string) => {
    const stem = strippedHeading(heading).slice(0, -1).trimEnd();
    for (const at of ancestorPaths(path)) {
      const text = byPath.get(at)?.text ?? "";
      if (!text.startsWith(stem)) continue;
      const sentence = text.split(/(?<=[.:;!?])\s/u)[0] ?? text;
      return `${heading.slice(0, heading.length - strippedHeading(heading).length)}${sentence}`;
    }
    return heading;
  };
  return passages.map((p) =>
    p.headings.some((h) => h.endsWith("…"))
      ? { ...p, headings: p.headings.map((h) => (h.endsWith("…") ? whole(h, p.path) : h)) }
      : p,
  );
}

/** The path of a numbered item or article ("III.2", "kem1.dieu22.1"), not of an attached text ("kem1"). */
const ITEM_PATH = /(?:^|\.)(?:\d+|[a-zđ]|[IVXL]+|dieu\d+[a-z]?)$/u;

/**
 * "a) Hướng dẫn và tạo điều kiện giải quyết nhanh các thủ tục đầu tư thuộc thẩm quyền:" then "b) Chủ động phối hợp
 * …": an item that ends in a colon but is followed by its next sibling, nothing under it, lists nothing: its colon is
 * a slip and the item is work of its own.
 */
const listsNothing = (item: Passage, next: Passage | undefined): boolean =>
  ITEM_PATH.test(item.path) &&
  next !== undefined &&
  ITEM_PATH.test(next.path) &&
  parentPath(next.path) === parentPath(item.path) &&
  next.headings.length === item.headings.length;

const strippedHeading = (heading: string) => heading.replace(HEADING_NUMBER, "").trim();
/** Folded texts of the document being read: headings and lead-ins are folded once, not once per passage. */
const foldCache = new Map<string, string>();
const folded = (text: string) => {
  let out = foldCache.get(text);
  if (out === undefined) {
    out = foldKeepingOffsets(text.normalize("NFC"));
    if (foldCache.size > 5000) foldCache.clear();
    foldCache.set(text, out);
  }
  return out;
};
const isOpening = (p: Passage) => p.path.startsWith("md");
const isClosing = (p: Passage) => p.path.startsWith("kt");

/** A passage that cites another text's provision and then quotes it whole. */
const QUOTED_PROVISION =
  /^[^“”"]{0,200}\b(?:quy định|nêu|ghi)(?: rõ| như sau)?\s*:\s*[“"][^“”"]*[”"][\s./;]*$/su;

/** The header block (hd), the signature (ck), the addressees (kg), "Nơi nhận" (nn), quotations of other texts. */
function isBoilerplate(passage: Passage): boolean {
  if (["hd", "ck", "kg", "nn"].includes(passage.path)) return true;
  const text = passage.text.trim();
  if (/^(?:\|\s*)?(?:nơi nhận|kính gửi)\s*:/iu.test(text)) return true;
  // "Ví dụ: Đồng chí Nguyễn Văn D là Giám đốc Sở X, …": an example shows how a rule applies; it assigns nothing.
  if (/^ví dụ\s*(?:\d+\s*)?:/iu.test(text)) return true;
  // "Tại khoản 7, Điều 2 Quyết định số 118/TTg nêu trên quy định: "7. … thì địa phương xem xét hỗ trợ …"": a
  // provision of another text, cited and quoted whole.
  return /^[“"].*[”"][\s./]*$/su.test(text) || QUOTED_PROVISION.test(text);
}

interface DocumentInput {
  meta: DocumentMeta;
  passages: readonly Passage[];
}

/**
 * Reads the obligations out of one document, following eval/obligations-guideline.md: which passages assign
 * work, one obligation per deadline sentence plus one for the rest, parties from the sentence or inherited.
 * Layouts of real documents are read by their structure: a timeline table row is an obligation with the deadline
 * of its time column and the parties of its responsible column; a "Thời gian hoàn thành: …" line gives its item
 * its deadline; in a document whose opening does not introduce directives (a Quyết định, a Nghị định), only
 * passages that assign work themselves, or sit under a heading or lead-in that does ("Điều 2. Giao Giám đốc Sở…",
 * "Trách nhiệm của …", "Tổ chức thực hiện"), are obligations.
 *
 * @example
 * extractObligations(parsed).map((o) => [o.passageId, o.responsible, o.deadline.due])
 */
export function extractObligations(
  document: DocumentInput,
  options: { events?: EventCalendar } = {},
): Obligation[] {
  const { meta } = document;
  const passages = withWholeHeadings(document.passages.map((p) => ({ ...p, text: p.text.normalize("NFC") })));
  const byPath = new Map(passages.map((p) => [p.path, p]));
  const context: DeadlineContext = {
    documentDate: meta.issuedDate || meta.meetingDate || null,
    events: options.events,
  };
  const fallback = fallbackParties(passages);
  const serialized = serializedRows(passages);
  // No paragraph charges anyone with the plan as a whole: the body it makes its lead or focal point carries the items
  // that name no one (guideline), "1. Sở Y tế" over "a) Chủ trì, phối hợp … kiểm tra việc thực hiện … kế hoạch thi đua
  // này". Only items that are acts ("Kiểm tra, giám sát …"): where no one is charged with the plan, its targets
  // ("(1) 100% số người hưởng trợ cấp …") and rules ("Kinh phí khen thưởng: …") were kept out by naming no one.
  const lead = fallback.length > 0 ? [] : (planLead(passages) ?? []);
  /** "Hội đồng nhân dân tỉnh" in a resolution of "HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU": the body that decides. */
  const issuerKey = folded(meta.issuer ?? "")
    .replace(/\s+/g, " ")
    .trim();
  const isIssuer = (list: readonly string[]) =>
    issuerKey !== "" &&
    list.every((p) => {
      const key = folded(p).replace(/\s+/g, " ").trim();
      return key.split(" ").length >= 3 && issuerKey.startsWith(key);
    });
  const framed = passages.some((p) => isOpening(p) && introducesDirectives(p.text));
  /**
   * "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" then "KẾ HOẠCH …" after the signature: an attached text
   * titled as a plan of action is the decision's work, read as a plan of its own (its objectives are no one's tasks).
   */
  const issuedPlan = (passage: Passage) =>
    /^kem\d/u.test(passage.path) && PLAN_TITLE.test(folded(passage.headings[0] ?? ""));
  /**
   * Who carries out an issued plan (guideline, rule 4): the decision's article that sets bodies to it ("Giao Sở Công
   * Thương chủ trì, phối hợp với … triển khai thực hiện Kế hoạch này"), as already read. Not the bodies charged with
   * executing the decision ("… chịu trách nhiệm thi hành Quyết định này"): that clause closes every decision, and a
   * plan under it assigns its own tasks (giving them the plan's unnamed items was tried: the held-out precision fell).
   */
  // Found once, when the first passage of the plan asks: the decision's articles come before what it issues.
  let carriers: string[] | null = null;
  const planCarriers = (): string[] => {
    carriers ??=
      obligations.find((o) => !/#kem\d/u.test(o.passageId) && CARRIES_PLAN.test(folded(o.sourceText)))
        ?.responsible ?? [];
    return carriers;
  };
  const fields = labelFields(passages, context);
  const addressees = addresseesOf(passages);
  /** A short name in full: the issuer for a bare "Bộ", the addressee for "Cục Thuế" (Kính gửi: Cục Thuế tỉnh …). */
  // "Quý cơ quan phối hợp …": a letter's polite name for its addressees is all of them.
  const issuerNamed = (list: string[]) =>
    list.flatMap((p) =>
      POLITE_ADDRESSEE.test(p.trim()) && addressees.length
        ? addressees
        : [namedAddressee(namedIssuer(p, meta.issuer, passages), addressees)],
    );

  // "- Đảng uỷ Chính phủ khẩn trương …, bảo đảm tiến độ cụ thể như sau:" over "+ Báo cáo Bộ Chính trị … chậm nhất ngày
  // 09/3/2025.": the parser gives such items their lead bullet as their nearest heading; that bullet is their parent.
  const leadBullet = new Map<string, Passage>();
  /** The items each later-paragraph lead-in leads, by its path (such a paragraph has no children of its own). */
  const ledItems = new Map<string, Passage[]>();
  passages.forEach((p, i) => {
    const item = /^(.*)-y\d+$/u.exec(p.path)?.[1];
    if (!item) return;
    const above = p.headings.at(-1);
    for (let j = i - 1; j >= 0; j--) {
      const q = passages[j] as Passage;
      // "3. Chỉ đạo …" / "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:" / "- Cẩm nang …;": a later paragraph of the item that
      // ends with ":" right before its bullets leads them.
      if (q.path.startsWith(`${item}-d`) && q.text.trimEnd().endsWith(":")) {
        leadBullet.set(p.path, q);
        const led = ledItems.get(q.path);
        if (led) led.push(p);
        else ledItems.set(q.path, [p]);
        return;
      }
      if (!q.path.startsWith(`${item}-y`)) break;
      if (above?.trimEnd().endsWith(":") && q.text === above) {
        leadBullet.set(p.path, q);
        return;
      }
    }
  });
  /**
   * "I. ĐÁNH GIÁ CHUNG" … "Để tiếp tục …, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau
   * đây:" then "1. …", "2. …": the section's own paragraph that ends with ":" right before its numbered items leads them.
   */
  const positions = new Map(passages.map((p, i) => [p, i]));
  const leads = new Map<Passage, Passage | null>();
  const sectionLead = (passage: Passage): Passage | null => {
    const known = leads.get(passage);
    if (known !== undefined) return known;
    let found: Passage | null = null;
    const section = parentPath(passage.path.replace(/-[a-z]\d+$/u, ""));
    for (let j = (positions.get(passage) ?? 0) - 1; section && j >= 0; j--) {
      const q = passages[j] as Passage;
      if (q.path.startsWith(`${section}.`)) continue;
      const own = q.path === section || q.path.startsWith(`${section}-d`);
      found = own && q.text.trimEnd().endsWith(":") ? q : null;
      break;
    }
    leads.set(passage, found);
    return found;
  };
  const ancestorsOf = (passage: Passage): Passage[] => {
    const lead = leadBullet.get(passage.path);
    const out: Passage[] = lead ? [lead] : [];
    const opening = /^[^-]*$/u.test(passage.path) ? sectionLead(passage) : null;
    if (opening && !out.includes(opening)) out.push(opening);
    for (const path of ancestorPaths(passage.path)) {
      const ancestor = byPath.get(path);
      if (ancestor) out.push(ancestor);
    }
    return out;
  };
  /** Fields of label lines that belong to the passage's item or to an item above it, nearest first. */
  const fieldsOver = (passage: Passage): ItemFields[] => {
    const next = fields.following.get(passage.path);
    const out: ItemFields[] = next ? [next] : [];
    for (let path: string | null = passage.path; path; path = parentPath(path)) {
      const found = fields.byItem.get(path);
      if (found) out.push(found);
    }
    return out;
  };

  /**
   * The passage's headings, with its own item's title when that title made no passage of its own ("1. Sở Lao
   * động - Thương binh và Xã hội:" over the item's first paragraph): its children carry it as their last heading.
   */
  const children = new Map<string, Passage[]>();
  /** Items with numbered parts below them, at any depth ("3." over "3.1." over "a)"). */
  const numberedParts = new Set<string>();
  for (const p of passages) {
    const parent = parentPath(p.path);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), p]);
    for (const at of ancestorPaths(p.path)) if (p.path.startsWith(`${at}.`)) numberedParts.add(at);
  }
  const allHeadings = (passage: Passage): string[] => {
    const child = children.get(passage.path)?.find((c) => c.headings.length === passage.headings.length + 1);
    const own = child?.headings.at(-1);
    const isOwnText = own && folded(strippedHeading(own)).startsWith(folded(passage.text).slice(0, 40));
    return own && !isOwnText ? [...passage.headings, own] : passage.headings;
  };
  const headingsOf = (passage: Passage) => allHeadings(passage).map(strippedHeading).map(folded);
  // "8. Đánh giá kết quả, xây dựng phương hướng hằng tháng …" under "Điều 5. Nội dung Sở … có trách nhiệm chủ trì": to
  // assess is the body's task there, not an account of the past.
  const assessesAsTask = (passage: Passage) =>
    ASSESS_VERB.test(folded(passage.text)) && underDirective(passage);
  const isAssessment = (passage: Passage) =>
    (ASSESSMENT.test(folded(passage.text)) && !assessesAsTask(passage)) ||
    ancestorsOf(passage).some((p) => ASSESSMENT.test(folded(p.text))) ||
    (headingsOf(passage).some((h) => ASSESSMENT.test(h)) && !turnsToDirectives(passage));
  /**
   * "I. ĐÁNH GIÁ CHUNG" … "Để tiếp tục …, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nội dung sau:" then "1.
   * …", "2. …": the section's own paragraph before its items turns it from the assessment to directives.
   */
  const turnsToDirectives = (passage: Passage): boolean => {
    const lead = sectionLead(passage);
    return lead !== null && introducesDirectives(lead.text);
  };
  // "Phạm vi và trách nhiệm cung cấp thông tin" defines a scope and assigns duties: not a definition only.
  // "III. PHẠM VI, ĐỐI TƯỢNG, NHU CẦU, PHƯƠNG ÁN HỖ TRỢ": a title that goes on to a plan of action defines nothing only.
  // A basis that runs on to its clause ("Căn cứ điều kiện thực tế của địa phương, Ủy ban nhân dân cấp tỉnh trình …
  // như sau:") leads work, not a part titled with the bases.
  const defines = (title: string) =>
    DEFINITION.test(title) &&
    !DUTY_NOUN.test(title) &&
    !ACTION_PLAN_NOUN.test(title) &&
    !/^can cu\b[^,]*,/u.test(title);
  // "II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA" over "2. Nội dung thi đua": a title that lists its parts defines only the part
  // that defines; a part titled as the content or work of the plan holds work.
  const isDefinition = (passage: Passage) => {
    const titles = headingsOf(passage);
    const nearest = titles.at(-1) ?? "";
    const contentPart = CONTENT_PART.test(nearest) && !defines(nearest);
    return (
      titles.some((t) => defines(t) && !(contentPart && t !== nearest && LISTS_PARTS.test(t))) ||
      ancestorsOf(passage).some((p) => defines(folded(strippedHeading(p.text))))
    );
  };
  /**
   * Under "Hướng dẫn viên du lịch có quyền sau đây:" or "Điều 12. Quyền của …" the items are rights: only an item that
   * binds someone itself ("… phải …") is work. The nearest lead-in or heading decides.
   */
  const isRight = (passage: Passage) => {
    const above = headingsOf(passage).at(-1) ?? "";
    // Under "Điều 6. Quyền, nghĩa vụ của …" an item that opens "Được …" or "Có quyền …" is a right; the others are
    // duties.
    if (RIGHTS_AND_DUTIES.test(above) && ENTITLED.test(folded(passage.text))) return true;
    return RIGHTS_LEAD.test(above) && !MODAL.test(passage.text);
  };

  /** "Điều 1. Kiện toàn Ban Chỉ đạo …, gồm các thành viên sau đây:" over "3. Các ủy viên:", "- Bộ trưởng Bộ Công an;". */
  const memberOfBodySetUp = (passage: Passage) =>
    namesMemberOnly(passage.text) && ancestorsOf(passage).some((a) => setsUpMembers(a.text));

  /**
   * "Điều 3. Cơ cấu tổ chức của Sở" over "1. Các phòng và tương đương thuộc Sở" over "a) Văn phòng;": a body's structure
   * names its units; an item that only names one is no one's work.
   */
  const unitOfStructure = (passage: Passage) => {
    const text = passage.text.replace(LEADING_MARKS, "").trim();
    const words = text.split(/\s+/u).length;
    return (
      words <= 15 &&
      headingsOf(passage).some((h) => STRUCTURE_TITLE.test(h)) &&
      // A name, not a sentence: "Tổng cục trưởng … quy định chức năng …" under the same heading is work.
      !findParties(text)?.predicate &&
      // "b) Thanh tra;" names the inspectorate, not the verb.
      (!opensWithPredicate(text) || words <= 3)
    );
  };

  /** Parties named by the nearest lead-in above the passage, else by the nearest heading that names any. */
  /**
   * "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:": the items are the
   * work of the body directed as well as of the one who directs it.
   */
  const withDelegate = (text: string, span: PartySpan): string[] => {
    const predicate = span.predicate ?? "";
    if (!DELEGATES.test(folded(predicate))) return span.parties;
    // The predicate follows the subject: what comes after it names the body directed.
    const after = text.slice(span.end).trimStart().slice(predicate.length);
    const delegate = findParties(after.trimStart(), { leadIn: true });
    return delegate && delegate.start === 0 && delegate.predicate
      ? [...span.parties, ...delegate.parties]
      : span.parties;
  };
  /** The subject an item's sentence opens with ("1. Sở … chịu trách nhiệm …."), read once per item. */
  const openingSubjects = new Map<string, string[] | null>();
  const openingSubject = (item: Passage): string[] | null => {
    if (!ITEM_PATH.test(item.path) || item.text.trimEnd().endsWith(":")) return null;
    let subject = openingSubjects.get(item.path);
    if (subject === undefined) {
      const span = findParties(sentencesOf(item.text)[0] ?? "");
      subject = span && span.start === 0 && span.predicate && !isGeneric(span.parties) ? span.parties : null;
      openingSubjects.set(item.path, subject);
    }
    return subject;
  };
  /**
   * "Hội đồng nhân dân tỉnh thống nhất thông qua phương hướng, nhiệm vụ …, trong đó cần tập trung … sau:": the issuer
   * opens the lead-in deciding, so its items are the tasks it sets, not its own work.
   */
  const issuerDecides = (lead: string): boolean =>
    decidesAsIssuer(findParties(sentencesOf(lead).at(-1) ?? "", { leadIn: true }));
  /** A subject that is the issuer, with a verb of deciding ("thống nhất", "thông qua"), not of doing. */
  const decidesAsIssuer = (span: PartySpan | null): boolean =>
    span !== null && isIssuer(span.parties) && DECIDES.test(folded(span.predicate ?? "").trim());
  /**
   * "2. Các sở … có ý kiến như sau:" then "a) Sở Nông nghiệp và Môi trường" over the items: the nearest title that is
   * a party's name is whose the items are.
   */
  const titles = new Map<string, string[] | null>();
  const titledAbove = (passage: Passage): string[] | null => {
    const known = titles.get(passage.path);
    if (known !== undefined) return known;
    const nearest = passage.headings.at(-1);
    const titled = nearest && !nearest.trimEnd().endsWith(":") ? partiesOfHeading(nearest) : null;
    const title = titled && !isGeneric(titled) ? titled : null;
    titles.set(passage.path, title);
    return title;
  };
  const namedAbove = (passage: Passage): string[] | null => {
    const titled = titledAbove(passage);
    if (titled) return titled;
    const nearest = passage.headings.at(-1);
    const named = nearest ? nameAmongNames(passage, nearest) : null;
    if (named) return named;
    // "1. Sở Nông nghiệp và Môi trường chịu trách nhiệm trước Ủy ban nhân dân tỉnh thực hiện …." over "b) Định kỳ hằng
    // năm gửi báo cáo …": the points of an item whose sentence opens with its subject detail that subject's work.
    const parent = /-[a-z]\d+$/u.test(passage.path) ? undefined : byPath.get(parentPath(passage.path) ?? "");
    const subject = parent ? openingSubject(parent) : null;
    if (subject) return subject;
    for (const ancestor of ancestorsOf(passage)) {
      if (!ancestor.text.trimEnd().endsWith(":")) continue;
      // "2. Phân công trách nhiệm: … yêu cầu các Sở, ban, ngành … như sau:" over "2.1. Sở Tài chính" over "a) Tham mưu
      // … quyết định:" over "- Mức vốn đối ứng …": a party's title between the item and a lead-in above it is nearer.
      const between = titledBelow(passage, ancestor);
      if (between) return between;
      // A lead-in that is only names ("1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …):") reads as a title.
      const names = listsMembers(ancestor.text) ? partiesOfHeading(ancestor.text) : null;
      if (names) return names;
      // "Hội đồng nhân dân tỉnh cơ bản thống nhất với …. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh … một số
      // công việc sau:": the sentence that opens the list says whose its items are, before any earlier one.
      const sentences = sentencesOf(ancestor.text);
      const span = [...sentences.slice(-1), ...sentences.slice(0, -1)]
        .map(
          (s) =>
            findParties(s, { leadIn: s.trimEnd().endsWith(":") }) ??
            findParties(s, { whole: true }) ??
            findParties(lastClause(s) ?? "", { leadIn: true }),
        )
        .find(Boolean);
      // "Hội đồng nhân dân tỉnh thống nhất thông qua phương hướng, nhiệm vụ …, trong đó cần tập trung … sau:": the
      // issuer decides the tasks; whom it sets to carry them out does them.
      if (span && decidesAsIssuer(span)) return null;
      if (span)
        return placeholderMember(span.parties, ancestor, passage) ?? withDelegate(ancestor.text, span);
    }
    // "1. Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm …" then "Hoạt động thăm dò … phải tuân
    // thủ …": a later paragraph of an item goes on with the subject its first paragraph opens with.
    // Not in a text of articles, whose later paragraphs state rules of their own ("Người dưới mười sáu tuổi không được
    // vào phòng xử án …").
    const item = /(?:^|\.)dieu\d/u.test(passage.path) ? undefined : /^(.*)-d\d+$/u.exec(passage.path)?.[1];
    const first = item ? byPath.get(item) : undefined;
    const opener = first ? findParties(sentencesOf(first.text)[0] ?? "") : null;
    if (opener && opener.start === 0 && opener.predicate && !isGeneric(opener.parties)) return opener.parties;
    for (const heading of [...allHeadings(passage)].reverse()) {
      const parties = partiesOfHeading(heading) ?? partiesOfLeadIn(heading);
      if (parties) return parties;
    }
    return null;
  };
  /**
   * "1. Sở Khoa học và Công nghệ", …, "4. Các doanh nghiệp viễn thông", "5. Các chủ đầu tư xây dựng và kinh doanh hạ
   * tầng Khu công nghiệp": a title that opens with a party among sibling titles that are names is a name too, its
   * qualifier and all, though its words go past what a name is known to look like.
   */
  const titlesByParent = new Map<string, Set<string>>();
  for (const p of passages) {
    const levels = p.path.replace(/-[a-z]\d+$/u, "").split(".");
    if (p.headings.length !== levels.length || levels.length < 2) continue;
    const parent = levels.slice(0, -1).join(".");
    const title = p.headings.at(-1);
    if (title) titlesByParent.set(parent, (titlesByParent.get(parent) ?? new Set()).add(title));
  }
  // Once per title: every passage under the siblings asks it of them all.
  const namingTitles = new Map<string, boolean>();
  const namesParty = (title: string) => {
    let value = namingTitles.get(title);
    if (value === undefined) {
      const parties = partiesOfHeading(title);
      value = parties !== null && !isGeneric(parties);
      namingTitles.set(title, value);
    }
    return value;
  };
  const nameAmongNames = (passage: Passage, title: string): string[] | null => {
    const levels = passage.path.replace(/-[a-z]\d+$/u, "").split(".");
    if (passage.headings.length !== levels.length) return null;
    const siblings = [...(titlesByParent.get(levels.slice(0, -1).join(".")) ?? [])].filter(
      (t) => t !== title,
    );
    const names = siblings.filter(namesParty);
    return names.length >= 2 && names.length * 2 > siblings.length ? partyOfNameTitle(title) : null;
  };
  /** A heading below `ancestor`'s level and above the passage that names a party, nearest first. */
  const titledBelow = (passage: Passage, ancestor: Passage): string[] | null => {
    // Headings are the titles of the path's levels in order: "III.2.1.a-y1" has four.
    const level = ancestor.path.replace(/-[a-z]\d+$/u, "").split(".").length;
    if (passage.headings.length !== passage.path.replace(/-[a-z]\d+$/u, "").split(".").length) return null;
    for (const heading of passage.headings.slice(level).reverse()) {
      if (heading.trimEnd().endsWith(":")) continue;
      const parties = partiesOfHeading(heading);
      if (parties && !isGeneric(parties)) return parties;
    }
    return null;
  };
  /**
   * The parties whose duties a heading or lead-in above declares ("Trách nhiệm của cơ quan cấp giấy phép môi trường",
   * "Chính phủ có những nhiệm vụ …:"), not a title that merely opens with a body ("Điều 71. Toà án xét đơn …").
   */
  const dutyHolderAbove = (passage: Passage): string[] | null => {
    for (const heading of [...allHeadings(passage)].reverse()) {
      const parties = isDutiesHeading(heading) ? partiesOfHeading(heading) : partiesOfLeadIn(heading);
      if (parties) return parties;
    }
    // A lead-in paragraph of duties or powers ("Chủ tịch nước có những nhiệm vụ và quyền hạn sau đây:").
    const lead = ancestorsOf(passage).find((a) => a.text.trimEnd().endsWith(":"));
    return lead && POWERS.test(folded(lead.text)) ? partiesOfLeadIn(lead.text) : null;
  };
  /**
   * "Trong thời gian tới, yêu cầu các bộ, ngành tập trung thực hiện một số nhiệm vụ như sau:" over "(1) Giao Bộ Nông
   * nghiệp và Môi trường chủ trì …": under a lead-in that addresses bodies, an item that opens with its own address
   * names the member it gives the work to; under a holder's list of powers it is the holder's own proposal.
   */
  const addressedAbove = (passage: Passage): boolean => {
    const heading = [...allHeadings(passage)].reverse().find((h) => h.trimEnd().endsWith(":"));
    return (
      heading !== undefined && findParties(heading.replace(HEADING_NUMBER, ""), { cuesOnly: true }) !== null
    );
  };
  const inheritedParties = (passage: Passage): string[] =>
    fieldsOver(passage).find((f) => f.parties)?.parties ??
    namedAbove(passage) ??
    ownFunctions(passage) ??
    // A text sent with the letter (an outline of the report it asks for, a regulation) says whose work its items are;
    // the letter's addressees are not given every line of it. A plan the decision issues is carried out by whom the
    // decision charges with it, save its objectives ("I. MỤC TIÊU"), which are no one's tasks.
    (issuedPlan(passage)
      ? headingsOf(passage).some((h) => TARGETS.test(h))
        ? []
        : planCarriers()
      : /^kem\d/u.test(passage.path)
        ? []
        : lead.length > 0 && opensWithPredicate(passage.text.replace(LEADING_MARKS, ""))
          ? lead
          : fallback);

  /**
   * "Điều 2. Nhiệm vụ và quyền hạn" in a decision "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y
   * tế thành phố Hà Nội": a heading of duties that names no one lists those of the body the title is about, not of
   * whom the decision charges with carrying it out.
   */
  const functionsOf = functionsSubject(meta.title ?? "", passages);
  const ownFunctions = (passage: Passage): string[] | null =>
    functionsOf && headingsOf(passage).some((h) => OWN_DUTIES_TITLE.test(h)) ? [functionsOf] : null;

  /**
   * Under a heading that states whose duty its items are without naming anyone ("2. Trách nhiệm lập hồ sơ:", "Trách
   * nhiệm của các cơ quan"), an item opening with a noun phrase and a verb names its party: "Thanh niên xung phong
   * lập bản khai cá nhân."
   */
  const dutyItemSubject = (passage: Passage, work: readonly ReadSentence[]): string[] | null => {
    const heading = allHeadings(passage).at(-1);
    if (!heading || !DUTY_HEADING.test(folded(strippedHeading(heading)))) return null;
    const named = partiesOfHeading(heading);
    if (named && !isGeneric(named)) return null;
    const subject = work[0] ? subjectBeforePredicate(work[0].text) : null;
    return subject ? [subject] : null;
  };

  /**
   * "Cơ quan đại diện ngoại giao … có trách nhiệm tiếp nhận hồ sơ …" then a paragraph "Trong thời gian 20 ngày làm
   * việc, kể từ ngày nhận đủ hồ sơ …, hoàn thành việc tổng hợp …": a timed paragraph that names no one goes on with the
   * work of the paragraph before it, whose party it keeps.
   */
  const continuedParties = (passage: Passage, work: readonly ReadSentence[]): string[] | null => {
    if (work.some((s) => s.parties) || !work[0]?.deadline) return null;
    const last = readJustBefore(passage);
    return last && last.responsible.length > 0 ? last.responsible : null;
  };

  /** The obligation last read, when it is the one of the paragraph before a later paragraph ("4" for "4-d2"). */
  const readJustBefore = (passage: Passage): Obligation | null => {
    const at = /^(.*)-d(\d+)$/u.exec(passage.path);
    if (!at) return null;
    const n = Number(at[2]);
    const before = `${meta.id}#${n === 2 ? at[1] : `${at[1]}-d${n - 1}`}`;
    const last = obligations.at(-1);
    return last?.passageId === before ? last : null;
  };

  /**
   * "1.1. Nghiên cứu, quán triệt và thực hiện nghiêm túc quy định pháp luật …:" over "- Nghị định số 214/2025/NĐ-CP …",
   * "- Chỉ thị số 24/TTg …": a list whose every item cites a document says what the lead-in's work is about; the
   * lead-in is the work and its items are none.
   */
  const citesMemo = new Map<string, boolean>();
  const citesOnly = (lead: Passage): boolean => {
    let value = citesMemo.get(lead.path);
    if (value === undefined) {
      value = readsCitesOnly(lead);
      citesMemo.set(lead.path, value);
    }
    return value;
  };
  // Read once per lead-in: every item of its list asks it.
  const readsCitesOnly = (lead: Passage) => {
    if (!lead.text.trimEnd().endsWith(":")) return false;
    const items = children.get(lead.path) ?? ledItems.get(lead.path) ?? [];
    if (items.length < 2) return false;
    if (items.every((item) => citesDocument(item.text))) return true;
    // "… báo cáo số liệu định kỳ hàng tháng … bao gồm:" over "(1). Tổng số gói thầu …", "(2). Tổng giá trị …": what
    // the work consists of, items that neither open with a verb nor name anyone (nor label instructions: "Kinh phí
    // điều dưỡng: căn cứ …, xây dựng dự toán …").
    // Not the members of a category that must act ("Đối tượng khai thác khoáng sản phải …, bao gồm:"), nor what a
    // category is ("Cơ sở giáo dục phổ thông bao gồm:"): someone must be told to act in the lead-in.
    const contents = CONTENTS_LEAD.test(folded(lead.text));
    // A link's "https:" labels nothing, nor does a colon that closes the item ("Thông tin về vụ việc vi phạm …, xử lý
    // gồm:"), which leads the item's own parts.
    const content = (item: Passage) =>
      !item.text
        .replace(/\bhttps?:\/\/\S+/gu, "")
        .replace(/:\s*$/u, "")
        .includes(":") &&
      !opensWithPredicate(item.text) &&
      !findParties(item.text);
    // "1. Khai thác thông tin của người bệnh, …, bao gồm:" over "a) Tiền sử sử dụng thuốc;", "b) Tóm tắt …": an act
    // whose party is above it, itemised by what it covers; most items name things ("Chỉ định;", "Chống chỉ định;").
    if (opensWithPredicate(lead.text.replace(LEADING_MARKS, "")) && !findParties(lead.text))
      return contents && items.filter(content).length * 2 >= items.length;
    // "Cơ quan hải quan, công an, … có trách nhiệm trao đổi, cung cấp thông tin liên quan đến …:" over "1. Thông tin về
    // tình hình vi phạm …;": a party's act whose every item names a kind of what it acts on, as the lead-in names it.
    return (
      (contents ||
        restatesObject(lead, items) ||
        passiveOfLead(lead, items) ||
        FILES_PAPERS.test(folded(lead.text))) &&
      (findParties(lead.text)?.predicate ?? "") !== "" &&
      !PLACEHOLDER.test(folded(lead.text)) &&
      !listCompletesSubject(lead.text) &&
      items.every(content)
    );
  };

  /**
   * Whether every item opens with the same two words, which the lead-in's duty acts on: "Thông tin về …" under "… có
   * trách nhiệm trao đổi, cung cấp thông tin …:". Not words of the party before the duty ("Tổ chức, cá nhân sử dụng
   * phân bón có nghĩa vụ:" over "Sử dụng phân bón …"), nor duties named as items ("Nghĩa vụ phát sinh từ …").
   */
  const restatesObject = (lead: Passage, items: readonly Passage[]): boolean => {
    // Two words of letters only, so the opening is safe inside the pattern below ("a) Thông …" opens with none).
    const opening = (item: Passage) =>
      /^\p{L}+ \p{L}+(?!\S)/u.exec(folded(item.text.replace(LEADING_MARKS, "")))?.[0] ?? "";
    const first = items[0] ? opening(items[0]) : "";
    const duty = MODAL.exec(lead.text);
    if (!first || !duty || items.length < 2 || DUTY_NOUN.test(first)) return false;
    const acted = folded(lead.text.slice(duty.index + duty[0].length));
    return (
      items.every((item) => opening(item) === first) && new RegExp(String.raw`\b${first}\b`, "u").test(acted)
    );
  };

  /**
   * Whether every item says where or how the lead-in's own act befalls a thing, in the passive: "… Ủy ban nhân dân cấp
   * tỉnh tiến hành bàn giao … như sau:" over "a) Hồ sơ … cấp tỉnh được bàn giao tại Bộ …", "b) Hồ sơ … cấp huyện được
   * bàn giao tại …". The items detail the one act; none binds anyone.
   */
  const passiveOfLead = (lead: Passage, items: readonly Passage[]): boolean => {
    const act = folded(lead.text);
    return (
      items.length >= 2 &&
      items.every((item) => {
        const verb = /\bduoc (\p{L}+ \p{L}+)\b/u.exec(folded(item.text))?.[1];
        return verb !== undefined && new RegExp(String.raw`\b${verb}\b`, "u").test(act);
      })
    );
  };

  /**
   * The obligation a later paragraph only times ("Đảm bảo hoàn thành trong quý I/2026."): the one read just before
   * from the same item, when it has no time yet; null otherwise.
   */
  const completionOf = (passage: Passage, work: readonly ReadSentence[]): Obligation | null => {
    const [only] = work;
    if (work.length !== 1 || !only?.deadline || only.deadline.kind === "none") return null;
    // "Thời gian tiếp nhận hồ sơ chậm nhất đến hết ngày 15 tháng 8 năm 2022." under "4. Doanh nghiệp gửi hồ sơ …": a
    // paragraph about the time of the work before it, naming no one, times that work, as a sentence does (see
    // groupByDeadline).
    if (!COMPLETION_ONLY.test(folded(only.text)) && !(DESCRIBES_TIME.test(only.text) && !only.parties))
      return null;
    const last = readJustBefore(passage);
    return last?.deadline.kind === "none" ? last : null;
  };

  /**
   * The untimed obligations the passage times: when it only times a matter ("4. Chậm nhất là ngày …, việc … xong."),
   * those of the numbered items before it; when it is only a time label ("5. Thời gian thực hiện: Từ ngày … đến
   * ngày …"), those of the nearest item before it that has any, and of that item's parts. Else none.
   */
  const timedSiblings = (passage: Passage, work: readonly ReadSentence[]): Obligation[] => {
    const [only] = work;
    const at = /^(.*?)(\d+)$/u.exec(passage.path);
    if (work.length !== 1 || !only?.deadline || only.deadline.kind !== "date" || !at) return [];
    const label = only.label?.role === "time";
    if (!label && !MATTER_TIMED.test(folded(only.text))) return [];
    const within = (o: Obligation, item: string) =>
      o.passageId.replace(/-[dy]\d+$/u, "") === item ||
      (label && (o.passageId.startsWith(`${item}.`) || o.passageId.startsWith(`${item}-`)));
    const untimed = (item: string) =>
      obligations.filter((o) => within(o, item) && o.deadline.kind === "none");
    const before = [...Array(Number(at[2]) - 1).keys()].map((i) => `${meta.id}#${at[1]}${i + 1}`);
    if (!label) return before.flatMap(untimed);
    const nearest = before.reverse().find((item) => obligations.some((o) => within(o, item)));
    return nearest ? untimed(nearest) : [];
  };

  /** "5. Thời gian thực hiện: Từ ngày … đến ngày …" after items 1–4: the time of their untimed work. */
  const timesEarlier = (passage: Passage) => {
    const read = readSentence(passage.text, context);
    if (read.label?.role !== "time") return;
    const sentence = { ...read, deadline: deadlineOfField(read.label.value, context) };
    for (const o of timedSiblings(passage, [sentence])) o.deadline = sentence.deadline;
  };

  /** An item of a list that completes its lead-in's subject ("… có hoạt động dưới đây phải …:"), binding no one itself. */
  const listedCase = (passage: Passage) => {
    const lead = ancestorsOf(passage).find((a) => a.text.trimEnd().endsWith(":"));
    if (lead === undefined) return false;
    // "… giám sát chuyên đề:" over "- Giám sát việc thực hiện Chương trình số 51-CTr/TU …": an item that is the
    // lead-in's act may cite a document, and is still an act.
    if (citesOnly(lead) && !sharesAct(lead, passage)) return true;
    // "đ) Sửa đổi Luật Khoa học và Công nghệ … để:" over "- Tháo gỡ các khó khăn …": what the act is for, not more
    // acts (see leadsMatters), unless an item names its own party.
    if (leadsPurpose(lead.text) && !findParties(passage.text)) return true;
    // "… các nền tảng số chuyên dùng, … như:" over "- Hệ thống giám sát …": examples of what the act covers.
    if (EXAMPLES_LEAD.test(folded(lead.text)) && isThing(passage.text)) return true;
    // "… hủy bỏ biện pháp khẩn cấp tạm thời trong các trường hợp sau đây:": its items are the cases, whatever they say.
    if (CASES_LEAD.test(folded(lead.text))) return true;
    // "… lấy mẫu tại 15 vị trí như sau:": its items are the 15 places, not 15 tasks ("05 nhiệm vụ sau:" are tasks).
    if (countsPlaces(lead) && !MODAL.test(passage.text)) return true;
    // "… lấy mẫu 01 vị trí/ao/vùng, cụ thể như sau:" over "+ Xã Tân Tiến: Lấy mẫu 01 vị trí …": a place and the
    // lead-in's own act again, detailed.
    if (repeatsLeadAct(lead, passage)) return true;
    return listCompletesSubject(lead.text) && !MODAL.test(passage.text);
  };

  /**
   * "1. Giám sát việc thành lập và hoạt động của Ủy ban bầu cử …" over "- Việc ban hành các văn bản …;", "- Việc thực
   * hiện nhiệm vụ, quyền hạn …": after an act (the item's title, or a bullet before), bullets that are matters (see
   * isObject) are what that act covers, not acts of their own.
   */
  const objectListed = (passage: Passage): boolean => {
    const item = /^(.*)-y\d+$/u.exec(passage.path)?.[1];
    if (!item || !isObject(passage.text)) return false;
    const at = positions.get(passage) ?? 0;
    const earlier = [byPath.get(item), ...(children.get(item) ?? [])].filter(
      (p): p is Passage =>
        p !== undefined && (p.path === item || /-y\d+$/u.test(p.path)) && (positions.get(p) ?? at) < at,
    );
    const act = (text: string) => {
      const bare = text.replace(LEADING_MARKS, "");
      return opensWithPredicate(bare) || findParties(bare)?.start === 0;
    };
    const title = strippedHeading(passage.headings.at(-1) ?? "");
    return (
      act(title) || earlier.some((p) => !p.text.trimEnd().endsWith(":") && act(p.text) && !readLabel(p.text))
    );
  };

  /** A lead-in that counts non-work things its items list: "… lấy mẫu tại 15 vị trí như sau:". */
  const countsPlaces = (lead: Passage): boolean => {
    const counted = COUNTED_SET.exec(folded(lead.text));
    return counted !== null && !WORK_NOUN.test(counted[1] ?? "");
  };
  /**
   * An item that names a place, not a party, and goes on with the act its lead-in already states ("+ Xã Tân Tiến:
   * Lấy mẫu 01 vị trí …" under "… lấy mẫu 01 vị trí/ao/vùng, cụ thể như sau:"): where and how much, no act of its own.
   */
  const repeatsLeadAct = (lead: Passage, passage: Passage): boolean => {
    const split = splitLabel(passage.text);
    // The label is a place ("Xã Tân Tiến", "Cửa sông lạch Càn"), not a party nor an act ("Kiểm tra chất lượng …:").
    if (!split || split.label.split(/\s+/).length > 6 || opensWithPredicate(split.label)) return false;
    if (findParties(split.label) || partiesOfHeading(split.label)) return false;
    const act = /^[a-z]+ [a-z]+/.exec(folded(split.value))?.[0];
    // "Kinh phí điều trị: căn cứ đối tượng …": a basis opens the item's own rule, not the lead-in's act again.
    if (act === undefined || PREAMBLE.test(act) || /^(?:tren co|theo quy|doi voi)$/.test(act)) return false;
    return new RegExp(`(?:^|[\\s,;:])${act}(?![a-z])`).test(folded(lead.text));
  };

  /**
   * "- Ban Thường trực … giám sát việc thành lập … Cụ thể:" over "- Việc ban hành …;", "- Việc thực hiện …": a lead-in
   * whose items are only matters its act covers, or what it is for ("… để:"), is itself the task.
   */
  const leadsMatters = (lead: Passage): boolean => {
    const at = positions.get(lead) ?? 0;
    const item = lead.path.replace(/-y\d+$/u, "");
    const next: Passage[] = [];
    for (const p of passages.slice(at + 1)) {
      if (!(p.path.startsWith(`${item}-y`) || parentPath(p.path) === lead.path) || readLabel(p.text)) break;
      next.push(p);
    }
    return (
      next.length > 0 &&
      (leadsPurpose(lead.text) ||
        countsPlaces(lead) ||
        next.every((p) => isObject(p.text) || repeatsLeadAct(lead, p)) ||
        (EXAMPLES_LEAD.test(folded(lead.text)) && next.every((p) => isThing(p.text))))
    );
  };

  /**
   * "Bước 2: Hội nghị lấy ý kiến cử tri nơi công tác." over "- Thành phần: …", "- Chủ trì: Người đứng đầu cơ quan.",
   * "- Nội dung: …", "- Biểu mẫu: …": a step's fields, among them one that names its work, time or who leads it. The
   * step is the task (its "Chủ trì" its party); no field is a task of its own.
   */
  const inFieldList = (passage: Passage): boolean => {
    const item = /^(.*)-y\d+$/u.exec(passage.path)?.[1];
    const own = fieldLabel(passage.text);
    if (!item || !own) return false;
    // "a) Hoạt động 1" over "- Nội dung: Triển khai …", "- Cơ quan thực hiện: …": a title that is no passage of its
    // own leaves the work to the field that names it.
    if (fieldRole(own) === "content" && !byPath.has(item)) return false;
    // The passage is one of the item's children, so the item has some.
    const labels = (children.get(item) ?? [])
      .filter((p) => /-y\d+$/u.test(p.path))
      .map((p) => fieldLabel(p.text))
      .filter((l): l is string => l !== null);
    return labels.length >= 2 && labels.some((l) => fieldRole(l) !== null);
  };

  /**
   * "2. Hội đồng nhân dân tỉnh giám sát chuyên đề:" over "- Giám sát việc thực hiện Chương trình …": an item that
   * opens with the verb its lead-in's subject does is that subject's act, one of several it lists.
   */
  const sharesAct = (lead: Passage, passage: Passage): boolean => {
    const span = findParties(sentencesOf(lead.text).at(-1) ?? "", { leadIn: true });
    const verb = folded(span?.predicate ?? "").trim();
    return (
      span?.start === 0 &&
      verb.length > 0 &&
      !decidesAsIssuer(span) &&
      new RegExp(`^${verb}(?![a-z])`).test(folded(passage.text).trimStart())
    );
  };

  /** Whether the passage is under a lead-in or heading that introduces work. */
  // A lead bullet says whose its items are, not that they are work: "- Kinh phí gồm:" over "+ … ;" lists things.
  const underDirective = (passage: Passage): boolean => {
    const lead = leadBullet.get(passage.path);
    return (
      ancestorsOf(passage).some(
        (a) =>
          a !== lead &&
          a.text.trimEnd().endsWith(":") &&
          (introducesDirectives(a.text) ||
            (TASKS_FOLLOW.test(folded(a.text).trimEnd()) && issuerDecides(a.text)) ||
            sharesAct(a, passage)),
      ) ||
      // An issued plan's title ("KẾ HOẠCH … (Kèm theo Quyết định số … của Ủy ban nhân dân tỉnh …)") names its issuer,
      // not whose work its objectives are.
      allHeadings(passage).some(
        (h, i) =>
          h !== lead?.text &&
          !(i === 0 && issuedPlan(passage)) &&
          ((partiesOfHeading(h) !== null && !namesArticleTopic(h)) ||
            WORK_HEADING.test(folded(strippedHeading(h))) ||
            introducesDirectives(h)),
      )
    );
  };

  /**
   * "6. Tổ chức triển khai thực hiện Chiến lược tiêu chuẩn quốc gia" over nothing but "Thời gian thực hiện: sau khi
   * …": an item whose body is only its labels has its title for work, in a part of the text that holds work.
   */
  const titledWork = (passage: Passage) => {
    const own = fields.byItem.get(passage.path);
    // "b) Trao đổi, hướng dẫn về công tác kiểm tra …" over "- Đơn vị chủ trì: …", "- Thời gian thực hiện: …": an item
    // whose title made no passage of its own, its labels bullets below it; the first bullet carries the title's work.
    const parent = parentPath(passage.path);
    const bulleted =
      !own && parent && /-y1$/u.test(passage.path) && !byPath.has(parent)
        ? fields.byItem.get(parent)
        : undefined;
    const item = own ?? bulleted;
    const title = passage.headings.at(-1);
    if (!item?.labels.has(passage.path) || !title || (!bulleted && /-/u.test(passage.path))) return null;
    if ((children.get(passage.path) ?? []).length > 0 || !item.deadline) return null;
    const action = strippedHeading(title);
    if (!opensWithPredicate(action) || TARGETS.test(folded(action))) return null;
    if (allHeadings(passage).some(asideSection) || isOpening(passage) || isClosing(passage)) return null;
    // An item whose own label names who leads it ("- Đơn vị chủ trì: …") is work wherever it stands.
    const led = bulleted !== undefined && item.parties !== null;
    if (!((framed && !inAppendix(passage) && !issuedPlan(passage)) || underDirective(passage) || led))
      return null;
    const parties = item.parties ?? findParties(action)?.parties ?? inheritedParties(passage);
    return { action, parties: issuerNamed(parties), deadline: item.deadline };
  };

  const obligations: Obligation[] = [];
  const push = (
    passage: Passage,
    sentences: string,
    responsible: string[],
    action: string,
    deadline: Deadline,
  ) => {
    // Nobody named and no time set: a rule or a statement of entitlement, not work someone must do.
    if (responsible.length === 0 && deadline.kind === "none") return;
    // "Hội đồng nhân dân tỉnh thống nhất đánh giá …" in the council's own resolution: the issuer decides (guideline).
    if (isIssuer(responsible) && DECIDES.test(folded(action).trim())) return;
    // Nobody named in a text sent with the letter: a line of an outline or a rule, whatever year it mentions.
    if (responsible.length === 0 && /^kem\d/u.test(passage.path)) return;
    // Nobody named and the time is when a rule applies ("… được thực hiện đến ngày 31 tháng 12 năm 2021"): an
    // effect clause.
    if (responsible.length === 0 && APPLIES.test(folded(sentences))) return;
    // "… thì các cơ quan trên có trách nhiệm báo cáo …": the bodies named just before, in the item's last task.
    const before = obligations.at(-1);
    if (
      responsible.length === 1 &&
      NAMED_ABOVE.test(responsible[0] ?? "") &&
      before &&
      parentPath(before.passageId.split("#")[1] ?? "") === parentPath(passage.path)
    )
      responsible = before.responsible;
    obligations.push({
      id: `${passage.id}/${createHash("sha256").update(sentences).digest("hex").slice(0, 6)}`,
      documentId: meta.id,
      passageId: passage.id,
      section: passage.section,
      responsible,
      action,
      deadline,
      sourceText: document.passages.find((p) => p.id === passage.id)?.text ?? passage.text,
    });
  };

  // Closing paragraphs after the signature are footnotes and forms of a consolidated text, not its requests.
  const signedAt = passages.findIndex((p) => p.path === "ck");
  const forms = formTemplatePaths(passages);
  const afterSignature = (passage: Passage, at: number) =>
    signedAt >= 0 && at > signedAt && isClosing(passage);
  for (const [at, passage] of passages.entries()) {
    if (isBoilerplate(passage) || isAssessment(passage) || isDefinition(passage) || isRight(passage))
      continue;
    if (afterSignature(passage, at) || FORM_BLANK.test(passage.text) || forms.has(passage.path)) continue;
    if (listsMember(passage.text) || memberOfBodySetUp(passage) || unitOfStructure(passage)) continue;
    if (isHeaderBlock(passage.text)) continue;
    // "Theo đề nghị của Vụ trưởng Vụ Pháp chế;" then "Bộ trưởng Bộ … ban hành Thông tư sửa đổi …": a text's enacting
    // formula, after its preamble, is the issuer's own decision (a quoted amending text keeps its preamble too).
    const before = passages[at - 1];
    if (before && PREAMBLE.test(folded(before.text)) && ENACTS.test(folded(passage.text))) continue;
    if (listedCase(passage) || objectListed(passage)) continue;
    if (inFieldList(passage)) {
      // "b) Trao đổi, hướng dẫn …" (a title, no passage) over its labels: the first label carries the title's work.
      const titled = titledWork(passage);
      if (titled) push(passage, passage.text, titled.parties, titled.action, titled.deadline);
      continue;
    }
    // A row is read by its column headers first: "Tên nhiệm vụ: … | Cơ quan chủ trì: … | Thời hạn: …" is a task,
    // though its first header opens like a descriptive label.
    // "TT Tên nhiệm vụ Cơ quan chủ trì …" then rows printed cell after cell: the lead cell leads, the time cell times.
    if (serialized.continued.has(passage.id)) continue;
    const cells = serialized.rows.get(passage.id);
    if (cells) {
      const parties = partiesOfValue(cells.lead);
      if (parties) {
        push(passage, passage.text, parties, cells.task, serializedDeadline(cells, context));
        continue;
      }
    }
    if (isRowPath(passage.path)) {
      const row = readTimelineRow(passage.text, context);
      if (row) {
        const deadline =
          row.deadline.kind === "none" ? (fieldDeadline(fieldsOver(passage)) ?? row.deadline) : row.deadline;
        push(
          passage,
          passage.text,
          issuerNamed(row.parties ?? inheritedParties(passage)),
          row.action,
          deadline,
        );
        continue;
      }
    }
    if (DESCRIPTIVE_LABEL.test(folded(passage.text)) || composition(passage.text)) continue;
    if (
      [parentPath(passage.path) ?? "", passage.path].some((k) =>
        fields.byItem.get(k)?.labels.has(passage.path),
      )
    ) {
      const titled = titledWork(passage);
      if (titled) push(passage, passage.text, titled.parties, titled.action, titled.deadline);
      else timesEarlier(passage);
      continue;
    }
    const heading = namedAbove(passage);
    const headed = heading !== null;
    const holder = dutyHolderAbove(passage);
    const title = titledAbove(passage);
    const sentences = sentencesOf(passage.text, context)
      .map((text) => readSentence(text, context))
      .map(competenceNamed)
      .map((s) => (s.parties && holder ? { ...s, parties: completedFrom(s.parties, holder) } : s))
      // "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" over "d) …, cơ quan chủ trì có trách nhiệm …": a name
      // cut short and written in lower case refers back to the title's longer name (a capitalised "Tòa án" is a name
      // of its own).
      .map((s) => {
        if (!s.parties || !title) return s;
        return {
          ...s,
          parties: s.parties.map((p) => (/^\p{Ll}/u.test(p) ? (completedFrom([p], title)[0] ?? p) : p)),
        };
      })
      .map((s, _, all) => (s.parties ? { ...s, parties: completedInPassage(s, all) } : s))
      // Under "b. Đối với Bộ Quốc phòng:", an item "… tổng hợp, đề nghị Bộ Tài chính bảo đảm kinh phí" is the
      // heading party's request: only an address that opens the item ("Đề nghị Bộ …") assigns the work to another.
      // Under a list of whose powers the items are ("Hội thẩm nhân dân có nhiệm vụ, quyền hạn sau đây:"), even an item
      // that opens with "Đề nghị Chánh án …" is the holder's proposal.
      .map((s) =>
        // A heading that names only a category ("Trách nhiệm của các cơ quan, tổ chức, cá nhân:") names no one the
        // item's address could be a request of.
        headed &&
        !isGeneric(heading) &&
        // "Hội đồng nhân dân tỉnh thống nhất …, cụ thể như sau:" over "… Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân
        // tỉnh …": the issuer decides, so the body it addresses is whose the work is.
        !isIssuer(heading) &&
        s.addressed &&
        (!s.opensWithAddress || (holder && !addressedAbove(passage)))
          ? // "1. Nhiệm vụ của thành viên Ban Chỉ đạo" over "1.1. Trưởng Ban Chỉ đạo" over "- Phân công, chỉ đạo, giao
            // trách nhiệm cho các thành viên …": the member the nearest title names makes the request, not all of them.
            { ...s, parties: (s.opensWithAddress ? null : title) ?? holder, addressed: false }
          : s,
      );
    // "Trung tâm trọng tài có thể quy định thêm …", "Viện trưởng … có quyền kháng nghị …", "… thì được hưởng ưu đãi":
    // a permission, a right or an entitlement in the first clause, unless the sentence also binds someone or sets a
    // time (brackets only explain; "…; trường hợp phức tạp thì … có thể kéo dài" is another clause).
    // Under a list of duties or powers ("Nhiệm vụ, quyền hạn của Chánh án"), "có quyền …" is a power to exercise.
    const powers = headingsOf(passage).some((h) => POWERS.test(h));
    const permits = (s: ReadSentence) => {
      // The subject and its predicate: "theo yêu cầu của người có quyền …, Tòa án ra quyết định …" grants nothing.
      const main =
        folded(unbodied(s.subject ? `${(s.parties ?? []).join(", ")} ${s.action}` : s.text))
          .replace(/\([^)]*\)/g, " ")
          .split(";")[0] ?? "";
      return (
        !powers &&
        (PERMITS.test(main) ||
          ENCOURAGES.test(folded(s.subject ? s.action : s.text)) ||
          isCompetent(s) ||
          identifies(s)) &&
        !MODAL.test(s.text) &&
        !s.deadline
      );
    };
    const work = sentences.filter(
      (s) =>
        !s.label &&
        !s.negated &&
        !lifted(s.text) &&
        !s.defines &&
        !permits(s) &&
        !CASE_RULE.test(s.text) &&
        !sanctioned(s) &&
        !(SUMS_UP.test(folded(s.text)) && !s.addressed),
    );
    if (work.length === 0) {
      timesEarlier(passage);
      continue;
    }
    if (
      work.every(
        (s) =>
          SELF_REFERENCE.test(folded(s.text)) ||
          ENCLOSES.test(folded(s.text)) ||
          NOTICE_FORMULA.test(folded(s.text).trim()),
      )
    )
      continue;
    // "- Đối với việc truyền dữ liệu từ cơ quan thuế" over "+ Đối với … phụ lục 01 …: Tổng cục Thuế tiếp tục …", "- Tại
    // cơ quan Tổng cục Thuế": a short line that only names a topic or a place titles the items after it.
    if (TOPIC_TITLE.test(passage.text.trim()) && !work.some((s) => s.addressed || s.subject || s.deadline))
      continue;
    // "Tiền ăn sáng và 02 bữa chính: 1.600.000 đồng;", "Mức chi điều dưỡng: 1.110.000 đồng/người/lần.": a rate
    // or amount under its label states what is paid, not work someone must do.
    if (work.every((s) => !s.parties && !s.deadline && RATE.test(folded(s.text)))) continue;
    // "Ủy ban bầu cử của tỉnh: Không quá 05 cá nhân;", "01 cá nhân/01 ban;": a quota of awards or places, not work.
    if (work.every((s) => !s.deadline) && QUOTA.test(folded(passage.text))) continue;
    const leadIn = passage.text.trimEnd().endsWith(":");
    const listsSubject = leadIn && listCompletesSubject(passage.text);
    // "2. Tăng cường bồi dưỡng … đội ngũ giảng viên" over "- Rà soát …", "- Tăng cường tập huấn …": an item's title,
    // unpunctuated and naming no one, announces the work of its items as a lead-in does.
    const titlesItems =
      !/[.;:!?…]["”)]?$/u.test(passage.text.trimEnd()) &&
      // Items of work, not the title's own labels ("- Cơ quan thực hiện: Bộ Công an", "- Thời gian: …").
      // Its items may sit under sub-titles ("3. …" over "3.1. …" over "a) …").
      ((children.get(passage.path) ?? []).some((c) => !fields.byItem.get(passage.path)?.labels.has(c.path)) ||
        numberedParts.has(passage.path)) &&
      !work.some((s) => s.addressed || s.subject);
    // "Tòa án quyết định tạm đình chỉ … khi thuộc một trong các trường hợp sau đây:": the items are cases, so the
    // lead-in's own act is the work.
    const introducesList =
      (leadIn &&
        !listsNothing(passage, passages[at + 1]) &&
        !listsSubject &&
        !CASES_LEAD.test(folded(passage.text)) &&
        !citesOnly(passage) &&
        !leadsMatters(passage)) ||
      titlesItems;
    // A party that must do something: addressed, a subject with a predicate of its own, or any subject with
    // "phải / cần / có trách nhiệm / chịu trách nhiệm" ("Các cơ quan … được phân bổ … chịu trách nhiệm …").
    const own = work.some((s) => s.addressed || s.subject || (s.parties !== null && MODAL.test(s.text)));
    const parties = (list: readonly ReadSentence[]) => list.find((s) => s.parties)?.parties;
    // Each sentence that names who acts adds its actors: "Giao Bộ trưởng Bộ Tài chính ban hành …. Căn cứ …, Bộ
    // trưởng Bộ Lao động … quyết định …" is the work of both.
    const actors = (list: readonly ReadSentence[]) => {
      const named = list.filter((s) => s.parties && (s.addressed || s.subject));
      if (named.length < 2) return parties(list);
      // One body written twice with another case ("Liên hiệp các Hội …", "Liên hiệp các hội …") is one actor.
      const byName = new Map<string, string>();
      for (const party of named.flatMap((s) => s.parties ?? []))
        if (!byName.has(folded(party))) byName.set(folded(party), party);
      return [...byName.values()];
    };
    const modal = work.some((s) => MODAL.test(s.text));
    // "a) Đánh giá sự phù hợp của dự án …" then its paragraph "Khi đánh giá sự phù hợp … thì thực hiện …": a later
    // paragraph of an item that opens with a case and names no one of its own says how the item's work is done.
    if (
      /-d\d+$/.test(passage.path) &&
      !own &&
      /^(?:khi|truong hop|doi voi|neu)\s/.test(folded(passage.text)) &&
      !modal &&
      !work.some((s) => s.deadline)
    )
      continue;
    // "4. … Khẩn trương hoàn thiện sửa đổi Nghị định …" then "Đảm bảo hoàn thành trong quý I/2026.": a later paragraph
    // that only says when the item's work must be done is that work's time, not work of its own.
    const finishing = completionOf(passage, work);
    if (finishing) {
      finishing.deadline = work[0]?.deadline ?? finishing.deadline;
      continue;
    }
    // "1. … có trách nhiệm xác minh …", "2. …", then "4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả
    // lời … phải được tiến hành xong.": an item that only says by when the matter of the items before it is done
    // times them, and is no task of its own.
    const timed = timedSiblings(passage, work);
    if (timed.length > 0) {
      for (const o of timed) o.deadline = work[0]?.deadline ?? o.deadline;
      continue;
    }
    const continued = continuedParties(passage, work);
    if (isOpening(passage)) {
      // The opening holds an obligation only when it assigns work itself and is not a list's lead-in.
      if (introducesList || !work.some((s) => s.addressed)) continue;
    } else if (isClosing(passage)) {
      if (!own || !CLOSING_CUE.test(folded(passage.text))) continue;
    } else if (
      !(framed && !inAppendix(passage) && !issuedPlan(passage) && !allHeadings(passage).some(asideSection)) &&
      !own &&
      !continued &&
      !(modal && namedAbove(passage)) &&
      !underDirective(passage)
    ) {
      if (!fieldsOver(passage).some((f) => f.deadline || f.parties)) continue;
    }
    // "1. … các cơ quan, đơn vị tổ chức tuyên truyền …" over "- Cơ quan thực hiện: Sở Khoa học và Công nghệ; …": the
    // item's own label names whom a generic subject means.
    const ownField = fields.byItem.get(passage.path)?.parties;
    const ownParties = parties(work);
    // So does it for a party the work is done for, not by ("Hướng dẫn, tuyên truyền, phổ biến Luật Doanh nghiệp … cho
    // các doanh nghiệp" over "- Cơ quan thực hiện: Sở Kế hoạch và Đầu tư chủ trì …"): only a subject opening the
    // work outranks the label.
    const named =
      ownParties && ownField && (isGeneric(ownParties) || !work.some((s) => s.parties && s.subject))
        ? ownField
        : null;
    const passageParties =
      ownParties ?? continued ?? labelParties(sentences) ?? dutyItemSubject(passage, work);
    const labelled = labelDeadline(sentences, context) ?? fieldDeadline(fieldsOver(passage));
    for (const group of groupByDeadline(work, context, introducesList, labelled)) {
      push(
        passage,
        group.sentences.map((s) => s.text).join(" "),
        issuerNamed(named ?? actors(group.sentences) ?? passageParties ?? inheritedParties(passage)).map(
          (party) => (listsSubject ? withListedCases(party, children.get(passage.path) ?? []) : party),
        ),
        group.sentences.map((s) => s.action).join(" "),
        group.deadline,
      );
    }
  }
  return withRosters(passages, obligations);
}

/**
 * Bullets, numbers and marks before an item's first word. Not `\W`, which in JavaScript is every letter outside
 * ASCII: it took the "Đ" of "Đôn đốc", the "Ư" of "Ưu tiên".
 */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
/** A body's structure, folded: "Cơ cấu tổ chức của Sở", "Cơ cấu tổ chức bộ máy". */
const STRUCTURE_TITLE = /^\W*co cau to chuc\b/u;
/** A heading of duties that names no one, folded: "Nhiệm vụ và quyền hạn", "Nhiệm vụ, quyền hạn cụ thể". */
const OWN_DUTIES_TITLE = /^(?:chuc nang,? )?nhiem vu(?:,| va) quyen han(?: cu the)?\W*$/u;
/** What a decision on a body's functions is about: "… chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế …". */
const FUNCTIONS_OF =
  /(?:chức năng|nhiệm vụ|quyền hạn)(?:,? (?:và )?(?:chức năng|nhiệm vụ|quyền hạn|cơ cấu tổ chức|tổ chức bộ máy))+ của ((?:sở|ban|văn phòng|thanh tra|chi cục|cục|trung tâm|phòng|đài|ủy ban|uỷ ban) .+?)\s*$/iu;

/**
 * The body a decision on functions is about, from its title, written as the text writes it when the title is in
 * capitals ("… CỦA SỞ Y TẾ" → "Sở Y tế"); null for any other text.
 */
function functionsSubject(title: string, passages: readonly Passage[]): string | null {
  const named = FUNCTIONS_OF.exec(title.replace(/\s+/gu, " "))?.[1];
  if (!named) return null;
  // "Sở Y tế thành phố Hà Nội" is "Sở Y tế" in its own decision: the name without its place, when the text says so.
  const bare = named.replace(/\s+(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\s.+$/iu, "");
  const text = passages.map((p) => p.text).join("\n");
  const count = (name: string) => text.toLowerCase().split(name.toLowerCase()).length - 1;
  const name = bare !== named && count(bare) > 2 * count(named) ? bare : named;
  if (name !== name.toUpperCase()) return name;
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  const written = at >= 0 ? text.slice(at, at + name.length) : "";
  return written && written !== written.toUpperCase() ? written : name;
}

/**
 * What the party must do: the words after it, or, when it closes the sentence as its agent ("Hồ sơ khai thuế … do Bộ
 * trưởng Bộ Tài chính hướng dẫn."), its act and then the topic before it ("hướng dẫn: Hồ sơ khai thuế …").
 */
function actionAfter(body: string, span: PartySpan): string {
  const after = body.slice(span.end).replace(/^[\s,:]+/, "");
  const before = body.slice(0, span.start);
  if (!/\sdo\s*$/u.test(before) || after.split(/\s+/u).length > 4) return after;
  return `${after.replace(/[.;]\s*$/u, "")}: ${before.replace(/\s+do\s*$/u, "").replace(/^[\s\p{P}]+/u, "")}`;
}

/** A line of at most 12 words that names a topic or a place, unpunctuated: "Đối với việc nhận dữ liệu từ cơ quan BHXH". */
const TOPIC_TITLE = /^(?:đối với|riêng đối với|tại|về)\s(?:\S+\s){0,10}[^\s.;:!?]+$/iu;

/** A sentence that only says when to finish, folded: "Đảm bảo hoàn thành trong quý I/2026.", "Hoàn thành trước …". */
const COMPLETION_ONLY =
  /^(?:dam bao |bao dam |phan dau )?hoan thanh(?: xong)?\s+(?:truoc|trong|vao|den|cham nhat)\b[^,;]*[.;]?\s*$/u;

/** A time, then a matter ("việc …") that must be done by it: "chậm nhất là ngày …, việc xác minh … phải được … xong". */
const MATTER_TIMED =
  /^(?:cham nhat|truoc|den)(?: la)? (?:ngay|thang|quy|nam)\b[^,;]*,\s*viec\b[^;]*\b(?:xong|hoan thanh|hoan tat|ket thuc)\b[^;]*$/u;

/** A lead-in whose items say what its act is for or how it goes, folded: "… để:", "… nhằm:", "… theo hướng:". */
const PURPOSE_LEAD = /(?:^|\s)(?:để|nhằm(?: mục đích)?|theo hướng)\s*:\s*$/u;
/** The same, of a text typed without diacritics, folded. */
const PURPOSE_LEAD_FOLDED = /\b(?:de|nham(?: muc dich)?|theo huong)\s*:\s*$/u;
/** Whether a lead-in says what its act is for; accents tell "để:" from "chuyên đề:" where the text has them. */
const leadsPurpose = (text: string): boolean =>
  hasDiacritics(text)
    ? PURPOSE_LEAD.test(text.normalize("NFC").toLowerCase())
    : PURPOSE_LEAD_FOLDED.test(folded(text));

/**
 * A lead-in whose items are examples of what its act covers, folded: "Nghiên cứu, triển khai các nền tảng số chuyên
 * dùng, … như:" over "- Hệ thống giám sát, điều hành giao thông thông minh." ("như sau:" lists work instead).
 */
const EXAMPLES_LEAD = /\bnhu\s*:\s*$/u;
/** An item that is a thing, not an act: it opens with no predicate and names no party ("Hệ thống thu phí …"). */
const isThing = (text: string): boolean =>
  !opensWithPredicate(text.replace(LEADING_MARKS, "")) && findParties(text) === null && !MODAL.test(text);

/** A lead-in that lists what its work consists of, folded: "… bao gồm:", "… gồm các nội dung:". */
/**
 * A lead-in whose act files or sends the papers its items list, folded: "Người yêu cầu đăng ký nộp 01 bộ hồ sơ đăng
 * ký thế chấp tàu biển sau đây:" over "1. Phiếu yêu cầu đăng ký (01 bản chính);", "2. Hợp đồng thế chấp …".
 */
const FILES_PAPERS =
  /\b(?:nop|gui|xuat trinh|cung cap|kem theo)\b[^:;.]{0,160}?\b(?:ho so|giay to|tai lieu|chung tu)\b[^:;.]{0,160}?\b(?:sau day|sau|gom|bao gom|nhu sau)\s*:\s*$/u;
const CONTENTS_LEAD = /\b(?:bao gom|gom)(?: cac (?:noi dung|thong tin|chi tieu|so lieu))?\s*:\s*$/u;

/** How an item that only cites a document opens, folded: "Nghị định số …", "Các Nghị định về …", "Ý kiến chỉ đạo … tại". */
const CITATION_OPENER = new RegExp(
  String.raw`^(?:(?:cac|nhung) )?(?:${foldKeepingOffsets(DOCUMENT_KINDS)}|van ban|y kien chi dao)\b`,
  "u",
);

/** An item that cites a numbered document and binds no one: "Chỉ thị số 24/TTg ngày 29/7/2024 của Thủ tướng …". */
const citesDocument = (text: string) =>
  CITATION_OPENER.test(folded(text.trim())) && extractReferences(text).length > 0 && !MODAL.test(text);

/** A subject that only names a category whose members the list gives, folded: "Đối tượng …", "Các đối tượng …". */
const PLACEHOLDER = /^(?:cac |nhung )?doi tuong\b/u;

/**
 * "Đối tượng khai thác khoáng sản phải lập phương án …, bao gồm: a) Dự án đầu tư …; b) Cơ sở …": the lead-in's subject
 * is a category and each item, a bare noun phrase right under it, is the member that must act.
 */
function placeholderMember(parties: readonly string[], lead: Passage, item: Passage): string[] | null {
  if (parties.length !== 1 || !PLACEHOLDER.test(folded(parties[0] ?? ""))) return null;
  if (parentPath(item.path) !== lead.path || MODAL.test(item.text)) return null;
  const name = item.text.trim().replace(/[.;,]+$/u, "");
  return name && !/[:;.]/u.test(name) ? [name] : null;
}

/** "Tổ chức, cá nhân có hoạt động dưới đây" with its short items in place of "dưới đây": whom the lead-in binds. */
function withListedCases(party: string, items: readonly Passage[]): string {
  const cases = items.map((item) => item.text.trim().replace(/[.;,]+$/u, ""));
  if (cases.length === 0 || cases.some((c) => c.length > 120 || c.endsWith(":"))) return party;
  return party.replace(
    /\s*(?:dưới|sau) đây$/iu,
    ` ${cases.map((c) => c.charAt(0).toLowerCase() + c.slice(1)).join(", ")}`,
  );
}

/** Folded words of a party, without punctuation: "cơ quan, người …" and "Cơ quan người …" compare alike. */
const partyWords = (party: string) =>
  folded(party)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * "Cơ quan cấp giấy phép môi trường vận hành …" under "Trách nhiệm của cơ quan cấp giấy phép môi trường": a subject
 * cut short where a word of its name is also a verb ("cấp") is the party above that it begins.
 */
function completedFrom(parties: string[], above: readonly string[]): string[] {
  return parties.map((party) => {
    const words = partyWords(party);
    // "chủ hộ và thành viên hộ gia đình" lists "Chủ hộ" with another party: it does not complete its name.
    const longer = (a: string) =>
      partyWords(a).startsWith(`${words} `) && !/^(?:va|hoac) /.test(partyWords(a).slice(words.length + 1));
    return above.find(longer) ?? party;
  });
}

/**
 * A name cut short at a word that is also a verb ("cơ quan" of "cơ quan quản lý du lịch cấp tỉnh cấp giấy phép"),
 * completed by the longer name another sentence of the passage reads whole ("Cơ quan quản lý du lịch cấp tỉnh có
 * trách nhiệm …"), when this sentence writes that name too.
 */
function completedInPassage(sentence: ReadSentence, all: readonly ReadSentence[]): string[] {
  const parties = sentence.parties ?? [];
  const known = all.flatMap((s) => (s === sentence ? [] : (s.parties ?? [])));
  const text = ` ${partyWords(sentence.text)} `;
  return parties.map((party) => {
    const longer = completedFrom([party], known)[0] ?? party;
    return longer !== party && text.includes(` ${partyWords(longer)} `) ? longer : party;
  });
}

/**
 * An article titled with a bare name ("Điều 55. Hội đồng trường", "Điều 30. Lực lượng bảo vệ an ninh mạng") is about
 * that body or group: what it is, how it is made up. Its clauses are work only when they say so themselves; a title
 * that hands work out says how ("Điều 4. Sở … có nhiệm vụ", "Trách nhiệm của …", "1. Sở Tài chính:").
 */
const namesArticleTopic = (heading: string) =>
  /^\s*điều\s+\d+/iu.test(heading) &&
  !/:\s*$/.test(heading) &&
  !HANDS_WORK_OUT.test(folded(strippedHeading(heading)));
const HANDS_WORK_OUT =
  /^(?:doi voi|giao|de nghi|phan cong|trach nhiem|nhiem vu|quyen han|quyen|nghia vu)(?: |,|$)|\sco (?:cac |nhung )?(?:nhiem vu|trach nhiem)\b/;

/** Whether a lead-in introduces directives: it addresses parties, names the parties whose work follows, or concludes. */
function introducesDirectives(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.endsWith(":")) return false;
  const last = sentencesOf(trimmed).at(-1) ?? trimmed;
  if (CONCLUDES.test(folded(last)) || ISSUES_PLAN.test(folded(strippedHeading(last)))) return true;
  if (findParties(last, { cuesOnly: true })) return true;
  if (partiesOfHeading(last)) return true;
  // "Quốc hội có những nhiệm vụ và quyền hạn sau đây:", "Bộ X có trách nhiệm:": the subject takes the list on.
  if (partiesOfLeadIn(last)) return true;
  // "UBND huyện triển khai thực hiện … như sau:": the subject opens the lead-in and directs the work; or it opens the
  // lead-in's last clause ("Quán triệt …; căn cứ …, Văn phòng … cụ thể hoá để tổ chức thực hiện, … sau:").
  const clauses = [last, lastClause(last)].filter((c): c is string => c !== null);
  for (const clause of clauses) {
    const opening = findParties(clause, { leadIn: clause !== last });
    // The lead-in's own subject opens it; the last clause's may follow its adverbial ("căn cứ …, Văn phòng …").
    if (!opening || (clause === last && opening.start > 2)) continue;
    const rest = clause.slice(opening.end);
    const verb = DIRECTS.exec(folded(rest));
    // "Bộ Tài chính – Bộ Lao động … hướng dẫn cấp phát, quản lý … như sau:" introduces rules, not work: guidance
    // directs only when it names whom it guides ("hướng dẫn Sở … thực hiện").
    if (verb && (!/huong dan$/.test(verb[0]) || guidesParty(rest.slice(verb[0].length)))) return true;
  }
  // "Thực hiện Chỉ thị …, Bộ hướng dẫn Sở … như sau:": after an adverbial, a subject that directs a party
  // (not "Thông tư … của Bộ trưởng …, Bộ trưởng … hướng dẫn thực hiện …": a document's title).
  for (const m of last.matchAll(/,\s+/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const span = findParties(last, { skip: at });
    if (!span || span.start > at + 2) continue;
    const verb = DIRECTS_PARTY.exec(folded(last.slice(span.end)));
    if (verb && findParties(last.slice(span.end + verb[0].length), { whole: true })?.start === 0) return true;
  }
  return false;
}

/** Whether a party opens the text ("Sở Lao động … thực hiện …" after "hướng dẫn"). */
const guidesParty = (text: string) => findParties(text.trimStart(), { whole: true })?.start === 0;

/** Verbs that direct a party named right after them ("hướng dẫn Sở …", "chỉ đạo các huyện …"). */
const DIRECTS_PARTY = /^\s*(?:chi dao|huong dan|yeu cau|de nghi|giao|phan cong)\s+/;

/** The label of a field line ("Thành phần: …", "Biểu mẫu: Lập Biên bản …"): a capitalised name of four words at most. */
const fieldLabel = (text: string): string | null => {
  const field = splitLabel(text);
  if (!field?.value || !/^\p{Lu}[^,()]*$/u.test(field.label)) return null;
  return field.label.split(/\s+/u).length <= 4 ? field.label : null;
};

/**
 * "HĐND cấp xã: Thành phần dự hội nghị gồm Thường trực HĐND và …": after a name and a colon, what something consists
 * of, not what that body must do.
 */
const composition = (text: string): boolean => {
  const value = splitLabel(text)?.value;
  if (!value || opensWithPredicate(value)) return false;
  return /^[a-z ]{1,40}?\s(?:gom|bao gom)\s/u.test(folded(value));
};

/**
 * A matter, not an act: "Việc ban hành các văn bản …", "Về thời gian công bố …" (the nominaliser or the topic word
 * opens it), binding no one with "phải / cần" and labelling nothing.
 */
const isObject = (text: string): boolean =>
  /^\W*(?:việc|về)\s/iu.test(text) && !MODAL.test(text) && splitLabel(text) === null;

/** Verbs that, after a subject, introduce work for others ("… chỉ đạo Sở … thực hiện các nội dung sau:"). */
const DIRECTS =
  /^\W*(?:\S+\s){0,2}?(?:chi dao|lanh dao|huong dan|yeu cau|de nghi|giao|phan cong|thuc hien|trien khai|to chuc thuc hien|ban hanh ke hoach|cu the hoa)\b/;

/** Parties of a lead-in used as a heading ("2. … Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy …:"). */
function partiesOfLeadIn(heading: string): string[] | null {
  if (!heading.trimEnd().endsWith(":")) return null;
  const text = heading.replace(HEADING_NUMBER, "");
  const addressed = findParties(text, { cuesOnly: true });
  if (addressed) return addressed.parties;
  // "1. Bộ Quốc phòng có trách nhiệm sau đây:": the subject of a lead-in that takes on the work below it.
  const subject = findParties(text, { leadIn: true });
  // The subject opens the lead-in, or the clause after an opening condition ("Khi được … phân công, Thẩm phán …").
  const opens = (at: number) => at <= 2 || isOpeningClause(text.slice(0, at));
  return subject && opens(subject.start) && TAKES_ON.test(folded(text.slice(subject.end)))
    ? subject.parties
    : null;
}

/**
 * A predicate by which a lead-in's subject takes on the list below it, at its start or closing the lead-in ("Bộ X
 * là cơ quan đầu mối …, có trách nhiệm sau đây:", "Chính phủ có những nhiệm vụ và quyền hạn sau đây:").
 */
const TAKES_ON =
  /^\W*(?:(?:co|chiu) (?:cac |nhung )?(?:trach nhiem|nhiem vu|nghia vu)|phai|(?:thuc hien|trien khai)(?: tot)? (?:cac|nhung|mot so) (?:nhiem vu|noi dung|viec|cong viec|giai phap|bien phap|hoat dong)|can(?: [a-z]+){0,2}? (?:thuc hien|trien khai)(?: tot)?(?: (?:mot so|cac|nhung))? (?:nhiem vu|noi dung|giai phap|viec))\b|\b(?:co|chiu) (?:cac |nhung )?(?:trach nhiem|nhiem vu|nghia vu)(?:,? (?:va )?quyen han)?(?: (?:sau day|nhu sau|sau))?\W*$/;

/** An opening clause of reason or spirit before an address: "Với vai trò …, yêu cầu", "Trên tinh thần đó, đề nghị". */
const REASON_CLAUSE =
  /^\s*(?:với (?:vai trò|tinh thần|ý nghĩa|mục tiêu)|trên tinh thần|nhằm|để)[^;:.]{0,160},\s*(?:yêu cầu|đề nghị|giao)\s*$/iu;

/** The address cue that closes the words before the parties addressed: "… yêu cầu ", "… đề nghị ". */
const CUE_AT_END = /\s*(?:yêu cầu|đề nghị|giao(?: cho| trách nhiệm cho| nhiệm vụ cho)?)\s*$/u;

/** A bracket closing an item that hands it to a party: "(Giao Công an tỉnh chủ trì, phối hợp với …)". */
const ASSIGNING_BRACKET = /\((giao\s[^()]+)\)[\s.;]*$/iu;

interface ReadSentence {
  text: string;
  parties: string[] | null;
  /** The parties follow an address cue: "đề nghị Sở Tài chính …". */
  addressed: boolean;
  /** The address opens the sentence ("Đề nghị Sở Tài chính …", "Giao Bộ trưởng …"), within its first words. */
  opensWithAddress: boolean;
  /** The sentence opens with its subject: "Sở Tài chính chủ trì …". */
  subject: boolean;
  action: string;
  /** The sentence's own dated or recurring deadline, if any. */
  deadline: Deadline | null;
  /** A label line ("Thời gian hoàn thành: …", "Đơn vị thực hiện: …"), which describes the work, not more work. */
  label: Field | null;
  /**
   * The subject's predicate is negated or passive: "Bên vận chuyển không phải bồi thường …" lifts or forbids, "Doanh
   * nghiệp bị thu hồi giấy phép …" befalls; neither assigns anything.
   */
  negated: boolean;
  /** The subject's predicate says what it is made of ("gồm"): a composition, binding the subject to nothing. */
  defines: boolean;
}

/** A sentence read as naming no party and setting no deadline, to be filled in. */
const unassigned = (text: string): ReadSentence => ({
  text,
  parties: null,
  addressed: false,
  opensWithAddress: false,
  subject: false,
  action: "",
  deadline: null,
  label: null,
  negated: false,
  defines: false,
});

/**
 * "Thực hiện chi trả cho người hưởng trợ cấp xã hội: Sau khi thực hiện mở tài khoản, Ủy ban nhân dân xã, phường phối
 * hợp …": an act's title run in before the sentence that says who does it. The sentence is read on its own when the
 * whole names no one.
 */
function runInSentence(text: string): string | null {
  const m = RUN_IN_TITLE.exec(text);
  if (!m?.[1] || !m[2] || !opensWithPredicate(m[1]) || findParties(text)) return null;
  // The subject follows an opening clause ("Sau khi …, Ủy ban nhân dân …"); names right after the colon may only go on
  // with the title's list ("Chủ trì phối hợp với Tỉnh, Thành đoàn: Hội Cựu Thanh niên xung phong …").
  const span = findParties(m[2]);
  return span && span.start > 0 && /,\s*$/u.test(m[2].slice(0, span.start)) ? m[2] : null;
}
const RUN_IN_TITLE = /^([^:;.]{3,160}):\s+(\p{Lu}.*)$/su;

function readSentence(text: string, context: DeadlineContext): ReadSentence {
  const label = readLabel(text);
  if (label && label.role !== "content") return { ...unassigned(text), label };
  const body = label ? label.value : (runInSentence(text) ?? text);
  // "Tựu trường các cấp học: Ngày 26/8/2024 (thứ Hai)": an item whose value is a day happens on that day.
  const scheduled = scheduledDay(text, context);
  if (scheduled) return { ...unassigned(text), action: text, deadline: scheduled };
  const phrases = findDeadlinePhrases(body, context);
  const opening = leadingDeadlineEnd(phrases);
  // "Định kỳ đánh giá, công bố …": a cadence its verb follows (an event's words may run into the next clause).
  const cadence =
    opening > 0 && phrases.every((p) => p.start >= opening || (p.kind === "none" && p.recurrence));
  // A manner ("Kịp thời tháo gỡ khó khăn, vướng mắc cho các đơn vị, doanh nghiệp …") is its verb's adverb, not a
  // clause before a subject: the bodies after its commas are objects.
  const manner = opensWithManner(phrases, opening);
  const leading = manner ? opening : adverbialEnd(body, opening, cadence);
  // "Xây dựng … Quy chế bảo vệ BMNN (Giao Công an tỉnh chủ trì, phối hợp với …)": a closing bracket that assigns the
  // item names who leads it.
  const bracket = ASSIGNING_BRACKET.exec(body);
  const assigned = bracket ? findParties(bracket[1] ?? "", { cuesOnly: true }) : null;
  if (assigned)
    return {
      ...unassigned(text),
      parties: assigned.parties,
      addressed: true,
      opensWithAddress: true,
      action: body.slice(0, bracket?.index).trim(),
      deadline: phrases.some((p) => DATED_KINDS.has(p.kind) || p.recurrence !== null)
        ? deadlineOf(body, context)
        : null,
    };
  const addressedSpan = findParties(body, { cuesOnly: true });
  const span = addressedSpan ?? findParties(body, { skip: leading });
  const dated = phrases.some((p) => DATED_KINDS.has(p.kind) || p.recurrence !== null);
  const timedSubject = span && !addressedSpan && leading > 0;
  const copulaOnly =
    (COPULA.test(span?.predicate ?? "") || (span !== null && namesRole(body.slice(span.end)))) &&
    !MODAL.test(body) &&
    !DUTY_NOUN.test(folded(body));
  return {
    text,
    parties: timedSubject ? coordinatedSubjects(body, span) : (span?.parties ?? null),
    addressed: addressedSpan !== null,
    opensWithAddress:
      addressedSpan !== null &&
      (/^[\s\W]*(?:\S+\s+){0,4}$/u.test(body.slice(leading, addressedSpan.start)) ||
        // "Với vai trò, ý nghĩa đặc biệt quan trọng của Dự án, yêu cầu các bộ, ngành …": a clause of reason first.
        REASON_CLAUSE.test(body.slice(leading, addressedSpan.start)) ||
        // "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, đề nghị các sở …": a clause of occasion.
        isOpeningClause(body.slice(leading, addressedSpan.start).replace(CUE_AT_END, "")) ||
        // "Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ trưởng …": an address made by a body named before it.
        partiesOfHeading(body.slice(leading, addressedSpan.start).replace(CUE_AT_END, "")) !== null),
    subject:
      span !== null &&
      addressedSpan === null &&
      // "Tổng cục Du lịch thông báo cho … khi cấp lại Giấy phép": a notice given on an event is a duty, not news.
      !(REPORTED.test(span.predicate ?? "") && !(dated && /^thông báo/u.test(span.predicate ?? ""))) &&
      // "Đơn vị sự nghiệp công lập là tổ chức do … thành lập": the copula says what the subject is.
      // "… là cơ quan do Quốc hội thành lập, có nhiệm vụ tổ chức bầu cử" defines it and gives it work.
      !copulaOnly,
    action: span && !addressedSpan ? actionAfter(body, span) : body,
    deadline: dated
      ? deadlineOf(body, context)
      : span && !addressedSpan
        ? eventAfterSubject(body, span, context)
        : null,
    label: null,
    negated: span !== null && !addressedSpan && NEGATED.test(span.predicate ?? ""),
    defines: span !== null && !addressedSpan && copulaOnly && COMPOSED_OF.test(span.predicate ?? ""),
  };
}

/**
 * "Đơn vị dự toán cấp I … sau khi hoàn thành các bước công việc theo khoản 1, khoản 2 Điều này, tổng hợp …": an
 * event clause between the subject and its verb sets off the work, as it would at the sentence's start.
 */
function eventAfterSubject(body: string, span: PartySpan, context: DeadlineContext): Deadline | null {
  const rest = body.slice(span.start);
  const clause = /\s((?:ngay\s+)?(?:sau|trước)\s+khi)\s[^.;:]*?,/iu.exec(rest);
  if (!clause || clause.index > span.end - span.start) return null;
  const deadline = deadlineOf(rest.slice(clause.index + 1), context);
  return deadline.kind === "event" ? deadline : null;
}

/**
 * A predicate that lifts a duty or says it is not yet given ("không phải bồi thường", "chưa được giao"); "không
 * được" forbids, which texts count as a duty as often as not, so it is left to the rest of the rules.
 */
const NEGATED = /^(?:(?:không|khong) (?:phải|phai)|chưa|chua|bị)(?!\p{L})/iu;

/** The deadline of "Label: <day>" when the value is nothing but a day (and a weekday in brackets). */
function scheduledDay(text: string, context: DeadlineContext): Deadline | null {
  const m = /^\s*[^:]{2,80}:\s*(.+?)[.;]?\s*$/su.exec(text);
  const value = m?.[1]?.replace(/\s*\([^)]*\)\s*$/u, "").trim();
  if (!value || !/^(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$/iu.test(value)) return null;
  const deadline = deadlineOfField(value, context);
  return deadline.kind === "date" && deadline.due ? deadline : null;
}

/**
 * Sentences of a passage. A list of parties separated by semicolons ("Chánh Văn phòng UBND tỉnh; Giám đốc Sở
 * Công Thương; … chịu trách nhiệm thi hành") is one sentence, not one per party.
 */
function sentencesOf(text: string, context?: DeadlineContext): string[] {
  const out: string[] = [];
  // Whether the sentence being built opened with a time adverbial, which scopes over its ";" clauses.
  let timed = false;
  for (const sentence of splitClauses(text)) {
    const previous = out.at(-1);
    if (previous?.endsWith(";") && (timed || isPartyList(previous))) {
      out[out.length - 1] = `${previous} ${sentence}`;
      continue;
    }
    timed = context !== undefined && opensWithDeadline(sentence, context);
    // A timed sentence gives its ";" clauses one deadline (see coordinatedSubjects); otherwise each clause that binds
    // a subject of its own is its own duty.
    out.push(...(timed ? [sentence] : dutyClauses(sentence)));
  }
  return out;
}

/** A predicate that binds its subject, folded: "phải …", "có trách nhiệm …", "chịu trách nhiệm …". */
const BINDS = /^\W*(?:phai|(?:co|chiu) trach nhiem|co (?:nhiem vu|nghia vu))\b/;

/**
 * A sentence cut before each "; " clause that opens with its own subject and binds it: "… thì người phát hiện có
 * trách nhiệm …; cơ sở khám bệnh, chữa bệnh có trách nhiệm thực hiện …" is two duties of two parties.
 */
function dutyClauses(sentence: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(/;\s+(?=\p{Ll})/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    const span = findParties(sentence, { skip: at });
    if (!span || span.start > at + 2 || !BINDS.test(folded(sentence.slice(span.end, span.end + 40))))
      continue;
    out.push(sentence.slice(from, at).trim());
    from = at;
  }
  out.push(sentence.slice(from).trim());
  return out;
}

/**
 * "Trong thời hạn 7 ngày làm việc, …", "Trước ngày 31/12/2024, …": a deadline phrase opens the sentence. A manner
 * ("Kịp thời …") is no such phrase: it scopes only its verb.
 */
const opensWithDeadline = (sentence: string, context: DeadlineContext) => {
  const phrases = findDeadlinePhrases(sentence, context);
  const end = leadingDeadlineEnd(phrases);
  return end > 0 && !opensWithManner(phrases, end);
};

/** Whether the phrases before `end`, which open a sentence, are only a manner ("Kịp thời", "Thường xuyên"). */
const opensWithManner = (phrases: readonly { start: number; kind: string }[], end: number): boolean =>
  end > 0 && phrases.every((p) => p.start >= end || p.kind === "continuous");

/**
 * The subjects of the clauses after ";" in a sentence that opens with a time adverbial: "Trong thời hạn 7 ngày,
 * Ban Chỉ huy quân sự hoàn thành …; công an cấp huyện hoàn thành …" gives both parties the one deadline.
 */
function coordinatedSubjects(body: string, first: PartySpan): string[] {
  const parties = [...first.parties];
  for (const m of body.slice(first.end).matchAll(/;\s+/g)) {
    const at = first.end + (m.index ?? 0) + m[0].length;
    const span = findParties(body, { skip: at });
    if (!span || span.start > at + 2 || REPORTED.test(span.predicate ?? "")) continue;
    // "… gửi cơ quan chuyên môn về quy hoạch cấp Thành phố đối với …; cơ quan chuyên môn về quy hoạch cấp huyện đối
    // với …": a name read on into its scope ("đối với …") that opens as one the clause before names is the next of
    // that clause's objects, not a subject.
    const name = folded(span.parties[0] ?? "");
    const opening = name.split(/\s+/).slice(0, 3).join(" ");
    if (
      /\sdoi voi\s/u.test(name) &&
      opening.split(" ").length === 3 &&
      folded(body.slice(first.end, at)).includes(opening)
    )
      continue;
    for (const party of span.parties) if (!parties.includes(party)) parties.push(party);
  }
  return parties;
}

function isPartyList(text: string): boolean {
  const body = text.replace(/[\s;]+$/u, "");
  // "Giao Ban Tổ chức Trung ương; Uỷ ban Kiểm tra Trung ương; … rà soát …": the list may follow its address cue.
  const cue = /^(?:giao(?: cho)?|yêu cầu|đề nghị)\s+/iu.exec(body)?.[0].length ?? 0;
  const span = findParties(body.slice(cue), { whole: true });
  return span !== null && span.start === 0 && span.end >= body.length - cue;
}

/**
 * Where an opening time adverbial ends: its deadline phrase plus the rest of its clause up to a comma ("Trong thời
 * hạn 7 ngày, kể từ ngày nhận đủ hồ sơ theo quy định, Ủy ban nhân dân cấp xã …"), so the subject comes next.
 */
function adverbialEnd(body: string, phraseEnd: number, cadence = false): number {
  if (phraseEnd === 0) return 0;
  // "Định kỳ đánh giá, công bố mức độ … của cơ quan nhà nước, người đứng đầu …": a cadence that its verb follows is
  // that verb's adverb, not a clause before a subject; the bodies after later commas are objects.
  if (cadence && opensWithPredicate(body.slice(phraseEnd).trimStart())) return phraseEnd;
  // "Trong thời hạn 07 ngày, kể từ ngày nhận được yêu cầu … tại các khoản 1, 2, 3 và 4 của Điều này, Chánh án …":
  // the clause may hold commas of its own, so it ends at the first comma a subject follows.
  // "Khi phát hiện người bị tai nạn, bệnh tật … thì người phát hiện có trách nhiệm …": "thì" ends a condition, so
  // the bodies after later commas belong to its main clause.
  const clause = (/^[^;:.]{0,200}/u.exec(body.slice(phraseEnd))?.[0] ?? "").split(/(?=\sthì\s)/u)[0] ?? "";
  for (const comma of clause.matchAll(/,\s*/g)) {
    const at = phraseEnd + (comma.index ?? 0) + comma[0].length;
    const span = findParties(body, { skip: at });
    if (span && span.start <= at + 1) return at;
    // "Ngày 25 hằng tháng, báo cáo kết quả … về Bộ Lao động …, Bộ Tài chính … để tổng hợp": a verb right after the
    // time's comma has no subject of its own; the bodies after later commas are its objects.
    if (comma.index === 0 && opensWithPredicate(body.slice(at))) return at;
  }
  const then = /^\sthì\s+/u.exec(body.slice(phraseEnd + clause.length));
  if (then) return phraseEnd + clause.length + then[0].length;
  // "Trước 30 ngày, kể từ ngày có thông báo … của cơ quan thuế (ngày 31 tháng 5 …); tổ chức, đơn vị sử dụng lao động
  // phải cung cấp …": a semicolon written for the comma that ends the time. The subject follows it when no party
  // with a predicate of its own stands in the time's clause.
  const semicolon = phraseEnd + clause.length;
  if (body[semicolon] === ";") {
    const inside = findParties(body.slice(0, semicolon), { skip: phraseEnd });
    const at = semicolon + 1 + (/^\s*/u.exec(body.slice(semicolon + 1))?.[0].length ?? 0);
    const span = inside?.predicate ? null : findParties(body, { skip: at });
    if (span && span.start <= at + 1) return at;
  }
  const rest = /^[^,;:.]{0,60},/u.exec(body.slice(phraseEnd));
  return rest ? phraseEnd + rest[0].length : phraseEnd;
}

/** Where deadline phrases that open a sentence end ("Trước ngày 31/12/2024 và hàng năm, …"), else 0. */
function leadingDeadlineEnd(phrases: readonly { start: number; end: number }[]): number {
  let end = 0;
  for (const phrase of phrases) {
    if (phrase.start > end + 4) break;
    end = Math.max(end, phrase.end);
  }
  return end;
}

/** A sentence that opens on a time as its topic: "Thời gian báo cáo …", "Thời hạn …", "Kỳ báo cáo …". */
const DESCRIBES_TIME = /^\s*(?:thời gian|thời hạn|thời điểm|kỳ báo cáo)\s/iu;

/**
 * One group per distinct dated deadline, then one for the remaining sentences (not for a list's lead-in). The
 * rest takes the deadline of the item's time label ("Thời gian hoàn thành: …") when it has no date of its own.
 */
function groupByDeadline(
  sentences: ReadSentence[],
  context: DeadlineContext,
  introducesList: boolean,
  labelled: Deadline | null,
) {
  const groups = new Map<string, { sentences: ReadSentence[]; deadline: Deadline }>();
  const rest: ReadSentence[] = [];
  let previous: ReadSentence[] | null = null;
  for (const sentence of sentences) {
    // "… báo cáo … chậm nhất ngày 17 tháng 12. Thời gian báo cáo định kỳ hàng năm tính từ ngày 15 tháng 12 …": a
    // sentence about the time of the one before, naming no one, describes that work.
    if (previous && !sentence.label && !sentence.parties && DESCRIBES_TIME.test(sentence.text)) {
      previous.push(sentence);
      continue;
    }
    // A list's lead-in is an obligation only with its own date, period or event, not a recurrence alone.
    if (!sentence.deadline || (introducesList && !DATED_KINDS.has(sentence.deadline.kind))) {
      rest.push(sentence);
      previous = rest;
      continue;
    }
    const { kind, due, recurrence, text } = sentence.deadline;
    // Two undated events are two deadlines: "Trong thời hạn 05 ngày, kể từ ngày nhận đơn, Chánh án … Trong thời hạn
    // 10 ngày, kể từ ngày được phân công, Thẩm phán …" are two steps.
    const key = `${kind}|${due ?? (kind === "event" ? text.toLowerCase() : null)}|${recurrence}`;
    const group = groups.get(key) ?? { sentences: [], deadline: sentence.deadline };
    group.sentences.push(sentence);
    groups.set(key, group);
    previous = group.sentences;
  }
  const out = [...groups.values()];
  if (rest.length > 0 && !introducesList) {
    const own = deadlineOf(rest.map((s) => s.text).join(" "), context);
    const useLabel = labelled && !DATED_KINDS.has(own.kind);
    out.push({ sentences: rest, deadline: useLabel ? withRecurrence(labelled, own) : own });
  } else if (introducesList) {
    // "Sở Tài chính có trách nhiệm tổng hợp báo cáo …. Trường hợp cần thiết, Sở Y tế thực hiện các việc sau:": only the
    // last sentence leads the list; one before it that binds or addresses a party is work of its own.
    const bound = rest.filter(
      (s) => s !== sentences.at(-1) && s.parties && (s.addressed || MODAL.test(s.text)),
    );
    if (bound.length > 0)
      out.push({ sentences: bound, deadline: deadlineOf(bound.map((s) => s.text).join(" "), context) });
  }
  const order = (g: { sentences: ReadSentence[] }) => sentences.indexOf(g.sentences[0] as ReadSentence);
  return out.sort((a, b) => order(a) - order(b));
}

const withRecurrence = (deadline: Deadline, own: Deadline): Deadline => ({
  ...deadline,
  recurrence: deadline.recurrence ?? own.recurrence,
});

/** The deadline of a time label among the sentences ("Thời gian hoàn tất: trước ngày 15/01/2021."). */
function labelDeadline(sentences: readonly ReadSentence[], context: DeadlineContext): Deadline | null {
  const label = sentences.find((s) => s.label?.role === "time")?.label;
  return label ? deadlineOfField(label.value.replace(/[.;]\s*$/, ""), context) : null;
}

/** The parties of a responsible label among the sentences ("Đơn vị thực hiện: UBND cấp xã."). */
function labelParties(sentences: readonly ReadSentence[]): string[] | null {
  const label = sentences.find((s) => s.label?.role === "lead")?.label;
  return label ? partiesOfValue(label.value) : null;
}

/** A unit of measure: "Đơn vị: đồng" states what a table counts in, not who does the work. */
const MEASURE_UNIT = /^(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:đồng|vnđ|người|lượt|hộ|%|ha|m2|m²|km|tấn|kg)$/iu;

const partiesOfValue = (value: string): string[] | null => {
  const bare = value.replace(/[.;]\s*$/, "");
  if (MEASURE_UNIT.test(bare.trim())) return null;
  // "Các sở, ngành có liên quan theo chức năng, nhiệm vụ quản lý được giao": the scope after the names is no name.
  // "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành …": the value is a sentence, and its subject leads.
  const span = findParties(bare, { whole: true });
  const predicated = span?.start === 0 && (span.predicate ?? "") !== "";
  const parties =
    predicated && span ? [...span.parties, ...laterSubjects(bare.slice(span.end))] : splitParties(bare);
  return parties.length > 0 ? [...new Set(parties)] : null;
};

/** How far into a sentence its subject may start: after a linking adverb ("Đồng thời, "), not a clause of its own. */
const LINKING_ADVERB_MAX = 12;

/**
 * "Sở … tiến hành rà soát …. Đồng thời, các sở, ngành liên quan và Ủy ban nhân dân các xã, phường tiếp tục rà soát
 * …": after the first subject of a value written as sentences, each sentence that opens with a subject of its own
 * (after a linking adverb) adds that subject.
 */
const laterSubjects = (rest: string): string[] =>
  rest
    .split(/\.\s+(?=\p{Lu})/u)
    .slice(1)
    .map((clause) => findParties(clause))
    .flatMap((found) => (found && found.start <= LINKING_ADVERB_MAX && found.predicate ? found.parties : []));

const fieldDeadline = (fields: readonly ItemFields[]) => fields.find((f) => f.deadline)?.deadline ?? null;

/** A text without a full stop inside it (semicolons allowed). */
const ONE_SENTENCE = /^[^.]*(?:\.(?=\d)[^.]*)*\.?\s*$/u;

/** What label lines say about their item: its deadline, its parties, and which passages are those lines. */
interface ItemFields {
  deadline: Deadline | null;
  parties: string[] | null;
  labels: Set<string>;
}

/**
 * Label lines that are passages of their own ("- Thời gian hoàn thành: Quý I/2021" under a step), by the path of
 * the item they belong to.
 */
function labelFields(
  passages: readonly Passage[],
  context: DeadlineContext,
): { byItem: Map<string, ItemFields>; following: Map<string, ItemFields> } {
  const byItem = new Map<string, ItemFields>();
  const following = new Map<string, ItemFields>();
  /** Items of a section read since its last label line, by the section's headings. */
  const pending = new Map<string, Passage[]>();
  /**
   * The fields that the label lines right after a section's items are filling: "Đơn vị chủ trì: …" / "Đơn vị phối
   * hợp: …" / "Thời gian thực hiện: …", each a passage of its own, all belong to the items above them.
   */
  const open = new Map<string, ItemFields>();
  const empty = (): ItemFields => ({ deadline: null, parties: null, labels: new Set<string>() });
  /**
   * Items with parts of their own: a title over its steps is no sibling waiting for fields, also where its parts sit
   * under a sub-title ("3. Tham gia góp ý kiến …" over "3.1. …" over "a) …").
   */
  const parents = new Set<string>();
  for (const p of passages) for (const at of ancestorPaths(p.path)) parents.add(at);
  for (const passage of passages) {
    if (isRowPath(passage.path)) continue;
    const section = passage.headings.join("\n");
    const sentences = sentencesOf(passage.text);
    // "Cơ quan thực hiện: Sở Khoa học và Công nghệ; Sở Tư pháp; …": one label whose value lists names, though its
    // semicolons end clauses elsewhere.
    // "Cơ quan thực hiện: Sở … tiến hành rà soát …. Đồng thời, các sở, ngành … tiếp tục rà soát …": a label of who
    // leads whose value runs on in sentences of its own is one label too.
    const head = readLabel(sentences[0] ?? "");
    const whole = ONE_SENTENCE.test(passage.text) || head?.role === "lead" ? readLabel(passage.text) : null;
    const labels = whole && whole.role !== "content" ? [whole] : sentences.map(readLabel);
    if (labels.length === 0 || labels.some((l) => !l || l.role === "content")) {
      // An item that states its own time ("… Thời gian hoàn thành: Trước ngày 31/5/2026.") closes its group.
      if (labels.some((l) => l && l.role !== "content")) pending.delete(section);
      else pending.set(section, [...(pending.get(section) ?? []), passage]);
      open.delete(section);
      continue;
    }
    // A label that is an item's own text ("1.2" whose first line is "Thời gian thực hiện: …") is that item's, not its
    // parent's: it must not reach the items of "1.1".
    const ownText = !/-[a-z]\d+$/u.test(passage.path) && passage.headings.length > 0;
    const key = ownText ? passage.path : (parentPath(passage.path) ?? "");
    const item = byItem.get(key) ?? empty();
    // "1.1" and "1.2" read without labels, then "- Cơ quan thực hiện: …" under "1.2": the fields close the run of
    // siblings read since the last labels, not only the item they sit under.
    const siblings = ownText ? "" : passage.headings.slice(0, -1).join("\n");
    const runBefore = ownText
      ? []
      : (pending.get(siblings) ?? []).filter(
          (p) =>
            ITEM_PATH.test(p.path) &&
            p.path !== key &&
            !parents.has(p.path) &&
            parentPath(p.path) === parentPath(key),
        );
    const waiting = [...(pending.get(section) ?? []), ...runBefore];
    const own = (waiting.length === 0 ? open.get(section) : undefined) ?? empty();
    for (const target of [item, own])
      for (const label of labels) {
        if (!label) continue;
        const value = label.value.replace(/[.;]\s*$/, "");
        const deadline = label.role === "time" ? deadlineOfField(value, context) : null;
        if (deadline && (deadline.kind !== "none" || deadline.recurrence)) target.deadline ??= deadline;
        if (label.role === "lead" || (label.role === "support" && !target.parties))
          target.parties =
            label.role === "lead" ? partiesOfValue(value) : (target.parties ?? partiesOfValue(value));
      }
    item.labels.add(passage.path);
    byItem.set(key, item);
    // "- Tuyên truyền …" / "Thời gian thực hiện: …" / "- Tham mưu …" / "Thời gian hoàn thành: …": a label line
    // under items gives its time to the items read since the section's last label line.
    for (const earlier of waiting) following.set(earlier.path, own);
    pending.delete(section);
    if (!ownText) pending.delete(siblings);
    open.set(section, own);
  }
  return { byItem, following };
}

/**
 * A row of a timeline table: its content column holds the work and a time or responsible column says when or by
 * whom. Rows of other tables (lists of procedures, budgets, forms) and group rows with neither are not read here.
 */
/** The most words the time cell at a serialized row's end is read over ("Năm 2026 – 2030", "Quý IV/2026"). */
const TIME_CELL_WORDS = 6;

/**
 * A serialized row's deadline: its time cell, the last words of the row; else a cue anywhere after the task ("Thực
 * hiện thường xuyên"); else one in the task itself.
 */
function serializedDeadline(cells: { task: string; rest: string }, context: DeadlineContext): Deadline {
  // A bare span of years closing the row ("Bộ tiêu chí 2026 - 2030") is the period the work runs to.
  const span = /(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})\.?$/u.exec(cells.rest);
  if (span)
    return {
      kind: "period_end",
      due: `${span[1]}-12-31`,
      recurrence: null,
      text: span[0].replace(/\.$/u, ""),
    };
  const words = cells.rest.split(/\s+/).filter(Boolean);
  for (let k = Math.min(TIME_CELL_WORDS, words.length); k >= 1; k--) {
    const found = deadlineOfField(words.slice(-k).join(" ").replace(/[.;]$/u, ""), context);
    if (found.kind !== "none") return found;
  }
  const inRest = deadlineOf(cells.rest, context);
  return inRest.kind !== "none" ? inRest : deadlineOf(cells.task, context);
}

function readTimelineRow(
  text: string,
  context: DeadlineContext,
): { action: string; parties: string[] | null; deadline: Deadline } | null {
  const cells = readRow(text);
  const value = (role: Field["role"]) =>
    cells
      .filter((c) => c.role === role && c.value)
      .map((c) => c.value)
      .join("; ");
  const action = value("content");
  if (!/\p{L}{2,}/u.test(action)) return null;
  const time = value("time");
  const lead = value("lead");
  const support = value("support");
  if (!time && !lead && !support) return null;
  const fromTime = time ? deadlineOfField(time, context) : null;
  const fromContent = deadlineOf(action, context);
  const deadline =
    fromTime && fromTime.kind !== "none"
      ? fromTime
      : fromContent.kind !== "none"
        ? fromContent
        : (fromTime ?? fromContent);
  return {
    action,
    parties: partiesOfValue(lead) ?? (support ? partiesOfValue(support) : null),
    deadline: {
      ...deadline,
      recurrence: deadline.recurrence ?? fromTime?.recurrence ?? fromContent.recurrence,
    },
  };
}

/**
 * Parties for passages that name none: the opening's addressees, the implementing paragraph or article ("… chịu
 * trách nhiệm thực hiện Kế hoạch này" names whom the plan charges, so it outranks a closing "Yêu cầu … thực hiện
 * nghiêm túc"), the closing request, the "Kính gửi" block. Never the "Nơi nhận" list ("Lưu: VT", "Như Điều 3"): it
 * names who gets a copy, not who does the work.
 */
function fallbackParties(passages: readonly Passage[]): string[] {
  for (const passage of passages.filter(isOpening)) {
    const leadIn = passage.text.trimEnd().endsWith(":");
    const span = findParties(passage.text, { cuesOnly: true, guidance: leadIn });
    if (span) return span.parties;
  }
  // The implementing paragraph (guideline, rule 4): "Căn cứ kế hoạch này, Giám đốc các Sở, … xây dựng kế hoạch cụ thể".
  for (const passage of passages) {
    if (!IMPLEMENTS.test(folded(passage.text))) continue;
    const [first = "", ...clauses] = (passage.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? "").split(/;\s+/u);
    const span = findParties(sentencesOf(first)[0] ?? "");
    if (!span) continue;
    // "…, các sở, ban, ngành Tỉnh tổ chức thực hiện …; Ủy ban nhân dân các xã, phường căn cứ …, xây dựng kế hoạch":
    // each clause that opens with a party charges it too.
    const more = clauses
      .map((clause) => findParties(clause))
      .filter((found) => found?.start === 0 && found.predicate)
      .flatMap((found) => found?.parties ?? []);
    return [...span.parties, ...more.filter((m) => !span.parties.some((p) => folded(p) === folded(m)))];
  }
  // Under "Tổ chức thực hiện", the item whose bodies turn the text into their own plans: "1. Các cấp uỷ, tổ chức
  // Đảng, chính quyền … căn cứ chức năng, nhiệm vụ cụ thể hóa thành kế hoạch thực hiện Nghị quyết".
  for (const passage of passages) {
    const title = passage.headings.at(-1);
    if (!title || !IMPLEMENTING_TITLE.test(folded(strippedHeading(title)))) continue;
    const first = sentencesOf(passage.text)[0] ?? "";
    if (!MAKES_OWN_PLAN.test(folded(first))) continue;
    const span = findParties(first);
    if (span?.start === 0) return span.parties;
  }
  // A decision's implementing article: "Chánh Văn phòng …, Giám đốc Sở … chịu trách nhiệm thi hành Quyết định này".
  for (const passage of passages) {
    if (!EXECUTES.test(folded(passage.text))) continue;
    const span = sentencesOf(passage.text)
      .filter((s) => EXECUTES.test(folded(s)))
      .map((s) => findParties(s))
      .find(Boolean);
    if (span) return span.parties;
  }
  for (const passage of passages.filter(isClosing)) {
    if (/^(?:nơi nhận|kính gửi)/iu.test(passage.text.trim())) continue;
    // "Trên đây là Kế hoạch … Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị
    // kịp thời phản ánh về Sở …": a request to report difficulties, in whichever sentence, charges no one.
    const text = sentencesOf(passage.text)
      .filter((s) => !REPORTS_DIFFICULTIES.test(folded(s)))
      .join(" ");
    // "Trên đây là kế hoạch …; các cơ quan, đơn vị, địa phương nghiêm túc tổ chức, triển khai thực hiện./.": the
    // request may follow the summary in a clause of its own.
    const span =
      findParties(text) ??
      text
        .split(/;\s+/u)
        .slice(1)
        .map((clause) => findParties(clause))
        .find((found) => found?.start === 0 && found.predicate);
    if (span) return span.parties;
  }
  // A closing request written under the last heading, just before "Nơi nhận" or the signature: "… Đề nghị các sở,
  // ban, ngành và địa phương khẩn trương thực hiện đúng chức năng được giao …/.".
  const end = passages.findIndex((p) => p.path === "nn" || p.path === "ck");
  const last = end > 0 ? passages[end - 1] : undefined;
  if (last && !isRowPath(last.path) && /\.\/\.\s*$/.test(last.text.trim())) {
    const span = sentencesOf(last.text)
      .filter((s) => !REPORTS_DIFFICULTIES.test(folded(s)))
      .filter((s) => CLOSING_CUE.test(folded(s)) || NOTICE_FORMULA.test(folded(s).trim()))
      .map((s) => findParties(s, { cuesOnly: true }))
      .find(Boolean);
    if (span) return span.parties;
  }
  const addressees = addresseesOf(passages);
  if (addressees.length > 0) return addressees;
  // A resolution's implementing section, item by item ("IV- TỔ CHỨC THỰC HIỆN: 1. Đảng ủy Quốc hội lãnh đạo …; 2.
  // Đảng ủy Chính phủ …"): the bodies it charges carry out the tasks above that name no one.
  return implementingBodies(passages);
  // The metadata's recipients mix "Kính gửi" with "Nơi nhận", whose bodies receive copies for information.
}

/**
 * Under "Tổ chức thực hiện", the body that leads the plan itself: "Là cơ quan đầu mối, chủ trì, … tổ chức triển khai
 * kế hoạch", "Chủ trì, phối hợp với … kiểm tra việc thực hiện Kế hoạch" (the plan, not a plan of its own to make).
 */
function planLead(passages: readonly Passage[]): string[] | null {
  for (const passage of passages) {
    if (!passage.headings.some((h) => IMPLEMENTING_TITLE.test(folded(strippedHeading(h))))) continue;
    const first = folded(passage.text.split(/;\s|\.\s/u)[0] ?? "").replace(/[\s.;:]+$/u, "");
    if (!LEADS_PLAN.test(first)) continue;
    const span = findParties(passage.text);
    if (span?.start === 0) return span.parties;
    const title = passage.headings.at(-1) ?? "";
    const named = IMPLEMENTING_TITLE.test(folded(strippedHeading(title))) ? null : partiesOfHeading(title);
    if (named) return named;
  }
  return null;
}
/**
 * A lead's duty, folded: it leads ("chủ trì", "cơ quan đầu mối") and its clause ends on the plan or names this one
 * ("… kế hoạch thi đua này").
 */
const LEADS_PLAN =
  /^(?:\S+\s){0,8}?(?:la (?:co quan )?dau moi,? )?chu tri\b.{0,200}?\b(?:ke hoach|chuong trinh)(?:$|(?: \S+){0,3}? nay\b)/u;

/** The bodies that open the items of a section titled "Tổ chức thực hiện", in order, each once. */
function implementingBodies(passages: readonly Passage[]): string[] {
  // A text of articles (a decree, a regulation) states rules and whose duty each is; its spending categories and
  // effect clauses are no one's tasks.
  if (passages.some((p) => /(?:^|\.)dieu\d/u.test(p.path))) return [];
  const found: string[] = [];
  for (const passage of passages) {
    const title = passage.headings.at(-1);
    if (!title || !IMPLEMENTING_TITLE.test(folded(strippedHeading(title)))) continue;
    const span = findParties(sentencesOf(passage.text)[0] ?? "");
    if (!span || span.start !== 0 || !span.predicate) continue;
    for (const party of span.parties) if (!found.some((f) => folded(f) === folded(party))) found.push(party);
  }
  return found;
}

/**
 * A party written as the bare name of a body ("Bộ sẽ có văn bản hướng dẫn…") in a document that this body issued
 * is the issuer, named in full as the document writes it ("Bộ Lao động - Thương binh và Xã hội").
 */
function namedIssuer(party: string, issuer: string, passages: readonly Passage[]): string {
  const bare = folded(party.trim());
  if (!/^(?:bo|so|ban|cuc|tong cuc|uy ban|van phong|ubnd)$/.test(bare) || !issuer) return party;
  const issuerFolded = folded(issuer).replace(/\s+/g, " ");
  const at = issuerFolded.lastIndexOf(`${bare} `);
  if (at < 0 || (at > 0 && issuerFolded[at - 1] !== " ")) return party;
  // "các Sở, ban, ngành chuyên môn": a lower-case member of a list is a category, not the issuer named short; and the
  // "ban" of "Ủy ban nhân dân" is no head of the issuer's name.
  if (!/^\p{Lu}/u.test(party.trim()) || /\buy $/.test(issuerFolded.slice(0, at))) return party;
  // The name as the document writes it: whole ("Bộ Lao động - Thương binh và Xã hội"), else its part after the
  // head ("Sở Lao động - Thương binh và Xã hội" gives the casing of "Lao động - Thương binh và Xã hội").
  const name = issuerFolded.slice(at);
  const rest = name.slice(bare.length + 1);
  const head = party.trim().charAt(0).toUpperCase() + party.trim().slice(1);
  for (const [wanted, prefix] of [
    [name, ""],
    [rest, `${head} `],
  ] as const) {
    for (const passage of passages) {
      const i = folded(passage.text).indexOf(wanted);
      if (i >= 0) return prefix + passage.text.slice(i, i + wanted.length);
    }
  }
  const words = issuer.replace(/\s+/g, " ").slice(at).toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Quý cơ quan", "Quý Bộ", "Quý đơn vị": whom a letter is sent to, named politely. */
const POLITE_ADDRESSEE = /^quý\s+\p{L}+(?:\s\p{L}+)?$/iu;

/** The parties of the "Kính gửi" block. */
function addresseesOf(passages: readonly Passage[]): string[] {
  const block = passages.find((p) => p.path === "kg");
  if (!block) return [];
  // Each ";" parts addressees, named or not by a head noun ("…; Báo Nhân dân; Thông tấn xã Việt Nam").
  return block.text
    .replace(/^\s*kính gửi\s*:?\s*/iu, "")
    .replace(/[.;]\s*$/, "")
    .split(/\s*;\s*/u)
    .flatMap((part) => (part ? splitParties(part) : []));
}

/**
 * "Cục Thuế" for the one addressee it abbreviates ("Cục Thuế tỉnh Hà Tĩnh"), else as written: a name that already
 * says where ("Cục Thuế các tỉnh, thành phố") is kept as the text gives it, and so is a short name whose addressee is
 * a whole category ("Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"): that says no more than "Cục
 * Thuế" does.
 */
function namedAddressee(party: string, addressees: readonly string[]): string {
  if (party.trim().split(/\s+/).length > 3) return party;
  const short = `${folded(party.trim())} `;
  const longer = addressees.filter((a) => folded(a).startsWith(short));
  const one = longer.length === 1 ? (longer[0] as string) : null;
  return one && !CATEGORY_PLACES.test(folded(one).slice(short.length)) ? one : party;
}

/** Places named as a category after a body's name (folded): "các tỉnh, thành phố …", "các quận, huyện". */
const CATEGORY_PLACES = /^(?:cac|nhung) /;
