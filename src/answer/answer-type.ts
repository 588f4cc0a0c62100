import { isSyllable } from "../language/vietnamese-text.ts";
import { findDeadlinePhrases } from "../obligations/deadline-grammar.ts";
import { fold, hasDiacritics, normalize } from "../search/vietnamese-analyzer.ts";
import { ASKS, askingSentences } from "./asking-sentences.ts";
import { daysOfYear } from "./day-of-year.ts";
import { blankDocumentReferences } from "./document-reference.ts";
import { bodyKey, namedPlaces } from "./question-entities.ts";

/**
 * A time allowed, as procedures state it: "Thời hạn giải quyết: 10 ngày làm việc", "trong 05 ngày làm việc",
 * "15 ngày kể từ ngày nhận đủ hồ sơ".
 */
const TIME_ALLOWED =
  /\b(?:thoi\s+han|thoi\s+gian)[^:.;]{0,40}:\s*(?:khong\s+qua\s+)?\d+\s+(?:ngay|thang|tuan|gio)\b|\btrong(?:\s+(?:thoi\s+han|vong|thoi\s+gian))?(?:\s+khong\s+qua)?\s+\d+\s+(?:ngay|thang|tuan|gio)\b|\b\d+\s+ngay(?:\s+lam\s+viec)?\s*,?\s*(?:ke\s+tu|tu\s+ngay|sau\s+khi)\b/;
/** A deadline finer than a year ("ngày 31/8", "tháng 6/2013", "05 ngày làm việc"), folded: what "trước ngày nào" asks. */
const WITHIN_MONTH = /\b(?:ngay|thang|tuan|gio)\b|\d\s*[/-]\s*\d/i;
/** Deadlines that set a time to act by: a date, the end of a period, a count from an event. */
const DEADLINE_KINDS = new Set(["date", "period_end", "event"]);

