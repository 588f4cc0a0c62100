/**
 * The Vietnamese deadline grammar of eval/obligations-guideline.md ("Deadlines").
 *
 * Patterns run on a folded copy of the text (lower-case, đ→d, no accents, one character for one), so they match
 * "Trước ngày", "TRƯỚC NGÀY" and "truoc ngay" alike, while offsets map back to the input and every `text` stays
 * verbatim; an accented word must still be the grammar's word ("phấn đấu năm 2025" is not "đầu năm 2025"). Each
 * form is a small named pattern with a rule that decides, from the match's groups and its place in the text,
 * whether it bounds the action and when it is due. Not deadlines: dates of referenced documents, and periods,
 * years and recurrences in a referenced document's title (from the reference to the next ";" or sentence end).
 */
import { extractReferences } from "../corpus/reference-extractor.ts";
import type { Deadline, DeadlineKind } from "./deadline.ts";
import type { EventCalendar } from "./events-calendar.ts";
import {
  dayBefore,
  endOfMonth,
  endOfQuarter,
  isoDay,
  type MatchableText,
  matchable,
  quarterNumber,
  resolveYear,
  spelledAsGrammar,
  yearOf,
} from "./vietnamese-dates.ts";

export interface DeadlineContext {
  /** "YYYY-MM-DD" | "YYYY-MM" | "YYYY": the issue date, else the meeting date; resolves "cuối năm nay". */
  documentDate: string | null;
  events?: EventCalendar;
  /** A time field's value: a day before the document is still the deadline it states (see deadlineOfField). */
  keepPast?: boolean;
}

/** A deadline phrase found in a text; `text === input.slice(start, end)`. */
export interface DeadlinePhrase extends Deadline {
  start: number;
  end: number;
}

const re = (source: string) => new RegExp(source, "g");

// Pattern pieces, written in folded form ("truoc" matches "trước", "Trước", "TRUOC").
const CUTOFF = String.raw`(?:cham|muon)\s+nhat(?:\s+la)?|khong\s+muon\s+hon|(?:thoi\s+)?han(?:\s+chot)?(?:\s+la)?`;
/** Leads that start or place a period without ending it ("từ tháng 6/2024", "đầu tháng 6/2024"). */
const BLOCKED = String.raw`tu|ke\s+tu|dau|giua|sau`;
const DATE_CUE = String.raw`truoc|den(?:\s+het)?|toi|vao|trong|${CUTOFF}`;
const MONTH_CUE = String.raw`truoc|trong|den(?:\s+het)?|toi|het|cuoi|vao(?:\s+cuoi)?|(?:${CUTOFF})(?:\s+(?:trong|vao|cuoi))?`;
const PART_CUE = String.raw`trong|den(?:\s+het)?|het|(?:${CUTOFF})(?:\s+trong)?`;
const YEAR_CUE = String.raw`tu\s+nay\s+(?:den|toi)(?:\s+het)?|den(?:\s+het)?|toi|trong(?:\s+ca)?|ngay\s+trong|truoc|vao|ket\s+thuc|(?:${CUTOFF})(?:\s+(?:trong|vao))?`;
const PERIOD_CUE = String.raw`trong(?:\s+(?:ca|suot))?|den(?:\s+het)?|toi|het|cho|${CUTOFF}`;
/** An optional cue before a form, captured as `lead`. */
const lead = (cues: string) => String.raw`(?:\b(?<lead>${cues})\s+)?`;

/** "31/12/2024", "31-12-2024", "31.12.2024" (one separator throughout). */
const NUMERIC_DAY = String.raw`(?<d>\d{1,2})\s*(?<sep>[/.-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})`;
/** "12 tháng 8 năm 2021". */
const LONG_DAY = String.raw`(?<ld>\d{1,2})\s+thang\s+(?<lm>\d{1,2})\s+nam\s+(?<ly>\d{4})`;
/** "Thứ Tư ngày 03/12/2025", "thứ Sáu, ngày 05/12": the weekday a day is named with, before "ngày". */
const WEEKDAY = String.raw`(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s+`;
const DAY = String.raw`(?:${WEEKDAY}ngay\s+|ngay\s+)?(?:${NUMERIC_DAY}|${LONG_DAY})(?!\d)`;
/** "/2024", "-2024", " năm 2024" after a month or a quarter ("Quý IV/2025", "Quí IV-2025", "tháng 12-2025"). */
const OF_YEAR = String.raw`\s*(?:\/|-|,?\s+nam\s+)(?<y>\d{4})(?![\d/])`;
/** "2024", or relative: "nay" (this year), "tới"/"sau" (next year). */
const YEAR_REF = String.raw`(?<y>\d{4}|nay|toi|sau)`;
const YEAR_RANGE = String.raw`(?<from>\d{4})\s*[-–]\s*(?<to>\d{4})(?!\d)`;
const EVENT_NOUN = String.raw`dai\s+hoi|ky\s+hop|hoi\s+nghi|(?:cuoc\s+|ky\s+)?bau\s+cu|tet`;
const BEFORE_EVENT = String.raw`truoc(?:\s+(?:khi|thoi\s+diem|them|ngay))?(?:\s+(?:to\s+chuc|dien\s+ra|khai\s+mac))?\s+(?:${EVENT_NOUN})`;
const FROM_TERM = String.raw`(?:ke\s+)?tu\s+(?:nhiem\s+ky|khoa|ky\s+hop|dai\s+hoi)`;
/** Up to ten words of an event's name, up to punctuation; {@link eventRule} trims it. */
const EVENT_NAME = String.raw`(?<tail>(?:\s+[^\s,;.:()!?"“”]+){0,10})`;

/** An hour of the clock before the day: "15 giờ 00’", "15h00", "9 giờ 30 phút". */
const CLOCK = String.raw`(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2})?\s*(?:phut|['’])?\s*,?\s*)`;
/**
 * "trước ngày 31/12/2024", "chậm nhất là ngày 15/3/2025", "hạn chót: ngày 12 tháng 8 năm 2025", "trước 15 giờ ngày
 * 10/12/2025", and the end of a range of days written with a dash, "từ ngày 05/02/2026 - 08/02/2026".
 */
const RANGE_START = String.raw`\b(?:tu\s+)?(?:ngay\s+)?\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{4})?\s*[-–]`;
const EXPLICIT_DAY = re(String.raw`(?:\b(?:${DATE_CUE})\s*:?|${RANGE_START})\s*${CLOCK}?${DAY}`);
/**
 * "trong tháng 6/2024", "trước tháng 6 năm 2024", bare "tháng 6/2024" (not "ngày 12 tháng 8 năm 2021"), and a range
 * of months of one year, "Tháng 11 - 12/2025", which ends with its last month.
 */
const MONTH = re(
  // "vào tháng 4 và tháng 8 năm 2026": months listed before their year; the first one is the earliest due.
  String.raw`${lead(`${MONTH_CUE}|${BLOCKED}`)}(?<!\d\s*)\bthang\s+(?:(?<first>\d{1,2})\s*(?:,|va)\s*thang\s+)?(?:\d{1,2}\s*[-–]\s*)?(?<m>\d{1,2})${OF_YEAR}`,
);
/**
 * "trong quý I/2025", "quý 3 năm 2025", and two quarters of one year: listed ("Quý II, III/2015", due with the first,
 * the earliest) or as a range ("Quý II - III/2015", due with the last), as months are read.
 */
