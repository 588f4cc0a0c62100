import { fold, hasDiacritics } from "../search/vietnamese-analyzer.ts";

/** A run of responsible parties found in a sentence, with offsets into that sentence. */
export interface PartySpan {
  /** The parties as written, e.g. ["các cấp ủy, tổ chức đảng", "người đứng đầu cơ quan, đơn vị, địa phương"]. */
  parties: string[];
  start: number;
  end: number;
  /** The word that ends the subject ("chủ trì", "có trách nhiệm", "đã"…), empty for a bare list. */
  predicate?: string;
}

/**
 * Lower-cases and removes diacritics one character at a time, so offsets in the result are offsets in the
 * original NFC text: patterns run on the folded copy, slices come from the original.
 */
export function foldKeepingOffsets(text: string): string {
  // Fast path: folding the whole text keeps one character for one in all but exotic input.
  const whole = fold(text).toLowerCase();
  if (whole.length === text.length) return whole;
  let out = "";
  for (const char of text) {
    const folded = fold(char).toLowerCase();
    out += folded.length === char.length ? folded : char.toLowerCase();
  }
  return out;
}

/** Old-style tone placement ("uỷ", "hoà") written the modern way ("ủy", "hòa"), two characters for two. */
const OLD_TONES: Record<string, string> = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  oè: "òe",
  oé: "óe",
  oẻ: "ỏe",
  oẽ: "õe",
  oẹ: "ọe",
  uỳ: "ùy",
  uý: "úy",
  uỷ: "ủy",
  uỹ: "ũy",
  uỵ: "ụy",
};

/**
 * The text as the party grammar reads it, one character for one: lower-case NFC with modern tone placement; a
 * text typed without any diacritic is folded, and the grammar is folded with it, so "so tai chinh" still reads.
 */
interface PartyView {
  text: string;
  folded: boolean;
}

const views = new Map<string, PartyView>();
/** A precomposed Vietnamese letter (Latin-1 Supplement to Latin Extended Additional): the text has diacritics. */
const ACCENTED = /[\u00c0-\u1ef9]/;

function partyView(text: string): PartyView {
  const cached = views.get(text);
  if (cached) return cached;
  const lower = text.toLowerCase();
  let view: PartyView;
  if (lower.length !== text.length) view = { text: foldKeepingOffsets(text), folded: true };
  else if (!ACCENTED.test(text) && !hasDiacritics(text)) view = { text: lower, folded: true };
  else
    view = {
      text: lower.replace(/(?<!q)[ou][àáảãạèéẻẽẹỳýỷỹỵ](?!\p{L})/gu, (m) => OLD_TONES[m] ?? m),
      folded: false,
    };
  if (views.size > 5000) views.clear();
  views.set(text, view);
  return view;
}

/** A pattern of the party grammar, written with diacritics, compiled also in folded form. */
function grammar(source: string, flags = "gu") {
  const accented = new RegExp(source, flags);
  const folded = new RegExp(fold(source), flags);
  return (view: PartyView) => {
    const pattern = view.folded ? folded : accented;
    pattern.lastIndex = 0;
    return pattern;
  };
}

const L = String.raw`[\p{L}\p{N}]`;
/** Word edges: JavaScript's \b knows only ASCII letters. */
const W0 = String.raw`(?<!${L})`;
const W1 = String.raw`(?!${L})`;

/**
 * The nouns that open a party: bodies ("Sở", "Ban", "Ủy ban", "Phòng", "Cục", "Bộ", "Văn phòng", "Hội", "Đoàn",
 * "Công an"…), their heads ("Chủ tịch", "Giám đốc", "Thủ trưởng", "Chánh Văn phòng"…) and the categories of
 * conclusions ("cấp ủy", "tổ chức đảng", "người đứng đầu"…), optionally after "các" / "toàn thể" / "mọi" / "từng".
 * Matched with their diacritics: "sở" is a department, "số" a number; "bộ" a ministry, "bỏ" a verb.
 */