/** "vào thứ mấy", "thứ mấy hằng tuần", "tuần … thứ mấy", folded: a day of the week is asked. */
const WEEKDAY_ASK = /\bvao thu may\b|\bthu may (?:hang|moi|trong) tuan\b|\btuan\b.*\bthu may\b/;
/** A day of the week as texts write it, folded: "thứ Sáu", "thứ 6", "Chủ nhật". */
const WEEKDAY = /\b(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\b/;

/**
 * The type of fact a question asks for: a figure, a date (or period, or recurrence), a party, or the number of a
 * document of a named kind ("báo cáo … số mấy", "Thông tư … có số hiệu gì").
 */
export type FactKind =
  | "number"
  | "date"
  | "party"
  | "docNumber"
  | "place"
  | "papers"
  | "choice"
  | "formula"
  | "reason";

export interface AskedFact {
  kind: FactKind;
  /** "mẫu số mấy", "điều số mấy": the folded noun whose label is asked ("mau"); a sentence must label one. */
  label?: string;
  /**
   * "giấy khai tử … theo mẫu số mấy": the paper whose form is asked, its noun and the word after, folded ("giay khai");
   * a form labelled for another paper ("giấy chứng nhận … (Mẫu số 02)") does not answer it.
   */
  labelOf?: string;
  /** "mấy ngày làm việc": a count of working days, which "15 ngày" (calendar days) does not give. */
  workingDays?: boolean;
  /** For a choice ("tiền mặt hay hiện vật"): the two options, folded; a sentence must write one. */
  options?: [string, string];
  /** "lần thứ mấy", "khóa mấy": an ordinal, which may be a Roman numeral ("Đại hội XIII"). */
  ordinal?: boolean;
  /** "báo cáo hằng tuần vào thứ mấy": a day of the week, which only a weekday ("thứ Sáu", "thứ 6") gives. */
  weekday?: boolean;
  /**
   * A party that acts ("do ai quyết định", "cơ quan nào chi trả"): a body or an office holder, not the people a rule
   * is about ("thương binh", "đối tượng").
   */
  agent?: boolean;
  /**
   * "bộ nào", "sở nào", "cục nào": the kind of body asked, as the text writes its name ("Bộ", "Sở"); a body of another
   * kind ("… theo quy định của Chính phủ") does not answer it.
   */
  body?: string;
  /** "do ai quyết định": the first word of the act whose agent is asked, folded ("quyet"); the text must write it. */
  act?: string;
  /** "… là ai?", "ai là …": a person, named, is asked ("Nguyễn Thiện Nhân"), not a body. */
  person?: boolean;
  /** "hội nghị tổ chức tại địa điểm nào": where an event is held, which a sentence says with "tại …" or a venue. */
  venue?: boolean;
  /** "từ năm nào": a year is asked, which a day and month alone ("ngày 27 tháng 7") do not give. */
  year?: boolean;
  /**
   * "ngày nào", "ngày tháng năm nào": a calendar day is asked, not a period or a count of days from an event. "yearly"
   * for "ngày nào hằng năm": a day of the year, which a date of one year ("30 tháng 5 năm 2013") does not give.
   * "monthly" for "ngày nào hằng tháng": a day of the month ("trước ngày 10 hằng tháng"), which a date does not give.
   */
  day?: true | "yearly" | "monthly";
  /**
   * "NĐ hiệu lực từ 19/5/2012, vậy hưởng từ ngày nào": the days the question itself writes ("2012-5-19"); a sentence
   * that gives only those repeats the premise, not the day asked.
   */
  givenDays?: string[];
  /** "tính từ ngày nào", "áp dụng từ ngày nào": the day a rule starts to hold, which no cited document's date gives. */
  start?: true;
  /**
   * "vào dịp nào", "tháng nào trong năm": a point in the year is asked (a month, a day, an occasion), which a cadence
   * ("mỗi năm một lần", "01 năm") does not give. "yearly" when it recurs ("trong năm", "hằng năm"): a date of a
   * given year ("ngày 01 tháng 01 năm 1945") is then no answer.
   */
  point?: true | "yearly";
  /** "mấy tháng một lần": a cadence is asked; "định kỳ … theo quy định" with no period does not give one. */
  cadence?: boolean;
  /** "khi nào" with no time limit asked: a case or condition answers it as well as a date. */
  condition?: boolean;
  /**
   * "giai đoạn nào", "trong khoảng thời gian nào": a span of time is asked, which a span of years ("2019-2021") or a
   * "từ … đến …" between days, months, years or events answers; the spans the question writes itself are given.
   */
  span?: string[];
  /**
   * A time limit for doing something ("hạn chót", "thời hạn", "chậm nhất", "trước ngày nào"): answered by a deadline
   * the deadline grammar reads (a date to act by, a period, a count of days from an event), not by any date.
   */
  deadline?: boolean;
  /**
   * "trước ngày nào", "hạn chót ngày mấy": a day to act by is asked, which the end of a year or quarter ("trong năm
   * 2013") does not give.
   */
  deadlineDay?: boolean;
  /**
   * "trước ngày nào hằng năm": a day asked of every year, which a one-off date ("trước ngày 31 tháng 12 năm 2025")
   * does not give. Not "rà soát hằng năm, báo cáo chậm nhất khi nào": there the work recurs, the time asked may not.
   */
  deadlineYearly?: boolean;
  /**
   * The papers whose submission's deadline is asked ("hạn chót nộp hồ sơ"): a limit counted from their receipt ("20
   * ngày làm việc, kể từ ngày nhận đủ hồ sơ") is the next step's, not the submitter's.
   */
  submitted?: string;
  /** What the figure measures when the question says: money, a ratio, a length of time. */
  measure?: "money" | "ratio" | "duration" | "area" | "coefficient" | "length";
  /**
   * Figures the question itself gives ("ngoài mức 200.000 đồng", "thương binh 81%"): a sentence that only repeats
   * them tells the user nothing they did not type.
   */
  given?: string[];
  /** "tổng cộng bao nhiêu tỷ đồng": a sum asked, which a rate per person or per item ("đồng/01 mẫu") does not give. */
  total?: boolean;
  /**
   * "hằng tháng", "mỗi năm": the period an amount asked is paid for; an amount written for another period
   * ("500.000 đồng/suất/lần") does not answer it.
   */
  period?: "thang" | "nam";
  /**
   * "bao nhiêu đồng/km", "bao nhiêu một mẫu": the unit an amount asked is counted per ("km", "mau"), folded; an amount
   * written per nothing or per another unit does not answer it.
   */
  per?: string;
  /**
   * "tối đa mấy lần trong một năm": the period a count of times is asked for ("nam"), folded; "điều trị một lần tại bệnh
   * viện" counts a case, not how often in a year.
   */
  timesPer?: TimesPeriod;
  /**
   * "hỗ trợ tiền tàu xe bao nhiêu": what the money asked is for ("tau xe"), folded; a passage that never names it
   * (with its headings) gives an amount for something else ({@link namesItem}).
   */
  item?: string;
  /** For a rate: the folded question, to tell whose rate a sentence's "tỷ lệ X … N%" is. */
  asked?: string;
  /** The question asks the value of a wage base itself ("mức lương tối thiểu chung là bao nhiêu"): an amount counted
   * in that wage ("01 tháng lương tối thiểu chung") does not answer it. */
  wageBase?: true;
  /**
   * The noun a "bao nhiêu …" question counts, folded ("huyen" in "bao nhiêu huyện"); "" when none. For a
   * document number, the folded kind of the document whose number is asked ("bao cao").
   */
  counted: string;
  /**
   * "quy hoạch cán bộ …, nộp mấy bộ": the words the question writes before the counted syllable elsewhere, folded
   * ("can"), with which it makes another word; "Một cán bộ" counts no "bộ".
   */
  compounds?: string[];
  /** "bao nhiêu tỷ đồng": a sum asked in a currency, which a share ("79,5% dự toán") does not give. */
  inCurrency?: true;
  /** "… gồm những cơ quan nào": bodies named, which "các cơ quan, đơn vị" is not. */
  members?: true;
  /**
   * "giải quyết trong bao nhiêu ngày": a time limit for an act; "từ bảy ngày trở lên" bounds a case, it is no limit.
   */
  limit?: true;
  /**
   * "dung lượng tối đa bao nhiêu GB": the bound asked, an upper ("max") or a lower ("min") one. A figure the text
   * bounds the other way ("tối thiểu 02 GB") does not give it.
   */
  bound?: "max" | "min";
  /** The counted noun with the word after it, folded ("doi tuong", "can nha"): a noun of two syllables. */
  phrase?: string;
  /** How the answer names the missing fact: "số tiền", "tỷ lệ", "số huyện", "thời hạn", "đơn vị thực hiện". */
  name: string;
}

/** The bound written before "bao nhiêu" / "mấy", folded: "tối đa bao nhiêu", "ít nhất mấy". */
function boundAsked(q: string): { bound?: "max" | "min" } {
  const m =
    /\b(toi da|khong qua|khong vuot qua|nhieu nhat|toi thieu|it nhat|thap nhat)(?: (?:la|bang|duoc))? (?:bao nhieu|may)\b/.exec(
      q,
    );
  if (!m) return {};
  return { bound: /^(?:toi thieu|it nhat|thap nhat)$/.test(m[1] ?? "") ? "min" : "max" };
}

/** A figure bounded the other way than the one asked, by the words just before it (folded). */
const OTHER_BOUND = {
  max: /\b(?:toi thieu|it nhat|thap nhat|tu)\s*$/,
  min: /\b(?:toi da|khong qua|khong vuot qua|nhieu nhat|duoi)\s*$/,
};

/** Words after "bao nhiêu" that count nothing ("là bao nhiêu", "bao nhiêu rồi"). */
const NOT_COUNTED = new Set(
  (
    "la roi vay the nhi a ha thi nua ca con duoc de theo cho o tai trong ve tu den moi nhu khi neu vao sau truoc " +
    "bang va voi ma hay hoac co khong mot moi len xuong"
  ).split(" "),
);
/** The same words as written with their accents: "thẻ", "con", "cá" are nouns, "thế", "còn", "cả" are not. */
const NOT_COUNTED_WRITTEN = new Set(
  (
    "là rồi vậy thế nhỉ à ạ nhé nha hả thì nữa cả còn được để theo cho ở tại trong về từ đến mỗi như khi nếu vào sau trước " +
    "bằng và với mà hay hoặc có không một mới lên xuống"
  ).split(" "),
);
/** Units of money and proportion: a figure of any noun answers them. */
const MEASURES = new Set(["tien", "phan", "ty", "trieu", "nghin", "ngan", "kinh"]);
/** Nouns that make folded "may" the word "máy" (machine), not "mấy" (how many). */
const MACHINE = /\b(?:xe|nha|bo|thiet bi|dong|cai|chay) may\b|\bmay (?:tinh|moc|man|mac|bay|chieu|in|anh)\b/;

/** Every form below runs on folded text: questions are often typed without diacritics. */
const NUMBER_ASK = [
  /\bbao nhieu\b/,
  /\bbao lau\b/,
  /\b(?:ty le|phan tram|so luong)\b/,
  // "mục tiêu", "mức độ", "mức sống" (a standard of living, not an amount).
  /\bmuc (?!do\b|tieu\b|dich\b|song\b|nay\b|do\b|ay\b|kia\b|\d)[a-z]+(?: [a-z]+){0,5} (?:la )?(?:bao nhieu|la gi|the nao|ra sao)\b/,
];
/** "mức hỗ trợ (được) tính thế nào": asks how it is reckoned, which a rule in words answers as well as a figure. */
const COMPUTED_HOW = /\btinh (?:nhu )?(?:the nao|ra sao)\b/;
// "phục vụ có thời hạn", "hợp đồng không thời hạn": a fixed or open term, not a time limit asked.
const DATE_ASK =
  /\b(?:khi nao|bao gio|(?:vao )?dip nao|(?<!phu )luc nao|ngay nao|thang nao|nam nao|hom nao|thoi diem nao|may gio|han chot|(?<!\b(?:co|khong) )thoi han|han cuoi|cham nhat (?:la )?(?:ngay|khi|luc) nao|(?:truoc|den|toi) ngay nao|han (?:nop|bao cao|hoan thanh|thuc hien|gui|trien khai|la)|thoi gian (?:nao|thuc hien|hoan thanh|nop|to chuc|bao cao|ap dung|huong))\b/;
/** "giai đoạn nào", "thời kỳ nào", "(trong) khoảng thời gian nào", "từ năm nào đến năm nào", folded. */
const SPAN_ASK =
  /\b(?:giai doan|thoi ky|khoang thoi gian|nien do) nao\b|\btu (?:ngay|thang|nam) nao den (?:ngay|thang|nam) nao\b/;
/**
 * The spans of time a folded text writes: years joined by a dash, "first-last" ("2019-2021", "giai đoạn 2021 -
 * 2025"), or "từ <day, month or year> … đến <day, month, year>" ("từ ngày 01 tháng 01 năm 1945 đến ngày khởi nghĩa"),
 * as written from "từ".
 *
 * @example
 * spansIn("ke hoach tai chinh 03 nam 2019-2021") // ["2019-2021"]
 */
function spansIn(folded: string): string[] {
  const years = [...folded.matchAll(/\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/g)].map(
    (m) => `${m[1]}-${m[2]}`,
  );
  const bounded = [
    ...folded.matchAll(
      /\btu (?:ngay|thang|nam|\d)[^;:]{0,80}?\b(?:den|toi) (?:het )?(?:ngay|thang|nam|\d)[^;:,]{0,40}/g,
    ),
  ];
  return [...years, ...bounded.map((m) => m[0].replace(/\s+/g, " ").trim())];
}
/** A wage base asked about itself: "lương tối thiểu (chung)", "lương cơ sở", "mức chuẩn". */
const WAGE_BASE = /\bluong (?:toi thieu|co so)\b|\bmuc chuan\b/;

/**
 * Words that end what "tiền …" is for: prepositions, question words and particles ("quà không"), verbs, counts, and
 * an occasion ("quà dịp Quốc khánh", "quà nhân dịp Tết" say when the money is given, not what it is for).
 */
const ITEM_END = new Set(
  "theo cho cua la bao may duoc khi de trong o tai nguoi mot hai moi tu nhu va hay thi voi tren hang hoac do se phai con gom bang toi da thieu nam thang ngay lan khong nao gi a dip nhan".split(
    " ",
  ),
);

/**
 * Any question word, folded: a message without one is keywords typed as into a search box. Besides what makes a clause
 * ask, a choice or a check ("đâu", "chưa", "có phải", "đúng", "hay", "hoặc", "ra sao") asks too.
 */
const QUESTION_WORD = new RegExp(`${ASKS.source}|\\b(?:dau|chua|co phai|dung|hay|hoac|ra sao)\\b`);
/** What the head noun of such keywords asks, folded: an amount, a day, a span of time. */
const KEYWORD_HEADS: [RegExp, string][] = [
  [/^(?:muc|so tien|tien)\b/, "bao nhieu"],
  [/^(?:moc|ngay|thoi diem)\b/, "ngay nao"],
  [/^(?:nien han|thoi gian)\b/, "bao lau"],
];

/**
 * Keywords with no question word ("muc qua tet nhom 1 qd 12/2012", "nd 102/2018 moc thoi viec quan nhan") ask what
 * their head noun names: the question word it implies is added.
 *
 * @example
 * keywordAsk("muc qua tet nhom 1 qd 12/2012") // "muc qua tet nhom 1 qd 12/2012 bao nhieu"
 */
export function keywordAsk(question: string): string {
  if (/\?/.test(question)) return question;
  const q = fold(normalize(question))
    .replace(/[!.,;:()]+/g, " ")
    .trim();
  if (QUESTION_WORD.test(q)) return question;
  const head = blankDocumentReferences(q).trim();
  const asked = KEYWORD_HEADS.find(([noun]) => noun.test(head))?.[1];
  return asked ? `${question.trim()} ${asked}` : question;
}

/** What the asker already has, "ngoài …" up to "còn" / "thêm": "ngoài tiền đi lại, tiền ăn còn được …". */
const BESIDES = /(?<![\p{L}])(?:ngoài|ngoai)\s[^;?]*?(?=(?<![\p{L}])(?:còn|con|thêm|them)\s)/giu;
/** An allowance the person already draws: "đang hưởng trợ cấp (ưu đãi …)". */
const DRAWN = /((?<![\p{L}])(?:đang hưởng|dang huong))\s+(?:trợ cấp|phụ cấp|tro cap|phu cap)(?![\p{L}])/giu;

/**
 * What the money asked is for: "tiền tàu xe" → "tau xe", "tiền mua xe lăn" → "xe lan", up to two words (folded);
 * undefined when none is named.
 * Typed with accents, "tiền" is not the "tiện" of "phương tiện"; typed without, "phuong tien" is passed over.
 */
function moneyItem(question: string): string | undefined {
  // An allowance the person already draws says who they are ("nhóm số 4 (… đang hưởng trợ cấp ưu đãi hằng tháng), dịp
  // 2/9 được tặng quà bao nhiêu"): when money is asked besides it, it does not say what the money is for.
  // So does what the asker names as had already: "ngoài tiền đi lại, tiền ăn còn được hỗ trợ tiền giường".
  // "khoan" stands in for the allowance's word: no money word, and ASCII, so an unaccented question stays unaccented.
  const asked = moneyHeads(question.replace(DRAWN, "$1 khoan").replace(BESIDES, " "));
  return asked.seen ? asked.item : moneyHeads(question).item;
}

/** The item after the first money word that names one, and whether any money word was seen. */
function moneyHeads(original: string): { seen: boolean; item?: string } {
  const accented = hasDiacritics(original);
  // "tiền tàu xe"; else the kind of an allowance, cost or gift: "trợ cấp khó khăn đột xuất", "chi phí vận chuyển",
  // "quà mừng thọ" ("ngoài trợ cấp ưu đãi … có được thêm tiền mua sách vở không" asks the money for books). Folded,
  // "qua" is also the "qua" of "thông qua".
  const folded = fold(original).toLowerCase();
  const heads = accented
    ? [/(?<![\p{L}])tiền\s/iu, /(?<![\p{L}])(?:trợ cấp|phụ cấp|chi phí|đơn giá|quà)\s/iu]
    : [
        /(?<![\p{L}])(?<!phuong\s)tien\s/iu,
        /(?<![\p{L}])(?:tro cap|phu cap|chi phi|don gia|(?<!(?:thong|di|vuot|da)\s)qua)\s/iu,
      ];
  let seen = false;
  for (const head of heads) {
    const at = head.exec(accented ? original : folded);
    if (!at) continue;
    seen = true;
    const rest = fold(original.slice(at.index + at[0].length))
      .toLowerCase()
      .replace(/[?!.,;:()]+/g, " ");
    // "tiền mua xe lăn tay", "tiền thuê nhà": what is bought or rented, not the verb ("Xe lăn tay | 2.500.000").
    const m = /^\s*(?:(?:mua|thue|sua|xay|sam|lam)\s+)?([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?/.exec(rest);
    if (!m?.[1] || ITEM_END.has(m[1])) continue;
    // "tiền vé máy bay": folded "may" is the machine of "máy bay", not "mấy"; a bare "vé" would match "về".
    if (m[2] === "may" && m[3] && MACHINE.test(`may ${m[3]}`)) return { seen, item: `${m[1]} may ${m[3]}` };
    return { seen, item: m[2] && !ITEM_END.has(m[2]) ? `${m[1]} ${m[2]}` : m[1] };
  }
  return { seen };
}
/** Papers one submits: "nộp hồ sơ", "gửi báo cáo". */
const SUBMITTED =
  /\b(?:nop|gui|lap) (ho so|don|bao cao|danh sach|de nghi|to khai)\b|\b(?:phai|can) (bao cao)\b/;

/** "theo báo cáo của …", "báo cáo của …" (folded papers): the papers as the source a text quotes. */
const quotedPapers = (papers: string) => new RegExp(`\\b(?:theo )?${papers} cua\\b`, "g");

/** Whether a text names the papers other than as the source it quotes ("theo báo cáo của BHXH"), folded. */
function writesPapers(text: string, papers: string): boolean {
  const folded = fold(normalize(text)).toLowerCase();
  return new RegExp(`\\b${papers}\\b`).test(folded.replace(quotedPapers(papers), " "));
}

/** Whether a sentence names the papers only as the source it quotes ("theo báo cáo của BHXH, …"). */
const quotesPapersOnly = (sentence: string, papers: string) =>
  quotedPapers(papers).test(fold(normalize(sentence)).toLowerCase()) && !writesPapers(sentence, papers);

/**
 * The papers a deadline question asks to submit, unless it counts from their receipt itself ("kể từ ngày nhận hồ sơ").
 * Folded, a bare "nhan" is also "thân nhân": only "nhận <the papers>" is their receipt.
 */
function submittedPapers(q: string): { submitted?: string } {
  const found = SUBMITTED.exec(q);
  const papers = found?.[1] ?? found?.[2];
  if (!papers || /\bke tu\b/.test(q) || new RegExp(`\\bnhan (?:duoc |du )*${papers}\\b`).test(q)) return {};
  return { submitted: papers };
}

/** Whether a sentence counts its time limit from the receipt of the papers: "kể từ ngày nhận đủ hồ sơ hợp lệ". */
function countsFromReceipt(sentence: string, papers: string | undefined): boolean {
  if (!papers) return false;
  const folded = fold(normalize(sentence)).toLowerCase();
  return new RegExp(`\\bke tu (?:ngay|khi) (?:tiep )?nhan (?:duoc )?(?:du )?${papers}\\b`).test(folded);
}

/** Units a "bao nhiêu / mấy" question counts when it asks a length of time. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(["ngay", "thang", "nam", "tuan", "quy", "gio"]);
const DEADLINE_ASK =
  /\b(?:han chot|han cuoi|(?<!\b(?:co|khong) )thoi han|cham nhat|han (?:nop|bao cao|hoan thanh|thuc hien|gui|trien khai|la)|(?:truoc|den|toi) ngay nao|truoc thoi diem nao|(?:den|toi) (?:khi nao|bao gio|luc nao)|(?:xong|hoan thanh|hoan tat) (?:truoc |vao )?(?:khi nao|luc nao))\b/;
/** "mấy lần trong một năm", "bao nhiêu lần mỗi tháng", folded: a count of times per period. */
const TIMES_PER = /\b(?:may|bao nhieu) lan (?:trong|moi|\/)\s*(?:mot |1 )?(nam|thang|quy)\b/;
type TimesPeriod = "nam" | "thang" | "quy";
/**
 * A count of times written with its period, per period, built once (statesFact reads every sentence found): after the
 * figure ("hai lần trong một năm", "2 lần/năm"), or before it ("mỗi năm được cấp 2 lần").
 */
const TIMES_WRITTEN = new Map(
  (["nam", "thang", "quy"] as const).map((p) => [
    p,
    {
      after: new RegExp(`^lan\\s*(?:trong\\s+|\\/\\s*|moi\\s+)(?:mot\\s+|0?1\\s+)?${p}\\b`),
      before: new RegExp(`\\b(?:moi|hang|trong (?:mot )?)\\s*${p}\\b[^,.;]{0,30}$`),
    },
  ]),
);
/** "hồ sơ gồm những giấy tờ gì", "cần giấy tờ nào": the papers of a dossier, by name. */
const PAPERS_ASK =
  /\b(?:giay to|ho so) (?:gi|nao)\b|\bgom (?:nhung |cac )?(?:giay to|thanh phan)(?: gi| nao)?\b/;
/** "công thức tính … là gì", "tính theo công thức nào": a formula, which a line with "=" writes. */
const FORMULA_ASK = /\bcong thuc\b/;
/**
 * "hồ sơ mở tài khoản", "hồ sơ đề nghị cấp lại": the first two words of the procedure a dossier is for, folded; not
 * the words that ask ("hồ sơ gồm", "hồ sơ cần những gì").
 */
const DOSSIER_FOR =
  /\bho so (?:xin |de nghi )?((?!(?:gom|gi|nao|can|phai|thi|la|co|cua|nay|do|de|duoc|nop|gui|bao|nhung|cac|theo|tai|o)\b)[a-z]+ (?!(?:gom|gi|nao|can|phai|thi|la|co)\b)[a-z]+)\b/;
/** "vì sao", "tại sao", "lý do gì", folded: why something is so. */
const REASON_ASK = /\b(?:vi sao|tai sao|ly do (?:gi|nao|la gi)|vi ly do gi)\b/;
/**
 * A reason given: "vì …", "bởi …", "lý do …", "nguyên nhân là …", "nhằm mục đích …", as written ("để", "do" alone are
 * too common to tell).
 */
const REASON_STATED = /(?:^|[\s,(])(?:vì|bởi|lý do|nguyên nhân|nhằm|mục đích|nên)(?=\s)/iu;
/** "A = (B - C) x D", "Mức hỗ trợ = số năm x mức chuẩn": two sides joined by "=". */
const FORMULA_STATED = /\S\s*=\s*\S/u;
/** "gồm những tỉnh nào", "huyện nào", "địa phương nào … ": a place by its name. */
const PLACE_ASK = /(?:^|[^a-z])(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran) nao(?![a-z])/;
/** Where an event is held, folded: "tổ chức tại địa điểm nào", "họp ở đâu", "hội trường nào". */
const VENUE_ASK =
  /\b(?:dia diem nao|(?:to chuc|hop|dien ra) (?:o|tai) (?:dau|noi nao)|(?:hoi truong|phong hop) nao)\b/;
/** A venue written: "tại Hội trường …", "ở nhà văn hóa thôn", "Địa điểm: …". */
const VENUE_STATED =
  /(?:^|[\s(,;])(?:tại|ở)\s+(?:hội trường|nhà văn hóa|nhà văn hoá|trụ sở|phòng|trường|thôn|xã|phường|\p{Lu})|(?:^|\s)(?:địa điểm|hội trường|nhà văn hóa)\b/iu;
const PARTY_ASK =
  /(?:^|[^a-z])(?:ai|nhung ai|ong(?:\/| hay )?ba nao|ho (?:va )?ten|(?:don vi|co quan|cap|ben|to chuc|nguoi|ca nhan|ban|bo|so|cuc|kho bac|ngan hang|benh vien|cong ty|doanh nghiep|nganh|dia phuong|noi|lanh dao|can bo|dong chi|chuyen vien) nao)(?![a-z])/;

/** "mấy năm nay", "mấy tháng qua" followed by more of the message: how long a story has run, not a question. */
const STORY_SPAN =
  /(?<![\p{L}])(?:mấy|may)\s+(?:năm|tháng|hôm|ngày|tuần|nam|thang|hom|ngay|tuan)\s+(?:nay|qua)(\s*[.,;]\s*\S)/giu;

/**
 * What kind of fact the question asks for, read from its question words: "bao nhiêu / mấy / tỷ lệ / mức … là bao
 * nhiêu" a figure, "khi nào / hạn / trước ngày nào / thời gian …" a date, period or recurrence, "ai / đơn vị nào /
 * cơ quan nào" a party. Several kinds when the question asks several ("do ai ban hành, ngày nào?").
 *
 * @example
 * askedFacts("Tỉnh Lạng Sơn có bao nhiêu huyện?") // [{ kind: "number", counted: "huyen", name: "số huyện" }]
 */
export function askedFacts(message: string): AskedFact[] {
  // A message that tells its story first asks in its "?" sentences only; keywords typed as into a search box ask what
  // their head noun names.
  const question = keywordAsk(askingSentences(message));
  // "vào tháng mấy", "vào quý mấy" ask which month or quarter of the year ("mấy tháng" counts months).
  const original = normalize(question)
    .replace(/(?<=(?:vào|vao) )(tháng|quý|thang|quy) (?:mấy|may)(?![\p{L}])/giu, "$1 nào")
    // "đã lĩnh trợ cấp mấy năm nay, …": "these few years", a time told in the story, asks nothing.
    .replace(STORY_SPAN, "$1");
  // "bao nhiêu lâu" is "bao lâu": how long, not a count of anything.
  const q = fold(original)
    .replace(/[?!.,;:]+/g, " ")
    .replace(/\bbao nhieu lau\b/g, "bao lau");
  const accented = hasDiacritics(question);
  const facts: AskedFact[] = [];
  const owner = numberedKind(q, accented ? original : null);
  if (owner !== null) return [{ kind: "docNumber", counted: owner, name: "số hiệu văn bản" }];
  // "bao nhiêu huyện" counts districts; "bao nhiêu năm 2008" counts nothing (the year says when).
  // "bao nhiêu ạ", "bao nhiêu vậy": a particle of politeness after the question word counts nothing.
  const howOften = HOW_OFTEN.test(q);
  // "được cấp bao nhiêu, mấy năm 1 lần": an amount asked besides how often, read without the cadence's words.
  const qn = howOften ? q.replace(HOW_OFTEN, " ") : q;
  const many = /\bbao nhieu (?!(?:a|ah|ak|vay|nhi|nhe|ha|ne)\b)([a-z]+)\b(?! \d)(?: ([a-z]+))?/.exec(qn);
  // Typed without accents, "may" is "mấy" before what it counts; before a verb or a modal ("xã Bản Máy phải sửa …")
  // it ends a name.
  const asksHowMany =
    accented && !howOften
      ? /(?<![\p{L}])mấy(?![\p{L}])/u.test(original)
      : /\bmay\b(?! (?:phai|se|da|dang|duoc|bi|thi|can|nen|van|cung|khong|co the)\b)/.test(qn) &&
        !MACHINE.test(qn);
  const howMany = asksHowMany ? /\bmay ([a-z]+)/.exec(q) : null;
  const muc = accented ? /\bmức\b/u.test(original) : true;
  // "tỷ lệ những đối tượng nào" asks which groups; "tỷ lệ cán bộ nữ?" asks a figure.
  const otherQuestionWord = /\b(?:nao|gi|ai|sao|khong|the nao)\b/.test(q);
  const asksNumber =
    (!howOften || /\bbao nhieu\b/.test(qn)) &&
    (many !== null ||
      asksHowMany ||
      NUMBER_ASK.slice(0, 2).some((p) => p.test(qn)) ||
      ((NUMBER_ASK[2] as RegExp).test(qn) && !otherQuestionWord) ||
      (muc && (NUMBER_ASK[3] as RegExp).test(qn) && !COMPUTED_HOW.test(qn)));
  if (asksNumber) {
    const word = many?.[1] ?? howMany?.[1] ?? "";
    // "bao nhiêu đồng" asks money; "bao nhiêu đồng chí" counts people.
    const money = word === "dong" && many?.[2] !== "chi";
    // "bao nhiêu so với mức xây mới" compares; it counts nothing.
    const compares = word === "so" && many?.[2] === "voi";
    // "bao nhiêu mét vuông" asks an area ("24 m2"), not a count of "mét".
    const area = /\b(?:bao nhieu|may) (?:met vuong|m2|hecta|km2)\b/.test(q);
    // Typed with accents, the word says itself: "bao nhiêu thẻ" counts cards, "bao nhiêu thế" counts nothing.
    const written = accented
      ? /(?:bao nhiêu|mấy)\s+(\p{L}+)/iu.exec(original)?.[1]?.toLowerCase()
      : undefined;
    const functionWord = written !== undefined ? NOT_COUNTED_WRITTEN.has(written) : NOT_COUNTED.has(word);
    const counted = word && !functionWord && !MEASURES.has(word) && !money && !compares && !area ? word : "";
    // A unit of time is the whole noun ("bao nhiêu ngày kể từ …"), or "ngày làm việc"; another noun may take a word.
    const workingDays = counted === "ngay" && /\b(?:bao nhieu|may) ngay lam viec\b/.test(q);
    const limit = DURATION_UNITS.has(counted) && WITHIN_ASK.test(q);
    // "bao nhiêu tháng lương": months of wages are an amount paid, not a span of time.
    const twoSyllables = DURATION_UNITS.has(counted)
      ? counted === "thang" && many?.[2] === "luong"
        ? WAGE_MONTHS
        : counted
      : counted && (many?.[2] && !NOT_COUNTED.has(many[2]) ? `${counted} ${many[2]}` : counted);
    // "bao nhiêu báo cáo viên": the agent suffix "viên" makes the noun a person, counted as people are.
    const nounPhrase =
      twoSyllables && new RegExp(`\\b(?:bao nhieu|may) ${twoSyllables} vien\\b`).test(q)
        ? `${twoSyllables} vien`
        : twoSyllables;
    // Typed with accents, "xe lăn bao nhiêu" is no "lần bao nhiêu".
    const ordinal = accented
      ? /(?<![\p{L}])(?:lần thứ|thứ|lần|khóa|khoá|đợt|hội nghị|đại hội) (?:mấy|bao nhiêu)(?![\p{L}])/iu.test(
          original,
        )
      : /\b(?:lan thu|thu|lan|khoa|dot|hoi nghi|dai hoi) (?:may|bao nhieu)\b/.test(qn);
    const weekday = ordinal && WEEKDAY_ASK.test(q);
    // "lập theo mẫu số mấy", "quy định tại Điều số mấy": the label of a form or a part, not a quantity.
    const labelAsked = FORM_LABEL_ASK.exec(q);
    const label = labelAsked?.[1] ?? labelAsked?.[2];
    const labelOf = label === "mau" ? formPaper(original) : undefined;
    const measured = measureOf(q);
    const measure = ordinal || label || counted ? undefined : measured;
    // Figures in digits ("một người" is no figure given), rates too ("khoản chi 1,7% chia mỗi bộ bao nhiêu %").
    // A count spelled before the very word counted is the question's own phrase: "trợ cấp ưu đãi một lần bằng mấy lần
    // mức chuẩn" asks the multiple, and a text's "trợ cấp ưu đãi một lần" is no answer to it.
    const own = (g: { value: string; after: string }) =>
      counted !== "" && new RegExp(`^${counted}\\b`).test(g.after);
    const given = [
      ...new Set(
        // Figures the story gives ("đủ 22 năm quân ngũ") are given too.
        quantities(message)
          .filter((g) => /\d/.test(g.value) || own(g))
          .map(amountOf),
      ),
    ];
    const item = measure === "money" ? moneyItem(original) : undefined;
    const period = measure === "money" ? periodAsked(q) : undefined;
    const total = measure === "money" && TOTAL_ASKED.test(q);
    const per = measure === "money" || counted === "" ? unitAsked(q) : undefined;
    const timesPer = counted === "lan" ? (TIMES_PER.exec(q)?.[1] as TimesPeriod | undefined) : undefined;
    const compounds = compoundsOf(q, counted);
    // Beside how often, the amount is asked of what it pays for: only a named item can be missing from a row.
    if (!howOften || item)
      facts.push({
        kind: "number",
        counted: ordinal || label ? "" : counted,
        ...(given.length > 0 && { given }),
        ...(!ordinal && !label && nounPhrase && nounPhrase !== counted && { phrase: nounPhrase }),
        name: label
          ? "số hiệu cụ thể"
          : weekday
            ? "ngày trong tuần cụ thể"
            : ordinal
              ? "số thứ tự cụ thể"
              : workingDays
                ? "số ngày làm việc cụ thể"
                : numberName(q, original, nounPhrase),
        ...(ordinal && { ordinal }),
        ...(weekday && { weekday }),
        ...(label && { label }),
        ...(labelOf && { labelOf }),
        ...(workingDays && { workingDays }),
        ...(timesPer && { timesPer }),
        ...(limit && { limit: true as const }),
        ...boundAsked(q),
        ...(measure && { measure }),
        ...(measure === "money" && WAGE_BASE.test(q) && { wageBase: true as const }),
        ...(period && { period }),
        ...(total && { total }),
        ...(per && { per }),
        ...(item && { item }),
        ...(measure === "ratio" && { asked: q }),
        ...(measure === "money" && CURRENCY_ASK.test(askedClause(q)) && { inCurrency: true as const }),
        ...(compounds.length > 0 && !ordinal && !label && { compounds }),
      });
  }
  const asksDuration = facts.some(
    (f) => f.kind === "number" && (f.measure === "duration" || DURATION_UNITS.has(f.counted)),
  );
  if (howOften) facts.push({ kind: "date", counted: "", name: "thời hạn, định kỳ cụ thể", cadence: true });
  else if (SPAN_ASK.test(q))
    facts.push({ kind: "date", counted: "", name: "khoảng thời gian cụ thể", span: spansIn(q) });
  // "Thời hạn giải quyết là bao nhiêu ngày?" asks a length of time, which the number answers.
  else if (DATE_ASK.test(q) && !asksDuration) {
    const givenDays = dayKeys(q);
    facts.push({
      kind: "date",
      counted: "",
      name: /\bngay nao\b/.test(q)
        ? MONTHLY.test(q) && !DEADLINE_ASK.test(q)
          ? "ngày cụ thể trong tháng"
          : "ngày cụ thể"
        : !DEADLINE_ASK.test(q) && POINT_ASK.test(q)
          ? "thời điểm cụ thể"
          : "thời hạn cụ thể",
      ...(DEADLINE_ASK.test(q) && { deadline: true }),
      ...(DEADLINE_ASK.test(q) && /\bngay (?:nao|may)\b/.test(q) && { deadlineDay: true }),
      ...(DEADLINE_ASK.test(q) &&
        /\bngay (?:nao|may) (?:hang|moi) nam\b/.test(q) && { deadlineYearly: true }),
      ...(DEADLINE_ASK.test(q) && submittedPapers(q)),
      ...(!DEADLINE_ASK.test(q) && /\bkhi nao\b/.test(q) && { condition: true }),
      ...(!DEADLINE_ASK.test(q) &&
        DAY_ASK.test(q) && {
          day: YEARLY.test(q) ? ("yearly" as const) : MONTHLY.test(q) ? ("monthly" as const) : true,
        }),
      ...(!DEADLINE_ASK.test(q) && START_ASK.test(q) && { start: true }),
      ...(givenDays.length > 0 && { givenDays }),
      ...(!DEADLINE_ASK.test(q) && !DAY_ASK.test(q) && /\bnam nao\b/.test(q) && { year: true }),
      ...(!DEADLINE_ASK.test(q) &&
        !DAY_ASK.test(q) &&
        POINT_ASK.test(q) && { point: /\b(?:trong|hang|moi) nam\b/.test(q) ? ("yearly" as const) : true }),
    });
  }
  if (PAPERS_ASK.test(q)) {
    // "xin cấp Giấy chứng nhận gia đình liệt sĩ thì cần hồ sơ gì": the paper applied for is no paper of the dossier.
    const given = papersIn(normalize(message)).map((p) => fold(p));
    // "hồ sơ mở tài khoản gồm giấy tờ gì": the papers of that procedure, which a passage must name.
    const procedure = DOSSIER_FOR.exec(q)?.[1];
    facts.push({
      kind: "papers",
      counted: "",
      name: "thành phần hồ sơ cụ thể",
      ...(given.length > 0 && { given }),
      ...(procedure && { item: procedure }),
    });
  }
  // "Công thức tính mức hỗ trợ là gì?" asks the formula, not the amount it gives.
  if (FORMULA_ASK.test(q) && !/\b(?:bao nhieu|may)\b/.test(q))
    facts.splice(0, facts.length, { kind: "formula", counted: "", name: "công thức cụ thể" });
  // "vì sao mức hỗ trợ được chọn là 20 triệu?": a reason must be written, not only the figure it is about.
  if (REASON_ASK.test(q)) facts.push({ kind: "reason", counted: "", name: "lý do cụ thể" });
  // "phát bằng tiền mặt hay hiện vật?": one of the two must be written; a choice of bodies asks who acts (below).
  const bodyChoice = BODY_CHOICE.test(q);
  const choice = facts.length === 0 && !bodyChoice ? choiceOf(q) : null;
  if (choice?.[1] && choice[2])
    facts.push({
      kind: "choice",
      counted: "",
      name: "nội dung cụ thể",
      // "theo tháng hay theo năm": the options without the preposition they share ("hàng tháng" writes one).
      options: [choice[1], choice[2]].map((o) => o.replace(CHOICE_LINK, "")) as [string, string],
    });
  if (PLACE_ASK.test(q) && !PARTY_ASK.test(q))
    facts.push({ kind: "place", counted: "", name: "tên địa phương cụ thể" });
  else if (VENUE_ASK.test(q))
    facts.push({ kind: "place", counted: "", name: "địa điểm cụ thể", venue: true });
  if (PARTY_ASK.test(q) || bodyChoice) {
    const person = PERSON_ASK.test(q);
    // "do ai quyets định": a slip is no word a text writes, so it is not required.
    const typedAct = ACT_AFTER_AGENT.exec(q)?.[1] ?? responsibleAct(q);
    const act = typedAct?.split(" ").every(isSyllable) ? typedAct : undefined;
    const body = bodyKindAsked(original);
    facts.push({
      kind: "party",
      counted: "",
      name: person ? "họ tên người cụ thể" : "đơn vị, người thực hiện cụ thể",
      ...((AGENT_ASK.test(q) || bodyChoice) && { agent: true }),
      ...(person && { person }),
      ...(act && { act }),
      ...(body && { body }),
      ...(bodyChoice && bodyOptions(q)),
      ...(MEMBERS_ASK.test(q) && { members: true as const }),
    });
  }
  return facts;
}

/** "tổ công tác … gồm những cơ quan nào", folded: the members of a body, which a category does not name. */
const MEMBERS_ASK = /\bgom (?:nhung |cac )?(?:co quan|don vi)\b/;

/** Kinds of body a question asks by "<kind> nào", folded, and how a text writes their names. */
const BODY_KINDS = new Map([
  ["bo", "Bộ"],
  ["so", "Sở"],
  ["cuc", "Cục"],
  ["phong", "Phòng"],
  ["kho bac", "Kho bạc"],
  ["ngan hang", "Ngân hàng"],
  ["benh vien", "Bệnh viện"],
  ["cong ty", "Công ty"],
  ["doanh nghiep", "Doanh nghiệp"],
]);
/**
 * The kind of body a question asks ("bộ nào" → "Bộ"). Folded, "bo nao" may be "bố nào" and "so nao" "số nào": typed
 * without accents, a kind is read only after a word that introduces an agent ("do bo nao", "cua cuc nao"), and never
 * "so".
 */
function bodyKindAsked(original: string): string | undefined {
  const m = hasDiacritics(original)
    ? /(?<![\p{L}])(?<!cơ )(bộ|sở|cục|phòng|kho bạc|ngân hàng|bệnh viện|công ty|doanh nghiệp) nào(?![\p{L}])/iu.exec(
        original,
      )
    : /\b(?:do|boi|cua|thuoc|la|cho|voi) (bo|cuc|phong|kho bac|ngan hang|benh vien|cong ty|doanh nghiep) nao\b/.exec(
        fold(original),
      );
  return m?.[1] ? BODY_KINDS.get(fold(m[1]).toLowerCase()) : undefined;
}

/**
 * Kinds of documents, folded, that have a number of their own; not "hướng dẫn", "thông báo", "kết luận", which a
 * question uses as verbs too ("công văn 1921 hướng dẫn chế độ điều dưỡng ban hành ngày nào").
 */
const DOC_KINDS =
  "cong van|cv|cong dien|thong tu(?: lien tich)?|ttlt|quyet dinh|qd|nghi quyet|nq|nghi dinh|nd|bao cao|to trinh|(?<!phap )lenh|ke hoach|chi thi|van ban(?: hop nhat)?|vbhn|phap lenh|(?<!(?:phap|ky|quy|dieu|dao) )luat(?! (?:su|le|hoc)\\b)";
/** "số mấy", "số hiệu", "ký hiệu", "số bao nhiêu", "số gì": the number of a document. */
// "mã số bao nhiêu" asks a code ("mã số Chương"), not a document's number; "tổng số gì" asks a total of what.
const NUMBER_CUE =
  /\b(?:so hieu|ky hieu|(?<!\b(?:ma|tong|giam doc|cac|nhung) )so (?:may|bao nhieu|gi|nao))\b/;
// "báo cáo viên", "hướng dẫn viên": a person (the agent suffix "viên"), not a report or a guide.
const KIND_WORD = new RegExp(`\\b(?:${DOC_KINDS})\\b(?! vien\\b)`, "g");
/** How many words may stand between the kind and the question words ("báo cáo kết quả giám sát số mấy"). */
const KIND_REACH = 7;

/**
 * The folded kind whose number the question asks ("bao cao" in "báo cáo kết quả giám sát số mấy"), else null.
 *
 * @example
 * numberedKind("danh sach 29 tinh duoc bxd gui kem cong van so may") // "cong van"
 */
function numberedKind(q: string, accented: string | null = null): string | null {
  // "bộ nào chỉ đạo việc giải mã ký hiệu, phiên hiệu đơn vị": a bare "ký hiệu" after another question word, with none
  // after it, is a word of the topic (a unit's code), not what is asked.
  const cue = NUMBER_CUE.exec(q);
  // "sở nào chủ trì …" folds like "số nào": with accents the text says which; without, a verb after it asks a body.
  if (cue && /^so nao$/.test(cue[0])) {
    if (accented !== null && !/số nào/iu.test(accented)) return null;
    if (accented === null && BODY_VERB.test(q.slice(cue.index + cue[0].length))) return null;
  }
  if (cue && /^(?:so|ky) hieu$/.test(cue[0])) {
    const before = WH_WORD.test(q.slice(0, cue.index));
    const after = WH_WORD.test(q.slice(cue.index + cue[0].length));
    if (before && !after) return null;
  }
  return kindOwning(q, NUMBER_CUE);
}
/** A verb right after "so nao" that a body does: "so nao chu tri", "so nao phu trach". */
const BODY_VERB =
  /^\s+(?:chu tri|phu trach|thuc hien|tham muu|quan ly|huong dan|co trach nhiem|chiu trach nhiem|lam)\b/;
/** Question words, folded. */
const WH_WORD = /\b(?:nao|ai|gi|bao nhieu|may|sao)\b/;

/**
 * The folded kind of the document that owns what the question words (`cue`) ask: the nearest kind before them
 * ("đã báo cáo được BXD gửi kèm công văn số mấy" → "cong van"), or, across a relative clause, the kind it qualifies
 * ("Thông tư … mà cv 3354 đôn đốc có số hiệu là gì?" → "thong tu"). Null when no kind stands close enough.
 */
export function kindOwning(q: string, cue: RegExp): string | null {
  const asked = cue.exec(q);
  if (!asked) return null;
  const before = q.slice(0, asked.index);
  // "mà" folds to "ma", like "mã" of "mã số": only the relative pronoun opens a clause.
  const relative = before.search(/ ma (?!so\b)(?!.* ma (?!so\b))/);
  const scope = relative >= 0 ? before.slice(0, relative) : before;
  const last = [...scope.matchAll(KIND_WORD)].at(-1);
  if (!last) return null;
  const between = scope.slice(last.index + last[0].length).trim();
  const words = between ? between.split(" ").length : 0;
  // "…; vậy thông tư của BQP hướng dẫn … số mấy": a kind that opens its clause is the clause's subject, however far.
  const opensClause = /(?:[;]|\bvay|\bcon)\s*$/.test(scope.slice(0, last.index));
  if (relative < 0 && !opensClause && words > KIND_REACH) return null;
  return SHORT_KINDS[last[0]] ?? last[0];
}

/** Abbreviated kinds officers type, as the documents write them (folded). */
const SHORT_KINDS: Record<string, string> = {
  cv: "cong van",
  cd: "cong dien",
  qd: "quyet dinh",
  nq: "nghi quyet",
  nd: "nghi dinh",
  tt: "thong tu",
  ttlt: "thong tu lien tich",
  vbhn: "van ban hop nhat",
};
/** How a sentence writes a kind: "Lệnh" is not the end of "Pháp lệnh". */
const kindInSentence = (kind: string) => (kind === "lenh" ? "(?<!phap )lenh" : kind);

/** "kích thước bao nhiêu", "chiều cao tối thiểu bao nhiêu": a length, in metres or centimetres. */
const LENGTH_ASK = /\b(?:kich thuoc|chieu (?:dai|rong|cao|sau)|do (?:dai|cao|sau))\b/;
const AREA_ASK = /\b(?:dien tich|rong bao nhieu)\b|\bbao nhieu (?:m2|m²|met vuong|hecta|ha|km2)(?![a-z0-9])/;
const MONEY_ASK =
  /\b(?:tien|kinh phi|bao nhieu (?:(?:ty|trieu|nghin|ngan) )?dong(?! chi)|bao nhieu (?:ty|trieu)|luong|tro cap|phu cap|muc chi|muc ho tro|gia|tang qua|(?:tong )?muc dau tu|(?:tong )?von dau tu|tong von)\b/;
/** "bao lâu làm một lần", "mấy năm một lần": how often, answered by a recurrence. */
const HOW_OFTEN =
  /\b(?:bao lau|may (?:nam|thang|quy|tuan|ngay))\b.{0,30}\b(?:1|mot) lan\b|\b(?:chu ky|dinh ky) (?:nao|may)\b/;
const RATIO_ASK = /\b(?:ty le|phan tram)\b|%/;
/** "bao nhiêu tỷ đồng", "mấy triệu": an amount asked in a currency, folded. */
const CURRENCY_ASK =
  /\b(?:bao nhieu|may) (?:(?:ty|trieu|nghin|ngan) )?dong(?! chi)\b|\b(?:bao nhieu|may) (?:ty|trieu)\b/;
const COEFFICIENT_ASK = /\bhe so\b/;

/**
 * The words that say what a figure measures: the clause around the question word ("kinh phí tạm cấp tối đa bao
 * nhiêu", "bao nhiêu phần trăm tiền sử dụng đất"), not the whole question, whose subject may name a ratio or money
 * of its own ("thương binh 21% đến 80% được tặng quà bao nhiêu", "sau khi nhận đủ kinh phí, chi trả trong bao lâu").
 */
function askedClause(q: string): string {
  const at = /\b(?:bao nhieu|bao lau|may)\b/.exec(q);
  if (!at) return q;
  const before =
    q
      .slice(0, at.index)
      .split(/[,;]| thi | khi | neu /)
      .at(-1) ?? "";
  const after = q.slice(at.index).split(/[,;]/)[0] ?? "";
  return `${before} ${after}`;
}

/**
 * "bao nhiêu phần trăm", "tỷ lệ … bao nhiêu", "bao nhiêu %", "tối đa bao nhiêu so với mức xây mới": a ratio is what is
 * asked.
 */
const RATIO_ASKED =
  /\b(?:bao nhieu|may) (?:phan tram|%)|(?:ty le|phan tram)\b(?:(?!\d+(?:[.,]\d+)? ?%).)*\b(?:bao nhieu|may)\b|bao nhieu ?%|\bbao nhieu so voi\b/;

function measureOf(q: string): AskedFact["measure"] {
  // "trong bao lâu": a length of time, whatever the question is about.
  if (/\bbao lau\b/.test(q)) return "duration";
  const asked = askedClause(q);
  // The noun right after the question word names the measure, whatever else the clause speaks of: "ngoài diện tích
  // căn hộ, mỗi người được hỗ trợ thêm bao nhiêu tiền" asks money.
  if (/\b(?:bao nhieu|may) (?:tien|dong|trieu|ty|nghin)\b(?! (?:le|trong|chi))/.test(asked)) return "money";
  if (AREA_ASK.test(asked)) return "area";
  if (LENGTH_ASK.test(asked)) return "length";
  if (RATIO_ASKED.test(asked)) return "ratio";
  // "hệ số lương bao nhiêu" asks a coefficient ("hệ số 3,90"), not an amount of money.
  if (COEFFICIENT_ASK.test(asked)) return "coefficient";
  if (MONEY_ASK.test(asked)) return "money";
  // "Tỷ lệ hỗ trợ?": with no question word, the ratio named is what is asked.
  if (asked === q && RATIO_ASK.test(q)) return "ratio";
  return undefined;
}

function numberName(q: string, original: string, counted: string): string {
  const measure = counted ? undefined : measureOf(q);
  if (measure === "area") return "diện tích cụ thể";
  if (measure === "money") return "số tiền cụ thể";
  if (measure === "ratio") return "tỷ lệ cụ thể";
  if (measure === "duration") return "khoảng thời gian cụ thể";
  if (measure === "coefficient") return "hệ số cụ thể";
  if (measure === "length") return "kích thước cụ thể";
  if (counted) {
    // The counted noun as the user wrote it, with accents when they typed them.
    const words = original.replace(/[?!.,;:]+/g, " ").split(/\s+/);
    const at = words.findIndex((w, i) => fold(w) === counted.split(" ")[0] && i > 0);
    const shown = at >= 0 ? words.slice(at, at + counted.split(" ").length).join(" ") : counted;
    // Typed without accents, a unit is written back with them: "số nam" would read "the number of men"; another
    // noun is not echoed unaccented ("số ngoi mo").
    if (hasDiacritics(shown)) return `số ${shown} cụ thể`;
    const unit = UNITS_ACCENTED[shown.toLowerCase()];
    return unit ? `số ${unit} cụ thể` : "con số cụ thể";
  }
  return "con số cụ thể";
}

/** Units of time and count, as typed without accents and as written. */
const UNITS_ACCENTED: Record<string, string> = {
  nam: "năm",
  thang: "tháng",
  ngay: "ngày",
  tuan: "tuần",
  gio: "giờ",
  nguoi: "người",
  tuoi: "tuổi",
  lan: "lần",
  "ngay lam viec": "ngày làm việc",
};

/** First syllables of people nouns that fold like other words: "căn nhà" is no "cán bộ", "đảng" no "đang". */
const AMBIGUOUS_SYLLABLE = new Set(["can", "dang", "ca", "truong", "dong", "doi", "thanh"]);

/** Nouns that count people: "bao nhiêu người" is answered by "17 đồng chí" or "03 trường hợp". */
const PERSONS = new Set([
  "nguoi",
  "dong",
  "dong chi",
  "truong",
  "truong hop",
  "can",
  "can bo",
  "dang",
  "dang vien",
  "ca",
  "ca nhan",
  "thanh vien",
  "dai bieu",
  "hoc vien",
  "cong chuc",
  "vien chuc",
  "lao dong",
  "doi tuong",
]);
/** A rate written as the bound of a case: "từ 81% trở lên", "dưới 5%", "21% - 40%", "từ 61 đến 80%". */
const boundsCase = (q: { before?: string; after: string }) =>
  /^%?\s*(?:tro (?:len|xuong)|(?:-|–|den)\s*\d)/.test(q.after) ||
  /(?:\b(?:duoi|tren)|\d\s*%?\s*(?:-|–|den))\s*$/.test(q.before ?? "");

/** A length of time written as the bound of a case: "từ bảy ngày trở lên", "dưới 6 tháng", "trên 30 ngày". */
const boundsDuration = (q: { before?: string; after: string }) =>
  /^[a-z]+(?: lam viec)? tro (?:len|xuong)\b/.test(q.after) || /\b(?:duoi|tren)\s*$/.test(q.before ?? "");
/** "trong (vòng / thời hạn) bao nhiêu ngày", "mấy ngày phải …": a time limit asked, folded. */
const WITHIN_ASK =
  /\btrong (?:vong |thoi han |thoi gian |khoang )?(?:bao nhieu|may) (?:ngay|thang|nam|tuan|gio)\b/;

/** What a share of people or bodies is written of, folded: "10% tập thể", "5% cá nhân", "20% số hộ", "30% xã". */
const SHARE_OF_COUNTED =
  /^%?\s*(?:so )?(?:tap the|ca nhan|nguoi|ho|xa|phuong|don vi|co quan|doanh nghiep|hoc sinh|sinh vien|dang vien|can bo|cong chuc|vien chuc|thon|to chuc|thanh vien|doi tuong)\b/;
/** Money: "1.500.000 đồng", "2 triệu", "1,5 lần mức lương cơ sở"; ratios: "100%", "08/10"; durations: "02 năm". */
const MEASURED = {
  money: (q: { value: string; before?: string; after: string }) =>
    // "1,5 lần mức lương cơ sở" is an amount; "trợ cấp 1 lần", "tặng quà (một lần)" is how often.
    // Folded, "đóng" (close, pay in) is "dong" too: "13 Đóng cửa 43 bãi …" in a table is no 13 đồng.
    (/^(?:trieu|ty|nghin|ngan|vnd|d\b|dong(?! (?:chi|cua|gop|goi|vai|dau|bao hiem|thue|phi))|lan (?:muc|luong))/.test(
      q.after,
    ) &&
      !NOT_MULTIPLIED.test(q.after)) ||
    // "hỗ trợ 70% tiền sử dụng đất" is a share of an amount; "từ 81% trở lên" bounds a case, it pays nothing.
    // "không quá 10% tập thể, 5% cá nhân" is a share of people or bodies, no money.
    ((q.value.endsWith("%") || /^%/.test(q.after)) && !boundsCase(q) && !SHARE_OF_COUNTED.test(q.after)) ||
    // A figure of millions with no noun after it is an amount in a table whose unit is stated once above it
    // ("Đơn vị: đồng" … "Bà mẹ Việt Nam anh hùng | 4.872.000").
    (/^\d{1,3}(?:\.\d{3}){2,}$/.test(q.value) && !/^[a-z]/.test(q.after)) ||
    // A table cell under a column that names its unit: "Mức cấp (đồng): 150.000".
    (/\((?:nghin |ngan |trieu )?(?:dong|vnd)\)\s*:?\s*$/.test(q.before ?? "") && !/^[a-z]/.test(q.after)),
  ratio: (q: { value: string; after: string }) =>
    q.value.endsWith("%") || q.value.includes("/") || /^phan tram\b/.test(q.after),
  duration: (q: { value: string; after: string }) => /^(?:nam|thang|ngay|tuan|quy|gio|ky)\b/.test(q.after),
  // "hệ số 3,90": a coefficient has a decimal comma (a dot groups thousands).
  coefficient: (q: { value: string; after: string }) => /^\d{1,2},\d{1,3}$/.test(q.value),
  length: (q: { value: string; after: string }) => /^(?:m|cm|mm|km|met|mét|x)\b/.test(q.after),
  area: (q: { value: string; after: string }) =>
    /^(?:m2|m²|m 2|ha\b|km2|km²|hecta|met vuong|mét vuông)/.test(q.after),
};

// Not after a preposition: "chịu trách nhiệm về toàn bộ dự toán" names the whole of a thing, not an amount given.
const NOT_AFTER_PREPOSITION = String.raw`(?<!\b(?:ve|cua|voi|trong|tren) )`;
/** Shares of a whole, in words: "toàn bộ", "một nửa", "gấp đôi". */
const WHOLE_SHARE = new RegExp(
  String.raw`${NOT_AFTER_PREPOSITION}\b(?:toan bo|mot nua|gap (?:doi|ba|hai))\b`,
);
/** The same, of money: "toàn bộ tiền sử dụng đất", "một nửa kinh phí", not "rà soát toàn bộ diện tích rừng". */
const WHOLE_MONEY = new RegExp(
  // Folded, "gia" of "hộ gia đình", "lượng" of "lực lượng" and "mục" of "mục tiêu" are no price, wage or rate.
  String.raw`${NOT_AFTER_PREPOSITION}\b(?:(?:toan bo|mot nua)(?: [a-z]+){0,2}? (?:tien|kinh phi|chi phi|le phi|hoc phi|vien phi|gia(?! dinh)|(?<!luc )luong|tro cap|phu cap|muc(?! tieu| dich| do))\b|gap (?:doi|ba|hai)\b)`,
);

/** Forms and parts asked by their label: "mẫu số mấy", "biểu số bao nhiêu", "phụ lục số mấy". */
// "khoản mấy, điều mấy" without "số" too; not "mức bao nhiêu" (an amount), which folds like "mục".
const FORM_LABEL_ASK =
  /\b(mau|bieu|mau bieu|phu luc|dieu|khoan|chuong|muc) so (?:may|bao nhieu)\b|\b(mau|phu luc|dieu|khoan|chuong|diem) may\b/;
/** A Roman numeral as a word: "khóa XIII", "Hội nghị Trung ương IX", "Đợt I". */
const ROMAN = /(?<![\p{L}])[IVXLC]{1,6}(?![\p{L}])/u;

// ---- What a sentence states -------------------------------------------------------------------------------

/** Dates, periods, years, document numbers, ordinals and section numbers: digits that are not quantities. */
const NOT_QUANTITY = [
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b/g,
  /\bngay\s+\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?/g,
  // A day named by its date alone: "Thương binh liệt sĩ 27 tháng 7", "Quốc khánh 2 tháng 9" (not "02 tháng 15 ngày",
  // "6 tháng 1 lần").
  /\b(?:0?[1-9]|[12]\d|3[01])\s+thang\s+(?:0?[1-9]|1[0-2])\b(?!\s*(?:lan|ngay)\b)/g,
  /\bthang\s+\d{1,2}(?:\s*\/\s*\d{4}|\s+nam\s+\d{4})?/g,
  /\b\d{1,2}\/\d{4}\b/g,
  /\b\d{4}\s*[-–]\s*\d{4}\b/g,
  /\b(?:nam|quy|khoa|nhiem ky|giai doan)\s+\d{4}\b/g,
  /\b\d+(?:\/\d{4})?[-/](?:[a-z]+[-/]?)+[a-z]*\b/g,
  /\b(?:19|20)\d{2}\b/g,
  // A footnote marker of a consolidated text: "[5] Điều dưỡng …".
  /\[\d{1,3}\]/g,
];
/** Section and ordinal numbers, read with accents: "mục 3" is a section, "mức 360.000 đồng" an amount. */
const SECTION_NUMBER =
  /(?<![\p{L}])(?:lần thứ|thứ|(?<!tổng )số|điều|khoản|mục|điểm|chương|phần|phụ lục|bước|tiết|kèm theo)\s+\d+(?:\.\d+)*(?![\d.,]*\d)/gu;
/**
 * Numbers written as words; "một" only as a count ("một suất", not "một số", "một cách"); "năm" (five) only before
 * a unit ("năm năm", "năm người"), since it is also "year"; never a month's name ("tháng Tám").
 */
const SPELLED =
  /(?<![\p{L}])(?<!tháng\s+)(?:hai|ba|bốn|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ(?!\s+lệ(?![\p{L}]))|năm(?=\s+(?:năm|tháng|ngày|tuần|giờ|người|lần|thành viên)(?![\p{L}]))|một(?!\s+(?:số|cách|phần|trong|khi|lúc|mình|chút|vài)(?![\p{L}])))(?![\p{L}])/u;

/** The words that continue a number written in words: "(mười) lăm", "(hai) mươi tư", "(một) trăm năm mươi". */
const NUMBER_GOES_ON =
  /^(?:\s+(?:mươi|mười|lăm|nhăm|trăm|nghìn|ngàn|linh|lẻ|mốt|tư(?=\s)|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)(?=\s+(?:mươi|trăm|nghìn|ngàn))))+/u;

/** A figure followed by itself in words: "01 (một)", "15 (mười lăm)". */
const SPELLED_AGAIN = /(\d+)\s*\([\p{L}\s]{2,30}\)/gu;
/**
 * Words that measure rather than classify: a figure before them counts days, months, money, times. Nor does a
 * preposition or conjunction: "Quy định 377 của Bộ Chính trị" counts no "bộ".
 */
const NOT_CLASSIFIERS =
  "lan|nam|thang|ngay|tuan|quy|gio|dong|trieu|ty|nghin|phan|muc|tong|so|cua|cho|voi|tai|theo|ve|va|hoac|tu|den|tren|duoi|trong|ngoai";

/** The period a money question asks an amount for: "hằng tháng", "mỗi năm", "1 tháng". */
function periodAsked(q: string): "thang" | "nam" | undefined {
  const m = /\b(?:hang|moi|mot|1|01) (thang|nam)\b/.exec(q);
  // "một tháng lương" is an amount, not a period.
  return m && !/\b(?:mot|1|01) thang luong\b/.test(q) ? (m[1] as "thang" | "nam") : undefined;
}

/** "tháng lương", folded: months of wages, a sum paid ("trợ cấp 03 tháng lương"), not months of time. */
const WAGE_MONTHS = "thang luong";

/** Units an amount is counted per that a question may ask: a distance, a night, a sample, a meal, a trip, a share, a weight, an area, a volume. */
const PER_UNITS = "km|dem|mau|bua|luot|suat|tan|kg|ha|lit|m2|m3";
/** Units of weight, length, area and volume (folded): a figure counted in one is written with it. */
const MEASURE_UNITS: ReadonlySet<string> = new Set([
  "tan",
  "kg",
  "ha",
  "km",
  "m",
  "m2",
  "m3",
  "lit",
  "ta",
  "yen",
]);
/** "bao nhiêu đồng/km", "bao nhiêu 1 km", "bao nhiêu một mẫu", "mỗi suất quà bao nhiêu": the unit asked, folded. */
function unitAsked(q: string): string | undefined {
  return (UNIT_AFTER_ASK.exec(q) ?? UNIT_BEFORE_ASK.exec(q) ?? UNIT_AFTER_SLASH.exec(q))?.[1];
}
/**
 * "bao nhiêu triệu đồng/01 gói": any unit after a slash, the amount's currency before it; not a time ("đồng/tháng"
 * is the period asked) nor a person or a time of payment, which the period and the rate read.
 */
const UNIT_AFTER_SLASH =
  /\bbao nhieu (?:(?:trieu|ty) )?dong\s*\/\s*(?:0?1\s*)?(?!(?:thang|nam|ngay|tuan|quy|lan|luot|nguoi|ho)\b)([a-z]+)\b/;
const UNIT_AFTER_ASK = new RegExp(
  String.raw`\bbao nhieu(?: tien| dong)?\s*(?:\/\s*|(?:mot|1|01|moi) )(${PER_UNITS})\b`,
);
const UNIT_BEFORE_ASK = new RegExp(
  String.raw`\b(?:moi|mot|1) (${PER_UNITS})\b(?: [a-z]+){0,3} (?:la )?bao nhieu\b`,
);
/**
 * After an amount, its unit: "đồng/km", "đồng/người/lượt", "/01 mẫu", "đồng một km".
 */
const writtenPer = (unit: string) =>
  new RegExp(
    String.raw`^(?:[a-z]+\s*){0,2}?(?:\/\s*(?:0?1\s*)?[a-z]+\s*){0,2}?(?:\/\s*(?:0?1\s*)?|(?:mot|moi|01|1) )${unit}\b`,
  );
/** One pattern per unit, built once (statesFact reads every sentence found): the listed units up front, others when first asked. */
const WRITTEN_PER = new Map(PER_UNITS.split("|").map((unit) => [unit, writtenPer(unit)]));
const perPattern = (unit: string) => {
  let pattern = WRITTEN_PER.get(unit);
  if (!pattern) {
    pattern = writtenPer(unit);
    WRITTEN_PER.set(unit, pattern);
  }
  return pattern;
};

/** The period an amount is written for, read in the words after it: "đồng/người/tháng", "đồng/suất/lần", "/01 năm". */
function periodOf(after: string): "thang" | "nam" | "lan" | undefined {
  const m = /^(?:dong|trieu dong|ty dong|nghin dong|d)?((?:\s*\/\s*(?:0?1\s*)?[a-z]+(?: [a-z]+)?){1,3})/.exec(
    after,
  );
  // "đồng/người/lượt": a turn is an occasion, paid each time, as "đồng/lần".
  const units = [...(m?.[1] ?? "").matchAll(/\/\s*(?:0?1\s*)?([a-z]+)/g)].map((u) =>
    u[1] === "luot" ? "lan" : u[1],
  );
  return units.find((u): u is "thang" | "nam" | "lan" => u === "thang" || u === "nam" || u === "lan");
}

/** "tỷ lệ tổn thương cơ thể (từ) …" just before a rate: the first word of what it is a rate of, folded. */
const RATE_OWNER = /\bty le ([a-z]+)(?: [a-z]+){0,4}(?: (?:tu|la|duoi|tren))?\s*$/;
/**
 * "cắt giảm tối thiểu 30% thời gian thực hiện TTHC": a share written of a whole ("thời gian") is a share of that, not
 * of what a question asks a rate of ("tỷ lệ thanh toán trực tuyến"). Folded; the whole's first two words, unless they
 * only bound or compare ("trở lên", "so với").
 */
function sharesOtherBase(after: string, asked: string): boolean {
  const base = /^%?\s*(?:so |tong so |tong |toan bo )?([a-z]+ [a-z]+)/.exec(after)?.[1];
  if (!base || SHARE_BOUND.test(base) || !/\bty le\b/.test(asked)) return false;
  return !new RegExp(`\\b${base}\\b`).test(asked);
}
/** Words after a share that bound or compare it rather than name its whole, folded. */
const SHARE_BOUND =
  /^(?:tro (?:len|xuong)|so voi|tren (?:tong|so)|tro len|doi voi|cua (?:tong|ca)|moi nam|hang nam|tai |theo |tu |den |va |hoac |tren |duoi |nam \d)/;

/** Units that make a figure a count of time or of times. */
export const TIME_COUNTS: ReadonlySet<string> = new Set([
  "lan",
  "nam",
  "thang",
  "ngay",
  "tuan",
  "quy",
  "gio",
]);
/** A sum asked, folded: "tổng cộng", "tổng số tiền", "tổng kinh phí". */
const TOTAL_ASKED = /\btong (?:cong|so tien|kinh phi|muc chi|so chi)\b/;
/** An amount written per something: "đồng/người", "đồng/01 mẫu", "/tháng". */
const RATE_AFTER = /^(?:dong|trieu dong|ty dong|nghin dong|d)?\s*\//;
/** Words that multiply the figure before them: "2 triệu" is 2.000.000. */
// Chat shorthand too: "8,5tr", "500k".
const MULTIPLIERS: Record<string, number> = { trieu: 1e6, tr: 1e6, ty: 1e9, nghin: 1e3, ngan: 1e3, k: 1e3 };
/** Typed without accents, a multiplier may start another word: "vbhn 4804 ngan sach" is "ngân sách", "tỷ lệ". */
const NOT_MULTIPLIED = /^(?:ngan (?:sach|hang)|ty (?:le|trong))\b/;

/**
 * A figure as one key whatever its writing: "2 triệu" and "2.000.000 (đồng)" are one amount, "1,5 triệu" is
 * 1.500.000; a percentage stays apart from a plain number, and a count of time or times keeps its unit.
 *
 * @example
 * amountOf({ value: "2", after: "trieu dong" }) === amountOf({ value: "2.000.000", after: "dong" }) // true
 */
function amountOf(q: { value: string; after: string }): string {
  const percent = q.value.endsWith("%");
  const digits = q.value.replace(/%$/, "").trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(digits)) return q.value;
  // "1.500.000" groups thousands; "1,5" and a lone "2.5" are decimals.
  const grouped = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(digits);
  const n = Number(grouped ? digits.replace(/\./g, "").replace(",", ".") : digits.replace(",", "."));
  const unit = /^([a-z]+)/.exec(q.after)?.[1] ?? "";
  const times = percent || NOT_MULTIPLIED.test(q.after) ? 1 : (MULTIPLIERS[unit] ?? 1);
  // "1 năm" given is not the "01 lần" of the answer: a count of time or times keeps its unit.
  const counted = TIME_COUNTS.has(unit) ? ` ${unit}` : "";
  return Number.isFinite(n) ? `${n * times}${percent ? "%" : ""}${counted}` : q.value;
}

/**
 * The figures a sentence writes, each as one key whatever its writing (see {@link amountOf}): what a question's
 * `given` figures are compared with.
 *
 * @example
 * figuresIn("từ 21% đến 40% được hỗ trợ 70%") // ["21%", "40%", "70%"]
 */
export function figuresIn(sentence: string): string[] {
  return quantities(sentence).map(amountOf);
}

/** A range of rates: "từ 16% - 20%", "21% đến 40%", "từ 61 đến 80%". */
const RATE_RANGE = /(\d+(?:,\d+)?)\s*%?\s*(?:-|–|den|toi)\s*(\d+(?:,\d+)?)\s*%/g;

/**
 * How closely a text writes a figure (a key of {@link amountOf}): 0 when it writes it as such; for a rate, the width
 * of the narrowest range it writes that holds it ("18%" is in "từ 16% - 20%": 4); Infinity when it does not.
 *
 * @example
 * figureFit("Tỷ lệ tổn thương cơ thể từ 16% - 20%: 8,0 lần mức chuẩn", "18%") // 4
 */
export function figureFit(text: string, key: string): number {
  if (figuresIn(text).includes(key)) return 0;
  if (!key.endsWith("%")) return Number.POSITIVE_INFINITY;
  const value = Number(key.slice(0, -1));
  const number = (s: string) => Number(s.replace(",", "."));
  let best = Number.POSITIVE_INFINITY;
  for (const m of fold(normalize(text)).matchAll(RATE_RANGE)) {
    const [low, high] = [number(m[1] as string), number(m[2] as string)];
    if (low <= value && value <= high) best = Math.min(best, high - low);
  }
  return best;
}

/**
 * The figures a question states as its conditions: rates and amounts ("thương binh 21%–40%", "ngoài mức 2 triệu"),
 * not a bare number that may name a document ("cv 2864").
 *
 * @example
 * conditionFigures("thương binh 21%–40% được hỗ trợ bao nhiêu %?") // ["21%", "40%"]
 */
export function conditionFigures(question: string): string[] {
  const stated = quantities(question).filter(
    (q) => /\d/.test(q.value) && (q.value.endsWith("%") || MEASURED.money(q)),
  );
  return [...new Set(stated.map(amountOf))];
}

/** Quantities in a sentence, each with the folded words after it: "11 huyện" → ["11", "huyen …"]. */
function quantities(sentence: string): { value: string; after: string; before: string }[] {
  // "01 (một) lần": the count spelled out again in brackets is the same count.
  const unspelled = normalize(sentence).replace(SPELLED_AGAIN, (m, n: string) => n.padEnd(m.length));
  let text = fold(unspelled.replace(SECTION_NUMBER, (m) => " ".repeat(m.length)));
  for (const pattern of NOT_QUANTITY) text = text.replace(pattern, " ");
  const found: { value: string; after: string; before: string }[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*(?:\/\d+)?\s*%?/g)) {
    // "1.000.000 đồng/01 mộ": a rate's denominator is no count of graves.
    if (/\/\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index))) continue;
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    found.push({ value: m[0].trim(), after: after.trim(), before });
  }
  const original = normalize(sentence);
  for (const m of original.matchAll(new RegExp(SPELLED.source, "gu"))) {
    // "mười lăm ngày", "hai mươi tư tháng": the words after the figure start where the number ends.
    const end = (m.index ?? 0) + m[0].length;
    const rest = NUMBER_GOES_ON.exec(original.slice(end))?.[0].length ?? 0;
    const after = fold(original.slice(end + rest, end + rest + 40));
    found.push({ value: m[0], after: after.trim(), before: "" });
  }
  return found;
}

