/**
 * Who a sentence makes responsible: the parties it addresses ("đề nghị Sở …"), its subject, or the subject after an
 * opening adverbial, a topic ("… do Giám đốc Sở … quy định") or a duty ("… có trách nhiệm …"); and the parties a
 * heading names. The names themselves are read by party-names.ts.
 */
import { DOCUMENT_KINDS } from "../corpus/reference-extractor.ts";
import { bracketDepth } from "../language/sentences.ts";
import {
  headAt,
  NEGATIONS,
  NOT_ACTOR,
  opensWithPredicate,
  type PartySpan,
  PROVINCES,
  partiesAt,
  splitParties,
} from "./party-names.ts";
import { foldKeepingOffsets, grammar, type PartyView, partyView, W0, W1 } from "./party-view.ts";
import { membersBracket, withoutTitleAsides } from "./title-asides.ts";

/**
 * Cues that name the addressed parties right after them: "yêu cầu X …", "đề nghị X …", "giao X …", "trao đổi X …".
 * Not "trao đổi với X", which consults X: the subject does the work.
 */
const ADDRESS_CUE = grammar(
  // "tổ chức giao ban, …" is a briefing meeting, not an assignment to a "ban" ("giao Ban Tổ chức …" is one).
  `(?:^|[\\s,;:])(yêu cầu|đề nghị|(?:rất )?mong(?= quý)|giao cho|giao trách nhiệm cho|giao nhiệm vụ cho|giao(?! ban\\s*(?:[,.;:]|$))|(?<=^\\s*)(?:ủy|uỷ) quyền(?: cho)?|trao đổi(?! với)|thông báo (?:để|cho)|thông báo(?= (?:các|những) [^.;]{3,200}? biết[\\s,.;]))\\s+`,
);

/** Papers named by what they request: "hồ sơ đề nghị", "văn bản yêu cầu", "đơn đề nghị", "danh sách đề nghị". */
const PAPER_BEFORE = grammar(
  String.raw`${W0}(?:hồ sơ|văn bản|đơn|giấy|tờ trình|công văn|phiếu|danh sách)\s?$`,
  "u",
);

/**
 * A request named as a thing after a preposition, a plural or "việc": "Lệ phí về yêu cầu Toà án …", "theo đề nghị …",
 * "Việc yêu cầu Tòa án áp dụng biện pháp … không bị coi là …".
 */
const NOUN_BEFORE = grammar(String.raw`${W0}(?:về|theo|các|những|mọi|từng|việc)\s?$`, "u");
/** "… thì chủ đầu tư … được đề nghị Ủy ban nhân dân cấp tỉnh giao đất": a request one may make, or one made of it. */
const ALLOWED_BEFORE = grammar(String.raw`${W0}được\s?$`, "u");

/** A right earlier in the clause: "có quyền yêu cầu", "có quyền tự mình yêu cầu hoặc đề nghị cá nhân … yêu cầu". */
const RIGHT_BEFORE = grammar(
  String.raw`${W0}(?:có|được) quyền${W1}(?! hạn| và nghĩa vụ| và trách nhiệm)[^;:.]*$`,
  "u",
);

/** "hướng dẫn X", an address in a lead-in only (elsewhere the one who guides is the responsible party). */
const GUIDES = grammar(`(?:^|[\\s,;:])(hướng dẫn)\\s+`);

/**
 * Adverbials that may precede the subject: "Căn cứ kết luận này, …", "Các ông (bà): …", "Trách nhiệm của" before a
 * party that a colon closes ("Trách nhiệm của Sở Y tế: hướng dẫn …"), and a topic label ("Về kinh phí: Các địa
 * phương phải …").
 */
const LEADING_ADVERBIAL = grammar(
  // "(ii) Chủ đầu tư phối hợp …": an item's number in brackets, where the parser left it in the text.
  // "Thứ nhất, các bộ, ngành …": an enumeration written out opens the sentence, not its subject.
  String.raw`^(?:\((?:[ivx]{1,5}|\d{1,2})\)\s*|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),\s*|căn cứ [^,]+(?:,\s*(?:nhiệm vụ|quyền hạn|thẩm quyền)[^,]{0,20})*,\s*|trên cơ sở chức năng[^,]{0,40}(?:,\s*(?:nhiệm vụ|quyền hạn)[^,]{0,20})*,\s*|(?:trách nhiệm|nhiệm vụ)(?: cụ thể)? của\s+|các ông(?:\s*\(bà\)|,? bà)?\s*:?\s*|(?:ghi chú|lưu ý|chú ý|nb)\s*:\s*|về [^:.;]{2,60}:\s*)`,
  "u",
);

/** A bracket that ends a name by defining its short name: "(sau đây gọi chung là Ủy ban nhân dân cấp tỉnh)". */
const DEFINES_SHORT_NAME = /\((?:sau đây )?gọi (?:chung |tắt )?là [^()]*\)\s*$/iu;