const HEAD_NOUNS = [
  "ban(?! hành)",
  "đảng đoàn",
  "đảng ủy",
  "đảng bộ",
  "huyện ủy",
  "thị ủy",
  "thành ủy",
  "tỉnh ủy",
  "quận ủy",
  "cấp ủy",
  "chi bộ",
  "người đứng đầu",
  "tập thể lãnh đạo",
  "lãnh đạo (?:các )?(?:cơ quan|đơn vị|sở|địa phương|ban|ngành)",
  "ủy ban",
  "ubnd",
  "hđnd",
  "ubmttq",
  "mttq",
  "hội đồng",
  "mặt trận",
  "sở",
  "phòng",
  "cục",
  "tổng cục",
  "chi cục",
  "bộ",
  "tỉnh đoàn",
  "đoàn",
  "hội",
  "liên đoàn",
  "công đoàn",
  "văn phòng",
  "thường trực",
  "bí thư",
  "tổ chức đảng",
  "tổ chức chính trị",
  "cơ quan",
  // "Đơn vị tính: đồng" names the unit a table is measured in.
  "đơn vị(?! tính)",
  "địa phương",
  // "Ngành Lao động – Thương binh và Xã hội", "các ngành": a sector acting as one (not "ngành nghề").
  "ngành(?! nghề)",
  "đoàn thể",
  "btv",
  "kbnn",
  "bhxh",
  "bch",
  "công an",
  "chủ tịch",
  "phó chủ tịch",
  "giám đốc",
  "phó giám đốc",
  "chánh văn phòng",
  "chánh thanh tra",
  "thủ trưởng",
  "trưởng ban",
  "trưởng phòng",
  "kho bạc",
  "trung tâm",
  "ngân hàng",
  "bảo hiểm xã hội",
  "thanh tra",
  "viện",
  "tòa án",
  "chính phủ",
  "thủ tướng",
  "bộ trưởng",
  "bộ chỉ huy",
  "ban chỉ huy",
  // "Tổ chức hội nghị …" is a verb; an organisation is named by what it does or is.
  "tổ chức(?= (?:làm|dịch vụ|chính trị|đảng|hành nghề|tín dụng|xã hội|kinh tế|cá nhân|và cá nhân|có liên quan|liên quan|thực hiện chi trả)|,)",
  "cơ sở (?:giáo dục|y tế|đào tạo|nuôi dưỡng|điều dưỡng|bảo trợ)",
].join("|");
const HEAD = grammar(
  String.raw`^(?:(?:các|toàn thể|mọi|từng) )?(?:(?:đồng chí|đ\/c) )?(?:${HEAD_NOUNS})${W1}`,
  "u",
);

/** Whether a party phrase starts at `at` of the view. */
function headAt(view: PartyView, at: number): boolean {
  return HEAD(view).test(view.text.slice(at));
}

/**
 * Multi-word names and categories that contain a word which is also a verb ("tổ chức đảng", "chuyên trách tham
 * mưu, giúp việc"); masked before looking for the predicate. Capitalised names need no entry: a predicate is
 * never capitalised inside a sentence ("Ủy ban Kiểm tra", "Ban Chỉ đạo", "Sở Xây dựng").
 */
const PROTECTED = grammar(
  [
    "ủy ban kiểm tra",
    "chuyên trách tham mưu, giúp việc",
    "tham mưu, giúp việc",
    "tổ chức đảng",
    "tổ chức chính trị - xã hội",
    "tổ chức chính trị",
    "tổ chức hành nghề",
    "các tổ chức",
    "tổ chức,? cá nhân",
    "tập thể lãnh đạo",
    "lãnh đạo (?:các )?(?:cơ quan|đơn vị|sở|địa phương|ban|ngành)",
    "ban tổ chức",
    "ban cán sự đảng",
    "ban thường vụ",
    "ban chấp hành",
    "ban chỉ đạo",
    "ban chỉ huy",
    "thường trực",
    "giúp việc",
  ].join("|"),
);