const QUARTER = re(
  String.raw`${lead(`${MONTH_CUE}|${BLOCKED}`)}\bqu[yi]\s+(?<q>iv|i{1,3}|[1-4])(?:\s*(?<join>,|va|[-–])\s*(?:qu[yi]\s+)?(?<q2>iv|i{1,3}|[1-4]))?${OF_YEAR}`,
);
/** "6 tháng đầu năm 2025", "trong 6 tháng cuối năm". */
const PART_OF_YEAR = re(
  String.raw`${lead(PART_CUE)}\b(?<n>\d{1,2})\s+thang\s+(?<part>dau|cuoi)\s+nam(?:\s+${YEAR_REF})?(?![\d/-])`,
);
/** "trong năm 2024", "cuối năm nay", "từ nay đến cuối năm", "đầu năm tới", "đến năm 2030", "Năm 2024, …". */
// Not the school year ("cuối năm học"), which ends in May.
const YEAR = re(
  String.raw`${lead(YEAR_CUE)}(?:\b(?<pos>cuoi|dau|het|giua)\s+)?\bnam(?:\s+${YEAR_REF})?(?![\d/]|\s*[-–]\s*\d|\s+hoc\b)`,
);
/** "trong giai đoạn 2021-2025", "đến hết nhiệm kỳ 2025 - 2030", "Giai đoạn 2021-2025, …". */
const PERIOD = re(
  String.raw`${lead(PERIOD_CUE)}\b(?<unit>giai\s+doan|nhiem\s+ky|thoi\s+ky|(?:(?:hai|ba|bon|nam|\d{1,2}|cac)\s+)?nam)\s+${YEAR_RANGE}`,
);
/** "trong nhiệm kỳ này/tới": a period whose dates the text does not give. */
const OPEN_TERM = re(String.raw`\btrong\s+nhiem\s+ky\s+(?:nay|toi)\b`);
/** "trước đại hội cấp cơ sở nhiệm kỳ 2025-2030", "kể từ nhiệm kỳ Trưởng thôn 2025-2027", "trước kỳ họp …". */
const EVENT = re(String.raw`\b(?:${BEFORE_EVENT}|${FROM_TERM})\b${EVENT_NAME}`);
/**
 * "thường xuyên", "kịp thời", "liên tục" (not "chưa kịp thời", nor "không đầy đủ, kịp thời"), and not the budget term
 * "chi thường xuyên" (recurrent spending, as against investment), "kinh phí / chế độ thường xuyên", nor the school
 * "giáo dục thường xuyên" (continuing education); round the clock: "thông suốt 24/7", "trực 24/24 giờ" (not the day
 * "24/7/2026").
 */
const CONTINUOUS = re(
  String.raw`(?<!\b(?:chua|khong|thieu)(?:\s+[^\s,;.]+){0,2}\s*,\s*|\b(?:chua|khong|thieu)\s+)(?<!\b(?:chi|che\s+do|kinh\s+phi|nguon|du\s+toan|giao\s+duc)\s+)\b(?:thuong\s+xuyen|kip\s+thoi|lien\s+tuc|24\/7|24\/24\s+gio)(?![\w/])`,
);
/**
 * "hằng năm", "hàng quý", "định kỳ", "định kỳ 6 tháng/lần", "định kỳ hằng năm", and "mỗi năm" as a clause of its
 * own ("Mỗi năm, Sở …", "… kiểm tra mỗi quý."), not "mỗi năm công tác được cộng thêm …".
 */
const RECURRENCE = re(
  String.raw`\b(?:dinh\s+ky(?:\s+(?:hang\s+(?<dk>nam|quy|thang|tuan)|(?<n>\d{1,2})\s+(?<unit>thang|nam|quy|tuan)(?:\s*(?:\/|mot)\s*lan)?))?|hang\s+(?<every>nam|quy|thang|tuan)(?<more>(?:\s*(?:,|va|hoac)\s*(?:0?\d{1,2}\s+)?(?:nam|quy|thang|tuan)\b)+)?|(?<=(?:^|[,;:.])\s*)moi\s+(?<each>nam|quy|thang|tuan)(?=\s*,)|moi\s+(?<last>nam|quy|thang|tuan)(?=\s*(?:[;.]|$)))\b`,
);
/**
 * "… thực hiện kê khai số thuế đã khấu trừ theo tháng", "Cấp chứng từ khấu trừ thuế … theo năm": a filing made by the
 * period comes back each period. Only after a verb of filing; "bình quân theo tháng" is how a sum is counted, and
 * "loại thuế khai theo tháng, khai theo quý, khai theo năm" lists kinds of filing.
 */
const FILED_BY_PERIOD = re(
  String.raw`\b(?:ke\s+khai|khai|nop|bao\s+cao|cap)\b(?<!\bkhai\s+theo\s+(?:thang|quy|nam)\b[^.]*)(?:\s+[^\s.;:,()]+){0,20}?\s+theo\s+(?<per>thang|quy|nam)\b(?![\s,]*\d)(?![^.;]*\bkhai\s+theo\s+(?:thang|quy|nam)\b)(?![\s,]*(?:va|hoac|quy|thang|nam|tai\s+chinh|ngan\s+sach|hoc|lich)\b)`,
);
/** "3 tháng một lần", "6 tháng/lần", "hai năm một lần", "mỗi quý một lần": a cadence written as a count. */
const EVERY_N = re(
  String.raw`\b(?:moi\s+)?(?:(?<n>\d{1,2}|mot|hai|ba|sau)\s+)?(?<unit>thang|quy|nam|tuan)\s*(?:\/\s*(?:1\s+)?lan|(?:mot|1)\s+lan)\b`,
);
/** "2 lần/tháng", "02 lần/năm", "một lần mỗi quý": how often, as a number of times in a period. */
const TIMES_PER = re(
  String.raw`\b(?<times>\d{1,2}|mot|hai|ba|bon)\s+lan\s*(?:\/|tren|trong|moi|mot)\s*(?:0?1\s+)?(?<unit>thang|quy|nam|tuan)\b`,
);
/** "6 tháng, hằng năm", "3 tháng và hàng năm", "06 tháng, 01 năm": reports for a part of the year and for the year. */
const PART_AND_YEAR = re(
  String.raw`\b(?<n>\d{1,2}|ba|sau)\s+thang\s*(?:,|va|hoac)\s*(?:hang\s+nam\b|(?:(?:0?1|mot)\s+)?nam(?=\s*(?:[.;,)]|$)))`,
);
/** "trước ngày 25 hằng tháng", "ngày 5 hàng tháng": a day of every month. */
const MONTHLY_DAY = re(String.raw`${lead(DATE_CUE)}\bngay\s+(?<day>\d{1,2})\s+(?:cua\s+)?hang\s+thang\b`);
/** "trước ngày 20 tháng cuối quý", "trước ngày 15 của tháng đầu quý sau": a day of every quarter. */
const QUARTER_DAY = re(
  String.raw`${lead(DATE_CUE)}\bngay\s+(?<day>\d{1,2})\s+(?:cua\s+)?thang\s+(?<which>cuoi|dau|thu\s+(?:hai|2))\s+(?:cua\s+)?(?:moi\s+|hang\s+)?quy(?:\s+(?<next>sau|tiep\s+theo|ke\s+tiep))?\b`,
);
/**
 * "trước ngày 25", "chậm nhất vào ngày 05 của tháng sau": a day with no month, after a time-limit cue. It is a day
 * of whatever period the text repeats ("Hằng tháng, chậm nhất ngày 05 của tháng sau, …"), so no due day.
 */
const DAY_ONLY = re(
  String.raw`\b(?<lead>truoc|${CUTOFF})\s+(?:vao\s+)?ngay\s+(?<day>\d{1,2})(?!\d|\s*[/.-]\s*\d|\s+thang\s+\d)(?:\s+(?:cua\s+)?thang\s+(?:sau|tiep\s+theo|ke\s+tiep)\b)?`,
);
/** "của năm liền kề sau năm báo cáo": the year after the one a report covers, a report due every year. */
const AFTER_REPORT_YEAR = String.raw`(?:cua\s+)?nam\s+(?:lien\s+ke\s+)?(?:sau|tiep\s+theo)\s+(?:cua\s+)?nam\s+bao\s+cao`;
/**
 * "trước ngày 15/12 hằng năm", "ngày 31 tháng 01 hàng năm", "trước 15/01 hằng năm", "trước ngày 15 tháng 02 của năm
 * liền kề sau năm báo cáo": a day of every year.
 */
