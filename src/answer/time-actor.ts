/**
 * Who a question binds to act ("BHXH Việt Nam phải …", "yêu cầu Bộ Y tế …"), and whether the text quoted for it gives
 * the time or the duty asked to another body instead.
 */
import { headAt, withoutTitle } from "../obligations/party-names.ts";
import { partyView } from "../obligations/party-view.ts";
import { findParties } from "../obligations/responsible-parties.ts";
import { normalize } from "../search/vietnamese-analyzer.ts";
import { tierOfBody } from "./admin-level.ts";
import { type AskedFact, DURATION_UNITS } from "./answer-type.ts";
import { namesParty, ownUnit } from "./asked-party.ts";
import { TURN_WORDS } from "./question-proper.ts";

/**
 * The body bound to act just before the modal: "…, BHXH Việt Nam phải tổ chức chi trả … trong bao nhiêu ngày?", or
 * given a time: "Bộ LĐTBXH có bao nhiêu ngày làm việc để ra quyết định …?".
 */
const BOUND =
  /(?:^|[\s,])(?:phải|phai|có trách nhiệm|co trach nhiem|có (?:bao nhiêu|mấy|bao lâu)|co (?:bao nhieu|may|bao lau))\s/giu;
/** "vậy", "còn" opening the clause before the modal: the turn to the question proper, no part of the body. */
const TURN = new RegExp(`^(?:${TURN_WORDS})\\s+`, "iu");
/** "phải" after an addressed body: "yêu cầu Bộ Y tế phải ban hành …" addresses it all the same. */
const MODAL_AFTER = /\s(?:phải|phai)\s/iu;
/**
 * A named body is short: a longer run before the modal is a clause of its own ("X giám sát … thì"), read for its
 * subject.
 */
const MAX_WORDS = 6;

/**
 * The body a question about a time limit binds to act ("Theo NĐ 23/2012, sau khi …, BHXH Việt Nam phải tổ chức chi
 * trả lương hưu trong thời hạn bao nhiêu ngày?" → "BHXH Việt Nam"), when it names one plainly before "phải" / "có
 * trách nhiệm", opens the clause before "thì phải" with one ("HĐND các cấp giám sát … thì phải …"), or addresses one
 * ("yêu cầu Bộ Y tế ban hành … trước ngày nào?" → "Bộ Y tế"); else null.
 *
 * @example
 * timeActor("BHXH Việt Nam phải chi trả trong bao nhiêu ngày?") // "BHXH Việt Nam"
 */
export function timeActor(question: string): string | null {
  const party = namedActor(question.normalize("NFC").replace(/\s+/g, " "));
  // "sở em", "phòng mình": the asker's own unit, which the question does not name.
  return party && !ownUnit(party) ? party : null;
}

/** A notice or a report right before the body it is sent to. */
const TOLD_BEFORE = /(?:thông báo|thong bao|báo cáo|bao cao)(?:\s+(?:cho|về|ve|đến|den))?\s*$/iu;

function namedActor(text: string): string | null {
  // "CV 3354 yêu cầu Bộ Y tế (phải) ban hành Thông tư trước ngày nào?": the body the text is said to address acts.
  const cued = text.replace(MODAL_AFTER, " ");
  const span = findParties(cued, { cuesOnly: true });
  // "… cơ quan nào phải thông báo cho Cục Hải quan các tỉnh, trong thời hạn bao lâu?": whom a notice tells does not act.
  const told = span !== null && TOLD_BEFORE.test(cued.slice(0, span.start));
  const addressed = told ? null : single(span?.parties);
  if (addressed) return addressed;
  // The modal nearest the question proper: "trước khi BTL quân khu … phải có ý kiến …; vậy Cục Chính sách phải …".
  for (const bound of [...text.matchAll(BOUND)].reverse()) {
    const actor = actorBefore(text, bound.index);
    if (actor) return actor;
  }
  return null;
}

/** The body named right before a modal at `at`, or the subject of the clause there. */
function actorBefore(text: string, at: number): string | null {
  const clause = (
    text
      .slice(0, at)
      // "…, đối tượng là quân nhân thì Bộ LĐTBXH có bao nhiêu ngày …": the body after the case.
      .split(/[,;:]\s*|\s(?:thì|thi)\s/u)
      .at(-1) ?? ""
  )
    .replace(/\s+(?:thì|thi)$/iu, "")
    // "…; vậy Cục Chính sách phải …".
    .replace(TURN, "")
    .trim();
  if (!clause || !headAt(partyView(normalize(clause)), 0)) return null;
  // "cơ quan nào phải thông báo …": the body asked for is no body named.
  if (/(?:^|\s)(?:nào|nao)$/iu.test(clause)) return null;
  if (clause.split(" ").length <= MAX_WORDS) return clause;
  // "HĐND các cấp giám sát việc thực hiện nghị quyết thì phải …": a clause of its own, whose subject is bound.
  const subject = findParties(clause);
  if (subject?.start === 0 && subject.predicate) return single(subject.parties);
  // "Cục Chính sách - Tổng cục Chính trị": a long proper name (never three lowercase words in a row), when bound as
  // it stands, is one body.
  if (/(?:^|\s)\p{Ll}\S*\s\p{Ll}\S*\s\p{Ll}/u.test(clause)) return null;
  const named = findParties(`${clause} phải thực hiện`);
  return named?.start === 0 && single(named.parties) === clause ? clause : null;
}