/** Where the predicate starts: the first of these words after the parties ends the subject. */
const PREDICATE = grammar(
  `${W0}(?:${[
    "cần",
    "phải",
    "tham mưu",
    "chủ trì",
    "phối hợp",
    "lãnh đạo",
    "chỉ đạo",
    "quán triệt",
    "triển khai",
    "tổ chức thực hiện",
    "tổ chức",
    "xem xét",
    "rà soát",
    "tiếp tục",
    "tăng cường",
    "thực hiện",
    "khẩn trương",
    "nghiên cứu",
    "xây dựng",
    "tập trung",
    "quan tâm",
    "chủ động",
    "kịp thời",
    "thường xuyên",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "nâng cao",
    "bổ sung",
    "ban hành",
    "hướng dẫn",
    "theo dõi",
    "đôn đốc",
    "kiểm tra",
    "giám sát",
    "báo cáo",
    "sửa đổi",
    "hoàn thiện",
    "chuẩn bị",
    "đẩy mạnh",
    "đổi mới",
    "hoàn thành",
    "bảo đảm",
    "đảm bảo",
    "đánh giá",
    "tổng kết",
    "sơ kết",
    "tuyên truyền",
    "giải quyết",
    "xử lý",
    "phát huy",
    "một số",
    "những nội dung",
    "các nội dung",
    "nội dung",
    "lập",
    "tổng hợp",
    "thẩm định",
    "tiếp nhận",
    "(?<!chương |quy |công |tờ |lộ )trình",
    "gửi",
    "(?<!các |mọi |từng |hai |ba )cấp(?! (?:ủy|xã|huyện|tỉnh|cơ sở|trên|dưới|có thẩm quyền|trung ương|phường|quận))",
    "phân bổ",
    "bố trí",
    "căn cứ",
    "quyết định",
    "được",
    "sẽ",
    "đã",
    "chấp hành",
    "thi hành",
    "trao",
    "chi trả",
    "quyết toán",
    "công bố",
    "cập nhật",
    "nghiêm túc",
    "tích cực",
    "đồng ý",
    "nhất trí",
    "thông báo",
    "có ý kiến",
    "trả lời",
    "tán thành",
    // A scope adverbial ends the subject: "các bộ, ngành có liên quan theo phạm vi chức năng, nhiệm vụ …".
    "theo (?:chức năng|thẩm quyền|quy định|phân cấp|phạm vi)",
    "trong phạm vi",
    // A time limit between commas after the subject: "Cục Chính trị quân khu, trong thời hạn 10 ngày làm việc, …".
    "trong thời hạn",
    "trong thời gian",
    "trong vòng",
    "giao",
    "có văn bản",
    "dự toán",
    "phản ánh",
    "xác định",
    "xác nhận",
    "đề xuất",
    "kiến nghị",
    "chuyển",
    "nộp",
    "thanh toán",
    "thu hồi",
    "phê duyệt",
    "cung cấp",
    "quản lý",
    "điều chỉnh",
    "tạo điều kiện",
    "ưu tiên",
    "tham gia",
    "tiến hành",
    "bồi dưỡng",
    "đào tạo",
    "tập huấn",
    "lựa chọn",
    "cử",
    "vận động",
    "khắc phục",
    "công khai",
    "niêm yết",
    "bàn giao",
    "tiếp thu",
    "xét duyệt",
    "ra quyết định",
    "ký",
    "thống nhất",
    "quy định(?! tại)",
    "dự kiến",
    "ủy quyền",
    "uỷ quyền",
    "làm thủ tục",
    "để",
  ].join("|")})${W1}`,
);

/** Cues that name the addressed parties right after them: "yêu cầu X …", "đề nghị X …", "giao X …". */
const ADDRESS_CUE = grammar(
  `(?:^|[\\s,;:])(yêu cầu|đề nghị|giao cho|giao trách nhiệm cho|giao nhiệm vụ cho|giao|trao đổi với|trao đổi|thông báo (?:để|cho))\\s+`,
);

/** "hướng dẫn X", an address in a lead-in only (elsewhere the one who guides is the responsible party). */
const GUIDES = grammar(`(?:^|[\\s,;:])(hướng dẫn)\\s+`);