const YEARLY_DAY = re(
  String.raw`${lead(DATE_CUE)}\b(?:ngay\s+(?<day>\d{1,2})\s*(?:[/.-]|\s+thang\s+)|(?<bareDay>\d{1,2})\s*\/)\s*(?<month>\d{1,2})(?!\s*[/.-]\s*\d)\s+(?:(?:cua\s+)?hang\s+nam|${AFTER_REPORT_YEAR})\b`,
);
/** A day and month: "ngày 15 tháng 6", "15/12", "ngày 31 tháng 12". */
const DAY_MONTH = String.raw`(?:ngay\s+)?\d{1,2}\s*(?:[/.-]|\s+thang\s+)\s*\d{1,2}(?!\s*[/.-]\s*\d)`;
/**
 * "trước ngày 15 tháng 6 và 15 tháng 12 hằng năm", "trước ngày 15/01 và 15/7 hằng năm": several days of every year, a
 * cadence of its own (twice a year is half-yearly; four days a quarter apart are quarterly).
 */
const YEARLY_DAYS = re(
  String.raw`${lead(DATE_CUE)}\bngay\s+(?<days>\d{1,2}\s*(?:[/.-]|\s+thang\s+)\s*\d{1,2}(?:\s*(?:,|va)\s*${DAY_MONTH}){1,11})\s+(?:cua\s+)?hang\s+nam\b`,
);
/**
 * "trước ngày 20/12 của năm trước", "chậm nhất ngày 15/3": a day and month with no year and no recurrence, after a
 * cue that sets a time limit. The year is the one the work belongs to, which the text leaves implicit.
 */
const YEARLESS_DAY = re(
  String.raw`\b(?<lead>truoc|cham\s+nhat(?:\s+la)?|han(?:\s+chot)?(?:\s+la)?|den\s+het)\s+(?:ngay\s+)?(?<day>\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(?<month>\d{1,2})(?!\s*[/.-]\s*\d)(?!\d)(?!\s+nam\s+\d)(?!\s+(?:cua\s+)?(?:hang|moi)\s+(?:nam|thang|quy))(?!\s+${AFTER_REPORT_YEAR})`,
);
/** "trong tháng 12 hằng năm", "vào tháng 6 hàng năm": a month of every year. */
const YEARLY_MONTH = re(
  String.raw`${lead(MONTH_CUE)}\bthang\s+(?<month>\d{1,2})\s+(?:cua\s+)?(?:hang|moi)\s+nam\b`,
);
/** "trong quý I hằng năm", "trước quý IV hàng năm": a quarter of every year. */
const YEARLY_QUARTER = re(
  String.raw`${lead(`${MONTH_CUE}|${BLOCKED}`)}\bqu[yi]\s+(?<q>iv|i{1,3}|[1-4])\s+(?:cua\s+)?(?:hang|moi)\s+nam\b`,
);
/** A document or decision coming out: "được (Chính phủ) ban hành", "được phê duyệt", "có hiệu lực". */
const COMES_OUT = String.raw`(?:duoc(?:\s+[^\s.;:()]+){0,3}?\s+(?:ban\s+hanh|phe\s+duyet|thong\s+qua|ky|cong\s+bo)|co\s+hieu\s+luc(?:\s+thi\s+hanh)?)`;
/** "khi Quyết định … được ban hành", "sau khi Quy trình … được phê duyệt", "khi Nghị định … có hiệu lực". */
const WHEN_ISSUED = re(String.raw`\b(?:ngay\s+)?(?:sau\s+)?khi(?:\s+[^\s.;:()]+){1,30}?\s+${COMES_OUT}\b`);
/** A body's head, folded, right after "khi": "Bộ", "Tổng cục", "Ủy ban", "Sở" (not "so sánh"), "Ban" (not "ban hành"). */
const BODY_AFTER_WHEN = String.raw`bo|tong\s+lien\s+doan|tong\s+cuc|cuc|chinh\s+phu|thu\s+tuong|trung\s+uong|quoc\s+hoi|uy\s+ban|ubnd|ban(?!\s+hanh)|so(?!\s+sanh)`;
/**
 * "(khi Bộ Công an triển khai)", "khi Bộ Y tế có văn bản triển khai", "sau khi Trung ương có hướng dẫn": the work
 * waits for a body above to act. The body's head comes right after "khi", so "khi triển khai thực hiện" (while doing
 * it) is no event.
 */
const WHEN_BODY_ACTS = re(
  String.raw`\b(?:ngay\s+)?(?:sau\s+)?khi(?<tail>\s+(?:${BODY_AFTER_WHEN})(?:\s+[^\s.;:,()]+){0,8}?\s+(?:co\s+(?:van\s+ban|huong\s+dan|chi\s+dao|quy\s+dinh)(?:\s+(?:trien\s+khai|huong\s+dan))?|trien\s+khai|huong\s+dan))\b`,
);
/** A count of days, weeks or months ("07 ngày làm việc", "một tháng", "15 ngày"). */
const SPAN = String.raw`(?<n>\d{1,3}|mot|hai|ba|bay|muoi(?:\s+lam)?|ba\s+muoi)\s+(?<unit>ngay(?:\s+lam\s+viec)?|tuan|thang|gio|phut)`;
/**
 * A time limit counted from an event: "trong thời hạn không quá 7 ngày làm việc, kể từ ngày nhận đủ hồ sơ",
 * "trong vòng 7 ngày làm việc kể từ khi nhận được …", "chậm nhất 15 ngày sau khi …", "sau 15 ngày, nếu …".
 * A bare "trong 3 ngày" may be how long something lasts, so it counts only with "kể từ" / "tính từ"; so does a bare
 * cap ("không quá 30 ngày kể từ ngày nhận Giấy đề nghị, cơ quan … ban hành …").
 */
const WITHIN_SPAN = re(
  String.raw`\b(?:(?<limit>trong\s+(?:thoi\s+han|thoi\s+gian|vong)|(?:cham|muon)\s+nhat(?:\s+la)?|(?:thoi\s+)?han)|(?<bare>trong)|(?<after>sau)|(?<capped>khong\s+qua|toi\s+da)(?=\s+\d))(?:\s+(?:khong\s+qua|toi\s+da))?\s+${SPAN}(?<from>\s*,?\s*(?:ke|tinh)\s+tu\b)?${EVENT_NAME}`,
);
/**
 * "Sau khi dự toán … được cơ quan có thẩm quyền quyết định, Kho bạc …", "Trước khi xem xét nội dung vụ tranh chấp,
 * Hội đồng trọng tài phải …": a clause opening with "sau khi" or "trước khi" sets off what follows it, whatever the
 * event (its own words up to the comma).
 */
const OPENING_EVENT_CLAUSE = re(String.raw`\b(?:sau|truoc)\s+khi(?:\s+[^\s.;:,()]+){1,40}?(?=\s*,)`);
/**
 * "Quyết định thay đổi Thẩm phán … trước khi mở phiên tòa", "Thu gom, xử lý nước thải … trước khi xả ra môi trường",
 * "… giao lại … sau khi hoàn thành công việc": inside the clause, "trước khi" / "sau khi" and what happens still time
 * the work. Not inside a purpose ("…, để có văn bản thống nhất trước khi Ủy ban nhân dân … quyết định …") or a matter
 * named by "việc" ("Thực hiện nghiêm việc nhận xét, đánh giá … trước khi thực hiện công tác quy hoạch"): those time
 * the purpose or the matter, not the work. Nor after a day of the clause ("Ngày 01/8/2024, sau khi nghe … báo cáo"):
 * that tells what happened. The look back stands after the words it guards, so it is tried only where they occur,
 * not at every character of a long passage.
 */
