/**
 * What a named body must do under the documents: its obligations, read from the obligations table, not from prose.
 * "Sở LĐTBXH Tuyên Quang phải làm gì?", "nhiệm vụ của UBND cấp xã theo NĐ 102/2018", "QĐ 12/2012 giao Sở Tài chính
 * những việc gì?". The body is read and matched by asked-party.ts.
 */
import { documentLabel } from "../corpus/document-label.ts";
import type { DocumentMeta } from "../corpus/types.ts";
import type { Db } from "../db/open-database.ts";
import { splitSentences } from "../language/sentences.ts";
import type { Obligation } from "../obligations/obligation.ts";
import { listObligations } from "../obligations/obligation-store.ts";
import { withoutTitle } from "../obligations/party-names.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import { analyze, BIGRAM, termKind } from "../search/vietnamese-analyzer.ts";
import type { Answer } from "./answer.ts";
import { asWritten, namesParty } from "./asked-party.ts";
import { statesExecution } from "./effect-clause.ts";
import { firstSentence, listReply, passagesReply } from "./obligation-reply.ts";
import { disagreement, heldDocumentsNamed, questionEntities } from "./question-entities.ts";

/** The syllable pairs of a text, as the index reads them: which duties share the question's words. */
const pairsOf = (text: string) => analyze(text, { accents: false }).filter((t) => termKind(t) === BIGRAM);
/** At most this many duties are listed; the rest are counted. */
const MAX_DUTIES = 15;

/**
 * "Sở LĐTBXH Tuyên Quang phải làm gì?", "nhiệm vụ của UBND cấp xã theo NĐ 102/2018": every obligation of the named
 * party in the document the question names (else in the documents of its best passages), each cited; null when
 * that party has none there, so the passages answer instead.
 *
 * @example
 * (await partyDuties(db, index, "Sở LĐTBXH Tuyên Quang phải làm gì?", "sở lđtbxh"))?.answer
 * // "Việc của Sở Lao động - Thương binh và Xã hội trong văn bản (6 việc):\n• Giám đốc Sở …: … [1]…"
 */
export async function partyDuties(
  db: Db,
  index: PassageIndex,
  question: string,
  asked: string,
): Promise<Omit<Answer, "ms"> | null> {
  const entities = questionEntities(question);
  // A number no document has ("QĐ 41/2011" when only 40/2011 is held): the passages say it is not in the corpus.
  const named = heldDocumentsNamed(entities, index.documents.values());
  if (named === null) return null;
  const documents = new Set(
    named ? named.map((d) => d.id) : (await index.search(question, 5)).slice(0, 3).map((h) => h.document.id),
  );
  // "Sở Tài chính tỉnh Bình Dương … theo QĐ 5129" (a decision of Hồ Chí Minh City): the place, year or body the
  // question names must agree with the document, as for any answer.
  const agrees = (o: Obligation) => {
    const doc = index.documents.get(o.documentId);
    return doc !== undefined && disagreement(entities, doc, index.passage(o.passageId)?.text ?? "") === null;
  };
  const binds = (o: Obligation) => o.responsible.some((r) => namesParty(asked, r)) && agrees(o);
  let items = [...documents].flatMap((documentId) => listObligations(db, { documentId }).filter(binds));
  if (items.length === 0 && named) {
    const [only] = named;
    const agreeing = named.length === 1 && only && disagreement(entities, only, "") === null;
    return agreeing ? noTaskFor(index, question, asked, only) : null;
  }
  // No document named and none of those found gives the body a task: its tasks wherever they are, else say that no
  // document gives it one ("Văn phòng Tỉnh ủy có trách nhiệm gì?" of texts that only name it among those present).
  if (items.length === 0) items = listObligations(db).filter(binds);
  if (items.length === 0) return noTaskFor(index, question, asked, null, [...documents]);
  // Named as the text names it most often; its own tasks first, then those it shares with others.
  const names = items.flatMap((o) => o.responsible.filter((r) => namesParty(asked, r)));
  const count = (name: string) => names.filter((n) => n === name).length;
  const most = [...new Set(names)].sort((a, b) => count(b) - count(a) || a.length - b.length)[0] ?? asked;
  // Written inside a sentence: a name's capital stays, a determiner's ("Các cấp ủy") does not.
  const who = /^(?:các|những|mọi)\s/iu.test(most)
    ? most.charAt(0).toLowerCase() + most.slice(1)
    : most.charAt(0).toUpperCase() + most.slice(1);
  const work = items.filter((o) => !statesExecution(o.action));
  // "Sở Y tế có nhiệm vụ gì …" where the text only lists it among those who carry the decision out: no task of its own.
  if (work.length === 0) {
    const reply = listReply(
      index,
      question,
      `Văn bản không giao việc cụ thể cho ${who}; ${who} chỉ có tên trong điều khoản thi hành:`,
      items,
    );
    return { ...reply, notStated: true };
  }
  // Its own tasks first, then those it shares; what the question is about ("trong việc chi trả …") leads each group.
  const asks = new Set(pairsOf(question));
  const near = new Map(items.map((o) => [o, pairsOf(o.action).filter((b) => asks.has(b)).length]));
  const ranked = (list: Obligation[]) => [...list].sort((a, b) => (near.get(b) ?? 0) - (near.get(a) ?? 0));
  const shown = [
    ...ranked(work.filter((o) => o.responsible.length === 1)),
    ...ranked(items.filter((o) => o.responsible.length > 1 || !work.includes(o))),
  ].slice(0, MAX_DUTIES);
  // Several documents when the question names none: say so, each line cites its own.
  const where = new Set(items.map((o) => o.documentId)).size > 1 ? "các văn bản" : "văn bản";
  const reply = listReply(index, question, `Việc của ${who} trong ${where} (${items.length} việc):`, shown);
  const more = items.length - shown.length;
  return more > 0 ? { ...reply, answer: `${reply.answer}\n(Còn ${more} việc khác.)` } : reply;
}