/**
 * How often, as "mấy tháng một lần" asks it: a period ("hằng năm", "mỗi quý", "định kỳ 6 tháng", "theo quý"), or a
 * count per period ("02 năm một lần", "6 tháng/lần", "01 lần/01 năm", "2 lần/năm"), or a term of renewal. A day ("ngày 27/7") or a
 * length of time ("tối đa 10 ngày") is not a cadence, nor is "định kỳ" with no period.
 */
const CADENCE_STATED = [
  /\b(?:hang|moi) (?:nam|quy|thang|tuan|ngay)\b/,
  // "1 tuần/1 lần", "6 tháng/lần", "hai năm một lần".
  /\b(?:nam|thang|quy|tuan|ngay)\s*(?:(?:mot|1|01)\s+lan|\/\s*(?:(?:mot|1|01)\s*)?lan)\b|\bmoi nien han\b/,
  /\blan\s*\/\s*(?:(?:mot|1|01)\s*)?(?:nam|thang|quy|tuan)\b/,
  // "theo quý", not "theo quy định".
  /\b(?:dinh ky|theo) (?:(?:\d+|mot|hai|ba|sau) )?(?:nam|thang|quy(?! (?:dinh|che|mo|hoach))|tuan)\b/,
  // A term of renewal: "Niên hạn cấp: 03 năm".
  /\bnien han\b[^0-9]{0,20}\d+\s*(?:nam|thang)\b/,
];