/** An opening quote and the quoted item's number: "“b) ", "“11. ", "“". */
const QUOTED_ITEM = /^[“"‘]\s*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s+)?/u;

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
  options: { cuesOnly?: boolean; skip?: number; whole?: boolean; guidance?: boolean; leadIn?: boolean } = {},
): PartySpan | null {
  const view = partyView(sentence);
  // "“b) Đối với hộ gia đình …: Cơ quan thuế có trách nhiệm …": an amended item quoted whole keeps its opening quote
  // and its number, which the parser leaves in the text; neither is part of the sentence.
  const quoted = QUOTED_ITEM.exec(sentence)?.[0].length ?? 0;
  if (quoted > (options.skip ?? 0)) options = { ...options, skip: quoted };
  // "Kho bạc Nhà nước có trách nhiệm thu hồi … và thông báo để đơn vị theo dõi": a subject bound by a duty
  // carries it; a party addressed later in the sentence is only informed or involved.
  const bound = boundSubject(sentence, view, options.skip ?? 0, options.leadIn ?? false);
  if (bound) return options.cuesOnly ? null : bound;
  // "Trường hợp Sở Y tế đề nghị Ủy ban nhân dân tỉnh hỗ trợ thì Sở Tài chính thẩm định": a request inside the
  // condition is part of the case; it addresses no one with the work.
  const inCondition = conditionEnd(sentence, view, options.skip ?? 0);
  const cues = [...view.text.matchAll(ADDRESS_CUE(view))].filter((cue) => (cue.index ?? 0) >= inCondition);
  // In a list's lead-in, "Bộ hướng dẫn Sở … thực hiện như sau:" addresses who carries the list out.
  if (options.guidance) cues.push(...view.text.matchAll(GUIDES(view)));
  for (const cue of cues.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
    // "… đã giao Bộ X …" recalls an earlier assignment: it is reported here, not made.
    if (
      /(?:^|\s)(?:đã|da)\s*$/u.test(view.text.slice(Math.max(0, (cue.index ?? 0) - 4), (cue.index ?? 0) + 1))
    )
      continue;
    // "hồ sơ đề nghị Tòa án …", "văn bản yêu cầu …": after a paper the cue is a noun, the request it makes.
    if (PAPER_BEFORE(view).test(view.text.slice(0, (cue.index ?? 0) + 1))) continue;
    if (NOUN_BEFORE(view).test(view.text.slice(0, (cue.index ?? 0) + 1))) continue;
    if (ALLOWED_BEFORE(view).test(view.text.slice(0, (cue.index ?? 0) + 1))) continue;
    // "… có quyền (tự mình) yêu cầu Tòa án hủy …": a right to ask, not an address that gives anyone work.
    if (RIGHT_BEFORE(view).test(view.text.slice(0, (cue.index ?? 0) + 1))) continue;
    // "Tổ chức, cá nhân kịp thời thông báo cho Ủy ban nhân dân cấp xã …": the subject notifies; who is told does not act.
    const told = foldKeepingOffsets(cue[1] ?? "").startsWith("thong bao");
    if (told && notifiedBySubject(sentence, view, Math.max(options.skip ?? 0, inCondition), cue)) continue;
    const start = (cue.index ?? 0) + cue[0].length;
    const span = partiesAt(sentence, view, start, true);
    // "Thông báo cho Sở … và các cơ quan … ngay sau khi cấp giấy phép": who is told, then when; they do nothing.
    if (span && told && /(?:^|\s)(?:ngay|khi|sau|trước|truoc)\s/u.test(view.text.slice(start, span.end)))
      continue;
    if (span) return span;
  }
  if (options.cuesOnly) return null;
  let start = options.skip ?? 0;
  // "Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực … trao đổi …": a time that opens the sentence may end in a colon.
  start += view.text.slice(start).match(start > 0 ? /^[\s,:]+/ : /^[\s,]+/)?.[0].length ?? 0;
  const adverbial = view.text.slice(start).match(LEADING_ADVERBIAL(view));
  if (adverbial) start += adverbial[0].length;
  const subject = partiesAt(sentence, view, start, options.whole ?? false);
  if (subject) return agentAfterDo(sentence, view, subject) ?? subject;
  // "Báo cáo tháng: Sở Tài chính tổng hợp …": a short topic label, no party itself, before the subject (not a table
  // row's "column: value" cells).
  const label = sentence.includes("|") ? null : /^[^:;.()]{2,40}:\s+(?=\p{Lu})/u.exec(sentence.slice(start));
  // The label names no one: no capitalised word after its first ("Chủ trì phối hợp với Tỉnh, Thành đoàn:" does).
  // Nor a body's head ("Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp …" capitalises the State, a topic).
  const labelText = label?.[0].replace(/:\s+$/u, "") ?? "";
  if (label && (!/\s\p{Lu}/u.test(labelText) || !namesBody(labelText))) {
    // "Nộp hồ sơ thực hiện thủ tục hành chính: Người sử dụng đất trồng lúa nộp 01 bộ hồ sơ …": or an agent that acts.
    const after =
      partiesAt(sentence, view, start + label[0].length, false) ??
      boundSubject(sentence, view, start + label[0].length);
    if (after) return after;
  }
  const agent = agentOfTopic(sentence, view, start);
  if (agent) return agent;
  const opener = OPENER(view).exec(view.text.slice(start));
  // "Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục … quản lý …": a verb after the basis opens a main clause
  // with no subject of its own; the bodies after it are whom it directs.
  if (
    !opener &&
    adverbial &&
    /^(?:căn cứ|trên cơ sở)/iu.test(adverbial[0]) &&
    opensWithPredicate(sentence.slice(start))
  ) {
    // "Căn cứ kết quả kiểm tra, rà soát của Bộ …, Ủy ban nhân dân cấp tỉnh hoàn thiện …": a bare verb, or one with
    // its agent after "của", is one more noun of the basis; the main clause's subject follows the next comma.
    const act = /^\S+(?:\s\S+)?(?:\s(?:của|cua)\s[^,;:.]*)?,\s+(?=\p{Lu})/u.exec(sentence.slice(start));
    const after = act ? partiesAt(sentence, view, start + act[0].length, false) : null;
    return after?.predicate ? after : null;
  }
  // "Căn cứ điều kiện cụ thể, yêu cầu quản lý …, Chính phủ quy định …": the basis lists more than one thing.
  if (!opener && adverbial && /^căn cứ/iu.test(adverbial[0])) {
    const found =
      subjectAfterClause(sentence, view, start) ?? subjectAfterOpener(sentence, view, start, start, false);
    // "Căn cứ chức năng quản lý, ngành, lĩnh vực, phạm vi quản lý, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh
    // nắm bắt …": a verb before the party opened the main clause without a subject; the party is whom it works with.
    // Not the nominal verbs a basis lists ("Căn cứ văn bản … về thành lập, giải thể, nhập, chia, điều chỉnh địa giới
    // đơn vị hành chính, Ủy ban nhân dân cấp tỉnh tổ chức …"): short, and naming no one.
    const verbFirst = (clause: string) =>
      opensWithPredicate(clause.trim()) &&
      (/\s\p{Lu}/u.test(clause.trim()) || clause.trim().split(/\s+/u).length > MAX_BASIS_NOUN_WORDS);
    return found && sentence.slice(start, found.start).split(/[,;]/u).some(verbFirst) ? null : found;
  }
  if (!opener) return subjectAfterClause(sentence, view, start);
  // "Đồng thời theo dõi kiểm tra, đôn đốc các sở, ban, ngành …": a linking adverb before a verb; the sentence goes on
  // with its subject unsaid, and the bodies after the verb are whom it acts on.
  const linked = /^(?:đồng thời|ngoài ra)/iu.test(opener[0]);
  if (linked && opensWithPredicate(sentence.slice(start + opener[0].length).replace(/^[\s,]+/u, "")))
    return null;
  // A condition may hold its subject without a comma; a phrase of basis or scope ("Đối với các khoản chi hỗ trợ các
  // cơ sở …:") only names a topic, and the subject follows it.
  const condition = CONDITION(view).test(opener[0]);
  return subjectAfterOpener(sentence, view, start, start + opener[0].length, condition);
}

/**
 * The subject after an opening adverbial or condition. "Trường hợp …, thì Sở X …": it opens the main clause after
 * "thì". Otherwise it opens a clause after a comma or colon ("Trên cơ sở đề nghị của Sở … (kèm theo …), Bộ … ra
 * quyết định …"; "; Kho bạc Nhà nước thực hiện …"), or, after a condition (`searchInside`), it is a party within
 * the opening clause that is not an agent or a recipient ("Trong quá trình thực hiện nếu có vướng mắc các sở, ban,
 * ngành … tổng hợp báo cáo"), the first of its list.
 */
function subjectAfterOpener(
  sentence: string,
  view: PartyView,
  start: number,
  from: number,
  searchInside: boolean,
): PartySpan | null {
  const then = / thì\s+/u.exec(view.text.slice(start));
  if (then) {
    // "… thì theo yêu cầu của người có quyền …, Tòa án ra quyết định …": another adverbial may open the main clause.
    const main = start + then.index + then[0].length;
    // "Trường hợp sống chung thì các thành viên gia đình có nghĩa vụ …": any short noun phrase a duty binds (not a
    // main clause with no subject of its own: "… thì phải có nghĩa vụ cấp dưỡng …").
    const bound = opensWithPredicate(sentence.slice(main)) ? null : boundSubject(sentence, view, main);
    const subject =
      partiesAt(sentence, view, main, false) ??
      agentOfTopic(sentence, view, main) ??
      (bound && bound.parties.join(" ").split(/\s+/u).length <= MAX_BOUND_WORDS ? bound : null);
    if (subject && !subject.parties.every((p) => ANAPHOR.test(p))) return subject;
    if (subject) return null;
    const opener = OPENER(view).exec(view.text.slice(main));
    return opener ? subjectAfterOpener(sentence, view, main, main + opener[0].length, false) : null;
  }
  const end = Math.min(view.text.length, start + MAX_ADVERBIAL);
  let segment = from;
  const boundaries = [...view.text.slice(from, end).matchAll(/[,:;]\s+/g)].map(
    (m) => from + (m.index ?? 0) + m[0].length,
  );
  for (const boundary of [...boundaries, end]) {
    // A party inside the segment before the boundary: the subject, its list running on past the comma.
    const inside = searchInside ? view.text.slice(segment, boundary) : "";
    for (const word of inside.matchAll(/(?<=\s)\S/gu)) {
      const at = segment + (word.index ?? 0);
      if (!actorHeadAt(sentence, view, start, at)) continue;
      const span = partiesAt(sentence, view, at, false);
      if (span) return mainSubjectAfter(sentence, view, start, span, boundaries, end) ?? span;
    }
    if (boundary >= end) break;
    // "… về Bộ … (Cục Người có công, Vụ Kế hoạch - Tài chính) để được hướng dẫn": a comma inside brackets opens no clause.
    const span =
      bracketDepth(view.text.slice(start, boundary)) > 0 ? null : partiesAt(sentence, view, boundary, false);
    // "…, theo đề nghị của Chủ tịch nước, Ủy ban thường vụ Quốc hội …, Quốc hội quyết định …": the bodies that
    // propose run on in a list up to the subject, which is the list's last item before the predicate.
    // The list's last item is the one after "hoặc" or ", và": "… Thủ tướng Chính phủ hoặc của ít nhất một phần ba …".
    if (span && AGENT_PHRASE.test(view.text.slice(segment === from ? start : segment, boundary))) {
      const or = LAST_ITEM.exec(view.text.slice(boundary, span.end));
      const after = or ? boundaries.find((b) => b > boundary + (or.index ?? 0) && b < span.end) : undefined;
      const subject = after === undefined ? null : partiesAt(sentence, view, after, false);
      return subject?.end === span.end ? subject : span;
    }
    // "Trên cơ sở văn bản đề xuất kinh phí của các Sở, ban, ngành chuyên môn, Sở Tài chính phối hợp …": the bodies
    // whose proposal is the basis run on in one list from "của" to the subject, the list's last item.
    if (span && /^\s*(?:trên cơ sở|căn cứ)\s/u.test(view.text.slice(start))) {
      const of = view.text.slice(segment, boundary).lastIndexOf(" của ");
      const list = of < 0 ? null : partiesAt(sentence, view, segment + of + 5, false);
      const last = boundaries.filter((b) => b >= boundary && b < span.end).at(-1);
      const subject =
        list?.end === span.end && last !== undefined ? partiesAt(sentence, view, last, false) : null;
      if (subject?.end === span.end) return subject;
    }
    // "Đối với các dự án do Chủ tịch … giao hoặc Tỉnh ủy, Hội đồng nhân dân tỉnh có yêu cầu …, Liên hiệp … lập …":
    // a comma within the agents after "do" joins one more agent, still inside the opening adverbial.
    if (span && !continuesAgents(sentence, view, start, segment, boundary)) return span;
    segment = boundary;
  }
  return null;
}