/** Adverbials that may precede the subject: "Căn cứ kết luận này, …", "Các ông (bà): …". */
const LEADING_ADVERBIAL = grammar(
  String.raw`^(?:căn cứ [^,]+,\s*|các ông(?:\s*\(bà\)|,? bà)?\s*:?\s*|(?:ghi chú|lưu ý|chú ý|nb)\s*:\s*)`,
  "u",
);

/** A colon after a category that a list of names follows ("Giám đốc các Sở: Tài chính, Y tế…"). */
const DISTRIBUTIVE_COLON = grammar(
  String.raw`${W0}(?:các|những) (?:sở|bộ|ban|ngành|phòng|cơ quan|đơn vị|sở, ngành|sở, ban, ngành)\s*:$`,
  "u",
);

/**
 * Finds who a sentence addresses: the parties after "yêu cầu / đề nghị / giao", else the subject that opens it
 * (after an optional leading adverbial such as a deadline or "Căn cứ kết luận này,"). `skip` is the length of a
 * leading deadline phrase the caller already recognised. `whole`: a text that is only a party list ("Sở Tài
 * chính:", a heading "Giao Giám đốc Sở Y tế") counts without a predicate.
 *
 * @example
 * findParties("Ban Tổ chức Tỉnh ủy tham mưu ban hành các văn bản có liên quan")
 * // { parties: ["Ban Tổ chức Tỉnh ủy"], start: 0, end: 19 }
 */
export function findParties(
  sentence: string,
  options: { cuesOnly?: boolean; skip?: number; whole?: boolean; guidance?: boolean } = {},
): PartySpan | null {
  const view = partyView(sentence);
  // "Kho bạc Nhà nước có trách nhiệm thu hồi … và thông báo để đơn vị theo dõi": a subject bound by a duty
  // carries it; a party addressed later in the sentence is only informed or involved.
  const bound = boundSubject(sentence, view, options.skip ?? 0);
  if (bound) return options.cuesOnly ? null : bound;
  const cues = [...view.text.matchAll(ADDRESS_CUE(view))];
  // In a list's lead-in, "Bộ hướng dẫn Sở … thực hiện như sau:" addresses who carries the list out.
  if (options.guidance) cues.push(...view.text.matchAll(GUIDES(view)));
  for (const cue of cues.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
    // "… đã giao Bộ X …" recalls an earlier assignment: it is reported here, not made.
    if (
      /(?:^|\s)(?:đã|da)\s*$/u.test(view.text.slice(Math.max(0, (cue.index ?? 0) - 4), (cue.index ?? 0) + 1))
    )
      continue;
    const start = (cue.index ?? 0) + cue[0].length;
    const span = partiesAt(sentence, view, start, true);
    if (span) return span;
  }
  if (options.cuesOnly) return null;
  let start = options.skip ?? 0;
  start += view.text.slice(start).match(/^[\s,]+/)?.[0].length ?? 0;
  const adverbial = view.text.slice(start).match(LEADING_ADVERBIAL(view));
  if (adverbial) start += adverbial[0].length;
  const subject = partiesAt(sentence, view, start, options.whole ?? false);
  if (subject) return subject;
  const agent = agentOfTopic(sentence, view, start);
  if (agent) return agent;
  const opener = OPENER(view).exec(view.text.slice(start));
  return opener ? subjectAfterOpener(sentence, view, start, start + opener[0].length) : null;
}

/**
 * The subject after an opening adverbial or condition. "Trường hợp …, thì Sở X …": it opens the main clause after
 * "thì". Otherwise it opens a clause after a comma or colon ("Trên cơ sở đề nghị của Sở … (kèm theo …), Bộ … ra
 * quyết định …"), or it is a party within the opening clause that is not an agent or a recipient ("Trong quá
 * trình thực hiện nếu có vướng mắc các sở, ban, ngành … tổng hợp báo cáo"), the first of its list.
 */