const DATE_STATED = [
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b/,
  /\bngay\s+\d{1,2}\s+thang\s+\d{1,2}/,
  /\bthang\s+\d{1,2}(?:\s*\/\s*\d{4}|\s+nam\s+\d{4})?/,
  /\b\d{1,2}\/\d{4}\b/,
  /\bnam\s+(?:19|20)\d{2}\b/,
  /\bquy\s+(?:[ivx]+|\d)\b/,
  /\b(?:hang|hang) (?:nam|quy|thang|tuan|ngay)\b|\bmoi (?:nam|quy|thang|tuan)\b/,
  // A cadence written as a count: "hai năm một lần", "6 tháng/lần"; or by a fixed term: "mỗi niên hạn 01 lần".
  /\b(?:nam|thang|quy|tuan|ngay)\s*(?:(?:mot|1)\s+lan|\/\s*(?:(?:mot|1|01)\s*)?lan)\b|\bmoi nien han\b/,
  /\b(?:dinh ky|thuong xuyen|giai doan|nhiem ky|cham nhat|ke tu|tu nay den|dau nam|cuoi nam|giua nam|hieu luc|ngay ky)\b/,
  /\btruoc (?:ngay|khi|dai hoi|ky hop|thoi diem)\b|\b(?:ngay|sau) khi\b/,
  // Not a rate's denominator: "1.400.000 đồng/01 liệt sĩ/01 năm" says how much a year, not when.
  /(?<!\/\s*)\b\d+\s+(?:ngay|thang|nam|tuan|quy)\b/,
];