/**
 * "Sau khi địa phương có báo cáo …, Bộ Tài chính bổ sung …", "Trường hợp …, ngân sách địa phương không đủ nguồn lực
 * …, căn cứ đề nghị của …, Bộ Tài chính bổ sung …": a party inside the condition is the condition's own subject when
 * a later comma, past its name and outside brackets, opens a party with a predicate: the main clause's subject.
 */
function mainSubjectAfter(
  sentence: string,
  view: PartyView,
  start: number,
  inside: PartySpan,
  boundaries: readonly number[],
  end: number,
): PartySpan | null {
  for (const boundary of boundaries) {
    if (boundary <= inside.end || boundary >= end) continue;
    if (bracketDepth(view.text.slice(start, boundary)) > 0) continue;
    const span = partiesAt(sentence, view, boundary, false);
    if (span?.predicate) return span;
  }
  return null;
}

/** Whether the text before `boundary` ends with a party of the "do …" agents in the opening adverbial. */
function continuesAgents(
  sentence: string,
  view: PartyView,
  start: number,
  segment: number,
  boundary: number,
): boolean {
  if (!/\sdo\s/u.test(view.text.slice(start, boundary))) return false;
  const comma = view.text.lastIndexOf(",", boundary);
  const items = [...view.text.slice(segment, comma).matchAll(/(?:^|\s(?:do|hoặc|và)\s|,\s*)(?=\S)/gu)];
  const last = items.at(-1);
  if (!last) return false;
  const at = segment + (last.index ?? 0) + last[0].length;
  const agents = headAt(view, at) ? partiesAt(sentence, view, at, true) : null;
  return agents !== null && agents.end >= comma;
}

/**
 * "Kết thúc năm ngân sách, Sở Lao động … lập báo cáo quyết toán …": whatever opening clause a capitalised sentence
 * has, a body named with a capital right after its first comma, with a predicate, is the subject, when the clause
 * names no one and does not open with a verb ("Chỉ đạo các xã, phường lập danh sách" lists places).
 */
function subjectAfterClause(sentence: string, view: PartyView, start: number): PartySpan | null {
  if (!/^\p{Lu}/u.test(sentence.slice(start))) return null;
  const comma = /^[^,;:.()]{6,120}?,\s+(?=\p{Lu})/u.exec(sentence.slice(start));
  if (!comma) return null;
  // An opening verb ("Tiếp tục đưa cán bộ … làm Bí thư, Chủ tịch …") or a party in the clause: the comma is a list's.
  const clause = sentence.slice(start, start + comma[0].length);
  if (opensWithPredicate(clause)) return null;
  for (const word of clause.matchAll(/(?:^|\s)\S/gu))
    if (headAt(view, start + (word.index ?? 0) + word[0].length - 1)) return null;
  const span = partiesAt(sentence, view, start + comma[0].length, false);
  return span?.predicate ? span : null;
}

/**
 * Heads that are also the last syllable of a common word ("cơ sở", "dự phòng", "xã hội", "cán bộ", "ban đầu"), or an
 * activity as well as a body ("Khi thực hiện thanh tra thuế cần …": the inspecting, not an inspectorate).
 */
const AMBIGUOUS_HEAD =
  /^(?:sở|phòng|hội|bộ|ban|đoàn|cục|viện|khoa|thanh tra|kiểm toán|so|phong|hoi|bo|doan|cuc|vien|kiem toan)(?![\p{L}])/u;

/**
 * Whether a party that may act starts at `at` inside an opening clause: not an agent or a recipient, not inside
 * brackets, and a body's name only when written as one ("Sở …", "các sở"), not a syllable of a word ("cơ sở").
 */
function actorHeadAt(sentence: string, view: PartyView, start: number, at: number): boolean {
  if (!headAt(view, at)) return false;
  const before = view.text.slice(start, at);
  if (AGENT_OR_RECIPIENT(view).test(before)) return false;
  if (bracketDepth(before) > 0) return false;
  // A capitalised word before it: the head is inside a name ("Bộ trưởng Bộ Tài chính", "Thương binh và Xã hội").
  if (/\p{Lu}[\p{L}\p{M}]*\s$/u.test(sentence.slice(start, at))) return false;
  // … or a head of two words before it: "Thủ tướng Chính phủ", "Bộ trưởng Bộ Tài chính".
  const previous = /(?:^|\s)(\S+\s\S+\s)$/u.exec(before);
  if (previous && headAt(view, at - (previous[1]?.length ?? 0))) return false;
  const rest = view.text.slice(at);
  // "Sở Lao động … các tỉnh, thành phố thuyết minh …": the provinces after a body's name are whose body it is.
  if (PROVINCES_AT(view).test(rest) && /[\p{L}\p{M}]\s$/u.test(before)) return false;
  return !AMBIGUOUS_HEAD.test(rest) || /\p{Lu}/u.test(sentence[at] ?? "") || DETERMINED.test(before);
}

/** The provinces as one party: "các tỉnh, thành phố". */
const PROVINCES_AT = grammar(String.raw`^(?:các )?${PROVINCES}`, "u");

/** "các", "những", "mọi", "từng" right before a head: "các sở, ban, ngành". */
const DETERMINED = /(?:các|những|mọi|từng|cac|nhung|moi|tung)\s$/u;

/**
 * "Mức chi cụ thể do Giám đốc Sở … quy định", "Hình thức hỗ trợ … do Giám đốc các cơ sở nuôi dưỡng quyết định": a
 * short topic, then "do" and the party that decides or carries it out. Only verbs of deciding and doing count, and
 * only right after the topic that opens the sentence: "giá tối đa do Bộ trưởng Bộ Tài chính quy định" inside a
 * longer sentence, or "Giấy khai tử do Ủy ban nhân dân cấp xã cấp" in a list of papers, name no one's task.
 */
function agentOfTopic(sentence: string, view: PartyView, start: number): PartySpan | null {
  // "Đối với các dự án do Tỉnh ủy yêu cầu …, Liên hiệp các hội … lập dự toán": the agent belongs to the opening
  // adverbial; the subject follows it.
  if (OPENER(view).test(view.text.slice(start))) return null;
  // "Quyết định 1666/QĐ-BHXH năm 2020 về mẫu thẻ bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành.": a numbered
  // document's title says who issued it, not who must act.
  if (NUMBERED_DOCUMENT.test(sentence.slice(start))) return null;
  const topic = TOPIC_THEN_AGENT(view).exec(view.text.slice(start));
  if (!topic) return agentClosing(sentence, view, start);
  const at = start + topic[0].length;
  const span = partiesAt(sentence, view, at, false);
  if (!span || !DECIDES(view).test(view.text.slice(span.end).trimStart())) return null;
  // "Bãi bỏ một số nội dung tại các Thông tư khác do Bộ trưởng Bộ Tài chính ban hành": who issued the documents the
  // topic names, not work.
  if (
    ISSUED_DOCUMENTS.test(sentence.slice(start, at)) &&
    /^ban hành/iu.test(sentence.slice(span.end).trimStart())
  )
    return null;
  return span;
}

/** What an agent closing a sentence does: guides, sets the rules or decides, and nothing after it. */
const CLOSING_ACT = grammar(
  String.raw`^(?:hướng dẫn|quy định|quyết định)(?:\s+(?:cụ thể|chi tiết|thực hiện))?\s*[.;]?\s*$`,
  "u",
);

/**
 * "Hồ sơ khai thuế; loại thuế khai theo tháng, …; tiêu chí … theo quy định tại khoản 8 Điều 43 Luật Quản lý thuế …
 * do Bộ trưởng Bộ Tài chính hướng dẫn.": a topic of any length, then its agent and what the agent must do, closing
 * the sentence. Not a document's issuer ("… do Bảo hiểm xã hội Việt Nam ban hành"), which tells what exists.
 */
function agentClosing(sentence: string, view: PartyView, start: number): PartySpan | null {
  const at = view.text.lastIndexOf(" do ");
  if (at < start) return null;
  // "Việc thông báo lưu trú được thực hiện trực tiếp, … hoặc phương tiện khác do Bộ trưởng Bộ Công an quy định.": a
  // sentence with a predicate of its own; the agent only says which means it may use.
  if (/\s(?:được|duoc)\s/u.test(view.text.slice(start, at))) return null;
  const span = partiesAt(sentence, view, at + 4, false);
  return span && CLOSING_ACT(view).test(view.text.slice(span.end).trimStart()) ? span : null;
}

/** A predicate that opens with a negation, right after a subject. */
const NEGATED_AHEAD = new RegExp(String.raw`^\s*(?:${NEGATIONS})\s`, "iu");