const INNER_EVENT_CLAUSE = re(
  String.raw`\b(?:sau|truoc)\s+khi(?<!(?:\bde(?!\s+(?:nghi|xuat|an|ra|cap|tai|muc)\b)|(?<!cong\s)\bviec|\bngay\s+\d{1,2}\b)\b[^.;:]*)(?:\s+[^\s.;:,()]+){1,12}`,
);
/**
 * "Vào thời điểm xây dựng dự toán ngân sách hằng năm, cơ quan, đơn vị lập …", "Kết thúc năm ngân sách, các cơ quan …":
 * a clause opening with a moment of a cycle or the close of one sets the work at that moment.
 */
const OPENING_MOMENT = re(
  String.raw`\b(?:(?:vao|tai)\s+thoi\s+diem|ket\s+thuc)(?:\s+[^\s.;:,()]+){1,20}?(?:\s+(?:hang|moi)\s+(?<cycle>nam|quy|thang))?(?=\s*,)`,
);
/**
 * "Trước 06 tháng, tính đến ngày viên chức nghỉ hưu", "trước ít nhất 15 ngày, kể từ ngày …": a time ahead of an
 * event, counted back from it.
 */
const AHEAD_OF_EVENT = re(
  String.raw`\btruoc\s+(?:it\s+nhat\s+)?\d{1,3}\s+(?:ngay(?:\s+lam\s+viec)?|tuan|thang|nam)\s*,?\s+(?:tinh\s+den|ke\s+tu|so\s+voi)\s+ngay${EVENT_NAME}`,
);
/** "trước ngày thi ít nhất 45 ngày", "trước ngày khai giảng tối thiểu 15 ngày": a time ahead of a named day. */
const AHEAD_OF_DAY = re(
  String.raw`\btruoc\s+(?<tail>ngay(?:\s+[^\s,;.:()\d]+){1,6}?)\s+(?:it\s+nhat|toi\s+thieu)\s+\d{1,3}\s+(?:ngay(?:\s+lam\s+viec)?|tuan|thang)\b`,
);
/**
 * "thông báo ngay", "gửi ngay kết quả", "ngay sau ngày ban hành", "ngay lập tức": at once, after what happened. Folded,
 * "ngay" is also "ngày" ("báo cáo ngày 20/12"), so the rule holds only where the text writes "ngay".
 */
const AT_ONCE = re(
  String.raw`\b(?:thong\s+bao|bao\s+cao|bao|gui|chuyen|cung\s+cap|tra\s+loi|giao|xu\s+ly|trinh)\s+ngay(?:\s+lap\s+tuc)?(?!\s+(?:ca|tu|tai|trong|khi|sau|\d))\b|\bngay\s+sau\s+ngay\s+[^\s,;.]+(?:\s+[^\s,;.]+){0,3}|\bngay\s+lap\s+tuc\b`,
);
/**
 * "(ngay) trong ngày nhận hồ sơ", "trong ngày nhận được yêu cầu", "trong ngày làm việc tiếp theo": the work is due on
 * the day the papers arrive, or the next working day after it.
 */
const ON_DAY_OF_RECEIPT = re(
  String.raw`\b(?:ngay\s+)?trong\s+(?:cung\s+)?ngay\s+(?:(?:tiep\s+nhan|nhan\s+duoc|nhan)(?<tail>(?:\s+[^\s,;.:()!?"“”]+){1,6})|lam\s+viec\s+(?:tiep\s+theo|ke\s+tiep))`,
);
/**
 * "Trong thời hạn giải quyết hồ sơ, cơ quan đăng ký ghi …": within the time the procedure allows, counted from the
 * papers' arrival.
 */
const WITHIN_PROCEDURE = re(
  String.raw`\btrong\s+(?:thoi\s+han|thoi\s+gian)\s+(?:giai\s+quyet|xu\s+ly|tham\s+dinh)\s+(?:ho\s+so|yeu\s+cau|don|thu\s+tuc)\b`,
);
/** "ngay khi xảy ra", "ngay sau khi có kết quả": as soon as something happens. */
const AS_SOON_AS = re(String.raw`\bngay\s+(?:sau\s+)?khi(?<tail>(?:\s+[^\s,;.:()!?"“”]+){1,8})`);
/**
 * "trình Hội đồng nhân dân tỉnh … tại Kỳ họp thứ Sáu", "báo cáo kết quả … tại kỳ họp cuối năm": a paper laid before a
 * session is due at that session (not "Tại kỳ họp thứ 5, HĐND đã thông qua …", which tells what happened).
 */
const AT_SESSION = re(
  String.raw`(?<=\b(?:trinh(?!\s+bay)|bao cao)\b[^.;:]{0,160})\btai\s+(?:ky\s+hop|phien\s+hop)${EVENT_NAME}`,
);
/**
 * "khi có yêu cầu", "khi được yêu cầu", "nếu có yêu cầu" (closing its clause), "khi nhận được văn bản …", "sau khi
 * có ý kiến thỏa thuận của Bộ Tài chính", "khi phát hiện …", "khi xảy ra sự cố", "khi có tranh chấp", "Khi có người
 * đến lưu trú": the work is due when something arrives or happens (a request, another body's opinion, a finding, an
 * incident, a thing that comes to be), not while something else goes on. "khi có thể", "khi có đủ …", "khi có lý do chính đáng", "khi có một trong
 * các …" say when it may or which case, not what happens.
 * "định kỳ … hoặc đột xuất khi có yêu cầu" is a recurrence with ad-hoc extras: the recurrence is its deadline.
 */
const WHEN_TRIGGERED = re(
  String.raw`(?<!\bdot\s+xuat\s*,?\s*)\b(?:(?:sau\s+)?khi|neu(?=\s+(?:co|duoc)(?:\s+van\s+ban)?\s+(?:yeu\s+cau|de\s+nghi)(?:\s+cua\b|\s*[,.;]|\s*$)))(?<tail>\s+(?:(?:co|duoc)(?:\s+van\s+ban)?\s+(?:yeu\s+cau|de\s+nghi)|co\s+y\s+kien|co(?!\s+(?:the|du|thai|tham|trach|nhu|ket|kha|nhieu|it|ly\s+do|mot\s+trong)\b)|phat\s+hien|xay\s+ra|nhan\s+duoc)(?:\s+[^\s,;.:()!?"“”]+){0,12})`,
);
/**
 * "khi cơ quan, tổ chức, cá nhân có thẩm quyền yêu cầu", "khi Bộ Tài chính đề nghị": a party's request. The party's
 * head comes right after "khi", so "khi thực hiện nhiệm vụ theo yêu cầu" (while doing it) is no event.
 */
const WHEN_PARTY_ASKS = re(
  String.raw`\bkhi(?<tail>\s+(?:${BODY_AFTER_WHEN}|co\s+quan|to\s+chuc|ca\s+nhan|nguoi|toa\s+an|hoi\s+dong|cap\s+tren|chu\s+tich|thu\s+truong|giam\s+doc)(?:,?\s+[^\s.;:()!?"“”]+){0,8}?\s+(?:co\s+)?(?:yeu\s+cau|de\s+nghi)(?!\s+(?:cua|ve|doi)\b))`,
);
/** "Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê": the work runs until something happens. */
const UNTIL_EVENT = re(String.raw`\b(?:cho\s+)?den\s+khi(?<tail>(?:\s+[^\s,;.:()!?"“”]+){1,8})`);