/**
 * "Trưởng đoàn giám sát … là ai?", "do ai làm trưởng đoàn": a person asked by the post they hold, answered by a
 * name. "Ai là người có trách nhiệm …" and "cơ quan chủ trì là ai" ask for a role or a body.
 */
const PERSON_ASK =
  /\b(?:ho (?:va )?ten|ong(?:\/| hay )?ba nao)\b|^(?!.*\b(?:don vi|co quan|to chuc|nganh|dia phuong|cap nao|nguoi co trach nhiem)\b).*\bla ai\s*$|\b(?:lien he (?:voi )?)?(?:can bo|dong chi|chuyen vien) nao (?:phu trach|theo doi|tiep nhan|giai dap)\b|\blien he (?:voi )?(?:can bo|dong chi|chuyen vien) nao\b|\bai (?:lam|giu(?: chuc)?|dam nhiem) (?:pho |chanh )?(?:truong|chu tich|giam doc|bi thu|chu nhiem|thu truong|bo truong|cuc truong|vu truong)\b/;
/**
 * A person's name: a Vietnamese family name, then one to three capitalised words ("Nguyễn Thiện Nhân"); or any name
 * an honorific introduces ("Bà Khúc Thị Hòa").
 */
const PERSON_NAME =
  /(?<![\p{L}])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đào|Trịnh|Mai|Trương|Lương|Tạ|Lâm|Cao|Đoàn|Vương|Thái|Tô|Chu|Lưu|Kiều|Quách|Triệu|Nông|Lò|Giàng|Hứa|Phùng|Tăng|Khuất|Thân|Tống|Mạc|Lại|Đàm|Hà)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}(?![\p{L}])|(?<![\p{L}])(?:Ông|Bà|ông|bà)\s+\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}(?![\p{L}])/u;