/** "thì" opening a main clause, in the view's writing: folded, "thi" is also "thi" (an exam: "người dự thi"). */
const THEN_OPENS = (view: PartyView) => (view.folded ? /^[\s,]*(?:thi\s+)?/u : /^[\s,]*(?:thì\s+)?/u);
/**
 * Whether the party that opens the clause gives the notice at `cue` itself, so that who is told does not act: a word
 * stands between them ("kịp thời", "phải", "ngay"); or, right before "thông báo cho", it tells no one to take note
 * ("Tổng cục Du lịch thông báo cho cơ quan … khi cấp lại Giấy phép"). "Văn phòng Tỉnh ủy thông báo cho các cơ quan …
 * biết, thực hiện" and "… thông báo để các cấp ủy thực hiện" are the notice itself, addressed to those who act.
 */
function notifiedBySubject(sentence: string, view: PartyView, skip: number, cue: RegExpMatchArray): boolean {
  const at = cue.index ?? 0;
  // "… lập và gửi hồ sơ …; trường hợp không thuộc đối tượng … thì cơ quan thuế cấp tỉnh thông báo cho …": a later
  // clause has a subject of its own, after its condition.
  const semicolon = view.text.slice(skip, at).lastIndexOf("; ");
  if (semicolon >= 0) {
    const clause = skip + semicolon + 2;
    const condition = conditionEnd(sentence, view, clause);
    return notifiedBySubject(sentence, view, condition > clause ? condition : clause, cue);
  }
  // After a condition, its "thì" opens the main clause: "Trường hợp … thì Sở Tài chính thông báo cho …".
  const start = skip + (view.text.slice(skip).match(THEN_OPENS(view))?.[0].length ?? 0);
  // "Trường hợp …, trong thời hạn 01 ngày làm việc …, Tổng cục Hải quan thông báo cho …": after a time clause, the
  // subject opens the last clause before the cue.
  const lastClause = view.text.slice(start, at).lastIndexOf(", ");
  const subject =
    partiesAt(sentence, view, start, false) ??
    (lastClause >= 0 ? partiesAt(sentence, view, start + lastClause + 2, false) : null);
  if (subject === null || subject.end > at) return false;
  const between = view.text.slice(subject.end, at).trim();
  // "Cục Thuế … ban hành quyết định đình chỉ …, đồng thời thông báo cho cơ quan quản lý thuế …": a second act of the
  // same subject, joined on; whom it tells does not act.
  if (/(?:^|[\s,])(?:đồng thời|dong thoi|và|va)$/u.test(between) && !between.includes(";")) return true;
  if (between === "")
    return (
      foldKeepingOffsets(cue[1] ?? "") === "thong bao cho" &&
      !TAKE_NOTE.test(view.text.slice(at + cue[0].length))
    );
  return !/[;.:,]/.test(between) && between.split(/\s+/).length <= 3;
}
/** "… biết", written or folded: the notice tells its readers to take note. */
const TAKE_NOTE = /(?:^|\s)(?:biết|biet)(?:\s|[,.;]|$)/u;

/** "Phó Chủ tịch nước do Quốc hội bầu …": a subject read up to the verb holds its agent after "do". */
function agentAfterDo(sentence: string, view: PartyView, span: PartySpan): PartySpan | null {
  const by = /\sdo\s+/u.exec(view.text.slice(span.start, span.end));
  if (!by) return null;
  const agent = partiesAt(sentence, view, span.start + by.index + by[0].length, false);
  return agent?.predicate ? agent : null;
}

/** A document named by its kind and number: "Quyết định 1666/QĐ-BHXH", "Thông tư số 12/2015/TT-BTC". */
const NUMBERED_DOCUMENT = new RegExp(String.raw`^(?:${DOCUMENT_KINDS})\s+(?:số\s+)?\d`, "iu");
/** A topic of at most twelve syllables opening the sentence, then "do". */
const TOPIC_THEN_AGENT = grammar(String.raw`^(?:[^\s,;:.()]+\s){1,12}?do\s+`, "u");
/** How long a nominal verb in a basis's list may run ("điều chỉnh địa giới đơn vị hành chính"). */
const MAX_BASIS_NOUN_WORDS = 8;
/** Documents named right before their issuer: "… các Thông tư khác do …", "văn bản do …". */
const ISSUED_DOCUMENTS =
  /(?:thông tư|nghị định|quyết định|văn bản|luật|nghị quyết|chỉ thị|kế hoạch)(?:\s+[^\s,;:.()]+){0,2}\s+do\s+$/iu;
/** Verbs by which an agent decides or carries out what the sentence's topic names. */
const DECIDES = grammar(
  String.raw`^(?:quyết định|quy định|hướng dẫn|ban hành|tổ chức|thực hiện|chủ trì|phê duyệt)${W1}`,
  "u",
);

/** The words before an agent ("được", "bởi", "của", "nơi") or a recipient ("báo cáo", "trình", "gửi"…). */
const AGENT_OR_RECIPIENT = grammar(
  // "Khi được Chánh án Tòa án phân công, …": the agent of a passive may stand a title away from "được".
  // "… nếu phát sinh vướng mắc, báo cáo kịp thời UBND tỉnh": whom a report goes to, an adverb or two away.
  // "Khi cơ quan chủ quản yêu cầu Sở Y tế báo cáo, …": whom the condition asks is not who acts after it. A plural
  // word may stand between: "… tự đi KCB tại các bệnh viện tuyến huyện …" names a place.
  String.raw`(?:(?:được|bởi)(?:\s[^\s,;:]+){0,3}|của|với|cho|tại|về|đến|nơi|yêu cầu|đề nghị|(?:báo cáo|trình|gửi)(?:\s[^\s,;:]+){0,2})\s(?:(?:các|những|mọi) )?$`,
  "u",
);

/** Predicates that bind their subject to a duty: "có trách nhiệm", "chịu trách nhiệm", "có (những) nhiệm vụ". */
const DUTY_WORDS = String.raw`có trách nhiệm|chịu trách nhiệm|có (?:những |các )?nhiệm vụ|có (?:những |các )?(?:quyền,? (?:và )?)?nghĩa vụ`;
/** "phải" as a duty, not a passive ("phải được …") or a condition to meet ("phải có", "phải bảo đảm"). */
const MUST_ACT = String.raw`phải(?! được| là| có| bảo đảm| đảm bảo)`;
/** A duty right after a subject already read as a party: "phải" in any use. */
const DUTY = grammar(String.raw`^(?:${DUTY_WORDS}|phải)${W1}`, "u");

/** Who proposed or asked, opening a clause: "theo đề nghị của …", "theo yêu cầu của …" (as the party view reads it). */
const AGENT_PHRASE = /^\s*theo (?:đề nghị|yêu cầu|ý kiến|chỉ đạo|ủy quyền|uỷ quyền) của\s/u;
/** How long a noun phrase bound by a duty after "thì" may be: "các thành viên gia đình". */
const MAX_BOUND_WORDS = 6;
/** What joins the last item of a list to the others: "hoặc", ", và". */
const LAST_ITEM = /\shoặc\s|,\s+và\s/u;

/** Whether any word of a short phrase opens a body's name ("Tỉnh, Thành đoàn" does; "cấp Nhà nước" does not). */
function namesBody(phrase: string): boolean {
  const view = partyView(phrase);
  return [...view.text.matchAll(/(?:^|\s)(?=\S)/gu)].some((m) => headAt(view, (m.index ?? 0) + m[0].length));
}

/** A noun phrase that only points back ("người này", "bên đó"). */
const ANAPHOR = /^\S+ (?:này|đó|ấy)$/u;
/**
 * A subject read up to its duty that names no one: "… thì bên đó phải trả lãi" points back into the condition, and
 * "những người mà người này có nghĩa vụ cấp dưỡng …" holds the duty of its relative clause (written "mà": folded, "ma"
 * is "ma túy").
 */
const pointsBack = (text: string) => ANAPHOR.test(text) || /\smà\s/u.test(text);

/**
 * The subject opening the sentence (after `skip`), when its predicate is a duty. Before "có trách nhiệm" any short
 * noun phrase is the one bound, not only a body: "Đối tượng quy định tại Khoản 1 Điều 2 Nghị định này hoặc thân
 * nhân đối tượng có trách nhiệm làm đơn …".
 */