/** Where a text speaks of the body: not the header or the signature block, which carry the issuer; its level written. */
const mentions = (party: string) => (p: { text: string; path: string }) =>
  p.path !== "hd" && p.path !== "ck" && namesParty(party, p.text, { levelWritten: true });

/**
 * "UBND tỉnh Long An có nhiệm vụ gì theo cv 2864?" when the one document named mentions that body (whom it
 * writes to, whose request it answers) but gives it no task: say so, citing where it is named. With no document
 * named (`document` null), the same of every document held: where the body is named, in the documents found first;
 * a refusal when no document names it. When the one document named never names the body, it says that; unless it
 * names the body an office asked heads ("Chủ tịch UBND cấp huyện" of a text naming the district committee), whose
 * passages then answer (null).
 */
function noTaskFor(
  index: PassageIndex,
  question: string,
  asked: string,
  document: DocumentMeta | null,
  found: readonly string[] = [],
): Omit<Answer, "ms"> | null {
  const names = mentions(asked);
  const body = asWritten(question, asked);
  const passage = document
    ? index.passagesOf(document.id).find(names)
    : ([...found.flatMap((id) => index.passagesOf(id))].find(names) ?? index.passages.find(names));
  // "Chủ tịch UBND cấp huyện" in a text that names the district committee: its chairman acts for it.
  const headed = withoutTitle(asked);
  if (!passage && document && headed !== asked && index.passagesOf(document.id).some(mentions(headed)))
    return null;
  // "Bộ Ngoại giao có nhiệm vụ gì?" of texts that never name it: nothing to quote. The one document named that never
  // names the body ("UBND phường" in a decision that reaches only the districts) gives it no task either.
  if (!passage)
    return document
      ? {
          question,
          answer: `${documentLabel(document)} không nhắc đến ${body}, nên không giao việc cho ${body}.`,
          refused: false,
          notStated: true,
          mode: "extractive",
          citations: [],
        }
      : {
          question,
          answer: `Các văn bản đã nạp không nhắc đến ${body}.`,
          refused: true,
          mode: "extractive",
          citations: [],
        };
  // The sentence that names it, not the paragraph's first ("Cùng dự có đồng chí Chánh Văn phòng Tỉnh ủy").
  const mention =
    splitSentences(passage.text).find((sentence) => namesParty(asked, sentence, { levelWritten: true })) ??
    firstSentence(passage.text);
  const label = document ? documentLabel(document) : "Các văn bản đã nạp";
  const holder = index.documents.get(passage.documentId);
  const where = document || !holder ? "Văn bản" : documentLabel(holder);
  const reply = passagesReply(
    index,
    question,
    `${label} không giao việc cụ thể cho ${body}. ${where} nhắc đến ${body} ở đây: ${mention} [1]`,
    [passage.id],
  );
  return { ...reply, notStated: true };
}