/** A question for a calendar day. */
const DAY_ASK = /\b(?:ngay nao|ngay thang nam nao|ngay thang nao|ngay bao nhieu|hom nao)\b/;
/** "tính từ ngày nào", "được áp dụng kể từ ngày nào", folded: from when a rule holds. */
const START_ASK = /\b(?:tinh|ap dung|thuc hien|huong)(?: [a-z]+){0,2} (?:tu|ke tu) ngay nao\b/;
/** A point in the year: "vào dịp nào", "tháng nào", "thời điểm nào trong năm". */
const POINT_ASK = /\b(?:dip nao|thang nao|thoi diem nao trong nam)\b/;
/** A month, a day or an occasion written: "tháng 7", "27/7", "quý I", "dịp Tết", "ngày lễ", "cuối năm". */
const POINT_STATED =
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\b|\b(?:ngay|thang)\s+\d{1,2}\b|\bquy\s+(?:[ivx]+|\d)\b|\b(?:dip|tet|ngay le|ky niem)\b|\b(?:dau|cuoi|giua) (?:nam|quy|thang)\b/;
/** A document's number, with the date after it: "170/2008/qd-ttg ngay 18 thang 12 nam 2008", "54/2006/nd-cp ngay 26/5/2006". */
const CITED_DOCUMENT =
  /\b\d+\/(?:\d{4}\/)?[a-z][\w-]*(?:\s*,?\s*ngay\s+\d{1,2}(?:\s+thang\s+|\s*[/.-]\s*)\d{1,2}(?:\s+nam\s+|\s*[/.-]\s*)\d{4})?/g;
/** A date of a given year: "01/01/1945", "ngày 01 tháng 01 năm 1945", "tháng Tám năm 1945". */
const FULL_DATE =
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\b(?:ngay\s+\d{1,2}\s+)?thang\s+[a-z0-9]+\s+nam\s+\d{4}\b/g;
/** A calendar day written: "26/8/2024", "26/8", "ngày 26 tháng 8". */
/** "hằng năm", "mỗi năm", folded: a day asked of every year. */
const YEARLY = /\b(?:hang|moi) nam\b/;
/** A sentence that sets a time every year or period: "hằng năm", "mỗi năm", "định kỳ", folded. */
const RECURS = /\b(?:hang|moi) nam\b|\bdinh ky\b/;
/** "ngày nào hằng tháng", "hằng tháng vào ngày mấy": a day asked of every month, not of a monthly allowance. */
const MONTHLY =
  /\bngay (?:nao|may|bao nhieu) (?:hang|moi|trong|cua) thang\b|\b(?:hang|moi) thang (?:vao )?ngay (?:nao|may)\b/;
/** "ngày 10" with no month after it: a day of every month ("trước ngày 10 hằng tháng", "từ ngày 01 đến ngày 15"). */
const DAY_OF_MONTH = /\bngay\s+\d{1,2}\b(?!\s*(?:[/.-]\s*\d|thang\s+(?:\d|[a-z]+ nam\b)))/;
const DAY_STATED = /\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\b|\bngay\s+\d{1,2}\b/;

/** "19/5/2012", "19 tháng 5 năm 2012", folded: a full calendar day, however written. */
const DAY_KEY =
  /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\b|\b(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d{2})\b/g;

/** The full days a folded text writes, each as "2012-5-19". */
function dayKeys(folded: string): string[] {
  return [...folded.matchAll(DAY_KEY)].map(
    (m) => `${m[3] ?? m[6]}-${Number(m[2] ?? m[5])}-${Number(m[1] ?? m[4])}`,
  );
}

/** A case or condition a sentence states: "khi …", "trong trường hợp …", "nếu …", "trong quá trình …". */
const CONDITION_STATED = /\b(?:khi|truong hop|neu|trong qua trinh)\b/;

/** A level of government answers "cấp nào": "bệnh viện cấp tỉnh", "cấp huyện". */
const LEVEL_STATED = /(?<![\p{L}])cấp (?:tỉnh|huyện|xã|trung ương|bộ|cơ sở)(?![\p{L}])/u;

/** Organisations, office holders and the people a rule applies to: what "ai / đơn vị nào" asks for. */
const PARTY_STATED =
  /(?<![\p{L}])(?:Ban|Bộ|Sở|Ủy ban|Uỷ ban|UBND|HĐND|MTTQ|Hội đồng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Huyện ủy|Thị ủy|Đảng ủy|Đảng đoàn|Ban cán sự|Văn phòng|Chính phủ|Thủ tướng|Quốc hội|Chủ tịch|Giám đốc|Bí thư|Trưởng|Phó|Cục|Tổng cục|Vụ|Viện|Kho bạc|Ngân hàng|Công an|Quân|Hội|Đoàn|Mặt trận|Liên đoàn|Trung tâm|Chi cục|Phòng|Thanh tra|Tòa án|Trường|Bệnh viện)(?![\p{L}])|(?<![\p{L}])(?:cơ quan|đơn vị|cấp ủy|cấp uỷ|tổ chức|địa phương|người đứng đầu|cán bộ|công chức|viên chức|đảng viên|cá nhân|hộ gia đình|người|thân nhân|đối tượng|thương binh|bệnh binh|liệt sĩ|quân nhân|ủy ban|uỷ ban|sở|ban|ngành|huyện ủy|thị ủy|thành ủy|đảng ủy|chi bộ|tập thể|lãnh đạo)(?![\p{L}])/u;