function subjectAfterOpener(
  sentence: string,
  view: PartyView,
  start: number,
  from: number,
): PartySpan | null {
  const then = / thì\s+/u.exec(view.text.slice(start));
  if (then) return partiesAt(sentence, view, start + then.index + then[0].length, false);
  const end = Math.min(view.text.length, start + MAX_ADVERBIAL);
  let segment = from;
  const boundaries = [...view.text.slice(from, end).matchAll(/[,:]\s+/g)].map(
    (m) => from + (m.index ?? 0) + m[0].length,
  );
  for (const boundary of [...boundaries, end]) {
    // A party inside the segment before the boundary: the subject, its list running on past the comma.
    for (const word of view.text.slice(segment, boundary).matchAll(/(?<=\s)\S/gu)) {
      const at = segment + (word.index ?? 0);
      if (!actorHeadAt(sentence, view, start, at)) continue;
      const span = partiesAt(sentence, view, at, false);
      if (span) return span;
    }
    if (boundary >= end) break;
    const span = partiesAt(sentence, view, boundary, false);
    if (span) return span;
    segment = boundary;
  }
  return null;
}

/** Heads that are also the last syllable of a common word ("cơ sở", "dự phòng", "xã hội", "cán bộ", "ban đầu"). */
const AMBIGUOUS_HEAD = /^(?:sở|phòng|hội|bộ|ban|đoàn|cục|viện|so|phong|hoi|bo|doan|cuc|vien)(?![\p{L}])/u;

/**
 * Whether a party that may act starts at `at` inside an opening clause: not an agent or a recipient, not inside
 * brackets, and a body's name only when written as one ("Sở …", "các sở"), not a syllable of a word ("cơ sở").
 */
function actorHeadAt(sentence: string, view: PartyView, start: number, at: number): boolean {
  if (!headAt(view, at)) return false;
  const before = view.text.slice(start, at);
  if (AGENT_OR_RECIPIENT(view).test(before)) return false;
  if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return false;
  // A capitalised word before it: the head is inside a name ("Bộ trưởng Bộ Tài chính", "Thương binh và Xã hội").
  if (/\p{Lu}[\p{L}\p{M}]*\s$/u.test(sentence.slice(start, at))) return false;
  // … or a head of two words before it: "Thủ tướng Chính phủ", "Bộ trưởng Bộ Tài chính".
  const previous = /(?:^|\s)(\S+\s\S+\s)$/u.exec(before);
  if (previous && headAt(view, at - (previous[1]?.length ?? 0))) return false;
  const rest = view.text.slice(at);
  return !AMBIGUOUS_HEAD.test(rest) || /\p{Lu}/u.test(sentence[at] ?? "") || DETERMINED.test(before);
}

/** "các", "những", "mọi", "từng" right before a head: "các sở, ban, ngành". */
const DETERMINED = /(?:các|những|mọi|từng|cac|nhung|moi|tung)\s$/u;

/**
 * "Mức chi cụ thể do Giám đốc Sở … quy định", "Hình thức hỗ trợ … do Giám đốc các cơ sở nuôi dưỡng quyết định": a
 * short topic, then "do" and the party that decides or carries it out. Only verbs of deciding and doing count, and
 * only right after the topic that opens the sentence: "giá tối đa do Bộ trưởng Bộ Tài chính quy định" inside a
 * longer sentence, or "Giấy khai tử do Ủy ban nhân dân cấp xã cấp" in a list of papers, name no one's task.
 */
function agentOfTopic(sentence: string, view: PartyView, start: number): PartySpan | null {
  const topic = TOPIC_THEN_AGENT(view).exec(view.text.slice(start));
  if (!topic) return null;
  const at = start + topic[0].length;
  const span = partiesAt(sentence, view, at, false);
  return span && DECIDES(view).test(view.text.slice(span.end).trimStart()) ? span : null;
}

/** A topic of at most twelve syllables opening the sentence, then "do". */
const TOPIC_THEN_AGENT = grammar(String.raw`^(?:[^\s,;:.()]+\s){1,12}?do\s+`, "u");
/** Verbs by which an agent decides or carries out what the sentence's topic names. */
const DECIDES = grammar(
  String.raw`^(?:quyết định|quy định|hướng dẫn|ban hành|tổ chức thực hiện|thực hiện|chủ trì|phê duyệt)${W1}`,
  "u",
);