function boundSubject(sentence: string, view: PartyView, skip: number, leadIn = false): PartySpan | null {
  // "…, thì các bị đơn phải …": the conjunction that opens the main clause is not part of its subject.
  const start = skip + (view.text.slice(skip).match(/^[\s,]*(?:(?:thì|mà)\s+)?/u)?.[0].length ?? 0);
  // "Khi được Chánh án phân công, Thẩm phán có những nhiệm vụ …": the subject bound after an opening clause.
  if (OPENER(view).test(view.text.slice(start))) {
    // "Trường hợp phát hiện sai sót thì Sở Tài chính có trách nhiệm …": a condition may end at its "thì", no comma.
    const then = conditionEnd(sentence, view, start);
    if (then > start && /^\sthì\s/u.test(view.text.slice(then)))
      return boundSubject(sentence, view, then, leadIn);
    const comma = view.text.indexOf(", ", start);
    return comma > start && comma < start + MAX_ADVERBIAL
      ? boundSubject(sentence, view, comma + 2, leadIn)
      : null;
  }
  const span = partiesAt(sentence, view, start, false);
  // "… thì người này có nghĩa vụ công bố di chúc": a pronoun points back into the condition; it names no one.
  if (span?.parties.every((p) => ANAPHOR.test(p))) return null;
  if (span) {
    if (DUTY(view).test(view.text.slice(span.end).trimStart())) return span;
    // A body named by its proper name ("Bộ trưởng Bộ Tài nguyên và Môi trường ban hành danh mục …, chất thải công
    // nghiệp phải kiểm soát") is never qualified by what it does: a duty further on binds what its verb names.
    // So is one named with a capital after an opening clause ("Căn cứ …, Chính phủ quy định chi tiết đối tượng phải
    // mua …"): mid-sentence, a capital opens a name, not a category.
    if (span.parties.every(isProperName) || (start > 0 && /^\p{Lu}/u.test(sentence.slice(start))))
      return null;
    // "Bên vận chuyển không phải bồi thường": a duty lifted binds no one to act.
    if (NEGATED_AHEAD.test(view.text.slice(span.end))) return null;
    // "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương (sau đây gọi chung là …) thực hiện quản lý …, có các nhiệm
    // vụ …": a name closed by the short name it defines is whole; its predicate follows, not more of the name.
    if (DEFINES_SHORT_NAME.test(sentence.slice(start, span.end))) return null;
    // "cơ quan đăng ký cư trú có trách nhiệm …", "Cơ quan, người lập hồ sơ … phải …": a name cut short where one of
    // its words is also a verb runs on to the duty that binds it, a few words later in the same clause.
    // In a lead-in, the list below says what any "phải" binds to: "Tổ chức, cá nhân tiến hành thăm dò, khai thác, chế
    // biến khoáng sản phải có phương án … và thực hiện các yêu cầu … sau đây:".
    const rest =
      (leadIn ? RUNS_ON_IN_LEAD_IN : RUNS_ON_TO_DUTY)(view).exec(view.text.slice(span.end)) ??
      listRunsOnToDuty(view, span.end, leadIn);
    if (!rest) return null;
    // "Cơ quan, tổ chức, cá nhân có thẩm quyền trong phạm vi nhiệm vụ … của mình có trách nhiệm": without its scope.
    const cut = QUALIFIER(view).exec(view.text.slice(span.end, span.end + rest[0].length));
    const end = span.end + (cut ? cut.index : rest[0].length);
    if (end === span.end) return span;
    const text = sentence
      .slice(start, end)
      .replace(/[\s,]+$/u, "")
      .replace(COPULA_TAIL, "");
    if (pointsBack(text)) return null;
    return { parties: splitParties(text), start, end: start + text.length, predicate: rest[1] ?? "" };
  }
  const duty =
    BOUND_BY_DUTY(view).exec(view.text.slice(start)) ??
    // Not after an opening clause, whose own commas would join it to the subject.
    (view.text.slice(0, start).includes(",") ? null : QUALIFIED_BY_LIST(view).exec(view.text.slice(start))) ??
    agentMustMeet(view, start);
  // "…, sức khoẻ và hành lý của hành khách bị thiệt hại thì bên vận chuyển phải …": a subject never holds "thì",
  // which ends the condition before it.
  if (!duty || (view.folded ? /\sthi\s/u : /\sthì\s/u).test(duty[0]))
    return boundAfterThen(sentence, view, start);
  // "… thì người chiếm hữu có quyền yêu cầu người … phải chấm dứt …": a right to ask; the duty binds whom it asks.
  if (RIGHT_BEFORE(view).test(view.text.slice(start, start + duty[0].length))) return null;
  // "Khi phát hiện mốc bị xê dịch vị trí, bị hư hỏng hoặc bị mất phải …": a passive goes on with the condition; the
  // duty's subject is unsaid.
  if (/^(?:bị(?! đơn| cáo| can| hại)|được|bi(?! don| cao| can| hai)|duoc)\s/u.test(view.text.slice(start)))
    return null;
  // "Hiệu trưởng là người chịu trách nhiệm …": the copula says what the subject is; the one bound is before it.
  const text = sentence
    .slice(start, start + duty[0].length)
    .replace(/[\s,]+$/u, "")
    .replace(COPULA_TAIL, "");
  // Before "có trách nhiệm / có nghĩa vụ" a noun phrase that opens with a verb-like word is still a name ("Tổ chức
  // thanh niên", "Hướng dẫn viên du lịch"): an act does not bear a duty. Before a bare "phải" it may be an act.
  const named = BEARS_DUTY(view).test(view.text.slice(start + duty[0].length));
  // "Tổ chức thực hiện đúng nội dung …, chịu trách nhiệm trước UBND tỉnh …": a comma before the duty joins two acts.
  const joined = /,\s*$/u.test(duty[0]);
  if (
    !text ||
    NOT_ACTOR(view).test(view.text.slice(start)) ||
    ((!named || joined) && opensWithPredicate(text))
  )
    return null;
  // Before a bare "phải" only someone who acts is bound: "Chất thải công nghiệp phải kiểm soát …", "Hệ thống thông
  // tin … phải đáp ứng …" say what a thing must be, and whoever must see to it is named elsewhere.
  if (!named && !actorAt(view, start)) return null;
  if (pointsBack(text)) return null;
  // "Bảo đảm và chịu trách nhiệm …", "Chịu trách nhiệm hoặc liên đới chịu trách nhiệm …": a verb joined to the duty,
  // or the duty itself, opens an item whose party is above it; no subject stands before it.
  const own = partyView(text);
  if (COORDINATED_PREDICATE.test(foldKeepingOffsets(text)) || BEARS_DUTY(own).test(own.text)) return null;
  // "Công dân được cung cấp thông tin không phải trả phí": "không phải" lifts a duty, it binds no one.
  if (/(?:^|\s)(?:khong|chua)$/u.test(foldKeepingOffsets(text))) return null;
  const predicate = /^\S+(?:\s\S+)?/u.exec(view.text.slice(start + duty[0].length))?.[0] ?? "";
  // "Giao Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm …": the verb that gives the work is not the name.
  const given = /^(?:giao|giao cho)\s+/iu.exec(text)?.[0].length ?? 0;
  if (given && /^\p{Lu}/u.test(text.slice(given)) && headAt(partyView(text.slice(given)), 0)) {
    const named = text.slice(given);
    return { parties: splitParties(named), start: start + given, end: start + text.length, predicate };
  }
  return { parties: [text], start, end: start + text.length, predicate };
}

/** "… là người", "… là cơ quan": a copula and the kind it names, closing what was read up to a duty. */
const COPULA_TAIL = /\s+là\s+(?:người|cơ quan|đơn vị|tổ chức)$/iu;

/** "Bộ Tài chính", "Ủy ban nhân dân tỉnh Long An": a name with a capitalised word after its head. */
const isProperName = (party: string) => /\s\p{Lu}/u.test(party.trim());

/**
 * "Người tiến hành tố tụng … gây thiệt hại cho cơ quan, tổ chức, cá nhân thì cơ quan có người … phải bồi thường": a
 * condition without an opening word still ends at "thì", and the subject bound by the duty follows it.
 */
function boundAfterThen(sentence: string, view: PartyView, start: number): PartySpan | null {
  const then = / thì\s+/u.exec(view.text.slice(start, start + MAX_ADVERBIAL));
  if (!then) return null;
  // "… thì bị chấm dứt chế độ … và phải hoàn trả …": the main clause goes on without a subject of its own.
  const rest = view.text.slice(start + then.index + then[0].length);
  return NO_SUBJECT(view).test(rest) ? null : boundSubject(sentence, view, start + then.index + 1);
}

/** A clause that opens with its verb, an auxiliary or a negation: its subject is the one before. */
const NO_SUBJECT = grammar(String.raw`^(?:bị|được|phải|sẽ|đã|đang|vẫn|cũng|không|chưa|có thể)${W1}`, "u");

/**
 * At most eight more words of a name ("doanh nghiệp cung cấp dịch vụ hướng dẫn du lịch có trách nhiệm"), then the
 * duty that binds it: no clause break, no "và" / "hoặc" (two verbs), and a comma only before another party ("Cơ
 * quan, người …").
 */
const runsOnTo = (must: string) =>
  grammar(String.raw`^(?:\s(?!và\s|hoặc\s)[^\s,;:.()]+){1,8}\s(?=(${DUTY_WORDS}|${must}))`, "u");
const RUNS_ON_TO_DUTY = runsOnTo(MUST_ACT);
const RUNS_ON_IN_LEAD_IN = runsOnTo("phải");