/** "bằng tiền mặt hay hiện vật": the two words before "hay" and the two after, at the end of the question. */
const CHOICE = /\b([a-z]+ [a-z]+) hay ([a-z]+ [a-z]+)\s*$/;
/**
 * "… tiền mặt hay hiện vật", "… ngân sách thành phố hay ngân sách quận huyện": the two options closing the question,
 * the first as many words long as the second (two to four).
 */
function choiceOf(q: string): [string, string, string] | null {
  const two = CHOICE.exec(q);
  const right = /\shay ((?:[a-z]+ ){2,3}[a-z]+)\s*$/.exec(q);
  if (!right?.[1]) return two ? [two[0], two[1] ?? "", two[2] ?? ""] : null;
  const n = right[1].split(" ").length;
  const left = q.slice(0, right.index).trim().split(" ").slice(-n).join(" ");
  return /^[a-z ]+$/.test(left) ? [`${left} hay ${right[1]}`, left, right[1]] : null;
}
const CHOICE_LINK = /^(?:theo|bang|cho|boi|tai|o|tu|den|voi|la|phai|duoc) /;
/** Heads of a body's name, folded: what "A hay B" chooses between when it asks who acts. */
const BODY_HEAD = String.raw`(?:ubnd|uy ban|phong|so|bo|cuc|chi cuc|ban|hoi dong|kho bac|bao hiem xa hoi|bhxh|truong|trung tam|co quan|don vi)`;
/** "do UBND xã hay Phòng LĐTBXH chi trả": a choice between two bodies asks which one acts. */
const BODY_CHOICE = new RegExp(String.raw`\b${BODY_HEAD}\b(?: [a-z&]+){0,4} hay ${BODY_HEAD}\b`);
/**
 * The two bodies of BODY_CHOICE as bodyKey writes them, without "cấp": "bhxh tinh hay bhxh huyen truc tiep chi tra" →
 * "bao hiem xa hoi tinh", "bao hiem xa hoi huyen". The second is read as many words long as the first, since the
 * question goes on after it; none when the first runs over two words after its head.
 */
function bodyOptions(q: string): { options: [string, string] } | undefined {
  const m = BODY_OPTIONS.exec(q);
  if (!m?.[1] || m[2] === undefined || !m[3] || m[4] === undefined) return undefined;
  const words = m[2].trim() ? m[2].trim().split(" ").length : 0;
  const right = m[4].trim().split(" ").slice(0, words).join(" ");
  return { options: [optionKey(`${m[1]}${m[2]}`), optionKey(`${m[3]} ${right}`)] };
}
const BODY_OPTIONS = new RegExp(
  String.raw`\b(${BODY_HEAD})((?: (?!hay\b)[a-z&]+){0,2}) hay (${BODY_HEAD})((?: [a-z&]+){0,2})`,
);
function optionKey(body: string): string {
  return ` ${bodyKey(body)} `.replace(/ (?:cap|cac) /g, " ").trim();
}

/** "do ai …", "bởi ai", "cơ quan / đơn vị / tổ chức / cấp / sở / bộ / ban / ngành nào": who acts, folded. */
const AGENT_ASK =
  /\b(?:do|boi) ai\b|\b(?:co quan|don vi|to chuc|cap|so|bo|ban|nganh|lanh dao) nao\b(?! (?:duoc|se duoc|thi duoc) (?:huong|nhan|ho tro|tro cap|cap|tang))/;
/** Bodies and offices as texts name them, with their capitals: "Bộ", "Sở", "Ủy ban", "Chủ tịch", "Bệnh viện". */
const NAMED_BODIES =
  "Ban|Bộ|Sở|Ủy ban|Uỷ ban|UBND|HĐND|MTTQ|Hội đồng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Huyện ủy|Thị ủy|Đảng ủy|Đảng đoàn|Ban cán sự|Văn phòng|Chính phủ|Thủ tướng|Quốc hội|Chủ tịch|Giám đốc|Bí thư|Trưởng|Phó|Cục|Tổng cục|Vụ|Viện|Kho bạc|Ngân hàng|Công an|Quân|Hội|Đoàn|Mặt trận|Liên đoàn|Trung tâm|Chi cục|Phòng|Thanh tra|Tòa án|Trường|Bệnh viện|Bảo hiểm";
/**
 * Bodies and office holders: PARTY_STATED without the people a rule is about, and without a lower-case "sở" or "ban"
 * ("cơ sở", "ban hành").
 */
const AGENT_STATED = new RegExp(
  String.raw`(?<![\p{L}])(?:${NAMED_BODIES})(?![\p{L}])|(?<![\p{L}])(?:cơ quan|đơn vị|cấp ủy|cấp uỷ|tổ chức|địa phương|người đứng đầu|thủ trưởng|ủy ban|uỷ ban|các sở|các bộ|các ban|ngành|huyện ủy|thị ủy|thành ủy|đảng ủy|chi bộ|tập thể|lãnh đạo|kho bạc|bảo hiểm xã hội)(?![\p{L}])`,
  "u",
);

/**
 * A paper a dossier holds: "Đơn đề nghị", "Bản sao giấy chứng nhận", "Tờ khai", "Biên bản", "thẻ đội viên". Not an
 * "đơn vị" (a unit), "đơn giá" (a unit price) or "đơn phương".
 */
const PAPER_NAMED =
  /(?<![\p{L}])(?:đơn(?!\s+(?:vị|giá|thuần|lẻ|phương)(?![\p{L}]))|bản sao|bản chính|bản khai|giấy|tờ khai|tờ trình|biên bản|danh sách|thẻ|sổ|chứng từ|hợp đồng|trích lục|văn bằng|chứng chỉ)(?![\p{L}])/giu;

/**
 * The one paper a question asks the form of, its noun and the next word, folded: "giấy khai tử nộp kèm … theo mẫu số
 * mấy" → "giay khai". None when it names no paper or several ("đơn và bản khai"), which a sentence may name apart.
 */
function formPaper(question: string): string | undefined {
  const named = [...new Set(papersIn(question).map((p) => fold(p).split(" ").slice(0, 2).join(" ")))];
  return named.length === 1 && named[0]?.includes(" ") ? named[0] : undefined;
}