/** The words before an agent ("được", "bởi", "của", "nơi") or a recipient ("báo cáo", "trình", "gửi"…). */
const AGENT_OR_RECIPIENT = grammar(
  String.raw`(?:được|bởi|của|với|cho|tại|về|đến|nơi|báo cáo|trình|gửi)\s$`,
  "u",
);

/** Predicates that bind their subject to a duty: "có trách nhiệm", "chịu trách nhiệm", "phải", "có nhiệm vụ". */
const DUTY = grammar(String.raw`^(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|phải)${W1}`, "u");

/**
 * The subject opening the sentence (after `skip`), when its predicate is a duty. Before "có trách nhiệm" any short
 * noun phrase is the one bound, not only a body: "Đối tượng quy định tại Khoản 1 Điều 2 Nghị định này hoặc thân
 * nhân đối tượng có trách nhiệm làm đơn …".
 */
function boundSubject(sentence: string, view: PartyView, skip: number): PartySpan | null {
  const start = skip + (view.text.slice(skip).match(/^[\s,]+/)?.[0].length ?? 0);
  const span = partiesAt(sentence, view, start, false);
  if (span) return DUTY(view).test(view.text.slice(span.end).trimStart()) ? span : null;
  const duty = BOUND_BY_DUTY(view).exec(view.text.slice(start));
  if (!duty) return null;
  const text = sentence.slice(start, start + duty[0].length).replace(/[\s,]+$/u, "");
  if (!text || NOT_ACTOR(view).test(view.text.slice(start))) return null;
  const predicate = /^\S+(?:\s\S+)?/u.exec(view.text.slice(start + duty[0].length))?.[0] ?? "";
  return { parties: [text], start, end: start + text.length, predicate };
}

/** "… có trách nhiệm / chịu trách nhiệm / có nhiệm vụ" after a noun phrase of at most 20 words, no clause break. */
const BOUND_BY_DUTY = grammar(
  String.raw`^(?:[^\s,;:.()]+\s){1,20}?(?=(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ)${W1})`,
  "u",
);
/** What opens a clause, not an actor: "Việc …", "Trường hợp …", "Hồ sơ …", "Nếu …". */
const NOT_ACTOR = grammar(
  String.raw`^(?:việc|trường hợp|nếu|khi|hồ sơ|trong|sau|trước|đối với|theo|căn cứ|để|ngoài)${W1}`,
  "u",
);

/** Words that open an adverbial clause or a condition before the subject: a basis, a scope, a time, a purpose. */
const OPENER = grammar(
  String.raw`^(?:trên cơ sở|căn cứ|đối với|riêng đối với|riêng|ngoài ra|đồng thời|sau khi|trước khi|khi|trường hợp|nếu|trong quá trình|trong thời gian|để|theo|kể từ|sau|trước|hằng năm|hàng năm)${W1}`,
  "u",
);
/** How far into a sentence its opening adverbial may run. */
const MAX_ADVERBIAL = 300;

/** Parties named by a heading or a lead-in that says whose work follows. */
const HEADING_LEADS = grammar(
  String.raw`^(?:đối với|giao cho|giao|trách nhiệm(?: thực hiện)? của|nhiệm vụ(?: cụ thể)? của|phân công(?: nhiệm vụ)? cho)\s+`,
  "u",
);

/** Numbering before a heading: "3.", "Điều 2.", "Chương III", "Mục 1.", "Bước 1:", "II.", "a)". */
export const HEADING_NUMBER =
  /^\s*(?:(?:điều|chương|mục|phần|bước|phụ lục|khoản|điểm)\s+[\dIVXLC]+[a-zđ]?\s*[.:)-]?\s*|(?:[\dIVX]+[.)]|[a-zđ][.)])(?:\d+[.)])*\s*)+/iu;