const EVERY: Record<string, Deadline["recurrence"]> = {
  nam: "yearly",
  quy: "quarterly",
  thang: "monthly",
  tuan: "periodic",
};
const MONTHS_OF: Record<string, number> = { thang: 1, quy: 3, nam: 12, tuan: 0 };
const COUNT: Record<string, number> = { mot: 1, hai: 2, ba: 3, sau: 6 };

/** The named cadence of "every n units" (1 month, 3 months, 12 months), else `periodic`. */
function cadence(n: string | undefined, unit: string | undefined): Deadline["recurrence"] {
  const count = n === undefined ? 1 : (COUNT[n] ?? Number(n));
  const months = count * (MONTHS_OF[unit ?? ""] ?? 0);
  if (months === 1) return "monthly";
  if (months === 3) return "quarterly";
  if (months === 12) return "yearly";
  return "periodic";
}

/** What a match contributes (`end`: how far to move the match's end); a rule's `null` means "not here". */
type Found = Pick<Deadline, "kind" | "due" | "recurrence"> & { end?: number };
/** An event with no day to resolve: the rule of a pattern that only says the work waits for something. */
const anEvent = (): Found => ({ kind: "event", due: null, recurrence: null });
type Groups = Record<string, string | undefined>;

interface Scope {
  /** The document's year, for relative forms ("năm nay", "năm tới"). */
  year: number | null;
  /**
   * Whether the period belongs to a noun: a payment just before ("trợ cấp hằng tháng") or a level just after ("kế
   * hoạch sử dụng đất hằng năm cấp huyện"), not to the work.
   */
  ofNoun: boolean;
  /** Whether the match begins a clause (after . ; : or a bullet, or at the start). */
  clauseStart: boolean;
  /** Whether "từ", "kể từ" or "sau" comes just before: "từ đầu năm 2025" starts a period, it does not end one. */
  afterStart: boolean;
}

const date = (due: string | null): Found => ({ kind: "date", due, recurrence: null });
const BLOCKED_LEAD = new RegExp(`^(?:${BLOCKED})$`);
const isBlocked = (cue?: string) => cue !== undefined && BLOCKED_LEAD.test(cue);

/**
 * A form and what it means; `describesReference`: the form also occurs in document titles, ignored there;
 * `namesReference`: the form may contain a document reference ("khi Quyết định số … được ban hành").
 */
interface Rule {
  pattern: RegExp;
  describesReference: boolean;
  namesReference?: boolean;
  /** A word the match must write as given, since folding merges it with another ("ngay" now, "ngày" day). */
  written?: RegExp;
  rule: (groups: Groups, scope: Scope) => Found | null;
}

/**
 * A day that recurs ("trước ngày 25 hằng tháng"): a date with its recurrence and no due day, since the text gives
 * no year (eval/obligations-guideline.md); null when the day does not occur in any of `months`.
 */
const recurringDay = (
  day: string | undefined,
  months: number[],
  recurrence: Deadline["recurrence"],
): Found | null =>
  months.some((m) => isoDay(2000, m, Number(day))) ? { kind: "date", due: null, recurrence } : null;
const ALL_MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const isBlockedDay = (cue: string | undefined, day: string | undefined) =>
  isBlocked(cue) || Number(day) < 1 || Number(day) > 31;