/** The papers a text names, each with the two words after it, lower case: "giấy chứng nhận", "bản sao giấy". */
function papersIn(text: string): string[] {
  const lower = text.toLowerCase();
  return [...lower.matchAll(PAPER_NAMED)].map((m) =>
    lower
      .slice(m.index ?? 0)
      .split(/[\s,;.:()"“”]+/u)
      .slice(0, m[0].split(" ").length + 2)
      .join(" "),
  );
}

/** The words before a one-syllable counted noun elsewhere in the folded question: "quy hoach can bo … may bo" → ["can"]. */
function compoundsOf(q: string, counted: string): string[] {
  if (!/^[a-z]+$/.test(counted)) return [];
  const before = [...q.matchAll(new RegExp(`\\b([a-z]+) ${counted}\\b`, "g"))].map((m) => m[1] as string);
  return [...new Set(before.filter((w) => !/^(?:may|nhieu|bao|cac|nhung|moi|tung|mot|hai|ba)$/.test(w)))];
}

/**
 * Whether a sentence states a fact of the asked kind: a quantity (not a date, year, document number or section
 * number; for "bao nhiêu huyện" a quantity of that noun), a date, period or recurrence, or a party.
 *
 * @example
 * statesFact("Tỉnh có 11 huyện, thành phố.", { kind: "number", counted: "huyen", name: "" }) // true
 * statesFact("Nghị quyết số 162-NQ/TU, ngày 22/5/2024", { kind: "number", counted: "", name: "" }) // false
 */
/** An hour of the clock: "19h00’", "9h", "16 giờ 30", "lúc 8 giờ". */
const CLOCK_TIME = /(?<![\d,.])(?:[01]?\d|2[0-3])\s*(?:h|giờ)\s*(?:[0-5]\d)?(?![\p{L}\d])/u;

export function statesFact(sentence: string, fact: AskedFact): boolean {
  if (fact.kind === "number") {
    if (fact.label) {
      const folded = fold(normalize(sentence)).toLowerCase();
      return (
        cached(`\\b${fact.label} (?:so )?(?:[a-z]{0,3}\\d|[ivxlc]{1,6}\\b)`).test(folded) &&
        (!fact.labelOf || wordWritten(fact.labelOf).test(folded))
      );
    }
    if (fact.weekday) return WEEKDAY.test(fold(normalize(sentence)).toLowerCase());
    // "báo cáo … trước mấy giờ hằng ngày": an hour of the clock ("trước 19h00’", "trước 16 giờ 30") answers it.
    if (fact.counted === "gio" && CLOCK_TIME.test(sentence)) return true;
    if (
      fact.ordinal &&
      (ROMAN.test(sentence) || /\b(?:lan thu|thu|lan|khoa|dot)\s+\d+\b/.test(fold(normalize(sentence))))
    )
      return true;
    // A time limit asked: "từ bảy ngày trở lên", "trên 30 ngày" bound a case and limit nothing.
    const found = quantities(sentence).filter(
      (q) =>
        !fact.given?.includes(amountOf(q)) &&
        !(fact.limit && boundsDuration(q)) &&
        !(fact.bound && OTHER_BOUND[fact.bound].test(q.before)),
    );
    if (fact.workingDays) return found.some((q) => /^ngay lam viec\b/.test(q.after));
    // "hỗ trợ toàn bộ tiền sử dụng đất", "một nửa": a share of the whole is an amount and a ratio; not in a lead-in
    // ("… một phần hoặc toàn bộ tiền sử dụng đất theo các mức cụ thể như sau:"), whose items give the figures.
    if (
      ((fact.measure === "money" && WHOLE_MONEY.test(fold(normalize(sentence)))) ||
        (fact.measure === "ratio" && WHOLE_SHARE.test(fold(normalize(sentence))))) &&
      !sentence.trimEnd().endsWith(":")
    )
      return true;
    // "01 tháng lương tối thiểu chung": an amount counted in wages, unless the wage itself is asked.
    if (fact.measure === "money" && !fact.wageBase && found.some((q) => /^thang luong\b/.test(q.after)))
      return true;
    const times = fact.timesPer && TIMES_WRITTEN.get(fact.timesPer);
    if (times)
      return found.some(
        (q) => /^lan\b/.test(q.after) && (times.after.test(q.after) || times.before.test(q.before)),
      );
    // "tổng cộng bao nhiêu": a sum, which no rate per person or per item is, nor a share ("đạt 20% xã, phường").
    if (fact.total)
      return found.some(
        (q) =>
          MEASURED.money(q) && !RATE_AFTER.test(q.after) && !q.value.endsWith("%") && !/^%/.test(q.after),
      );
    // "bao nhiêu đồng/km": an amount per kilometre, written "đồng/km", "/01 km" or "một km" after it.
    if (fact.per) {
      const per = perPattern(fact.per);
      return found.some((q) => per.test(q.after));
    }
    if (fact.measure === "money" && fact.period)
      return found.some((q) => {
        const written = periodOf(q.after);
        return MEASURED.money(q) && (written === undefined || written === fact.period);
      });
    // "tỷ lệ tổn thương cơ thể từ 61%" is a rate of injury: it answers a rate asked of something else only if the
    // question names injury too.
    if (fact.measure === "ratio" && fact.asked !== undefined) {
      const asked = fact.asked;
      return found.some((q) => {
        const owner = RATE_OWNER.exec(q.before)?.[1];
        return (
          MEASURED.ratio(q) &&
          (owner === undefined || new RegExp(`\\b${owner}\\b`).test(asked)) &&
          !sharesOtherBase(q.after, asked)
        );
      });
    }
    // "… bao nhiêu tỷ đồng": a share ("bằng 79,5% dự toán") names no sum.
    if (fact.inCurrency)
      return found.some((q) => MEASURED.money(q) && !q.value.endsWith("%") && !/^%/.test(q.after));
    if (fact.measure) return found.some((q) => MEASURED[fact.measure as keyof typeof MEASURED](q));
    if (!fact.counted) return found.length > 0;
    // "bao nhiêu đối tượng / thành viên" counts people however the text names them ("2.350 người"); "bao nhiêu căn
    // nhà" is counted by its classifier or its noun ("500 căn", "1.000 nhà").
    const phrase = fact.phrase ?? fact.counted;
    const head = phrase.split(" ")[1];
    const people =
      PERSONS.has(phrase) ||
      / vien$/.test(phrase) ||
      (PERSONS.has(fact.counted) && !(fact.phrase && AMBIGUOUS_SYLLABLE.has(fact.counted)));
    // Read in the sentence, a people noun is whole: "2.220.000 đồng/người" counts no "đồng chí".
    const nouns = people
      ? [...PERSONS].filter((n) => !AMBIGUOUS_SYLLABLE.has(n))
      : phrase === WAGE_MONTHS
        ? [WAGE_MONTHS]
        : // "bao nhiêu tấn thuốc nổ", "bao nhiêu ha đất": a unit of measure is what the figure is written with; the
          // substance after it is not ("Km40+00 thuộc dự án" weighs nothing).
          [
            fact.counted,
            ...(head && !NOT_COUNTED.has(head) && !MEASURE_UNITS.has(fact.counted) ? [head] : []),
          ];
    // The noun right after the figure, or after one classifier word: "17 đồng chí", "03 trường hợp", "10 huyện".
    // Up to five classifier words between: "11 đơn vị hành chính cấp huyện"; never a unit of time or money.
    const counts = new RegExp(
      `^(?:(?!(?:${[...NOT_COUNTED].join("|")}|${NOT_CLASSIFIERS})\\b)[a-z]+ ){0,5}(?:${nouns.join("|")})\\b`,
    );
    // "Số học sinh: 1.250", "Thành viên gồm: 15": a bare figure (no noun or unit after it) counts the noun just
    // before it, in the same clause.
    const countedBefore = new RegExp(
      `\\b(?:${nouns.join("|")})\\b(?: [a-z]+){0,4}\\s*(?::|\\||la|gom|co)?\\s*$`,
    );
    const bareCount = (q: { value: string; after: string }) =>
      /^\d+(?:\.\d{3})*$/.test(q.value) && !/^[a-z%]/.test(q.after);
    // "Một cán bộ …" when the question writes "cán bộ" as a word of its own: the syllable is not the noun counted.
    const compound = fact.compounds?.length
      ? cached(`(?:^| )(?:${fact.compounds.join("|")}) (?:${nouns.join("|")})$`)
      : null;
    const countsNoun = (after: string) => {
      const m = counts.exec(after);
      return m !== null && !compound?.test(m[0]);
    };
    // "ít nhất 2/3 tổng số thành viên": a share of the whole counts its noun too.
    const share = (q: { value: string; after: string }) =>
      /[/%]/.test(q.value) && countsNoun(q.after.replace(/^\s*(?:%\s*)?tong so\s+/, ""));
    return found.some(
      (q) => countsNoun(q.after) || share(q) || (bareCount(q) && countedBefore.test(q.before)),
    );
  }
  if (fact.kind === "docNumber") {
    // The kind, then within six words its number: "công văn số 1983/BXD-QLN", "Báo cáo kết quả giám sát số 120/BC-ĐGS".
    const stated = new RegExp(
      `\\b${kindInSentence(fact.counted)}\\b(?: [^ ]+){0,6}? (?:so )?\\d+(?:/\\d{4})?[/-][a-z]`,
    );
    return stated.test(fold(normalize(sentence)).toLowerCase());
  }
  if (fact.kind === "date") {
    const given = fact.givenDays;
    if (given) {
      const days = dayKeys(fold(normalize(sentence)).toLowerCase());
      if (days.length > 0 && days.every((d) => given.includes(d))) return false;
    }
    if (fact.deadline)
      // No document date: a time limit the text reports from an earlier letter is still one ("… trước ngày 31/8/2013").
      return (
        !countsFromReceipt(sentence, fact.submitted) &&
        // "… gửi báo cáo … trước ngày nào": the time to send a report is set where the report is, not in "theo báo
        // cáo của BHXH, 09 tháng đầu năm 2025 …".
        !(fact.submitted && quotesPapersOnly(sentence, fact.submitted)) &&
        (!fact.deadlineYearly || RECURS.test(fold(normalize(sentence)).toLowerCase())) &&
        (findDeadlinePhrases(sentence, { documentDate: null }).some(
          (p) => DEADLINE_KINDS.has(p.kind) && !(fact.deadlineDay && !WITHIN_MONTH.test(fold(p.text))),
        ) ||
          TIME_ALLOWED.test(fold(normalize(sentence)).toLowerCase()))
      );
    const folded = fold(normalize(sentence));
    // "… có hiệu lực từ ngày tháng năm nào?" is not answered by "sau 15 ngày, kể từ ngày đăng Công báo".
    // "… kể từ ngày bản án có hiệu lực" names the day by its event; "sau 15 ngày, kể từ ngày …" counts from one.
    if (fact.day === "yearly") return daysOfYear(sentence).length > 0;
    if (fact.day === "monthly") return DAY_OF_MONTH.test(folded.toLowerCase());
    if (fact.span) {
      const given = fact.span;
      // "(theo mẫu … tại Công văn số 2906/… kế hoạch … 03 năm 2018-2020)": an aside citing another text is its span.
      const own = folded.toLowerCase().replace(/\([^()]*\b\d+\/(?:\d{4}\/)?[a-z][^()]*\)/g, " ");
      return spansIn(own).some((s) => !given.includes(s));
    }
    // "Căn cứ Nghị định số 93/2001/NĐ-CP ngày 12 tháng 12 năm 2001 …": a cited document's day, or any day of a recital,
    // is not when a rule starts.
    if (fact.start && /^\W*(?:can cu|xet)\b/i.test(folded)) return false;
    const days = fact.start ? folded.toLowerCase().replace(CITED_DOCUMENT, " ") : folded;
    if (fact.day) return DAY_STATED.test(days) || /(?<!\bngay,? )\bke tu ngay [a-z]/.test(folded);
    // A document cited with its number and date ("Quyết định số 170/2008/QĐ-TTg ngày 18 tháng 12 năm 2008") gives
    // no year of what is asked.
    if (fact.year) return /\b(?:19|20)\d{2}\b/.test(folded.toLowerCase().replace(CITED_DOCUMENT, " "));
    if (fact.point === "yearly") return POINT_STATED.test(folded.replace(FULL_DATE, " "));
    if (fact.point) return POINT_STATED.test(folded);
    // "Khi nào … được tiếp cận?" may ask in what case: "Khi thông tin … được giải mật thì …" answers it.
    if (fact.condition && CONDITION_STATED.test(folded)) return true;
    // A cadence needs its period: "định kỳ", "thường xuyên" alone say that it recurs, not how often.
    if (fact.cadence) return CADENCE_STATED.some((p) => p.test(folded));
    // "… sửa đổi Nghị định số 113/2013/NĐ-CP ngày 02/10/2013 …": the day of a document cited is not when the work is.
    const own = folded.toLowerCase().replace(CITED_DOCUMENT, " ");
    return DATE_STATED.some((p) => p.test(own));
  }
  if (fact.kind === "papers")
    return papersIn(normalize(sentence)).some((p) => !fact.given?.includes(fold(p)));
  if (fact.kind === "formula") return FORMULA_STATED.test(sentence);
  if (fact.kind === "reason") return REASON_STATED.test(sentence.normalize("NFC"));
  if (fact.kind === "choice") {
    const folded = fold(normalize(sentence)).toLowerCase();
    return (fact.options ?? []).some((o) => wordWritten(o).test(folded));
  }
  // "huyện Gia Bình", "Hà Giang, Lào Cai": a place by its name, as a question names one.
  if (fact.kind === "place" && fact.venue) return VENUE_STATED.test(sentence.normalize("NFC"));
  if (fact.kind === "place") return namedPlaces(sentence).length > 0;
  if (fact.person) return PERSON_NAME.test(sentence.normalize("NFC"));
  const text = sentence.normalize("NFC");
  // "hình thức bồi dưỡng do ai quyết định": a body named for another act ("… của ngành Lao động …") is not its agent.
  if (fact.act) {
    const folded = fold(normalize(text)).toLowerCase();
    const written = wordWritten(fact.act).test(folded);
    // "Thông tư số 38/2019/TT-BTC ngày 28/6/2019 của Bộ trưởng Bộ Tài chính" names who issued it without the verb.
    if (!written && !(ISSUING.has(fact.act) && ISSUED_BY.test(folded))) return false;
  }
  // "Bộ", "Sở" as a name begins, capitalized ("toàn bộ", "cơ sở" are no bodies); "kho bạc Nhà nước" may be written lower.
  if (fact.body) return bodyWritten(fact.body).test(text);
  // "BHXH tỉnh hay BHXH huyện chi trả": one of the two must be named; "Bảo hiểm xã hội Việt Nam chi trả" is neither.
  if (fact.options) {
    const key = optionKey(text);
    return fact.options.some((o) => key.includes(o));
  }
  // "… gồm những cơ quan nào": a body named by its name ("Sở Nội vụ", "Công an tỉnh"), not "các cơ quan, đơn vị".
  if (fact.members) return NAMED_BODY.test(text);
  return (fact.agent ? AGENT_STATED : PARTY_STATED).test(text) || LEVEL_STATED.test(text);
}

/** A body written by its name, with its capital ("Sở Nội vụ", "Công an tỉnh"). */
const NAMED_BODY = new RegExp(String.raw`(?<![\p{L}])(?:${NAMED_BODIES})(?![\p{L}])`, "u");

/**
 * A pattern built once per source and flags: statesFact reads every sentence found, with the same fact's words (an
 * act, a body, a form's label) each time.
 */
const PATTERNS = new Map<string, RegExp>();
function cached(source: string, flags = ""): RegExp {
  const key = `${flags}/${source}`;
  let pattern = PATTERNS.get(key);
  if (!pattern) {
    // The words come from questions: a long-running service starts over rather than keep them all.
    if (PATTERNS.size >= 2000) PATTERNS.clear();
    pattern = new RegExp(source, flags);
    PATTERNS.set(key, pattern);
  }
  return pattern;
}
/** A folded word or words, whole. */
const wordWritten = (words: string) => cached(`\\b${words}\\b`);
/** A kind of body as a whole word, as written ("Bộ", "Kho bạc"); a two-word kind may be written lower. */
const bodyWritten = (body: string) =>
  cached(`(?<![\\p{L}])${body}(?![\\p{L}])`, body.includes(" ") ? "iu" : "u");

/** "bộ nào có trách nhiệm bố trí", "ai chịu trách nhiệm thi hành" (folded): the act a party is made responsible for. */
const RESPONSIBLE_ACT =
  /\b(?:ai|(?:co quan|don vi|bo|so|cuc|cap|ban|nganh) nao) (?:co trach nhiem|chiu trach nhiem|duoc giao) ([a-z]+)(?: ([a-z]+))?\b/;
/** First words of acts that, folded, are also a body's name ("bố trí" and "Bộ", "ban hành" and "Ban"). */
const BODY_SYLLABLES = new Set(["bo", "so", "ban", "cuc", "phong"]);
/**
 * The act of RESPONSIBLE_ACT by its first two words, only where the first alone also names a body ("bố trí"): there
 * the body asked would be found in the act's own word. Other acts are not required, since a text may state the duty
 * in other words (requiring every such act lost a kept-back law answer).
 */
function responsibleAct(q: string): string | undefined {
  const m = RESPONSIBLE_ACT.exec(q);
  return m?.[1] && m[2] && BODY_SYLLABLES.has(m[1]) ? `${m[1]} ${m[2]}` : undefined;
}
/** "do ai quyết định", "bởi ai cấp" (folded): the act whose agent is asked, by its first word. */
const ACT_AFTER_AGENT = /\b(?:do|boi) ai ([a-z]+)\b/;
/** Issuing a text: "ban hành", "ký". */
const ISSUING = new Set(["ban", "ky"]);
/** A text's number and, within a few words, "của" and its issuer (folded): "số 38/2019/tt-btc ngày 28/6/2019 của". */
const ISSUED_BY = /\b\d+\/(?:\d{4}\/)?[a-z0-9-]+(?:\s+\S+){0,6}?\s+cua\b/;

/**
 * Whether a text (a passage with its headings) names what the money asked is for: "tiền tàu xe" needs "tàu xe"
 * written; an amount under "Tiền ăn sáng" is no fare.
 *
 * @example
 * namesItem("Hỗ trợ tiền tàu xe đi và về: 300.000 đồng", askedFacts("hỗ trợ tiền tàu xe bao nhiêu")[0]) // true
 */
export function namesItem(text: string, fact: AskedFact): boolean {
  // "… gửi báo cáo … về Bộ Nội vụ trước ngày nào": the time to send a report is set in a passage that writes it, not
  // in one on the work it reports ("… tháo gỡ khó khăn xong cuối tháng 12 năm 2025").
  if (fact.kind === "date" && fact.submitted && !writesPapers(text, fact.submitted)) return false;
  if (!fact.item) return true;
  // "Người được lắp mắt giả | 200.000" (under "Vật phẩm phụ") pays the one who has it, not for fitting it.
  const folded = fold(normalize(text)).toLowerCase();
  const named = [...folded.matchAll(new RegExp(`\\b${fact.item}\\b`, "g"))].some(
    (m) => !/\bnguoi (?:duoc|bi|da duoc) $/.test(folded.slice(0, m.index)),
  );
  if (named) return true;
  // A table row named by a kind of the item: "Chân tháo khớp hông | 03 năm | 5.880.000" is a "chân giả" (its head
  // noun opens the row's name); "Bảo trì phương tiện … xe lăn" is no "kính thuốc".
  const head = fact.item.split(" ")[0];
  const row = /(?:^|\n)(?:[^:|\n]{1,60}:\s*)?([a-z]+)[^|\n]*\|/.exec(folded);
  return fact.item.includes(" ") && row?.[1] === head;
}

/** Words after "trợ cấp", "tiền" … that say nothing of what the money is for: "được trợ cấp 500.000 đồng". */
const NO_ITEM = new Set(
  "theo cho cua la bang duoc voi va hoac do tai o nay tren toi da khi hang moi thang nam ngay dong trieu nghin ngan ty muc nhu sau gom de dang se phai tro phu chi tien".split(
    " ",
  ),
);

/**
 * Whether a sentence gives its money for another item than the one asked: "được hưởng chế độ trợ cấp một lần bằng
 * 3.600.000 đồng" under "Điều 5. … trợ cấp một lần …, mai táng phí" pays no "mai táng phí".
 *
 * @example
 * namesOtherItem("được trợ cấp một lần bằng 3.600.000 đồng", { kind: "number", counted: "", item: "mai tang" }) // true
 * namesOtherItem("được trợ cấp 500.000 đồng/suất", { kind: "number", counted: "", item: "kho khan" }) // false
 */
export function namesOtherItem(sentence: string, fact: AskedFact): boolean {
  if (!fact.item) return false;
  const text = fold(normalize(sentence)).toLowerCase();
  if (wordWritten(fact.item).test(text)) return false;
  for (const m of text.matchAll(/\b(?:tro cap|phu cap|chi phi|tien|(?:le|hoc|mai tang) phi) ([a-z]+)/g))
    if (!NO_ITEM.has(m[1] ?? "")) return true;
  return false;
}

/**
 * Whether every day a sentence sets as a time limit had passed when its document was written: "… đã giao Bộ … báo
 * cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2012" in a letter of April 2013 recalls an old deadline.
 *
 * @example
 * recallsPastDeadline("đã giao Bộ báo cáo trước ngày 30/11/2012.", { issuedDate: "2013-04-26" }) // true
 * recallsPastDeadline("báo cáo trước ngày 30/5/2013.", { issuedDate: "2013-04-26" }) // false
 */
export function recallsPastDeadline(sentence: string, document: { issuedDate?: string | null }): boolean {
  const issued = document.issuedDate;
  if (!issued) return false;
  // One pass with no document date: every day keeps its own year, and one relative to the document ("cuối năm nay")
  // stays unresolved, so it is read as a day still ahead.
  const days = findDeadlinePhrases(sentence, { documentDate: null }).filter((p) => p.kind === "date");
  return days.length > 0 && days.every((p) => p.due !== null && p.due < issued);
}