/**
 * "Cơ quan, tổ chức, hộ gia đình, cá nhân có trách nhiệm …", "Cơ quan quản lý giáo dục, cơ sở giáo dục có trách
 * nhiệm …", "Cơ quan thẩm định thiết kế xây dựng, cấp giấy phép xây dựng … có trách nhiệm …": a list of parties, or
 * a name whose words are also verbs, runs on to the duty that binds it, in one clause (no ";", ":" or ".", no
 * condition, no cue that would address someone else). The first group is the rest of the name up to the duty.
 */
function listRunsOnToDuty(view: PartyView, from: number, leadIn = false): RegExpExecArray | null {
  const run = (leadIn ? LIST_RUNS_ON_IN_LEAD_IN : LIST_RUNS_ON)(view).exec(view.text.slice(from));
  // "Chính phủ thống nhất quản lý nhà nước về thanh niên và có trách nhiệm …": a second predicate, not a longer name.
  if (!run || ADDRESSES_INSIDE(view).test(run[0]) || /\s(?:và|hoặc|va|hoac)\s*$/u.test(run[0])) return null;
  // "cơ quan tài nguyên và môi trường thẩm định Bản kê khai và ban hành văn bản …, phải nộp": a second act joined by
  // "và" means the first was a predicate already, not a longer name. Not an act joined right after the name: "Tổ
  // chức, cá nhân quan trắc môi trường và công bố thông tin … chịu trách nhiệm" names them by both.
  for (const joined of run[0].matchAll(/\s(?:và|hoặc|va|hoac)\s/gu))
    if (
      (joined.index ?? 0) > 0 &&
      opensWithPredicate(view.text.slice(from + (joined.index ?? 0) + joined[0].length))
    )
      return null;
  return run;
}
/** Up to 40 more words, commas allowed, then a duty; the last word before the duty is not a link word. */
const listRunsOnTo = (must: string) =>
  grammar(
    String.raw`^(?:,?\s(?!thì\s|mà\s|nếu\s|khi\s|trường hợp\s|trừ\s)[^\s,;:.()]+){1,40}?\s(?=(${DUTY_WORDS}|${must})${W1})`,
    "u",
  );
const LIST_RUNS_ON = listRunsOnTo(MUST_ACT);
const LIST_RUNS_ON_IN_LEAD_IN = listRunsOnTo("phải");
/** Cues inside a run that make it a clause of its own: someone else is addressed, led or informed. */
const ADDRESSES_INSIDE = grammar(
  String.raw`${W0}(?:giao|đề nghị|yêu cầu|chủ trì|phối hợp|tham mưu|chỉ đạo|báo cáo|trình|hướng dẫn|đã|được)${W1}`,
  "u",
);

/** A duty that only a party bears: "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "có nghĩa vụ". */
/** Text before a duty that ends with a conjunction: the duty is a second predicate, not the first. */
const COORDINATED_PREDICATE = /(?:^|\s)(?:va|hoac|hay|cung nhu)$/;

const BEARS_DUTY = grammar(String.raw`^(?:${DUTY_WORDS})${W1}`, "u");

/** "… có trách nhiệm / chịu trách nhiệm / có (những) nhiệm vụ" after a noun phrase of at most 20 words, no clause break. */
const BOUND_BY_DUTY = grammar(
  String.raw`^(?:[^\s,;:.()]+\s){1,20}?(?=(?:${DUTY_WORDS}|${MUST_ACT})${W1})`,
  "u",
);

/**
 * "Viên chức tham gia đào tạo, bồi dưỡng phải chấp hành …": a subject at the sentence's start whose qualifier lists
 * acts with commas. No preposition opens it, no word that opens another clause (a purpose, an exception, a
 * condition, a time) stands inside it, and no comma ends it ("Tuân thủ pháp luật, chịu trách nhiệm …" joins two acts).
 */
const QUALIFIED_BY_LIST = grammar(
  String.raw`^(?!(?:tại|giữa|trong|với|về|từ|đến|ngoài|kể từ|khi|nếu|sau|trước)${W1})(?:(?!(?:nhằm|trừ|thì|mà|nếu|khi|kể từ|để|sau khi|trước khi)${W1})[^\s,;:.()]+,?\s){0,11}?[^\s,;:.()]+\s(?=(?:${DUTY_WORDS}|${MUST_ACT})${W1})`,
  "u",
);

/**
 * "Người lấy mẫu thức ăn chăn nuôi … phải được tập huấn", "Cơ sở nuôi giữ giống gốc … phải có nhân viên kỹ thuật": a
 * person or an establishment bound to meet a condition. Only an agent noun opens such a subject; a paper or a thing
 * that "phải có" something ("Hồ sơ phải có …") binds no one.
 */
function agentMustMeet(view: PartyView, start: number): RegExpExecArray | null {
  const run = MUST_MEET(view).exec(view.text.slice(start));
  if (!run || !AGENT_NOUN(view).test(view.text.slice(start))) return null;
  // "người hoặc tổ chức thực hiện mai táng được hưởng trợ cấp …", "Người vi phạm … kinh phí bảo đảm thực hiện chính
  // sách …; … thì … bị xử lý": "thực hiện" inside a name, whose clause goes on to what befalls or is granted it.
  const rest = /^[^.]*/u.exec(view.text.slice(start + run[0].length))?.[0] ?? "";
  if (AGENT_ACT(view).test(rest) && PASSIVE_LATER(view).test(rest)) return null;
  return run;
}
/**
 * "Hộ, cá nhân có hoạt động kinh doanh trên nền tảng thương mại điện tử thực hiện kê khai theo tháng": an agent
 * noun phrase then "(trực tiếp) thực hiện" and the act, which is the agent's work (not "thực hiện hành vi …", an
 * act the text describes, nor "thực hiện theo …", how something is done). So is filing a paper: "Người khai hải quan
 * nộp cho cơ quan hải quan …", "… gửi 01 bản chính …" (not "người nộp thuế", an agent named by the act).
 */
const AGENT_ACTS = String.raw`(?:trực tiếp )?(?:thực hiện(?! hành vi| theo| việc)|(?<!(?:^|\s)(?:người|bên|chủ|cơ quan|tổ chức|đơn vị|cá nhân|hộ)\s)(?:nộp|gửi)(?= (?:cho|hồ sơ|văn bản|01|\d|bản|giấy|tờ khai|chứng từ|báo cáo)))`;
/** The agent's act ("thực hiện …", "nộp cho …") opening what is left after a subject read up to it. */
const AGENT_ACT = grammar(String.raw`^${AGENT_ACTS}${W1}`, "u");
/** A passive, a grant or a consequence further on in the clause. */
const PASSIVE_LATER = grammar(String.raw`\s(?:được|bị|thì)\s`, "u");
const MUST_MEET = grammar(
  String.raw`^(?:(?!thì\s|mà\s|nếu\s|khi\s|được\s|bị\s)[^\s,;:.()]+,?\s){1,30}?(?=(?:phải (?:được|có|bảo đảm|đảm bảo)|${DUTY_WORDS}|${MUST_ACT}|${AGENT_ACTS})${W1})`,
  "u",
);
/**
 * Whether a body, an agent or a person opens the text at `start`: "Sở …", "Tổ chức, cá nhân …", "Viên chức …".
 * Anything else before a duty is a thing or an act.
 */
function actorAt(view: PartyView, start: number): boolean {
  const rest = view.text.slice(start);
  return headAt(view, start) || AGENT_NOUN(view).test(rest) || PERSON_NOUN(view).test(rest);
}
/** People by their standing, office or kin: "Công dân", "Viên chức", "Đương sự", "Cha mẹ", "Nhà giáo". */
const PERSON_NOUN = grammar(
  String.raw`^(?:các |mọi |những )?(?:công dân|cán bộ|công chức|viên chức|đảng viên|học sinh|sinh viên|người học|nhà (?:giáo|báo|khoa học)|giáo viên|giảng viên|đương sự|nguyên đơn|bị đơn|thư ký|thân nhân|cha|mẹ|vợ|chồng|con|nam|nữ|pháp nhân|đối tượng|nhân viên|quân nhân|thanh niên|trẻ em)${W1}`,
  "u",
);
/** Nouns that name a person or an establishment by what it is or does. */
const AGENT_NOUN = grammar(
  String.raw`^(?:các |mọi )?(?:người|cơ sở(?! dữ liệu| vật chất| hạ tầng| pháp lý)|doanh nghiệp|tổ chức|cá nhân|chủ|bên|nhà (?:đầu tư|sản xuất|cung cấp|thầu)|hộ|thành viên)${W1}`,
  "u",
);

/** Words that open an adverbial clause or a condition before the subject: a basis, a scope, a time, a purpose. */
const OPENER = grammar(
  String.raw`^(?:trên cơ sở|căn cứ|đối với|riêng đối với|riêng|ngoài ra|bên cạnh|đồng thời|ngay sau khi|ngay khi|sau khi|trước khi|khi|trong trường hợp|trường hợp|nếu|trong quá trình|trong thời gian|trong thời hạn|hết thời hạn|chậm nhất|để|nhằm|theo(?! dõi)|kể từ|sau|trước|hằng năm|hàng năm|kết thúc|(?:vào|tại) (?:thời điểm|thời gian|dịp|cuối|đầu))${W1}`,
  "u",
);
/**
 * Whether `prefix` is an opening adverbial clause ending with its comma: "Khi được Chánh án Tòa án phân công, ",
 * "Trường hợp …, ". The subject of the main clause follows it.
 */