const RULES: Rule[] = [
  {
    pattern: MONTHLY_DAY,
    describesReference: false,
    rule: (g) => (isBlockedDay(g.lead, g.day) ? null : recurringDay(g.day, ALL_MONTHS, "monthly")),
  },
  {
    pattern: QUARTER_DAY,
    describesReference: false,
    rule: (g) => {
      if (isBlockedDay(g.lead, g.day)) return null;
      const offset = (g.which === "cuoi" ? 2 : g.which === "dau" ? 0 : 1) + (g.next ? 3 : 0);
      const months = [1, 4, 7, 10].map((first) => ((first - 1 + offset) % 12) + 1);
      return recurringDay(g.day, months, "quarterly");
    },
  },
  {
    pattern: YEARLY_DAYS,
    describesReference: false,
    rule: (g) => {
      const months = [...(g.days ?? "").matchAll(/(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})/g)].map((m) =>
        Number(m[2]),
      );
      if (isBlocked(g.lead) || months.some((m) => m < 1 || m > 12)) return null;
      const distinct = [...new Set(months)].sort((a, b) => a - b);
      // Evenly spread days recur every 12 / n months: one a year, four a quarter apart, twelve a month apart.
      const every = 12 / distinct.length;
      const apart = distinct.every((m, i) => i === 0 || m - (distinct[i - 1] ?? 0) === every);
      return { kind: "date", due: null, recurrence: apart ? cadence(String(every), "thang") : "periodic" };
    },
  },
  {
    pattern: YEARLY_DAY,
    describesReference: false,
    rule: (g) => {
      const month = Number(g.month);
      const day = g.day ?? g.bareDay;
      // "15/01 hằng năm" without "ngày" is a day only after "trước", "chậm nhất", "đến" …
      if (g.bareDay && !g.lead) return null;
      if (isBlockedDay(g.lead, day) || month < 1 || month > 12) return null;
      return recurringDay(day, [month], "yearly");
    },
  },
  {
    pattern: YEARLESS_DAY,
    describesReference: false,
    rule: (g) => {
      const month = Number(g.month);
      if (isBlockedDay(g.lead, g.day) || month < 1 || month > 12) return null;
      return { kind: "date", due: null, recurrence: null };
    },
  },
  {
    pattern: DAY_ONLY,
    describesReference: false,
    rule: (g) => (isBlockedDay(g.lead, g.day) ? null : date(null)),
  },
  {
    pattern: YEARLY_MONTH,
    describesReference: false,
    rule: (g) => {
      const month = Number(g.month);
      if (isBlocked(g.lead) || month < 1 || month > 12) return null;
      return { kind: "date", due: null, recurrence: "yearly" };
    },
  },
  {
    pattern: YEARLY_QUARTER,
    describesReference: false,
    rule: (g) => (isBlocked(g.lead) ? null : { kind: "date", due: null, recurrence: "yearly" }),
  },
  {
    pattern: EXPLICIT_DAY,
    describesReference: false,
    rule: (g) => {
      const due = g.d
        ? isoDay(+(g.y ?? 0), +(g.m ?? 0), +g.d)
        : isoDay(+(g.ly ?? 0), +(g.lm ?? 0), +(g.ld ?? 0));
      return due ? date(due) : null;
    },
  },
  {
    pattern: MONTH,
    describesReference: true,
    rule: (g) => {
      const m = +(g.first ?? g.m ?? 0);
      return within(g.lead, isoDay(+(g.y ?? 0), m, 1), endOfMonth(+(g.y ?? 0), m));
    },
  },
  {
    pattern: QUARTER,
    describesReference: true,
    rule: (g) => {
      const ranged = g.q2 !== undefined && /[-–]/.test(g.join ?? "");
      const q = quarterNumber((ranged ? g.q2 : g.q) ?? "") ?? 0;
      return within(g.lead, isoDay(+(g.y ?? 0), q * 3 - 2, 1), endOfQuarter(+(g.y ?? 0), q));
    },
  },
  {
    pattern: PART_OF_YEAR,
    describesReference: true,
    rule: (g, s) => {
      const months = +(g.n ?? 0);
      if (months < 1 || months > 12 || (!g.lead && s.afterStart)) return null;
      const year = resolveYear(g.y, s.year);
      if (year === null) return date(null);
      return date(g.part === "dau" ? endOfMonth(year, months) : `${year}-12-31`);
    },
  },
  { pattern: YEAR, describesReference: true, rule: yearRule },
  {
    pattern: PERIOD,
    describesReference: true,
    rule: (g, s) => {
      const [from, to] = [+(g.from ?? 0), +(g.to ?? 0)];
      if (to < from || to - from > 30) return null;
      if (g.lead === "cho" && !g.unit?.startsWith("giai")) return null;
      // "trong hai năm 2012 - 2013" bounds the action; a bare "năm 2012 - 2013" names a period.
      if (/nam$/.test(g.unit ?? "") && !g.lead) return null;
      if (!g.lead && !s.clauseStart) return null;
      return { kind: "period_end", due: `${to}-12-31`, recurrence: null };
    },
  },
  {
    pattern: OPEN_TERM,
    describesReference: true,
    rule: () => ({ kind: "period_end", due: null, recurrence: null }),
  },
  { pattern: EVENT, describesReference: false, rule: (g) => eventRule(g) },
  {
    pattern: WHEN_ISSUED,
    describesReference: false,
    namesReference: true,
    rule: anEvent,
  },
  { pattern: WHEN_BODY_ACTS, describesReference: false, rule: anEvent },
  { pattern: AS_SOON_AS, describesReference: false, rule: (g, s) => eventRule(g, s, true) },
  { pattern: WITHIN_PROCEDURE, describesReference: false, rule: anEvent },
  { pattern: ON_DAY_OF_RECEIPT, describesReference: false, rule: anEvent },
  { pattern: UNTIL_EVENT, describesReference: false, rule: (g, s) => eventRule(g, s, true) },
  { pattern: WHEN_TRIGGERED, describesReference: false, rule: (g, s) => eventRule(g, s, true) },
  { pattern: WHEN_PARTY_ASKS, describesReference: false, rule: (g, s) => eventRule(g, s, true) },
  { pattern: AHEAD_OF_EVENT, describesReference: false, rule: (g) => eventRule(g) },
  { pattern: AHEAD_OF_DAY, describesReference: false, rule: anEvent },
  { pattern: AT_SESSION, describesReference: false, rule: (g) => eventRule(g) },
  {
    pattern: AT_ONCE,
    describesReference: false,
    written: /(?<!\p{L})ngay(?!\p{L})/iu,
    rule: anEvent,
  },
  {
    pattern: OPENING_EVENT_CLAUSE,
    describesReference: false,
    namesReference: true,
    rule: (_, s) => (s.clauseStart ? { kind: "event", due: null, recurrence: null } : null),
  },
  {
    pattern: INNER_EVENT_CLAUSE,
    describesReference: false,
    namesReference: true,
    rule: (_, s) => (s.clauseStart ? null : { kind: "event", due: null, recurrence: null }),
  },
  {
    pattern: OPENING_MOMENT,
    describesReference: false,
    namesReference: true,
    // "… dự toán ngân sách hằng năm": the moment of a yearly cycle comes back every year.
    rule: (g, s) =>
      s.clauseStart ? { kind: "event", due: null, recurrence: EVERY[g.cycle ?? ""] ?? null } : null,
  },
  {
    pattern: WITHIN_SPAN,
    describesReference: false,
    rule: (g, s) => {
      if (g.from) return eventRule(g);
      // "sau 15 ngày, nếu không có khiếu nại thì …" opens a clause; "sau 06 tháng thực hiện" looks back.
      if (g.after) return s.clauseStart && !/thang|gio|phut/.test(g.unit ?? "") ? spanOnly(g) : null;
      return g.limit ? spanOnly(g) : null;
    },
  },
  {
    pattern: CONTINUOUS,
    describesReference: false,
    rule: () => ({ kind: "continuous", due: null, recurrence: null }),
  },
  {
    pattern: RECURRENCE,
    describesReference: true,
    rule: (g, s) =>
      s.ofNoun
        ? null
        : {
            kind: "none",
            due: null,
            // "hằng tháng, quý, 6 tháng": several cadences are none of them alone.
            recurrence: g.more
              ? "periodic"
              : g.n
                ? cadence(g.n, g.unit)
                : (EVERY[g.dk ?? g.every ?? g.each ?? g.last ?? ""] ?? "periodic"),
          },
  },
  {
    pattern: FILED_BY_PERIOD,
    describesReference: true,
    namesReference: true,
    // Folded, "theo quý" is "theo quy định": the period must be written with its marks.
    written: /theo\s+(?:tháng|quý|năm)(?!\p{L})/iu,
    rule: (g) => ({ kind: "none", due: null, recurrence: EVERY[g.per ?? ""] ?? null }),
  },
  {
    pattern: EVERY_N,
    describesReference: true,
    rule: (g) => ({ kind: "none", due: null, recurrence: cadence(g.n, g.unit) }),
  },
  {
    pattern: TIMES_PER,
    describesReference: true,
    // Once a period is that period's cadence; twice a month or twice a year is none of the named ones.
    rule: (g) => ({
      kind: "none",
      due: null,
      recurrence: (COUNT[g.times ?? ""] ?? Number(g.times)) === 1 ? cadence(undefined, g.unit) : "periodic",
    }),
  },
  {
    pattern: PART_AND_YEAR,
    describesReference: true,
    rule: (g) => ({ kind: "none", due: null, recurrence: cadence(g.n, "thang") }),
  },
];

/** "trong tháng 6/2024" → the period's last day; "trước tháng 6/2024" → the day before it starts. */
function within(cue: string | undefined, first: string | null, last: string | null): Found | null {
  if (!first || !last || isBlocked(cue)) return null;
  return date(cue === "truoc" ? dayBefore(first) : last);
}

function yearRule(g: Groups, s: Scope): Found | null {
  const { lead: cue, pos, y } = g;
  if (pos === "giua" || (!cue && s.afterStart)) return null;
  // "Đến cuối năm, …", and "Cuối năm, báo cáo …" opening its clause: the end of the document's year.
  if (!y)
    return (cue || s.clauseStart) && (pos === "cuoi" || pos === "het")
      ? date(s.year ? `${s.year}-12-31` : null)
      : null;
  if (!cue && !pos && !(s.clauseStart && /^(?:\d{4}|nay|toi)$/.test(y))) return null;
  const year = resolveYear(y, s.year);
  if ((cue === "den" || cue === "toi") && !pos) {
    return { kind: "period_end", due: year === null ? null : `${year}-12-31`, recurrence: null };
  }
  if (year === null) return date(null);
  if (pos === "dau") return date(cue === "truoc" ? `${year - 1}-12-31` : `${year}-03-31`);
  return date(cue === "truoc" && !pos ? `${year - 1}-12-31` : `${year}-12-31`);
}

/** Words that end a "ngay khi …" clause and start the main one ("ngay khi xảy ra thì báo cáo"). */
const CLAUSE_STOP = /^(?:thi|va|can|phai|bao|de)$/;

/**
 * Trims the event's name: stop at a new predicate, end after the last term marker (years, "lần thứ X");
 * `clause`: the event is a clause ("ngay khi xảy ra"), which also ends at "thì", "và", "cần".
 */
function eventRule(g: Groups, _scope?: Scope, clause = false): Found {
  const tail = g.tail ?? "";
  const tokens = [...tail.matchAll(/\S+/g)];
  let keep = tokens.length;
  const stop = tokens.findIndex(
    (t, i) =>
      /^(?:de|nham|theo|phai)$/.test(t[0]) ||
      (clause && CLAUSE_STOP.test(t[0])) ||
      // "… kể từ ngày người lao động xuất cảnh và trước ngày 20 hằng tháng": a second deadline starts.
      (/^(?:truoc|cham)$/.test(t[0]) && /^(?:ngay|nhat|\d)/.test(tokens[i + 1]?.[0] ?? "")),
  );
  if (stop >= 0) keep = stop;
  while (keep > 0 && /^(?:va|hoac)$/.test(tokens[keep - 1]?.[0] ?? "")) keep--;
  let marker = -1;
  for (let i = 0; i < keep; i++) {
    const t = tokens[i][0];
    if (/^\d{4}(?:[-–]\d{4})?$/.test(t)) marker = i;
    if ((t === "khoa" || (t === "thu" && tokens[i - 1]?.[0] === "lan")) && i + 1 < keep) marker = i + 1;
  }
  if (marker >= 0) keep = marker + 1;
  const cut = keep === 0 ? 0 : (tokens[keep - 1].index ?? 0) + tokens[keep - 1][0].length;
  return { kind: "event", due: null, recurrence: null, end: cut - tail.length };
}