/**
 * Parties named by a heading: "3. Đối với cấp ủy trực thuộc Tỉnh ủy và tập thể lãnh đạo các sở…", "Điều 2. Giao
 * Giám đốc Sở Giáo dục và Đào tạo", "Trách nhiệm của Sở Tài chính", "1. Sở Lao động - Thương binh và Xã hội:".
 * A heading naming people or a topic ("Đối với cán bộ, công chức cấp xã") names no party.
 */
export function partiesOfHeading(heading: string): string[] | null {
  const text = heading.replace(HEADING_NUMBER, "").replace(/[:.]\s*$/, "");
  const view = partyView(text);
  const lead = view.text.match(HEADING_LEADS(view));
  if (lead) {
    const body = text.slice(lead[0].length);
    const span = partiesAt(body, partyView(body), 0, true);
    return span ? span.parties : null;
  }
  // "1. Sở Lao động - Thương binh và Xã hội:" — or without the colon, when the whole title is party names
  // ("1. Bộ Lao động - Thương binh và Xã hội" under "III. Tổ chức thực hiện").
  const span = partiesAt(text, view, 0, true);
  if (!span || span.end < text.trimEnd().length - 1) return null;
  const namesOnly = /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= MAX_NAME_HEADING_WORDS;
  return /:\s*$/.test(heading) || namesOnly ? span.parties : null;
}

/** A heading without a colon names parties only when it is short and capitalised, as a name is. */
const MAX_NAME_HEADING_WORDS = 12;

/** How long a subject may be, in words, when nothing but its end marks it. */
const MAX_SUBJECT_WORDS = 60;

/**
 * The party list that starts at `start`, ending at the predicate, at a colon that closes it ("Sở Tài chính, Kho
 * bạc Nhà nước tỉnh: Thẩm định dự toán…") or, when `whole`, at the end of the text.
 */
function partiesAt(sentence: string, view: PartyView, start: number, whole: boolean): PartySpan | null {
  if (!headAt(view, start)) return null;
  const masked = view.text.replace(PROTECTED(view), (m) => "x".repeat(m.length));
  let end = -1;
  const predicates = PREDICATE(view);
  predicates.lastIndex = start + 1;
  for (let m = predicates.exec(masked); m; m = predicates.exec(masked)) {
    // A capitalised word inside the sentence belongs to a name ("Ban Chỉ đạo", "Sở Xây dựng").
    if (/\p{Lu}/u.test(sentence[m.index] ?? "")) continue;
    end = m.index;
    break;
  }
  const colon = closingColon(view, start, end < 0 ? view.text.length : end);
  if (colon >= 0) end = colon;
  else if (end < 0) {
    if (!whole) return null;
    end = sentence.length;
  }
  const text = sentence.slice(start, end).replace(/[\s,;:./–-]+$/u, "");
  if (!text || text.split(/\s+/).length > MAX_SUBJECT_WORDS) return null;
  // "Tổ chức chỉ đạo …", "Thanh tra, kiểm tra việc thu, chi …" open with a verb: a body of that name is always
  // qualified ("Tổ chức làm nhiệm vụ bồi thường", "Thanh tra tỉnh").
  if (/^(?:tổ chức|to chuc|thanh tra)$/u.test(text.toLowerCase())) return null;
  const predicate = colon >= 0 ? "" : (/^\S+(?:\s\S+)?/u.exec(view.text.slice(end))?.[0] ?? "");
  return { parties: splitParties(text), start, end: start + text.length, predicate };
}

/** The first colon between `from` and `to` that closes a subject, not one that opens a list of names. */
function closingColon(view: PartyView, from: number, to: number): number {
  for (let i = view.text.indexOf(":", from); i >= 0 && i < to; i = view.text.indexOf(":", i + 1)) {
    if (!DISTRIBUTIVE_COLON(view).test(view.text.slice(from, i + 1))) return i;
  }
  return -1;
}

/**
 * Items that continue the previous party rather than name a new one: another category of the same enumeration
 * ("…huyện ủy, thị ủy, thành ủy", "cơ quan, đơn vị liên quan"), written in lower case and without "các".
 */