export function isOpeningClause(prefix: string): boolean {
  const view = partyView(prefix);
  return OPENER(view).test(view.text.trimStart()) && /,\s*$/u.test(prefix) && !/[:;.]/u.test(prefix);
}

/** The openers of a condition, which may run on to the subject without a comma. */
const CONDITION = grammar(String.raw`^(?:sau khi|trước khi|khi|trường hợp|nếu|trong quá trình)${W1}`, "u");
/** A condition opening a sentence, whose request is part of the case: "Trường hợp …", "Trong trường hợp …", "Khi …". */
const OPENS_CONDITION = grammar(
  String.raw`^\s*(?:trong )?(?:sau khi|trước khi|khi|trường hợp|nếu)${W1}`,
  "u",
);

/** Where a condition opening the sentence (after `skip`) ends: at its "thì", comma or colon; 0 when there is none. */
function conditionEnd(sentence: string, view: PartyView, skip: number): number {
  const text = view.text.slice(skip);
  if (!OPENS_CONDITION(view).test(text)) return 0;
  for (const end of text.matchAll(/\sthì\s|[,:;]\s+/gu)) {
    const at = skip + (end.index ?? 0);
    if (at - skip >= MAX_ADVERBIAL) break;
    // "Trường hợp cơ quan, tổ chức đề nghị …": a comma before another category in lower case joins a list.
    const next = at + end[0].length;
    const category = headAt(view, next) || /^(?:tổ chức|cá nhân)(?!\p{L})/u.test(view.text.slice(next));
    if (end[0].startsWith(",") && category && /^\p{Ll}/u.test(sentence[next] ?? "")) continue;
    return at;
  }
  return 0;
}
/** How far into a sentence its opening adverbial may run. */
const MAX_ADVERBIAL = 400;

/** "Trách nhiệm của", "Nhiệm vụ, quyền hạn của", "Quyền và trách nhiệm của": whatever follows is whose they are. */
const DUTIES_OF = String.raw`(?:(?:trách nhiệm|nhiệm vụ|quyền hạn|quyền|nghĩa vụ)(?: cụ thể| thực hiện| chung| chính| cơ bản)?(?:,? (?:và )?)?){1,3}của`;
/**
 * "Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép": the requirements set for whoever follows. Not "Trách
 * nhiệm đối với người lao động", a duty owed to them by someone else.
 */
const DUTIES_FOR = "yêu cầu(?: cụ thể)? đối với";
/** Parties named by a heading or a lead-in that says whose work follows. */
const HEADING_LEADS = grammar(
  // "Điều 12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": what a body outside the issuer's command is asked to do.
  // "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh": the lead may stand before a colon.
  String.raw`^(?:${DUTIES_FOR}|đối với|giao cho|giao|đề nghị|phân công(?: nhiệm vụ)? cho|${DUTIES_OF})(?:\s*:)?\s+`,
  "u",
);
const REQUIREMENTS_FOR = grammar(String.raw`^${DUTIES_FOR}\s+`, "u");
const DUTIES_HEADING = grammar(String.raw`^(?:${DUTIES_OF}|${DUTIES_FOR})\s+`, "u");
/**
 * What qualifies the party named after "Trách nhiệm của …": a time, a scope, a field ("… sau khi có quyết định").
 * The field of a state management body is its name: "cơ quan quản lý nhà nước về du lịch", "cơ quan chuyên môn về
 * lao động" are other bodies than those of tourism's neighbours, and so are its levels ("… ở trung ương", "… ở địa
 * phương").
 */
const QUALIFIER = grammar(
  String.raw`\s(?:sau khi|trước khi|khi|trong|đối với|tại|theo)\s|(?<!trực)\sthuộc\s(?!đối tượng)|(?<!nhà)\sở\s(?!trung ương|địa phương|cấp\s)|(?<!nhà nước|chuyên môn|chuyên trách)\svề\s|[,;:(]\s*(?:trong|đối với|về|khi|sau khi)\s`,
  "u",
);

/** Whether a heading declares whose duties follow: "Điều 33. Trách nhiệm của cơ quan đăng ký cư trú". */
export function isDutiesHeading(heading: string): boolean {
  const view = partyView(heading.replace(HEADING_NUMBER, ""));
  return DUTIES_HEADING(view).test(view.text);
}

/** The party of "Trách nhiệm của <party> [qualifier]": the noun phrase, without the qualifier, split between parties. */
function dutyHolder(body: string): string[] | null {
  const view = partyView(body);
  const cut = QUALIFIER(view).exec(view.text);
  const phrase = body.slice(0, cut ? cut.index : body.length).replace(/[\s,;:.]+$/u, "");
  if (!phrase || NOT_ACTOR(partyView(phrase)).test(partyView(phrase).text)) return null;
  // "… của tổ chức quản lý nền tảng thương mại điện tử thuộc đối tượng khấu trừ, nộp thuế thay": the class says
  // which of them are meant, so it stays with the name, commas and all.
  const kind = CLASS_OF.exec(phrase);
  if (kind) {
    const holders = dutyHolder(phrase.slice(0, kind.index));
    const last = holders?.at(-1);
    return holders && last ? [...holders.slice(0, -1), `${last}${phrase.slice(kind.index)}`] : null;
  }
  // A list of holders may be long ("nhà sản xuất phim, biên kịch, đạo diễn, …"); each name in it may not.
  const names = phrase.split(/[,;]|\s(?:và|hoặc)\s/u);
  return names.some((n) => n.trim().split(/\s+/).length > MAX_HOLDER_WORDS) ? null : splitParties(phrase);
}

/** The class a party belongs to, part of whom a duties heading names: "… thuộc đối tượng khấu trừ, nộp thuế thay". */
const CLASS_OF = /\sthuộc đối tượng\s/u;

/** How long one name in the noun phrase of a duties heading may be. */
const MAX_HOLDER_WORDS = 15;

/** Numbering before a heading: "3.", "Điều 2.", "Chương III", "Mục 1.", "Bước 1:", "II.", "a)". */
export const HEADING_NUMBER =
  /^\s*(?:(?:điều|chương|mục|phần|bước|phụ lục|khoản|điểm)\s+[\dIVXLC]+[a-zđ]?\s*[.:)-]?\s*|(?:[\dIVX]+[.)]|[a-zđ][.)])(?:\d+[.)])*\s*)+/iu;

/**
 * Parties named by a heading: "3. Đối với cấp ủy trực thuộc Tỉnh ủy và tập thể lãnh đạo các sở…", "Điều 2. Giao
 * Giám đốc Sở Giáo dục và Đào tạo", "Trách nhiệm của Sở Tài chính", "1. Sở Lao động - Thương binh và Xã hội:".
 * A heading naming people or a topic ("Đối với cán bộ, công chức cấp xã") names no party.
 */