/** A time limit without its event: the phrase ends after the span ("trong thời hạn 30 ngày"). */
const spanOnly = (g: Groups): Found => ({
  kind: "event",
  due: null,
  recurrence: null,
  end: -(g.tail?.length ?? 0),
});

/** Kinds of document, capitalised as when they name one document ("Chương trình", "Đề án", "Kế hoạch"…). */
const NAMED_DOCUMENT =
  /(?<![\p{L}\p{N}])(?:Chương trình|Đề án|Kế hoạch|Chiến lược|Quy hoạch|Dự án|Nghị quyết|Chỉ thị|Kết luận|Quyết định|Luật|Pháp lệnh|Thông tư|Nghị định|Hướng dẫn|Quy định)(?= \S)/gu;
/** Where an unnumbered title ends: punctuation, except a comma before "tầm nhìn" / "định hướng". */
const TITLE_END = /[;:()!?]|[.…](?=\s|$)|,(?!\s*(?:tam nhin|dinh huong))/;

/** Spans of document references (number and date) and of their descriptions (to the next ; or sentence end). */
function referenceZones(view: MatchableText): {
  spans: [number, number][];
  descriptions: [number, number][];
  names: [number, number][];
} {
  const spans: [number, number][] = [];
  const descriptions: [number, number][] = [];
  const names: [number, number][] = [];
  const dateAfter = new RegExp(String.raw`\s*,?\s*${DAY}`, "y");
  // A document named without a number ("thực hiện Chương trình … giai đoạn 2021-2025"): a capitalised kind of
  // document inside a clause starts a title, which runs to the next punctuation ("…, tầm nhìn đến" continues it).
  for (const m of view.nfc.matchAll(NAMED_DOCUMENT)) {
    const start = m.index;
    if (atClauseStart(view.folded.slice(Math.max(0, start - 10), start), start)) continue;
    const stop = TITLE_END.exec(view.folded.slice(start));
    names.push([start, stop ? start + stop.index : view.nfc.length]);
  }
  for (const ref of extractReferences(view.nfc)) {
    for (let i = view.nfc.indexOf(ref.number); i >= 0; i = view.nfc.indexOf(ref.number, i + 1)) {
      let end = i + ref.number.length;
      dateAfter.lastIndex = end;
      const m = dateAfter.exec(view.folded);
      if (m) end += m[0].length;
      spans.push([i, end]);
      const stop = /;|[.!?…](?=\s+["“(]?[\p{Lu}\d]|\s*$)|\n/u.exec(view.nfc.slice(end));
      descriptions.push([end, stop ? end + stop.index : view.nfc.length]);
    }
  }
  return { spans, descriptions, names };
}

/** A time led by a limit, folded: "trong tháng 01 năm 2025", "trước quý III/2025", "chậm nhất ngày …". */
const CUED_TIME = /^(?:trong|truoc|cham nhat|muon nhat)\b/;
/** What follows a phrase that ends its sentence or clause, folded. */
const CLOSES_SENTENCE = /^\s*(?:[.;]|$)/;
/** A verb of finishing right before a time, folded: "hoàn thành trong năm 2025", "xong trước …". */
const FINISHES = /\b(?:hoan thanh|xong|ket thuc)\s+$/;

/** The ten characters `before` a match end where a clause starts: the text's start, . ; : ! ? or a bullet. */
const atClauseStart = (before: string, start: number) =>
  /[.;:!?\n+•*–—-]\s*$/.test(before) || (start === before.length && /^\s*$/.test(before));
const AFTER_START = /\b(?:tu|ke\s+tu|sau)\s+$/;
/** A level of government right after a period: "kế hoạch sử dụng đất hằng năm cấp huyện" names a kind of plan. */
const LEVEL_AFTER = /^\s+cap\s+(?:tinh|huyen|xa|quan|thanh\s+pho|trung\s+uong|co\s+so)\b/;
/**
 * Periodic payments: a recurrence right after one is the payment's ("trợ cấp hằng tháng", "lương hàng tháng", "tiền
 * thuê đất hằng năm").
 */
const PAYMENT =
  /\b(?:tro cap|phu cap|luong|tien tuat|tuat|tien (?:thue|su dung)|sinh hoat phi|thu nhap|dinh suat|tien an|chi tra)(?:\s+[^\s,;.]+){0,3}\s+$/;

/**
 * Every deadline-like phrase in the text, in order: dates, period ends, events, continuous cues and
 * recurrences. Dates of referenced documents and periods in their titles are left out.
 *
 * @example
 * findDeadlinePhrases("Trước ngày 31/12/2024 và hàng năm, rà soát quy hoạch", { documentDate: null })
 * // [{ kind: "date", due: "2024-12-31", recurrence: null, text: "Trước ngày 31/12/2024", start: 0, end: 21 },
 * //  { kind: "none", due: null, recurrence: "yearly", text: "hàng năm", start: 25, end: 33 }]
 */
export function findDeadlinePhrases(text: string, context: DeadlineContext): DeadlinePhrase[] {
  const view = matchable(text);
  const year = yearOf(context.documentDate);
  const zones = referenceZones(view);
  const inName = (at: number) => zones.names.some(([s, e]) => at >= s && at < e);
  const candidates: { start: number; end: number; found: Found }[] = [];
  for (const { pattern, describesReference, namesReference, written, rule } of RULES) {
    for (const m of view.folded.matchAll(pattern)) {
      const start = m.index;
      const matchEnd = start + m[0].length;
      if (written && !written.test(view.nfc.slice(start, matchEnd))) continue;
      if (!namesReference && overlaps(zones.spans, start, matchEnd)) continue;
      // "… tại Quyết định số 1015/QĐ-TTg … theo đúng lộ trình được giao hoàn thành trong năm 2025": a time that a
      // verb of finishing leads is the work's, though the words after a cited document otherwise describe it.
      // So is a cued time that closes the sentence ("… xây dựng kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Chương
      // trình hành động của Chính phủ trong tháng 01 năm 2025."): a title names its period without "trong / trước".
      if (
        describesReference &&
        zones.descriptions.some(([s, e]) => start >= s && start < e) &&
        !FINISHES.test(view.folded.slice(Math.max(0, start - 20), start)) &&
        !(CUED_TIME.test(m[0]) && CLOSES_SENTENCE.test(view.folded.slice(matchEnd)))
      )
        continue;
      // A named subject ("khi Quy trình … được ban hành") is free text: only the grammar's own words are checked.
      const checked = namesReference ? "" : view.nfc.slice(start, matchEnd - (m.groups?.tail?.length ?? 0));
      if (!spelledAsGrammar(checked)) continue;
      const before = view.folded.slice(Math.max(0, start - 10), start);
      const scope = {
        year,
        ofNoun:
          PAYMENT.test(view.folded.slice(Math.max(0, start - 40), start)) ||
          LEVEL_AFTER.test(view.folded.slice(matchEnd, matchEnd + 20)),
        // "Trường hợp …, thì sau khi hoàn thành lấn biển …, chủ đầu tư … phải …": "thì" opens the main clause too.
        clauseStart: atClauseStart(before, start) || /(?:^|\s)thi\s+$/.test(before),
        afterStart: AFTER_START.test(before),
      };
      // "… đã mất trước ngày 18/2/2000": "đã" marks something that happened before the day, not a time limit.
      if (/^truoc\b/.test(m[0]) && DONE_BEFORE.test(view.folded.slice(Math.max(0, start - 30), start)))
        continue;
      const found = rule(m.groups ?? {}, scope);
      // A period or end year inside an unnumbered title ("Chương trình … giai đoạn 2021-2025") is the title's; one
      // that a standard or rule applies for ("chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016 - 2020") is
      // the standard's.
      if (found && found.kind === "period_end" && (inName(start) || APPLIED_FOR.test(before))) continue;
      if (found) candidates.push({ start, end: matchEnd + (found.end ?? 0), found });
    }
  }
  // Earlier first, longer first at the same start; a phrase overlapping a kept one is dropped.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const phrases: DeadlinePhrase[] = [];
  let covered = 0;
  for (const { start, end, found } of candidates) {
    if (start < covered) continue;
    covered = end;
    const [from, to] = [view.original(start), view.original(end)];
    const phrase = text.slice(from, to);
    const due = found.kind === "event" ? (context.events?.resolve(phrase) ?? null) : found.due;
    // A day before the document was written is history ("thương binh được công nhận trước ngày 31/12/1993",
    // "tham gia kháng chiến trong giai đoạn 1974 - 1975"), not a deadline; it still hides what it spans.
    if (due && context.documentDate && due < context.documentDate && !context.keepPast) continue;
    phrases.push({ kind: found.kind, due, recurrence: found.recurrence, text: phrase, start: from, end: to });
  }
  return phrases;
}

/** "áp dụng" just before a period: the span a standard or rule applies for. */
const APPLIED_FOR = /\bap\s+dung\s+$/;

/** "đã" and up to two words just before a cue: a completed event. */
const DONE_BEFORE = /\bda(?:\s+[^\s,;.:]+){1,2}\s+$/;

const overlaps = (spans: [number, number][], start: number, end: number) =>
  spans.some(([s, e]) => start < e && end > s);

const RANK: Record<DeadlineKind, number> = { date: 4, period_end: 3, event: 2, continuous: 1, none: 0 };
/** What may stand between two phrases that are one deadline: "Trước ngày 31/12/2024 và hàng năm". */
const JOINER = /^[\s,(]*(?:(?:va|hoac|va\/hoac)[\s,]*)?$/;

/**
 * The one deadline of a text (a sentence or a few sentences). The strongest kind wins (date > period_end >
 * event > continuous > none); phrases joined by "và", "hoặc" or a comma count as one, spanning `text` and
 * giving the earliest resolvable `due`. A recurrence anywhere in the text is kept; with no kind it gives
 * `{ kind: "none", recurrence, text: "" }`.
 *
 * @example
 * deadlineOf("Từ nay đến cuối năm và đầu năm 2025 chuẩn bị cho Đại hội", { documentDate: "2024-06" })
 * // { kind: "date", due: "2024-12-31", recurrence: null, text: "Từ nay đến cuối năm và đầu năm 2025" }
 */
export function deadlineOf(text: string, context: DeadlineContext): Deadline {
  const phrases = findDeadlinePhrases(text, context);
  if (phrases.length === 0) return { kind: "none", due: null, recurrence: null, text: "" };
  const groups: DeadlinePhrase[][] = [];
  for (const phrase of phrases) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    const gap = previous ? matchable(text.slice(previous.end, phrase.start)).folded : null;
    if (group && gap !== null && JOINER.test(gap)) group.push(phrase);
    else groups.push([phrase]);
  }
  const kind = phrases.reduce<DeadlineKind>((k, p) => (RANK[p.kind] > RANK[k] ? p.kind : k), "none");
  const earliest = (group: DeadlinePhrase[]) =>
    group.reduce<string | null>((min, p) => (p.due && (!min || p.due < min) ? p.due : min), null);
  let chosen: DeadlinePhrase[] | null = null;
  for (const group of groups) {
    if (!group.some((p) => p.kind === kind)) continue;
    const due = earliest(group);
    const best = chosen ? earliest(chosen) : null;
    if (!chosen || (due && (!best || due < best))) chosen = group;
  }
  const main = chosen ?? [phrases[0]];
  // "định kỳ trước ngày 15 tháng 02 hàng năm": the named cadence says more than "định kỳ" alone.
  const cadenceOf = (list: DeadlinePhrase[]) =>
    (list.find((p) => p.recurrence && p.recurrence !== "periodic") ?? list.find((p) => p.recurrence))
      ?.recurrence ?? null;
  const recurrence = cadenceOf(main) ?? cadenceOf(phrases);
  const first = main[0];
  const last = main[main.length - 1];
  // A recurrence alone sets no kind, and a `none` deadline has no text (the guideline's gold does the same).
  let end = last.end;
  // "định kỳ hàng quý (trước ngày 20 tháng cuối quý)": a parenthesis opened inside the phrase closes with it.
  if (text.slice(first.start, end).includes("(") && /^\s*\)/.test(text.slice(end)))
    end = text.indexOf(")", end) + 1;
  const written = kind === "none" ? "" : text.slice(first.start, end);
  return { kind, due: earliest(main), recurrence, text: written };
}

/** A time field's value that opens with "khi", "ngay khi" or "sau khi", up to its end or first stop. */
const WHEN_FIELD = /^(?:(?:ngay |sau )?khi|sau|kết thúc)\s[^.;]*[^.;\s]/iu;

/** Read before a time field's value, so a bare date in it is read as cued ("15/01/2021" → "hạn 15/01/2021"). */
const FIELD_CUE = "hạn ";
/** A field value that is only a year ("2025") or a month and year ("12/2025"). */
const BARE_TIME = /^\s*(?:c[ảa]\s+n[ăa]m\s+)?(?:(\d{1,2})\s*\/\s*)?((?:19|20)\d{2})\s*[.;]?\s*$/iu;

/** "2025", "12/2025" or "Cả năm 2025" alone in a time column: due at the end of that year or month, as "Năm 2025" would be. */
function bareTime(value: string, context: DeadlineContext): Deadline | null {
  const m = BARE_TIME.exec(value);
  if (!m) return null;
  const spelled = m[1] ? `tháng ${Number(m[1])} năm ${m[2]}` : `năm ${m[2]}`;
  const read = deadlineOf(spelled, context);
  return read.kind === "none" ? null : { ...read, text: value.trim() };
}

/**
 * The deadline in the value of a field whose label or column says it is a time ("Thời gian: 15/01/2021",
 * "Thời hạn hoàn thành: Quý I/2021", "Tiến độ: Hằng tháng"): the value is a deadline even without a cue word,
 * so a bare day, month, quarter or year counts. `text` stays a slice of the value.
 *
 * @example
 * deadlineOfField("15/01/2021", { documentDate: null })
 * // { kind: "date", due: "2021-01-15", recurrence: null, text: "15/01/2021" }
 */
export function deadlineOfField(value: string, dated: DeadlineContext): Deadline {
  // "Thời gian hoàn thành: Trước ngày 15/11/2025" in a plan signed on 21/11/2025 is still that item's deadline: a
  // time field holds no history.
  const context = { ...dated, keepPast: true };
  const bare = bareTime(value, context);
  if (bare) return bare;
  const direct = deadlineOf(value, context);
  if (direct.kind !== "none") return direct;
  const cued = deadlineOf(FIELD_CUE + value, context);
  // "Thời hạn: Khi có phát sinh.": a time field that names a happening is due when it happens.
  const when = WHEN_FIELD.exec(value);
  if (cued.kind === "none" && when) return { kind: "event", due: null, recurrence: null, text: when[0] };
  if (cued.kind === "none") return direct;
  const text = cued.text.startsWith(FIELD_CUE) ? cued.text.slice(FIELD_CUE.length) : cued.text;
  return { ...cued, recurrence: cued.recurrence ?? direct.recurrence, text };
}