const CONTINUATION =
  /^(?:thi uy|thanh uy|huyen uy|quan uy|to chuc dang|ban|nganh|don vi|dia phuong|doan the|co quan|ban can su dang|thanh pho|thi xa|xa|phuong|thi tran|giup viec)(?: (?:cap tinh|cap huyen|cap xa|tinh|tinh uy|(?:co )?lien quan|truc thuoc(?: [^,;]*)?|tren dia ban(?: [^,;]*)?))?$/;

/** Names that contain a separator before another head: the Front and its member organisations are one party. */
const UNSPLIT = grammar(
  String.raw`(?:ủy ban |ub)?(?:mặt trận tổ quốc|mttq)(?: việt nam)?(?: (?:tỉnh|huyện|xã|các cấp))?(?:,| và) các (?:đoàn thể|tổ chức chính trị - xã hội)`,
);

/** A separator between two items of a list: a comma or semicolon (a bullet dash may follow), or " và ". */
const SEPARATOR = /\s*[,;]\s*(?:[-–+]\s+)?|\s+và\s+/gu;

/**
 * Splits a party list only between parties: at ",", ";" and " và " where the next item starts a new party
 * ("Sở …", "Ban …", "Ủy ban …", "UBND …", "Phòng …", "Chủ tịch …", "các …"), never inside a name whose head
 * already opened ("Sở Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Lao động - Thương
 * binh và Xã hội"), and keeping enumerations of one category together ("các huyện ủy, thị ủy, thành ủy"). A list
 * of names after a category ("Giám đốc các Sở: Tài chính, Y tế") becomes one party per name ("Giám đốc Sở Tài
 * chính", "Giám đốc Sở Y tế").
 *
 * @example
 * splitParties("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch")
 * // ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
 */
export function splitParties(text: string): string[] {
  const clean = text.replace(/^[\s\-–•+]+/u, "").trim();
  const view = partyView(clean);
  const unsplit = [...view.text.matchAll(UNSPLIT(view))].map((m) => [m.index, m.index + m[0].length]);
  const out: string[] = [];
  let current = "";
  let from = 0;
  let separator = "";
  for (const sep of [...clean.matchAll(SEPARATOR), null]) {
    const at = sep ? sep.index : clean.length;
    if (sep && unsplit.some(([s, e]) => at > (s ?? 0) && at < (e ?? 0))) continue;
    // "đơn vị sử dụng ngân sách (Sở …, cơ sở nuôi dưỡng …)": a bracket explains one party; it is not a list.
    if (sep && insideBrackets(clean, at)) continue;
    const item = clean.slice(from, at).trim();
    if (!current) current = item;
    else if (item && startsParty(item) && !CONTINUATION.test(foldKeepingOffsets(item))) {
      out.push(current);
      current = item;
    } else if (item) current += separator + item;
    if (sep) {
      separator = sep[0].replace(/[-–+]\s+$/u, "");
      from = at + sep[0].length;
    }
  }
  if (current) out.push(current);
  return out.flatMap(distribute).filter((p) => /\p{L}/u.test(p));
}

/** Whether `at` lies inside round brackets (an unclosed one runs to the end). */
function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && depth > 0) depth--;
  }
  return depth > 0;
}

function startsParty(item: string): boolean {
  return headAt(partyView(item), 0);
}

/** "Giám đốc các Sở: Tài chính, Y tế" → ["Giám đốc Sở Tài chính", "Giám đốc Sở Y tế"]. */
function distribute(party: string): string[] {
  const m = /^(?<title>.*?)(?:các|những) (?<head>\p{L}+)\s*:\s*(?<names>.+)$/u.exec(party);
  if (!m?.groups) return [party];
  const { title, head, names } = m.groups;
  if (!HEAD(partyView(head ?? "")).test(partyView(head ?? "").text)) return [party];
  const noun = (head ?? "").charAt(0).toUpperCase() + (head ?? "").slice(1);
  return (names ?? "")
    .split(/\s*[,;]\s*/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => `${title ?? ""}${noun} ${name}`);
}