/** The one party of a list, else null. */
const single = (parties: readonly string[] | undefined): string | null =>
  parties?.length === 1 ? (parties[0] ?? null) : null;

/**
 * Whether every sentence quoted (those that state the time asked, or the duties) gives it to another named body than
 * the one asked: "…, Bảo hiểm xã hội Bộ Quốc phòng hoàn thành việc xét duyệt trong 30 ngày" says nothing of how long
 * BHXH Việt Nam has; "Chủ tịch UBND tỉnh … chịu trách nhiệm …" nothing of the district's chairman. A sentence with
 * no subject of its own, or a body named without a proper name, may still be about it.
 */
export function givenToOthers(
  actor: string,
  sentences: readonly string[],
  /** Whom the letter is sent to: "các đồng chí Giám đốc Sở" in a letter to the departments of labour is theirs. */
  addressees: readonly string[] = [],
): boolean {
  if (sentences.length === 0) return false;
  return sentences.every((sentence) => {
    // "…, Bộ Chỉ huy quân sự hoàn thành …; công an cấp tỉnh … hoàn thành …": each clause may give it to its own body.
    const parties = sentence
      // "Bộ Xây dựng ban hành Thông tư … trong đó quy định các tỉnh … lập đề án …": the text reported binds its own.
      .split(/;\s*|\strong đó quy định\s/u)
      // "Do các tỉnh … phải tiến hành đối chiếu … nên …": the body after "do" (because of, by) is the clause's subject.
      .map((clause) => clause.replace(BECAUSE, ""))
      .flatMap((clause) => (findParties(clause) ?? subjectAfterLead(clause))?.parties ?? [])
      .map((p) => asAddressee(p, addressees));
    // A body of another tier ("các đồng chí Bộ trưởng" for "UBND cấp xã") is another body, though named by its kind.
    const other = (p: string) => namesItsBody(p) || differentTier(p, actor);
    return parties.length > 0 && parties.every(other) && !parties.some((p) => namesParty(actor, p));
  });
}

const BECAUSE = /^(?:do|bởi vì|vì)\s+/iu;

/** Whether two bodies belong to different tiers, both known. */
const differentTier = (party: string, actor: string): boolean => {
  const [a, b] = [tierOfBody(party), tierOfBody(actor)];
  return a !== null && b !== null && a !== b;
};

/** A body named only by its kind ("Sở", "Giám đốc Sở") is the one addressee of that kind, when there is one. */
function asAddressee(party: string, addressees: readonly string[]): string {
  if (namesItsBody(party)) return party;
  const kind = withoutTitle(party)
    .replace(/^(?:các|cac)\s+/iu, "")
    .trim()
    .toLowerCase();
  const matching = addressees.filter((a) => withoutTitle(a).toLowerCase().startsWith(`${kind} `));
  return matching.length === 1 && matching[0] ? matching[0] : party;
}

/** Whether a fact asked is a time limit or a deadline: "trong bao nhiêu ngày", "trước ngày nào". */
export const asksTime = (fact: AskedFact) =>
  (fact.kind === "number" && (fact.measure === "duration" || DURATION_UNITS.has(fact.counted))) ||
  (fact.kind === "date" && fact.deadline === true);

/**
 * Whether a party names its body in full ("Bảo hiểm xã hội Bộ Quốc phòng", "Sở Tài chính"), not only by the kind of
 * body, which may be the one asked ("các đồng chí Giám đốc Sở", "cơ quan"): a capitalised word after the head.
 */
function namesItsBody(party: string): boolean {
  const body = withoutTitle(party);
  return /^\S+\s.*\p{Lu}/u.test(body) || /^\p{Lu}{2,}\S*\s+\S/u.test(body) || ONE_OF_A_KIND.test(body);
}

/** Bodies there is only one of, named in full by their kind: "Chính phủ", "Quốc hội", "Thủ tướng Chính phủ". */
const ONE_OF_A_KIND = /^(?:Chính phủ|Quốc hội|Thủ tướng(?: Chính phủ)?|Chủ tịch nước)$/u;

/**
 * The subject of a clause that opens with its time ("Trong vòng 7 ngày làm việc, kể từ khi nhận được …, Bộ Tài chính
 * thông báo …"): the first part after a comma that starts with a body bound to a verb.
 */
function subjectAfterLead(clause: string): ReturnType<typeof findParties> {
  const parts = clause.split(/,\s*/u);
  for (let i = 1; i < parts.length; i++) {
    const found = findParties(parts.slice(i).join(", "));
    if (found?.start === 0 && found.predicate) return found;
  }
  return null;
}