export function partiesOfHeading(heading: string): string[] | null {
  // "Nghĩa vụ của nhà sản xuất phim, … bao gồm:": the lead-in's closing verb is not part of the name.
  const titled = heading
    .replace(HEADING_NUMBER, "")
    .replace(/[:.]\s*$/, "")
    // "1. Sở Y tế thực hiện:": nor is a bare verb that takes on the list below.
    .replace(/,?\s+(?:bao gồm|gồm có|gồm|như sau|sau đây|(?:tổ chức )?(?:thực hiện|triển khai))$/u, "")
    // "Điều 4. Sở Lao động - Thương binh và Xã hội có nhiệm vụ": the title's predicate is not part of the name.
    .replace(DUTY_PREDICATE, "");
  // "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì": the work a body is charged with, named by the
  // body and its duty; the body is the party.
  const relative = RELATIVE_DUTY.exec(
    heading
      .replace(HEADING_NUMBER, "")
      .replace(/[:.]\s*$/, "")
      .trim(),
  );
  if (relative?.[1]) {
    const span = partiesAt(relative[1], partyView(relative[1]), 0, true);
    if (span && span.end >= relative[1].trimEnd().length - 1) return span.parties;
  }
  const text = withoutTitleAsides(titled);
  // "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …):": the bodies in the bracket are who the category is,
  // kept with it whole rather than cut at their commas.
  const members = membersBracket(text);
  if (members) {
    const named = partiesOfHeading(`${text.slice(0, members.index)}${/:\s*$/.test(heading) ? ":" : ""}`);
    const last = named?.at(-1);
    if (named && last) return [...named.slice(0, -1), `${last} ${members.bracket}`];
  }
  // "3. Vụ Tổ chức cán bộ", "3. Vụ Kế hoạch, Tài chính": a ministry's department titling its items, kept whole with the
  // comma its name may hold (in a sentence, `headAt` knows "Vụ" by its capital).
  if (DEPARTMENT_TITLE.test(text)) return [text.trim()];
  const view = partyView(text);
  const lead = view.text.match(HEADING_LEADS(view));
  if (lead) {
    const body = text.slice(lead[0].length);
    // "Yêu cầu đối với canh tác hữu cơ": requirements for an activity name no one.
    if (REQUIREMENTS_FOR(view).test(view.text) && !headAt(partyView(body), 0)) return null;
    const span = partiesAt(body, partyView(body), 0, true);
    if (span && span.end >= body.trimEnd().length - 1) return span.parties;
    // "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả": a bare category names no one, so what follows it in a title
    // says which bodies it means.
    if (
      span?.start === 0 &&
      span.parties.length === 1 &&
      BARE_CATEGORY.test(span.parties[0] ?? "") &&
      !/[.;!?]/u.test(body) &&
      body.split(/\s+/).length <= MAX_NAME_HEADING_WORDS
    )
      return [body.trim()];
    // "Trách nhiệm của cơ quan đăng ký cư trú", "… của chủ dự án đầu tư sau khi …": the heading is about whose duties
    // they are, so its noun phrase is the party even when no name of a body opens it.
    if (DUTIES_HEADING(view).test(view.text)) return dutyHolder(body) ?? span?.parties ?? null;
    return span ? span.parties : null;
  }
  // "1. Sở Lao động - Thương binh và Xã hội:" — or without the colon, when the whole title is party names
  // ("1. Bộ Lao động - Thương binh và Xã hội" under "III. Tổ chức thực hiện"). "Cơ sở giáo dục khác … bao gồm:"
  // lists what the name covers, not its work.
  if (/\s(?:bao gồm|gồm có|gồm)\s*:?\s*$/u.test(heading)) return null;
  const span = partiesAt(text, view, 0, true);
  if (!span) return null;
  const namesOnly = /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= MAX_NAME_HEADING_WORDS;
  if (span.end < text.trimEnd().length - 1) {
    // "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ": a title of names whose last name is qualified by what
    // it was given is still one party, qualifier and all.
    const rest = text.slice(span.end).trim();
    // "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án": a bare category names no one, so what follows it in a
    // title says which bodies it means.
    if (namesOnly && span.parties.length === 1 && BARE_CATEGORY.test(span.parties[0]) && ROLE.test(rest))
      return [text.trim()];
    // "6. Cục Kết cấu hạ tầng xây dựng", "7. Cục Kinh tế - Quản lý đầu tư xây dựng": a body's proper name whose last
    // words are also a verb ("xây dựng") is the whole title, when nothing else follows them.
    if (
      namesOnly &&
      span.parties.length === 1 &&
      NAMED_BODY_TITLE.test(text) &&
      /^\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(rest)
    )
      return [text.trim()];
    // "11. Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm": a title that is a subject and its duty
    // names the whole noun phrase, as "Trách nhiệm của …" does.
    if (span.start === 0 && DUTY_PREDICATE.test(heading.replace(/[:.]\s*$/, ""))) return dutyHolder(text);
    // "4. Các cơ quan, tổ chức, đơn vị, doanh nghiệp được giao quản lý, sử dụng hoặc khai thác tài sản kết cấu hạ
    // tầng": what the bodies were given to manage says which of them, however long.
    const given =
      /^\p{Lu}/u.test(text) &&
      text.split(/\s+/).length <= MAX_GIVEN_HEADING_WORDS &&
      GIVEN_TO_MANAGE.test(rest);
    return (namesOnly || given) &&
      (ASSIGNED_QUALIFIER.test(rest) || KIND_QUALIFIER.test(rest) || given) &&
      span.parties.length > 0
      ? [...span.parties.slice(0, -1), `${span.parties.at(-1)} ${rest}`]
      : null;
  }
  return /:\s*$/.test(heading) || namesOnly || DUTY_PREDICATE.test(heading.replace(/[:.]\s*$/, ""))
    ? span.parties
    : null;
}

/**
 * "5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp", "6. Các doanh nghiệp thứ cấp đang hoạt động trong
 * KCN": a short capitalised title that opens with a party and goes on with what qualifies it, read as one whole name.
 * A title is a noun phrase, so what follows the party there says which of them; the caller decides whether the title
 * stands among names (its siblings), since alone it could also be a topic that opens with a party.
 *
 * @example
 * partyOfNameTitle("6. Các doanh nghiệp thứ cấp đang hoạt động trong KCN") // ["Các doanh nghiệp thứ cấp đang hoạt động trong KCN"]
 */
export function partyOfNameTitle(heading: string): string[] | null {
  if (/:\s*$/.test(heading)) return null;
  const text = withoutTitleAsides(heading.replace(HEADING_NUMBER, "").replace(/\.\s*$/, "")).trim();
  // Among names, a title may say at length which bodies it means ("7. Các doanh nghiệp hoạt động trong lĩnh vực xây
  // dựng, giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh").
  if (!/^\p{Lu}/u.test(text) || text.split(/\s+/).length > MAX_NAME_TITLE_WORDS) return null;
  if (DUTY_PREDICATE.test(text) || /\b(?:sau|như sau|sau đây|nhiệm vụ|nội dung)$/u.test(text)) return null;
  const span = partiesAt(text, partyView(text), 0, true);
  return span && span.start === 0 && span.parties.length === 1 ? [text] : null;
}

/** A title opening with a body's proper name: "Cục Kinh tế …", "Vụ Kế hoạch …", "Trung tâm Thông tin …". */
const NAMED_BODY_TITLE = /^(?:Cục|Tổng cục|Vụ|Sở|Ban|Viện|Trung tâm|Văn phòng|Bộ) \p{Lu}/u;

/** A title's closing predicate of duty: "… có nhiệm vụ", "… có trách nhiệm sau đây". */
const DUTY_PREDICATE = /\s+có (?:các |những )?(?:nhiệm vụ|trách nhiệm)(?: sau đây| như sau| sau)?$/u;

/** "Nội dung <body> có trách nhiệm chủ trì", "Những việc <body> phải thực hiện": a title naming the work of a body. */
const RELATIVE_DUTY =
  /^(?:(?:[Cc]ác|[Nn]hững) )?(?:[Nn]ội dung|[Vv]iệc|[Cc]ông việc|[Nn]hiệm vụ)\s+((?:các |những |mọi )?\p{L}.+?)\s+(?:có (?:các |những )?(?:nhiệm vụ|trách nhiệm)|chịu trách nhiệm|phải)(?: (?:chủ trì|thực hiện|phối hợp(?: thực hiện)?|tham mưu))?$/u;

/** A title that is only a department's name: "Vụ Tổ chức cán bộ", "Vụ Kế hoạch, Tài chính" (up to eight words). */
const DEPARTMENT_TITLE = /^Vụ \p{Lu}[\p{L}\p{M}]*(?:,? [\p{Lu}\p{Ll}][\p{L}\p{M}]*){0,6}$/u;

/** "được giao (nhiệm vụ)", "được phân công": a passive that qualifies the last name of a title, no predicate. */
const ASSIGNED_QUALIFIER = /^được (?:giao|phân công)(?: (?:nhiệm vụ|chủ trì|thực hiện))?$/u;
/** "được giao quản lý, sử dụng hoặc khai thác tài sản …": what the bodies were given, with no duty verb after it. */
const GIVEN_TO_MANAGE =
  /^được (?:giao|phân công) (?:quản lý|sử dụng|khai thác|vận hành)(?!\p{L})(?!.*(?<!\p{L})(?:có trách nhiệm|phải|chịu trách nhiệm)(?!\p{L}))/u;
/** How long a title of bodies qualified by what they were given may be. */
const MAX_GIVEN_HEADING_WORDS = 30;

/** "là tổ chức", "là hộ gia đình": which of a category a title means ("Các chủ rừng là tổ chức"), no predicate. */
const KIND_QUALIFIER = /^là (?:các |những )?\p{Ll}+(?: \p{Ll}+){0,2}$/u;

/** A category noun with nothing to say which bodies it means: "Cơ quan", "Các đơn vị". */
const BARE_CATEGORY = /^(?:(?:các|những) )?(?:cơ quan|đơn vị|tổ chức|bộ phận)$/iu;

/** The role that makes a category a party: "(cơ quan) chủ trì", "(đơn vị) phối hợp", "(cơ quan) thường trực". */
const ROLE = /^(?:chủ trì|phối hợp|thực hiện|thường trực|đầu mối|tham mưu)(?!\p{L})/u;

/** How long a title of one party qualified by what it does may be, when it stands among names (partyOfNameTitle). */
const MAX_NAME_TITLE_WORDS = 30;
/** A heading without a colon names parties only when it is short and capitalised, as a name is. */
const MAX_NAME_HEADING_WORDS = 20;
