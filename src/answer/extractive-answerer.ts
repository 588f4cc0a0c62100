import { documentLabel } from "../corpus/document-label.ts";
import { misreadNumber } from "../corpus/file-name-number.ts";
import { FORM_BLANK } from "../corpus/structure-parser.ts";
import type { DocumentMeta } from "../corpus/types.ts";
import { splitSentences } from "../language/sentences.ts";
import { findParties } from "../obligations/responsible-parties.ts";
import type { IndexedPassage, PassageIndex, SearchResult } from "../search/passage-index.ts";
import {
  analyze,
  fold,
  hasDiacritics,
  normalize,
  termKind,
  termText,
  UNIGRAM,
} from "../search/vietnamese-analyzer.ts";
import { expands, expansionAsked } from "./abbreviation.ts";
import { forOtherTier } from "./admin-level.ts";
import { type Answer, type Citation, citationOf, REFUSAL_TEXT } from "./answer.ts";
import {
  type AskedFact,
  askedFacts,
  conditionFigures,
  DURATION_UNITS,
  figureFit,
  figuresIn,
  namesItem,
  namesOtherItem,
  recallsPastDeadline,
  statesFact,
  TIME_COUNTS,
} from "./answer-type.ts";
import { articleStart } from "./article-start.ts";
import { askedGrades, gradeLabel, namesGrade } from "./asked-grade.ts";
import { askedParty, asksDuties, asWritten } from "./asked-party.ts";
import { askedPredicate, scopeAnswers } from "./asked-predicate.ts";
import { asksFounding, saysFounded } from "./beyond-document.ts";
import { citedForms, citedNumbers, withCitedTerms } from "./cited-number.ts";
import { claimedFacts } from "./claimed-facts.ts";
import { numberAliases } from "./consolidated-number.ts";
import { oppositeBound } from "./date-bound.ts";
import { daysOfYear, forOtherDay } from "./day-of-year.ts";
import { withoutDocumentReferences } from "./document-reference.ts";
import {
  articleStartClause,
  asksArticleStart,
  effectClause,
  effectOnly,
  effectsOfEach,
  executionClause,
  statesNoEffect,
} from "./effect-clause.ts";
import { excludedCase } from "./excluded-case.ts";
import {
  deniesQualifier,
  excludedQualifiers,
  passageGrants,
  setAsideExcluded,
  statesQualifier,
  withoutSetAside,
} from "./excluded-qualifiers.ts";
import { itemActor } from "./item-actor.ts";
import { leadInFor } from "./lead-in-for.ts";
import { withListItems } from "./list-items.ts";
import { type NamedSection, SECTION_ITEMS_SHOWN, SectionFinder } from "./named-section.ts";
import { namedTextOutside } from "./named-text.ts";
import { openingLeadIn } from "./opening-lead-in.ts";
import { withoutAsides, withoutOwnSituation } from "./own-situation.ts";
import { contextText, documentContext, foldedWords } from "./passage-context.ts";
import { echoesPremise } from "./premise-echo.ts";
import {
  type Disagreement,
  disagreement,
  documentsNamed,
  documentsTitled,
  entityRefusalText,
  knownPlacesIn,
  localPlace,
  type NamedPlace,
  namedPlaces,
  namesNumber,
  namesOnly,
  placeActed,
  placeIssues,
  placeOnlyByNationalRule,
  placePhrase,
  type QuestionEntities,
  questionEntities,
  writesPlace,
} from "./question-entities.ts";
import { DATE_PATTERN, detectIntent, FIGURE_PATTERN, UNIT_PATTERN } from "./question-intent.ts";
import { ASKING_CLAUSE, contextTerms, lawAsSource } from "./question-proper.ts";
import { coversRate, rateSpans } from "./rate-condition.ts";
import { rateRowElsewhere } from "./rate-row.ts";
import { ReferringPassages } from "./referring-passages.ts";
import { coverage, looksLikeInjection, topicTerms, unknownDocumentNumber } from "./refusal-gate.ts";
import { firstStating, secondAsk } from "./second-ask.ts";
import {
  lookUpSection,
  missingSection,
  type SectionLabel,
  sectionLabel,
  sectionTitle,
  whichSection,
  writtenOf,
  writtenOfAnother,
} from "./section-label.ts";
import { asksSuccessor, successorSentences } from "./successor.ts";
import { asksTime, givenToOthers, timeActor } from "./time-actor.ts";

/** A question about what is so now, folded: "hiện đã có", "hiện nay", "hiện tại", "đến nay đã". */
const PRESENT_ASK = /\b(?:hien (?:da|nay|tai|co|dang)|den nay(?: da)?|tinh den nay)\b/;
const asksPresent = (question: string) => PRESENT_ASK.test(fold(normalize(question)).toLowerCase());

/** A sentence that sets a figure to reach, folded: "phấn đấu", "mục tiêu", "chỉ tiêu", "hoàn thành 100%", "đến năm 2030". */
const TARGET = /\b(?:phan dau|muc tieu|chi tieu|hoan thanh|dat (?:it nhat|toi thieu)|den nam \d{4})\b/;
/** Words that report what is so now: "hiện nay", "đến nay", "hiện có". */
const REPORTED = /\b(?:hien nay|hien co|hien dat|den nay|tinh den)\b/;
const setsTarget = (sentence: string) => {
  const folded = fold(normalize(sentence)).toLowerCase();
  return TARGET.test(folded) && !REPORTED.test(folded);
};
/** A question about a figure to reach, folded: "đến năm 2030 … phải đạt", "mục tiêu", "phấn đấu". */
const TARGET_ASK = /\b(?:phai dat|phan dau|muc tieu|chi tieu)\b/;
const asksTarget = (question: string) => TARGET_ASK.test(fold(normalize(question)).toLowerCase());
const reportsPresent = (sentence: string) => {
  const folded = fold(normalize(sentence)).toLowerCase();
  return REPORTED.test(folded) && !TARGET.test(folded);
};

/** The share of a last clause's topic a sentence must hold to answer it on its own (`withSecondAsk`). */
const SECOND_ASK_COVERAGE = 0.5;

export interface ExtractiveOptions {
  /** Passages retrieved per question. */
  k: number;
  /** Refuse below this topic coverage of the best passage (calibrated on eval/questions.jsonl). */
  minCoverage: number;
  /** Keep sentences scoring at least this share of the best one. */
  keepRatio: number;
  maxSentences: number;
  maxPassages: number;
}

export const DEFAULT_EXTRACTIVE: ExtractiveOptions = {
  k: 5,
  minCoverage: 0.2,
  keepRatio: 0.7,
  maxSentences: 4,
  maxPassages: 3,
};

/** Another passage of a result's document, read because of where it stands, not found by the search (no score). */
const beside = (result: SearchResult, passage: SearchResult["passage"]): SearchResult => ({
  ...result,
  passage,
  lexical: 0,
  score: 0,
  vector: 0,
});

/** "áp dụng từ ngày nào", "bắt đầu thực hiện từ khi nào": when a rule starts to hold, folded. */
const ASKS_START = /\b(?:ke tu|tu|bat dau(?: tu)?) (?:ngay|khi|thoi diem|luc|thang) nao\b/;
/** "… trước ngày nào mới thuộc đối tượng", "tham gia từ khi nào": a condition someone met in the past, folded. */
const PAST_CONDITION = / moi (?:duoc|thuoc|du|la|co) | thuoc doi tuong | tu (?:khi|ngay|nam|thang) nao /;

/** Kinds of documents a question cites as its subject or source, folded. */
const SUBJECT_KINDS =
  "(?:nghi dinh|nd|thong tu(?: lien tich)?|ttlt|tt|quyet dinh|qd|phap lenh|pl|luat|nghi quyet|nq|chi thi|ct|cong van|cv|ke hoach|kh|huong dan|hd|ket luan|kl|thong bao|tb|cong dien|cd)";
/**
 * A document kind and number opening the question (after "theo" / "căn cứ"): the document is its subject. The number
 * is typed with its year ("87/2013", "38/2019/tt-btc") or with its symbol ("03/ct-ubnd", "45-hd/btctw").
 */
const SUBJECT_DOCUMENT = new RegExp(
  String.raw`^\s*(?:theo |can cu )?${SUBJECT_KINDS}\s*(?:so\s*)?(\d+\/\d{4}(?:\/[a-z0-9đ-]+)?|\d+[/-][a-zđ][a-z0-9đ]*(?:[/-][a-z0-9đ]+)*)(?![\w/-])`,
);
/** How much a word only the question's context writes counts toward choosing a sentence. */
const CONTEXT_WEIGHT = 0.5;

/** An aside that says the named text quotes or cites another: "(trích QĐ 117/2007)", "(mà CV 2638 dẫn lại)". */
const QUOTES = /\b(?:trich|dan|nhac|vien dan)\b/;
const QUOTES_WRITTEN = /(?<![\p{L}])(?:trích|dẫn|nhắc)(?![\p{L}])/iu;
/** The main clause after a condition ("… thì <clause>"), when a document opens it, folded. */
const THEN_CLAUSE = new RegExp(String.raw`\bthi\s+(${SUBJECT_KINDS}\s.*)$`);
/** A clause after a comma that opens with its source and runs to "thì": "…, theo NĐ 58/2019 thì …". */
const SOURCE_CLAUSE = new RegExp(String.raw`[,;]\s*(theo\s+${SUBJECT_KINDS}\s[^,;]*?\bthi\b.*)$`);
/**
 * A document opening the question proper, as its source or its subject: "theo (chính) QĐ 20/2000, …", "CV 2906 đó
 * yêu cầu …". Typed after a context, a bare number ("cv 2906") is enough.
 */
const ASKING_SUBJECT = new RegExp(
  String.raw`^\s*(?:theo (?:chinh |ban than )?)?${SUBJECT_KINDS}\s*(?:so\s*)?(\d+(?:\/[a-z0-9đ-]+)*)(?:\s+(do|nay|ay)\b)?`,
);
/**
 * Whether the question proper asks by the document numbered `number` as its source ("theo QĐ 20/2000, …") or of it,
 * pointed back to ("CV 2906 đó yêu cầu …"): what it provides, not what a citing text says of it. A bare subject
 * ("vậy NĐ 93 quy định …") may be asked of what a citing text does say of it.
 */
function askedOf(asking: string, number: string): boolean {
  const m = ASKING_SUBJECT.exec(asking);
  // "2906" and "2906/ldtbxh-khtc" are one document's number, typed whole or cut at a separator.
  const typed = m?.[1] ?? "";
  const same = typed !== "" && (namesNumber(number, typed) || namesNumber(typed, number));
  return same && (/^\s*theo\b/.test(asking) || m?.[2] !== undefined);
}
/** Questions about the document itself (its date, issuer, topic, validity), which a citing text may well answer. */
const ABOUT_ITSELF =
  /\b(?:ban hanh|ky|hieu luc|thay the|bai bo|sua doi|ve viec gi|ve van de gi|noi dung gi|la van ban gi|con hieu luc|quy dinh (?:ve )?(?:gi|nhung gi|cai gi)$|quy dinh gi)\b/;
/** A document of the corpus named later as the source: "… theo cv 2214". */
const SOURCE_LATER =
  /\b(?:theo|tai|trong)\s+(?:cong van|cv|quyet dinh|qd|thong tu|tt|nghi dinh|nd|van ban|vbhn)\b/;
/** "ai ký", "do ai ký", "người ký", folded. */
const SIGNED = /\b(?:ai|nguoi|[a-z]+(?: [a-z]+)? nao)(?: da)? ky\b|\bnguoi ky\b/;
/** "… có hiệu lực (thi hành) từ ngày nào?", folded. */
const EFFECT_ASKED = /\bhieu luc\b/;

/** How many of the first results have the items that point to them read too. */
/** A line that gives an item's time: "Thời gian thực hiện: …", "Thời hạn hoàn thành: …". */
const TIME_LINE = /^\s*(?:thời gian|thời hạn|tiến độ)[^:]{0,40}:/iu;
const POINTED_DEPTH = 2;

/** How much further than the first `k` passages a missing fact is looked for (a fixed depth, not tuned). */
const WIDER = 3;

/** Symbols of a document's kind in its number ("QĐ", "NĐ-CP", "TT"): they name no issuing office. */
const KIND_SYMBOLS = new Set("qd nd tt ttlt cv nq ct kh tb kl hd bc vbhn pl ubnd cp ttg tw tu".split(" "));
/** A number symbol names an office only when few documents carry it (most letters of a ministry carry its own). */
const SYMBOL_DOCUMENTS = 3;
/** How far down the ranking to look for a text that replaced or amended the one the question names. */
const SUCCESSOR_DEPTH = 50;
/** How many amending texts listed after "… được sửa đổi, bổ sung bởi:" are quoted. */
const SUCCESSORS_LISTED = 4;
/** How far down the ranking to look for the passages of a document the question names by number. */
const OWN_DOCUMENT_DEPTH = 25;

/** "hỗ trợ thêm", "chi thêm", "cấp thêm": what is added to a rate, by whoever adds it. */
const ADDED = /\b(?:ho tro|chi|cap|tang|tro cap|bo sung) them\b/;
/**
 * "tỉnh Bắc Ninh đã cấp bao nhiêu thẻ", "đã chi bao nhiêu": what was done asks a figure of record, not a rule; "phân bổ
 * cho tỉnh Hà Tĩnh bao nhiêu": a place that receives asks its own share.
 */
const OF_RECORD =
  /\bda (?:[a-z]+ ){1,4}?(?:bao nhieu|may)\b|\bcho (?:tinh|thanh pho|tp|huyen|quan|xa|phuong) /;

/** What naming a table row's item word for word adds: more than sharing the question's other words. */
const ROW_ITEM_BONUS = 0.25;

/** What granting a case the question sets aside costs: more than all the question's words can add. */
const SET_ASIDE_PENALTY = 1;

/** How much deeper the search without a set-aside case's words looks for the results that do not grant it. */
const SET_ASIDE_DEPTH = 4;

/**
 * Whether the passage is a table row whose item (its first cell with words, "Tên sản phẩm: Xe lăn tay") the question
 * names whole; `askedPhrase` is the question's {@link foldedWords} between spaces.
 */
function namesRowItem(askedPhrase: string, passage: { path: string; text: string }): boolean {
  if (!/-r\d+$/.test(passage.path)) return false;
  const cells = passage.text.split(" | ").map((cell) => cell.replace(/^[^:]{1,60}:\s*/u, ""));
  const item = cells.find((cell) => /\p{L}{2,}/u.test(cell) && !/^[IVXLC]+\.?$/u.test(cell.trim()));
  const key = item ? foldedWords(item) : "";
  return key.split(" ").length >= 2 && askedPhrase.includes(` ${key} `);
}

/** What a sentence gains for writing the figures a question gives (as much as a date for a deadline question). */
const GIVEN_BONUS = 0.2;
/** A sentence stating the asked fact joins the answer if it scores at least this share of the best sentence. */
const FACT_SHARE = 0.5;

/** "Thông tư này", "Nghị định này": a document speaking of itself, folded. */
const SELF_NAMED = (kind: string) =>
  new RegExp(`\\b(?:${fold(kind || "van ban").toLowerCase()}|van ban) nay\\b`);

/**
 * For the one document the question names by its own number, the question's terms that name it (its number, kind and
 * symbol): "thong tu 04/2001 bxd" → the terms of "04/2001", "bxd", "thong tu".
 */
function namingTerms(
  question: string,
  terms: readonly string[],
  documents: Iterable<DocumentMeta>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const entities = questionEntities(question);
  // "Theo Thông tư 04/2001, QĐ 20/2000 có hiệu lực …": with two documents named, "này" may be either.
  if (entities.numbers.length + entities.bareNumbers.length !== 1) return out;
  for (const doc of documentsNamed(entities, documents)) {
    const own = new Set(analyze(`${doc.kind} ${doc.number}`, { accents: false }));
    out.set(
      doc.id,
      terms.filter((t) => own.has(t)),
    );
  }
  return out;
}

/** A question that opens with a section's label: "Điểm g khoản 2 Điều 1 …", "Theo khoản 3 Điều 7 …". */
const LABEL_FIRST = /^\s*(?:(?:theo|tai|o|trong)\s+)?(?:diem|khoan|dieu|muc|phan|phu luc)\b/;

/**
 * Share of a yes/no question's predicate ("chịu thuế TNCN") a quoted passage must speak of. Officers paraphrase
 * ("hưởng cả hai chế độ" for "chỉ hưởng chế độ …"), so only a passage that shares almost none of it is silent.
 */
const PREDICATE_COVER = 0.05;

/**
 * The terms of a yes/no question's predicate that the rest of the question does not write: "có phải chủ tịch xã ký
 * tên không" asks "chủ tịch … ký tên", while "xã" is the subject's too ("danh sách … ở trụ sở UBND xã"), and any
 * passage on the subject writes it. A term is the predicate's own when one of its words is; a predicate that only
 * repeats the subject's words ("bị tạm đình chỉ … thì thân nhân có bị tạm đình chỉ theo không") keeps them all.
 *
 * @example
 * predicateOwnTerms("ds niêm yết ở UBND xã có phải chủ tịch xã ký không", "chủ tịch xã ký") // no "uxa"
 */
function predicateOwnTerms(question: string, predicate: string): string[] {
  const subject = new Set(topicTerms(question.replace(predicate, " ")));
  const all = topicTerms(predicate);
  const ownWords = new Set(all.filter((t) => termKind(t) === UNIGRAM && !subject.has(t)).map(termText));
  const own = all.filter((t) =>
    termText(t)
      .split(" ")
      .some((w) => ownWords.has(w)),
  );
  return own.length > 0 ? own : all;
}
/** Words of the question's form, not its topic: "bao nhiêu", "mấy". */
const QUESTION_FORM = /(?<![\p{L}])(?:bao nhiêu|bao nhieu|mấy|may|là gì|la gi|thế nào|the nao)(?![\p{L}])/giu;
/** Share of the question's topic weight the kept sentences must leave out before a complement is looked for. */
const UNCOVERED_SHARE = 0.2;
/** Share of that left-out weight a complement must cover. */
const COMPLEMENT_COVER = 0.5;

/**
 * "… được hỗ trợ bao nhiêu, trên 2 năm thì cộng thêm bao nhiêu?": a question in two parts needs the sentence that holds
 * the words the kept ones leave out ("Trên 2 năm, … mỗi năm được cộng thêm 1.500.000 đồng"), from the same document.
 */
function complementOf(
  kept: readonly Candidate[],
  candidates: () => readonly Candidate[],
  weights: ReadonlyMap<string, number>,
): Candidate | null {
  const [first] = kept;
  if (!first) return null;
  // What the best sentence's headings and document title say is not missing ("NĐ 102/2018", "định cư ở nước ngoài").
  const context = [first.result.document.title, ...first.result.passage.headings].join("\n");
  const covered = new Set(
    [...kept.map((c) => c.sentence), context].flatMap((t) => analyze(t, { accents: false })),
  );
  const missing = [...weights].filter(([term]) => !covered.has(term));
  const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
  const left = missing.reduce((sum, [, w]) => sum + w, 0);
  if (total === 0 || left < total * UNCOVERED_SHARE) return null;
  let best: Candidate | null = null;
  let bestGain = 0;
  for (const c of candidates()) {
    if (kept.includes(c) || c.result.document.id !== first.result.document.id) continue;
    const present = new Set(analyze(c.sentence, { accents: false }));
    const gain = missing.reduce((sum, [term, w]) => sum + (present.has(term) ? w : 0), 0);
    if (gain > bestGain) [best, bestGain] = [c, gain];
  }
  return bestGain >= left * COMPLEMENT_COVER ? best : null;
}

interface Candidate {
  result: SearchResult;
  rank: number;
  sentence: string;
  position: number;
  score: number;
  /** The score without the credit of the passage's headings and title: how well the sentence itself fits. */
  own: number;
  /** The sentence's own fit plus the half-weight credit of the lead-in it completes, if it is a list item. */
  topical: number;
}

/**
 * The offline answerer: quotes the sentences of the best passages that answer the question, each followed by
 * its citation marker, and refuses when the corpus does not cover the question. It never writes a fact of its
 * own, so deadlines, units and figures are always verbatim.
 *
 * @example
 * const answer = await new ExtractiveAnswerer(index).answer("Hạn rà soát quy hoạch cán bộ trẻ?");
 */
/** The period a report is for: "báo cáo quý I", "Báo cáo 6 tháng", "báo cáo năm", folded. */
const REPORT_PERIOD = /\bbao cao (quy|6 thang|sau thang|nam|thang|tuan)\b/;
/** The period of the report a text names, "6 thang" however it is spelled; undefined for none. */
function reportPeriod(text: string): string | undefined {
  const period = REPORT_PERIOD.exec(foldedWords(text))?.[1];
  return period === "sau thang" ? "6 thang" : period;
}
/**
 * Whether the sentence gives the day of another report than the one asked: "báo cáo quý I … trước ngày nào" is not
 * answered by "Báo cáo 6 tháng: … trước ngày 05/7".
 */
function otherReport(asked: string | undefined, sentence: string, passage: string): boolean {
  if (asked === undefined) return false;
  // "- Báo cáo 6 tháng: Các cơ quan, đơn vị gửi …; Sở Tài chính tổng hợp … trước ngày 10/7": the label opening the
  // item names the report of every sentence in it.
  const given = reportPeriod(sentence) ?? reportPeriod(/^[^:]{2,60}:/u.exec(passage)?.[0] ?? "");
  return given !== undefined && given !== asked;
}

/** The share of the best topic coverage a passage must reach for the day it gives to answer a deadline question. */
const ON_TOPIC = 0.6;
/** A deadline asked ("phải xong trước ngày nào", "hoàn thành khi nào"), not a cadence ("bao lâu một lần"). */
const DEADLINE_ASKED =
  /\b(?:truoc ngay nao|phai xong|xong (?:truoc|khi nao|nam nao)|hoan thanh (?:truoc|khi nao|nam nao|trong)|han chot|thoi han)\b/;

export class ExtractiveAnswerer {
  /**
   * The numbers a document answers to besides its own: for a consolidated text, the text it consolidates, then the
   * decrees that amended it; for a scan whose header number OCR misread by a digit, the number its file name gives.
   */
  private readonly aliases: (doc: DocumentMeta) => string[];
  /**
   * Only the text it consolidates: a question about one amending decree on its own ("… do ai ký?", "… có hiệu lực từ
   * ngày nào?") is not about the consolidated text, whose signer and effect clause are its own.
   */
  private readonly consolidates = (doc: DocumentMeta) => this.aliases(doc).slice(0, 1);

  private readonly referring: ReferringPassages;

  constructor(
    readonly index: PassageIndex,
    private readonly options: ExtractiveOptions = DEFAULT_EXTRACTIVE,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.aliases = numberAliases(index);
    this.referring = new ReferringPassages(index);
    this.sections = new SectionFinder(index);
  }

  private readonly sections: SectionFinder;

  /**
   * The passages a question may be answered from: the search results whose document and text agree with the
   * places, years, document numbers and issuing body the question names, best first. `nearest` is the best result
   * that disagrees and `why` the entity it disagrees on, for a refusal that names it.
   */
  async retrieve(
    question: string,
    k = this.options.k,
    /** The numbers the question types that the corpus only cites; the answerer passes those it has found. */
    cited = this.citedIn(question),
  ): Promise<{
    results: SearchResult[];
    /** Every agreeing result found, beyond the first `k`, when the search had to look further. */
    pool: SearchResult[];
    nearest: SearchResult | null;
    why: Disagreement | null;
  }> {
    const wanted = Math.max(k, this.options.maxPassages);
    // A year of the asker's own story ("anh bộ đội ở xã em bị thương từ năm 2019") dates what befell them, not a text.
    const asked = questionEntities(question);
    // "… cua xa pho bang": a commune typed bare is a place when a text of the corpus is written from it.
    const bare = knownPlacesIn(question, this.knownPlaces()).filter(
      (p) => !asked.places.some((q) => q.key === p.key),
    );
    const all = bare.length > 0 ? { ...asked, places: [...asked.places, ...bare] } : asked;
    // Read only when the question names a year: most name none.
    const story = all.years.length > 0 ? withoutOwnSituation(question) : null;
    const entities = {
      ...all,
      ...(story !== null && { years: questionEntities(story).years }),
      ...this.withoutQuotedOnly(question, all),
    };
    const titled = documentsTitled(question, this.index.documents.values());
    const named =
      titled.length +
      entities.countries.length +
      entities.places.length +
      entities.years.length +
      entities.numbers.length +
      entities.bareNumbers.length +
      entities.terms.length +
      (entities.sessions?.length ?? 0) +
      (entities.spans?.length ?? 0) +
      (entities.issuer ? 1 : 0);
    // "tct trả lời thế nào": a symbol of few documents' numbers ("1414/TCT-CS") names their issuing office.
    const bySymbol = this.documentsBySymbol(question);
    // "TT 38/2019" that the corpus only cites, as "38/2019/TT-BTC": the search finds its citations by the full form.
    const query = cited.length > 0 ? `${question} ${cited.map((c) => c.full).join(" ")}` : question;
    // Entities can rule out the first hits: look further down the ranking for agreeing passages.
    let results = await this.search(query, named + bySymbol.size > 0 ? wanted * 4 : wanted);
    if (named === 0 && bySymbol.size > 0) {
      const deeper = await this.index.search(question, wanted * OWN_DOCUMENT_DEPTH);
      const first = deeper.filter((r) => bySymbol.has(r.document.id));
      if (first.length > 0) {
        results = [...first, ...results.filter((r) => !bySymbol.has(r.document.id))].slice(0, wanted);
        return { results, pool: results, nearest: results[0] ?? null, why: null };
      }
    }
    if (named === 0) return { results, pool: results, nearest: results[0] ?? null, why: null };
    // A number that is a document's own names that document: texts that merely cite it do not answer for it.
    const own = new Set(
      [...documentsNamed(entities, this.index.documents.values(), this.aliases), ...titled].map((d) => d.id),
    );
    if (own.size > 0) {
      const inOwn = (list: SearchResult[]) => list.filter((r) => own.has(r.document.id));
      if (inOwn(results).length === 0) results = await this.index.search(query, wanted * OWN_DOCUMENT_DEPTH);
      if (inOwn(results).length > 0) results = inOwn(results);
    }
    // In the document the question names by its own number, a year is about its content ("QĐ 6154 … dự toán ngân
    // sách 2012", issued in 2011): any of its passages that writes the year makes it agree.
    const yearsAgree = (r: SearchResult) =>
      own.has(r.document.id) && entities.years.every((y) => this.yearsOf(r.document.id).has(y));
    // "VBHN 4804 (NĐ 75/2021 đã sửa đổi theo NĐ 77/2024)": a consolidated text answers to the decrees it consolidates.
    const contextOf = (r: SearchResult) => ({
      ...documentContext(this.index, r.document.id),
      answersTo: this.aliases(r.document),
    });
    const disagrees = (r: SearchResult) => {
      const reason = disagreement(entities, r.document, contextText(r), contextOf(r));
      return reason?.kind === "year" && yearsAgree(r)
        ? disagreement({ ...entities, years: [] }, r.document, contextText(r), contextOf(r))
        : reason;
    };
    const agreeing: SearchResult[] = [];
    let nearest: SearchResult | null = null;
    let why: Disagreement | null = null;
    for (const r of results) {
      const reason = disagrees(r);
      if (reason === null) agreeing.push(r);
      else if (why === null) [nearest, why] = [r, reason];
    }
    // "Mức chi điều dưỡng năm 2013": among agreeing texts, those issued in the named year come first.
    const ofYear = (r: SearchResult) => entities.years.includes(r.document.issuedDate.slice(0, 4));
    if (entities.years.length > 0 && agreeing.some(ofYear))
      agreeing.sort((a, b) => Number(ofYear(b)) - Number(ofYear(a)));
    return {
      results: agreeing.slice(0, wanted),
      pool: agreeing,
      nearest: nearest ?? results[0] ?? null,
      why,
    };
  }

  /**
   * The search results for a question; when it sets cases aside ("không phải loại B"), those found without their
   * words follow, and whatever grants such a case comes last.
   */
  private async search(question: string, n: number): Promise<SearchResult[]> {
    const results = await this.index.search(question, n);
    const stripped = withoutSetAside(question);
    if (stripped === null) return results;
    const seen = new Set(results.map((r) => r.passage.id));
    // Deeper: the rows of the case set aside may fill the first places even without its words.
    const more = (await this.index.search(stripped, n * SET_ASIDE_DEPTH)).filter(
      (r) => !seen.has(r.passage.id),
    );
    const ordered = setAsideExcluded(question, [...results, ...more]);
    return ordered.slice(0, n);
  }

  /**
   * The documents whose number carries a symbol the question types as a word ("tct" for 1414/TCT-CS), when the
   * symbol is an office's (not a kind's, such as "QĐ") and belongs to at most {@link SYMBOL_DOCUMENTS} documents.
   */
  private documentsBySymbol(question: string): Set<string> {
    const words = new Set(
      fold(normalize(question))
        .toLowerCase()
        .split(/[^a-z0-9]+/),
    );
    const found = new Set<string>();
    for (const [symbol, ids] of this.numbers().symbols)
      if (words.has(symbol) && ids.length <= SYMBOL_DOCUMENTS) for (const id of ids) found.add(id);
    return found;
  }

  /** The documents' own numbers, folded, and the office symbols in them with their documents, per index generation. */
  private numberKeys: { list: readonly unknown[]; own: string[]; symbols: Map<string, string[]> } | null =
    null;

  private numbers(): { own: string[]; symbols: Map<string, string[]> } {
    const list = this.index.passages;
    if (this.numberKeys?.list === list) return this.numberKeys;
    const own: string[] = [];
    const symbols = new Map<string, string[]>();
    for (const doc of this.index.documents.values()) {
      const key = fold(normalize(doc.number)).toLowerCase();
      own.push(key);
      const misread = misreadNumber(doc);
      if (misread) own.push(fold(normalize(misread)).toLowerCase());
      for (const part of key.split(/[^a-z0-9]+/))
        if (/^[a-z]{2,}$/.test(part) && !KIND_SYMBOLS.has(part))
          symbols.set(part, [...(symbols.get(part) ?? []), doc.id]);
    }
    this.numberKeys = { list, own, symbols };
    return this.numberKeys;
  }

  /**
   * Which text replaced, amended or repealed the document the question names: the sentences of other documents that
   * name it with such a verb (a consolidated text's list after "… được sửa đổi, bổ sung bởi:" quoted whole), or a
   * sentence saying the corpus holds none. Null when the question names no document of the corpus.
   */
  private async successorAnswer(question: string): Promise<{ text: string; citations: Citation[] } | null> {
    const entities = questionEntities(question);
    const named = documentsNamed(entities, this.index.documents.values());
    if (named.length === 0) return null;
    const hits = await this.index.search(question, SUCCESSOR_DEPTH);
    // "năm 2015 có QĐ sửa QĐ 170/2008": only a text of that year.
    const years = entities.years.filter((y) => !named.some((d) => d.number.includes(y)));
    const [first, ...more] = successorSentences(named, hits).filter(
      (s) => years.length === 0 || years.some((y) => s.sentence.includes(y)),
    );
    if (!first)
      return {
        text: `Trong kho không có văn bản nào${years.length > 0 ? ` năm ${years.join(", ")}` : ""} thay thế, sửa đổi hay bãi bỏ ${documentLabel(named[0] as DocumentMeta)}.`,
        citations: [],
      };
    const same = [first, ...more.filter((m) => m.passage.id === first.passage.id)].slice(0, 2);
    const citations = [citationOf(1, first.passage, first.document, 1)];
    let text = `${same.map((m) => m.sentence).join(" ")} [1]`;
    // "… được sửa đổi, bổ sung bởi:": the texts follow, one per passage, each naming the amended one.
    if (text.endsWith(": [1]")) {
      const all = this.index.passagesOf(first.document.id);
      const at = all.findIndex((p) => p.id === first.passage.id);
      for (const next of all.slice(at + 1, at + 1 + SUCCESSORS_LISTED)) {
        if (successorSentences(named, [{ passage: next, document: first.document }]).length === 0) break;
        const n = citations.length + 1;
        text += ` ${splitSentences(next.text)[0]} [${n}]`;
        citations.push(citationOf(n, next, first.document, 1));
      }
    }
    return { text, citations };
  }

  /**
   * A later paragraph of a list item ("điểm a, đoạn 2") sits under the item's first paragraph when that one leads in
   * ("a) Quà tặng của lãnh đạo Đảng, Nhà nước, …:" over "Mức quà tặng đối với tập thể: …"): that line is its heading.
   */
  /**
   * The time lines of a found item or of its other lines ("- Đơn vị chủ trì: …" beside "- Thời gian thực hiện: Quý
   * I/2015."), with the item as their heading.
   */
  private timeLinesOf(result: SearchResult): SearchResult[] {
    const item = result.passage.path.replace(/-y\d+$/u, "");
    const passages = this.index.passagesOf(result.document.id);
    const lead = passages.find((p) => p.path === item);
    return passages
      .filter((p) => p.path.startsWith(`${item}-y`) && p.id !== result.passage.id && TIME_LINE.test(p.text))
      .map((p) => ({ ...result, passage: { ...p, headings: [...p.headings, lead?.text ?? ""] } }));
  }

  private underItemLead(result: SearchResult): SearchResult["passage"] {
    const { passage } = result;
    const first = this.itemPassage(result);
    if (!first?.text.trimEnd().endsWith(":")) return passage;
    return { ...passage, headings: [...passage.headings, first.text.trim()] };
  }

  /**
   * "CV 1414/TCT-CS (trích QĐ 117/2007): …": a text named only in an aside, and not loaded, is what the named text
   * quotes, not a second text the answer must agree with, when the rest still names a loaded one. An aside naming a
   * loaded text ("(theo cv 2214 bxd)") keeps it.
   */
  private withoutQuotedOnly(
    question: string,
    all: QuestionEntities,
  ): Pick<QuestionEntities, "numbers" | "bareNumbers"> | Record<string, never> {
    // Only an aside that says the text quotes or cites the other ("trích", "dẫn", "nhắc").
    // Typed with accents, "dẫn" is not the "dân" of "dân công".
    const quoting = [...question.matchAll(/\(([^()]*)\)/gu)].some(([, aside = ""]) =>
      hasDiacritics(aside) ? QUOTES_WRITTEN.test(normalize(aside)) : QUOTES.test(foldedWords(aside)),
    );
    const framed = quoting ? withoutAsides(question) : null;
    if (framed === null) return {};
    const rest = questionEntities(framed);
    const loaded = (n: string, bare: boolean) =>
      documentsNamed(
        { numbers: bare ? [] : [n], bareNumbers: bare ? [n] : [], kinds: all.kinds },
        this.index.documents.values(),
        this.aliases,
      ).length > 0;
    if (![...rest.numbers, ...rest.bareNumbers].some((n) => loaded(n, rest.bareNumbers.includes(n))))
      return {};
    return {
      numbers: all.numbers.filter((n) => rest.numbers.includes(n) || loaded(n, false)),
      bareNumbers: all.bareNumbers.filter((n) => rest.bareNumbers.includes(n) || loaded(n, true)),
    };
  }

  /** The numbers the corpus cites with a symbol (per index generation), as the question types them (see cited-number.ts). */
  private citedMemo: { list: readonly unknown[]; map: Map<string, Set<string>> } | null = null;

  private citedIn(question: string): { typed: string; full: string }[] {
    const list = this.index.passages;
    if (this.citedMemo?.list !== list)
      this.citedMemo = { list, map: citedNumbers(this.index.passages.map((p) => p.text)) };
    return citedForms(question, this.citedMemo.map, this.index.documents.values(), this.aliases);
  }

  /** The communes, wards and districts the corpus's local texts are written from, per index generation. */
  private places: { list: readonly unknown[]; known: NamedPlace[] } | null = null;

  private knownPlaces(): NamedPlace[] {
    const list = this.index.passages;
    if (this.places?.list !== list) {
      const known: NamedPlace[] = [];
      for (const doc of this.index.documents.values()) {
        const place = localPlace(doc, documentContext(this.index, doc.id).header);
        if (place && !known.some((k) => k.key === place.key && k.level === place.level)) known.push(place);
      }
      this.places = { list, known };
    }
    return this.places.known;
  }

  /** The years written anywhere in a document's passages, per index generation. */
  private years: { list: readonly unknown[]; map: Map<string, Set<string>> } | null = null;

  private yearsOf(documentId: string): Set<string> {
    const list = this.index.passages;
    if (this.years?.list !== list) this.years = { list, map: new Map() };
    let found = this.years.map.get(documentId);
    if (!found) {
      found = new Set<string>();
      for (const p of this.index.passagesOf(documentId))
        for (const m of p.text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)) found.add(m[0]);
      this.years.map.set(documentId, found);
    }
    return found;
  }

  async answer(question: string, k = this.options.k): Promise<Answer> {
    const started = this.now();
    const whole = await this.answerWhole(question, k);
    if (whole.refused || whole.notStated) return whole;
    const answer = await this.withSecondAsk(question, whole, k);
    // The time of the second search counts too.
    return answer === whole ? whole : { ...answer, ms: Math.round((this.now() - started) * 10) / 10 };
  }

  /**
   * "… từ đủ 2 năm trở xuống được bao nhiêu, trên 2 năm thì mỗi năm cộng thêm bao nhiêu?": when what is quoted does not
   * state what the last clause asks, the sentence of the same documents that best answers that clause is added.
   */
  private async withSecondAsk(question: string, whole: Answer, k: number): Promise<Answer> {
    const second = secondAsk(question);
    if (!second) return whole;
    // About the clause: most of what it asks beyond the earlier clauses (weighted by rarity) is in the sentence.
    const earlier = new Set(topicTerms(second.before));
    const all = topicTerms(second.clause);
    const own = all.filter((t) => !earlier.has(t));
    const terms = own.length > 0 ? own : all;
    const about = (sentence: string) =>
      coverage(this.index.lexical, terms, sentence, second.clause) >= SECOND_ASK_COVERAGE;
    if (firstStating([whole.answer], second.facts, about)) return whole;
    const documents = new Set(whole.citations.map((c) => c.documentId));
    const quoted = new Set(whole.citations.map((c) => c.passageId));
    const candidates = (await this.search(second.clause, k * 4)).filter(
      (r) => documents.has(r.document.id) && !quoted.has(r.passage.id),
    );
    const found = firstStating(
      candidates.map((r) => r.passage.text),
      second.facts,
      about,
    );
    const result = found ? candidates[found.at] : undefined;
    if (!found || !result) return whole;
    const n = whole.citations.length + 1;
    return {
      ...whole,
      answer: `${whole.answer}\n\n${found.sentence} [${n}]`,
      citations: [...whole.citations, citationOf(n, result.passage, result.document, result.score)],
    };
  }

  private async answerWhole(question: string, k: number): Promise<Answer> {
    const started = this.now();
    const cited = this.citedIn(question);
    const terms = withCitedTerms(topicTerms(question), cited);
    const lexical = this.index.lexical;
    const done = (answer: string, citations: Citation[], extra: Partial<Answer> = {}): Answer => ({
      question,
      answer,
      refused: citations.length === 0,
      mode: "extractive",
      citations,
      ms: Math.round((this.now() - started) * 10) / 10,
      ...extra,
    });
    if (looksLikeInjection(question) || unknownDocumentNumber(lexical, terms, this.numbers().own) !== null)
      return done(REFUSAL_TEXT, []);
    // "NĐ 87/2013 đã được thay thế bằng nghị định nào?": only another text can say.
    if (asksSuccessor(question)) {
      const successor = await this.successorAnswer(question);
      if (successor) return done(successor.text, successor.citations);
    }
    // "NĐ 55/2023 có hiệu lực từ ngày nào, còn NĐ 75/2021 gốc từ ngày nào": each named by its number and year, told by
    // the sentence that opens with it.
    const entities = questionEntities(question);
    const dated = [...entities.numbers, ...entities.bareNumbers].filter((n) =>
      /^\d+\/(?:19|20)\d{2}\b/.test(n),
    );
    const each = effectsOfEach(question, dated, this.namedFirst(entities));
    if (each) {
      const cited = each.map(({ passage }, i) =>
        citationOf(i + 1, passage, this.index.documents.get(passage.documentId) as DocumentMeta, 1),
      );
      return done(each.map(({ sentence }, i) => `${sentence} [${i + 1}]`).join("\n\n"), cited);
    }
    // "Nghị định 87/2013 có hiệu lực từ ngày nào?", "qd 40 tính từ ngày nào mới áp dụng": the effect clause of the one
    // document the question names answers it, however few of the question's words it shares.
    const named = this.namedDocument(question);
    const own = named ? this.index.passagesOf(named.id) : [];
    // Not when the question proper asks of a text the named one only cites ("NĐ 87 căn cứ Luật Giáo dục …; vậy Luật
    // Giáo dục có hiệu lực từ ngày nào").
    const effect = named ? (effectClause(question, own) ?? executionClause(question, own)) : null;
    // "… căn cứ Luật Cư trú; vậy Luật Cư trú đó có hiệu lực từ ngày nào": a text cited by its name, read once.
    const citedText = namedTextOutside(question, this.index.documents.values(), this.index.passages);
    if (effect && citedText === null)
      return done(`${effect.sentence} [1]`, [citationOf(1, effect.passage, named as DocumentMeta, 1)]);
    // "cv 1414 … có hiệu lực từ ngày nào": a text with no effect clause does not state it; its header gives the day it
    // was issued, which is not that day.
    const header = own[0];
    if (
      named &&
      header &&
      !effect &&
      citedText === null &&
      entities.numbers.length + entities.bareNumbers.length <= 1 &&
      statesNoEffect(question, own)
    )
      return done(
        `${documentLabel(named)} không có điều khoản về hiệu lực thi hành, nên không nêu ngày có hiệu lực. [1]`,
        [citationOf(1, header, named, 1)],
        { notStated: true },
      );
    // "tnxp không hoàn thành nhiệm vụ thì có được mua thẻ BHYT không": a case the named text puts outside its scope gets
    // none of its benefits, which the passages on the benefit never say.
    const yesNo = askedPredicate(question);
    const excluded = named && yesNo ? excludedCase(question, own) : null;
    if (named && excluded)
      return done(`${excluded.sentence} [1]`, [citationOf(1, excluded.passage, named, 1)]);
    // "khoản 5 Điều 7 PL 02/2020 cấm hành vi gì": a section the named document does not have is said so; one it has
    // is where the answer must come from.
    // The document is the one named, or the one text of the corpus among several named ("NĐ 87/2013 khoản 2 Điều 5 …
    // theo NĐ 54/2008"), unless the label is written of another ("Điều 6 Luật BHXH").
    const written = sectionLabel(question);
    // Of the corpus texts the question names by number, the one the label is written of, else the only one.
    const byNumber = written
      ? documentsNamed(entities, this.index.documents.values(), this.consolidates)
      : [];
    const labelDoc = written
      ? (named ??
        this.labelOwner(question, written, byNumber) ??
        (byNumber.length === 1 ? byNumber[0] : null))
      : null;
    const label = written && labelDoc && !writtenOfAnother(written, labelDoc.number) ? written : null;
    const labelled = labelDoc && label ? lookUpSection(this.index.passagesOf(labelDoc.id), label) : null;
    if (labelDoc && label && labelled && !labelled.found)
      return done(`${documentLabel(labelDoc)} ${missingSection(label, labelled)}.`, []);
    const retrieved = await this.retrieve(question, k, cited);
    const { pool, nearest, why } = retrieved;
    const results =
      labelDoc && labelled?.found
        ? await this.withinSection(question, labelDoc, labelled.passages, pool)
        : retrieved.results;
    // A case the question sets aside ("không phải loại B") is not a topic the passages must cover.
    const topic = withoutSetAside(question) ?? question;
    const topicOnly = topic === question ? terms : topicTerms(topic);
    /** The best coverage of `asked`'s terms among the first three results. */
    const coveredBy = (list: SearchResult[], askedTerms: string[], asked: string) =>
      Math.max(0, ...list.slice(0, 3).map((r) => coverage(lexical, askedTerms, contextText(r), asked)));
    const covered = (list: SearchResult[]) => coveredBy(list, topicOnly, topic);
    // "bác thương binh ở thôn em bị mất răng; … tiền làm răng giả bao nhiêu": the asker's story is no topic to cover.
    // "VBHN 4804 (đã gộp NĐ 77/2024, áp dụng từ 01/7/2024): mức chuẩn …": nor is an aside in brackets.
    // Read only when the whole question is not covered.
    const restCovered = (rest: string | null) =>
      rest !== null && coveredBy(results, topicTerms(rest), rest) >= this.options.minCoverage;
    // Each read once: the section check and the gate below both ask them.
    const wholeCovered = results.length > 0 && covered(results) >= this.options.minCoverage;
    let story: boolean | undefined;
    const storyCovered = () => (story ??= restCovered(withoutOwnSituation(topic)));
    // The section named holds the answer when what the question asks beyond the asker's story is covered there.
    if (label && labelled?.found && !wholeCovered && !storyCovered())
      return this.notStated(
        (doc) => `${label.text} của ${doc} không nói đến nội dung được hỏi. Nội dung của ${label.text}:`,
        results.slice(0, 1).map((r) => [r, splitSentences(r.passage.text).slice(0, 2)] as const),
        done,
      );
    // "NQ 03 nói thí điểm bản sao số cho đâu?": the document the question names is no topic its passages must repeat.
    // Not when a figure, a date or a party is asked: that is checked only by its type below, so the topic must be met
    // in full ("… bao nhiêu theo cv 1921" is not answered by another amount of CV 1921).
    const asked = askedFacts(question);
    const namedCovered = () =>
      named !== null && asked.length === 0 && restCovered(withoutDocumentReferences(topic));
    if (
      results.length === 0 ||
      (!wholeCovered && !storyCovered() && !restCovered(withoutAsides(topic)) && !namedCovered())
    ) {
      // Nothing that agrees with the place, year, number or body the question names covers it: when a passage that
      // disagrees does, name that document instead of quoting it.
      if (nearest && why && covered([nearest]) >= this.options.minCoverage)
        return done(entityRefusalText(why, nearest.document), []);
      return done(REFUSAL_TEXT, []);
    }
    // "NĐ 75/2021 cho thương binh ăn thêm ngày 22/12, vậy ngày 22/12 là kỷ niệm … từ năm nào": the context is the
    // document's, so only what the question proper asks tells whether the passages answer it (the whole question
    // passed the gate above).
    const proper = ASKING_CLAUSE.exec(normalize(question))?.[1];
    if (proper) {
      const properTerms = topicTerms(proper);
      if (properTerms.length > 0 && coveredBy(results, properTerms, proper) < this.options.minCoverage)
        return done(REFUSAL_TEXT, []);
    }
    // The source asked is not in the corpus: a law asked by its name and year ("…; vậy theo Luật BHXH 2014, trợ cấp
    // tuất … bao nhiêu %"), or a document the corpus only cites, whose citing text gives its number and date, not this.
    const law = lawAsSource(question);
    const lawOutside = law !== null && documentsTitled(law, this.index.documents.values()).length === 0;
    const number = lawOutside ? null : this.outsideDocument(question, asked);
    const outside = number ? `Văn bản số ${number}` : citedText;
    if (lawOutside || outside) {
      const chosen = await this.selectSentences(question, terms, results.slice(0, k), [], async () => []);
      const missing = lawOutside
        ? `Luật được hỏi (năm ${law.slice(-4)}) không có trong kho, nên không trả lời được theo luật đó.`
        : `${outside} không có trong kho; các văn bản đã nạp chỉ nhắc đến văn bản này, không nêu nội dung được hỏi.`;
      return this.notStated(
        (label) => `${missing} Nội dung liên quan nhất (${label}):`,
        chosen.slice(0, 1),
        done,
      );
    }
    // "Hồ sơ … mai táng phí được quy định ở điều nào?": the section whose title holds the topic, by its label.
    // A passage found that names such a section ("Thương binh loại B | Trợ cấp: Phụ lục III") answers it as quoted.
    // Not of a text the corpus lacks ("…; vậy theo PL 26/2005 cũ … quy định ở điều mấy").
    const place = proper && this.namesOnlyOutside(proper) ? null : whichSection(question);
    if (place && !results.slice(0, 3).some((r) => place.test(r.passage.text))) {
      const where = this.titledSection(results.slice(0, k), topicOnly, topic);
      if (where) {
        const { passage, document } = where;
        const title = sectionTitle(passage.section, passage.headings);
        const sentences = splitSentences(passage.text).slice(0, 2);
        return done(
          `${documentLabel(document)} quy định việc này tại ${passage.section}${title ? ` (${title})` : ""}: ` +
            `${sentences.join(" ")} [1]`,
          [citationOf(1, passage, document, Math.round(where.lexical * 1000) / 1000)],
        );
      }
    }
    // "… chế độ tại Điều 4, 5 và 12 được thực hiện từ ngày nào?": the clause on those articles, in the documents found.
    if (asksArticleStart(question)) {
      const byName = documentsNamed(entities, this.index.documents.values(), this.aliases);
      for (const doc of new Set([...byName, ...results.slice(0, 2).map((r) => r.document)])) {
        const start = articleStartClause(question, this.index.passagesOf(doc.id));
        if (start) return done(`${start.sentence} [1]`, [citationOf(1, start.passage, doc, 1)]);
      }
    }
    // "Nhiệm vụ của giáo dục thường xuyên là gì?", "Phí trọng tài gồm bao nhiêu khoản?": the section the question
    // names by its title answers with its items, whatever other sentences share its words.
    // "bằng mấy lần mức chuẩn", "mấy ngày" count times and time, not the items of a section.
    const listing = asked.every(
      (f) =>
        f.kind === "papers" ||
        (f.kind === "number" && f.counted !== "" && !f.measure && !TIME_COUNTS.has(f.counted)),
    );
    const section = listing ? this.sections.find(question, results.slice(0, k)) : null;
    if (section) return this.sectionAnswer(section, done);
    // Before saying a document does not state the fact, look further into the documents found (lazily).
    const wider = async () => {
      const docs = new Set(results.slice(0, k).map((r) => r.document.id));
      // The agreeing results already found when entities made the search look further; else one deeper search.
      const more = pool.length > k ? pool : await this.index.search(question, k * WIDER);
      return more.filter((r) => docs.has(r.document.id)).slice(0, k * WIDER);
    };
    // The items that point to what was found by number ("Nhóm đối tượng số 2 quy định tại Điều 3: 300.000 đồng")
    // say what the question asks of it: read them after the first results.
    const found = results.slice(0, k);
    const referring = found.slice(0, POINTED_DEPTH).flatMap((r) => this.referring.of(r));
    const pointing = referring.filter((r) => !found.some((f) => f.passage.id === r.passage.id));
    // An item found in its own right that points to what was found is on its topic all the same.
    const alsoFound = found.filter((f) => referring.some((r) => r.passage.id === f.passage.id));
    const chosen = await this.selectSentences(
      question,
      terms,
      [...found, ...pointing],
      asked,
      wider,
      new Set([...pointing, ...alsoFound]),
    );
    // "Bộ nào … thanh tra việc thu, chi Quỹ?": an item that names no one is answered with the line above it that does.
    const asksParty = asked.some((f) => f.kind === "party");
    // Each passage with its item's lead-in line as a heading, when it is a later paragraph of that item.
    const led = new Map(chosen.map(([result]) => [result, this.underItemLead(result)]));
    const actors = new Map(
      chosen.map(([result]) => [result, asksParty ? itemActor(led.get(result) ?? result.passage) : null]),
    );
    // "Hội … được thành lập năm nào?": when a body was founded is told only where the text says it was founded.
    if (asksFounding(question) && !chosen.some(([, sentences]) => sentences.some(saysFounded)))
      return done(REFUSAL_TEXT, []);
    // "Ful rô (FULRO) là viết tắt của tổ chức gì?": only a text that writes the full form beside it answers.
    const abbreviation = expansionAsked(question);
    if (abbreviation && !chosen.some(([result]) => expands(contextText(result), abbreviation)))
      return this.notStated(
        (label) => `${label} không ghi tên đầy đủ của chữ viết tắt được hỏi. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "… hoàn thành rà soát, giao tài sản … trước ngày nào": the day must be given where the work asked is, not in a
    // report deadline quoted beside it. A passage covering the topic much less than the best one does not answer.
    // Read only for a deadline asked: most questions ask none, and coverage is scored per passage.
    const deadlineAsked = DEADLINE_ASKED.test(foldedWords(question));
    const topicCoverage = deadlineAsked
      ? new Map(chosen.map(([result]) => [result, coverage(lexical, topicOnly, contextText(result), topic)]))
      : null;
    const bestCoverage = Math.max(0, ...(topicCoverage?.values() ?? []));
    const onTopic = (result: SearchResult) =>
      !topicCoverage || (topicCoverage.get(result) ?? 0) >= bestCoverage * ON_TOPIC;
    const reportAsked = reportPeriod(question);
    // A formula is sought, not required: a text may give the computation in words ("… nhân với mức chuẩn").
    const answers = (fact: AskedFact) =>
      chosen.some(
        ([result, sentences]) =>
          (namesItem(contextText(result), fact) &&
            (fact.kind !== "date" || onTopic(result)) &&
            sentences.some(
              (x) =>
                statesFact(x, fact) &&
                !namesOtherItem(x, fact) &&
                !(fact.kind === "date" && otherReport(reportAsked, x, result.passage.text)) &&
                !(asksTime(fact) && fact.kind === "number" && effectOnly(question, x)),
            )) ||
          (fact.kind === "party" && !fact.person && actors.get(result) !== null),
      );
    const missing = asked.find((fact) => fact.kind !== "formula" && !answers(fact));
    if (missing) {
      // "thương binh 81% được trợ cấp bao nhiêu" with no document named: a Pháp lệnh names the case, a table of
      // another document pays it.
      const row =
        missing.kind === "number"
          ? await rateRowElsewhere(this.index, question, missing, {
              aliases: this.aliases,
              minCoverage: this.options.minCoverage,
            })
          : null;
      if (row) return done(`${row.passage.text} [1]`, [citationOf(1, row.passage, row.document, 1)]);
      // "… mức chi điều dưỡng … áp dụng từ ngày nào": the opening that introduces every item gives the day.
      const [found] = chosen;
      const opening =
        found &&
        missing.kind === "date" &&
        ASKS_START.test(foldedWords(question)) &&
        !found[0].passage.path.startsWith("md")
          ? openingLeadIn(this.index.passagesOf(found[0].document.id), missing)
          : null;
      if (found && opening)
        return done(`${opening.sentence} [1]\n\n${found[1].join(" ")} [2]`, [
          citationOf(1, opening.passage, found[0].document, 1),
          citationOf(2, found[0].passage, found[0].document, 2),
        ]);
      // "Định suất nuôi dưỡng … nâng lên bao nhiêu, tính từ ngày nào": the item, then its article's line of start.
      const start =
        found && missing.kind === "date" && ASKS_START.test(foldedWords(question))
          ? articleStart(this.index.passagesOf(found[0].document.id), found[0].passage, missing)
          : null;
      if (found && start)
        return done(`${found[1].join(" ")} [1]\n\n${start.sentence} [2]`, [
          citationOf(1, found[0].passage, found[0].document, 1),
          citationOf(2, start.passage, found[0].document, 2),
        ]);
      return this.notStated(
        (label) => `${label} không nêu ${missing.name}. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    }
    // "em nghe nói … cấp thẻ trong 15 ngày, đúng không ạ?": a quote with no time allowed can neither confirm the 15 days
    // nor correct them.
    // A value the cited document's title writes ("NĐ 23/2012 cho quân nhân đủ 20 năm …") is how the officer names
    // the document, not a claim about it.
    const titles = chosen.map(([result]) => fold(result.document.title).toLowerCase());
    const unconfirmed =
      asked.length === 0
        ? claimedFacts(question).find(
            (c) => !answers(c.fact) && !titles.some((t) => t.includes(fold(c.value).toLowerCase())),
          )
        : undefined;
    if (unconfirmed)
      return this.notStated(
        (label) =>
          `${label} không nêu ${unconfirmed.fact.name}, nên không xác nhận được “${unconfirmed.value}”. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "Trợ cấp 1 lần TNXP có chịu thuế TNCN không?": a text on the subject that never speaks of what is asked of it
    // ("chịu thuế") neither grants nor refuses it.
    const predicate = asked.length === 0 ? yesNo : null;
    const predicateTerms = predicate ? predicateOwnTerms(question, predicate) : [];
    if (
      predicate &&
      predicateTerms.length > 0 &&
      !chosen.some(
        ([result]) =>
          coverage(lexical, predicateTerms, contextText(result), predicate) >= PREDICATE_COVER ||
          scopeAnswers(predicate, contextText(result)),
      )
    )
      return this.notStated(
        (label) => `${label} không nói đến việc “${predicate}”. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "… trong 21 tỉnh đó có tỉnh Quảng Trị không": a place asked about by name is told only where it is named.
    const askedPlace = predicate ? namedPlaces(predicate)[0] : undefined;
    if (askedPlace && !chosen.some(([result]) => writesPlace(contextText(result), askedPlace)))
      return this.notStated(
        (label) => `${label} không nêu tên ${placePhrase(askedPlace)}. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "hạng I được 65%; vậy bác được Huân chương hạng II thì bao nhiêu %": a grade asked is told only where it is named.
    const grades = askedGrades(topic);
    if (grades.length > 0 && !chosen.some(([result]) => namesGrade(contextText(result), grades)))
      return this.notStated(
        (label) =>
          `${label} không nêu riêng trường hợp ${grades.map(gradeLabel).join(", ")}. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // Whom the letter quoted first is sent to: a body it names by its kind alone is one of them.
    const addressees = chosen[0]?.[0].document.recipients;
    // "…, BHXH Việt Nam phải chi trả trong bao nhiêu ngày?": a time the quoted text gives another named body (BHXH Bộ
    // Quốc phòng's 30 days) is not this body's.
    const timeFact = asked.find(asksTime);
    const actor = timeFact ? timeActor(question) : null;
    if (timeFact && actor) {
      // A deadline the text only recalls ("Tại công văn … đã giao Bộ … trước ngày 30/11/2012") sets no time now.
      // An item that names no one is its heading's: "2. Sở Nông nghiệp và Môi trường" over "Theo dõi, …, tổng hợp báo
      // cáo … trước ngày 25/12 hàng năm" gives that time to the department, not to the communes asked about.
      const dated = chosen.flatMap(([result, sentences]) => {
        const holder = itemActor(result.passage)?.replace(/[:\s]+$/u, "");
        return sentences
          .filter((x) => statesFact(x, timeFact))
          .map((x) => ({
            x: holder && !findParties(x) ? `${holder}: ${x}` : x,
            recalled: recallsPastDeadline(x, result.document),
          }));
      });
      // When the text only recalls deadlines, those recalled must still be the asked body's to answer it.
      const current = dated.filter((d) => !d.recalled);
      const stating = (current.length > 0 ? current : dated).map((d) => d.x);
      if (givenToOthers(actor, stating, addressees))
        return this.notStated(
          (label) => `${label} không nêu thời hạn cho ${actor}. Nội dung liên quan nhất:`,
          chosen.slice(0, 1),
          done,
        );
    }
    // "Chủ tịch UBND cấp huyện chịu trách nhiệm gì …?": duties the quoted text gives another named body (the
    // province's chairman) are not this one's.
    const dutyOf = asksDuties(fold(normalize(question)).toLowerCase()) ? askedParty(question) : null;
    if (
      dutyOf &&
      givenToOthers(
        dutyOf,
        chosen.flatMap(([, sentences]) => sentences),
        addressees,
      )
    )
      return this.notStated(
        (label) =>
          `${label} không nêu trách nhiệm của ${asWritten(question, dutyOf)}. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "Nhóm số 2 được tặng quà ngày 27/7 bao nhiêu?": an amount the text gives under another day of the year
    // ("Tặng quà vào ngày Quốc khánh 2 tháng 9:") is not that day's.
    const days = daysOfYear(question);
    const figure = asked.find((f) => f.kind === "number");
    if (figure && days.length > 0) {
      const giving = chosen.filter(([, sentences]) => sentences.some((x) => statesFact(x, figure)));
      if (giving.length > 0 && giving.every(([result]) => forOtherDay(days, result)))
        return this.notStated(
          (label) =>
            `${label} không nêu ${figure.name} cho ngày ${days.join(", ")}. Nội dung liên quan nhất:`,
          chosen.slice(0, 1),
          done,
        );
    }
    // The sentences quoted first, which the two checks below read.
    const firstQuote = chosen[0]?.[1] ?? [];
    // "… cho đài tưởng niệm cấp huyện tối đa 10 tỷ; vậy nghĩa trang … bao nhiêu?": a best quote that gives the premise's
    // own figure and never names the other case answers the premise, not the ask.
    if (figure && echoesPremise(question, firstQuote))
      return this.notStated(
        (label) =>
          `${label} chỉ nêu mức anh/chị đã dẫn, không nêu ${figure.name} cho trường hợp được hỏi. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "hiện đã có bao nhiêu % … được cập nhật": what is so now is not the target a text sets ("hoàn thành 100% việc cập
    // nhật … trước ngày 06/12/2025", "phấn đấu đến năm 2030 đạt …").
    const stating = chosen
      .flatMap(([, sentences]) => sentences)
      .filter((x) => figure && statesFact(x, figure));
    if (figure && asksPresent(question) && stating.length > 0 && stating.every(setsTarget))
      return this.notStated(
        (label) =>
          `${label} chỉ nêu mục tiêu phải đạt, không nêu ${figure.name} hiện nay. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // And the other way: "đến năm 2030 … phải đạt bao nhiêu trạm" is not told by "Hiện nay, … khoảng 180 trạm".
    if (figure && asksTarget(question) && stating.length > 0 && stating.every(reportsPresent))
      return this.notStated(
        (label) =>
          `${label} chỉ nêu số liệu hiện nay, không nêu ${figure.name} phải đạt. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "… nhà bia … cho công trình cấp thôn bao nhiêu": a best quote that sets its figures per tier lists no other.
    // Amounts only: a time limit quoted for the commune may name the district it reports to.
    const amount = figure?.measure === "money" || (figure?.measure === undefined && figure?.counted === "");
    if (figure && amount && forOtherTier(question, firstQuote.join(" ")))
      return this.notStated(
        (label) => `${label} không nêu ${figure.name} cho cấp được hỏi. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "mua nhà … sau ngày 5/7/1994 được hỗ trợ bao nhiêu": the quoted rule is for those who bought before that day.
    const bound =
      asked.length > 0
        ? oppositeBound(
            question,
            chosen.flatMap(([, sentences]) => sentences),
          )
        : null;
    if (bound)
      return this.notStated(
        (label) => `${label} không quy định cho trường hợp ${bound.text}. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // A rate the question sets as its case ("tỷ lệ tổn thương dưới 5%") must be one the quoted text provides for, when
    // that text sorts its cases by rate: a table starting at "từ 5% - 20%" gives nothing below 5%.
    const cases = rateSpans(question);
    const ratesWritten = chosen.some(([r]) => rateSpans(r.passage.text).length > 0);
    if (
      asked.length > 0 &&
      cases.length > 0 &&
      ratesWritten &&
      !chosen.some(([r]) => cases.every((c) => coversRate(contextText(r), c)))
    )
      return this.notStated(
        (label) =>
          `${label} không quy định cho trường hợp ${cases.map((c) => c.text).join(", ")}. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    // "CV 2214: tỉnh Quảng Trị có bao nhiêu hộ …": a count of things in a place is that place's own figure; a national
    // text that never names the place does not give it, though its rules apply there.
    // So is what a province adds to a national rate ("tỉnh Bình Phước hỗ trợ thêm … bao nhiêu").
    const counts =
      // Months or years counted are a length of time, which a national rule sets for every place.
      asked.some(
        (f) =>
          f.kind === "number" &&
          f.counted !== "" &&
          !DURATION_UNITS.has(f.counted) &&
          !f.measure &&
          !f.ordinal,
      ) ||
      (asked.some((f) => f.kind === "number") &&
        [ADDED, OF_RECORD].some((p) => p.test(fold(normalize(question)).toLowerCase())));
    const [best] = chosen;
    // "UBND tỉnh Nam Định có QĐ … không, số mấy": the number of a text asked with a place is that place's text; a
    // national one that never names the place is not it.
    // "…; vậy ở tỉnh Quảng Bình, Sở LĐTBXH đã chỉ định cơ sở nào": what the place did, told by its own texts.
    const ownText =
      (asked.some((f) => f.kind === "docNumber") && placeIssues(question)) ||
      (proper !== undefined && placeActed(proper));
    const countPlace =
      (counts || ownText) && best
        ? placeOnlyByNationalRule(entities, best[0].document, best[0].passage.text, true)
        : null;
    if (countPlace && ownText && best)
      return done(entityRefusalText({ kind: "place", phrase: `của ${countPlace}` }, best[0].document), []);
    if (countPlace)
      return this.notStated(
        (label) => `${label} không nêu số liệu riêng của ${countPlace}. Nội dung liên quan nhất:`,
        chosen.slice(0, 1),
        done,
      );
    const citations: Citation[] = [];
    const paragraphs: string[] = [];
    // A place the question names that only a national text "agrees" with: say there is no text of that place's own
    // and give the general rule as such, not as the place's.
    const [first] = chosen;
    const general = first && placeOnlyByNationalRule(entities, first[0].document, first[0].passage.text);
    if (general)
      paragraphs.push(
        `Không có văn bản riêng của ${general} về việc này trong kho; theo quy định chung của ${documentLabel(first[0].document)}:`,
      );
    // A note repeated word for word in two forms ("Ghi chú: (1) Quân nhân, …") is quoted once, citing both.
    const quoted = new Map<string, number>();
    for (const [result, sentences] of chosen) {
      const n = citations.length + 1;
      const actor =
        actors.get(result) ??
        leadInFor(led.get(result) ?? result.passage, sentences, terms, this.index.lexical, asksParty);
      const said = foldedWords(`${actor ?? ""} ${sentences.join(" ")}`);
      const at = quoted.get(said);
      if (at !== undefined) {
        citations.push(
          citationOf(n, result.passage, result.document, Math.round(result.lexical * 1000) / 1000),
        );
        paragraphs[at] = `${paragraphs[at]} [${n}]`;
        continue;
      }
      quoted.set(said, paragraphs.length);
      // The line quoted before an item is part of what is cited.
      const passage = actor ? { ...result.passage, text: `${actor} ${result.passage.text}` } : result.passage;
      citations.push(citationOf(n, passage, result.document, Math.round(result.lexical * 1000) / 1000));
      paragraphs.push(`${actor ? `${actor} ` : ""}${sentences.map((s) => `${s} [${n}]`).join(" ")}`);
    }
    return done(paragraphs.join("\n\n"), citations, general ? { notStated: true } : {});
  }

  /**
   * The search results inside a section the question names, best first; its passages in order when the search
   * found none of them (a section that shares no word with the question still answers for itself).
   */
  private async withinSection(
    question: string,
    document: DocumentMeta,
    passages: readonly IndexedPassage[],
    pool: readonly SearchResult[],
  ): Promise<SearchResult[]> {
    const ids = new Set(passages.map((p) => p.id));
    const inside = (list: readonly SearchResult[]) => list.filter((r) => ids.has(r.passage.id));
    let ranked = inside(pool);
    // One deeper search only when the first found none of the section: its other passages follow in order anyway.
    if (ranked.length === 0)
      ranked = inside(await this.index.search(question, this.options.k * OWN_DOCUMENT_DEPTH * 4));
    const seen = new Set(ranked.map((r) => r.passage.id));
    const rest = passages
      .filter((p) => !seen.has(p.id))
      .map((passage) => ({ passage, document, score: 0, lexical: 0, vector: 0 }));
    return [...ranked, ...rest];
  }

  /**
   * The one document the question names, by its own number or its title, when it names no other document: "Nghị định
   * 23/2012 …", "Luật Cư trú …", or by every number it names ("TT 24/2009 hướng dẫn QĐ 170 (VBHN 836)"). Null for
   * "Thông tư 08/2023 … theo VBHN 836" (two named, one of them only an amending text).
   */
  private namedDocument(question: string): DocumentMeta | null {
    const entities = questionEntities(question);
    const numbers = entities.numbers.length + entities.bareNumbers.length;
    const docs = [
      ...documentsNamed(entities, this.index.documents.values(), this.consolidates),
      ...(numbers === 0 ? documentsTitled(question, this.index.documents.values()) : []),
    ];
    if (numbers <= 1) return docs.length === 1 ? (docs[0] as DocumentMeta) : null;
    // Several numbers name one document when the others are its aliases or what its title cites ("TT 24/2009 hướng
    // dẫn QĐ 170 … (VBHN 836)" is 836/VBHN-BLĐTBXH, not QĐ 170).
    const naming = docs.filter((doc) => namesOnly(question, doc, this.consolidates));
    return naming.length === 1 ? (naming[0] as DocumentMeta) : null;
  }

  /**
   * The result whose section titles hold most of the topic ("Điều 4. Hồ sơ giải quyết chế độ mai táng phí" for "hồ sơ
   * … mai táng phí"), the first on a tie; the first result when no title holds any of it.
   */
  private titledSection(
    results: readonly SearchResult[],
    terms: string[],
    topic: string,
  ): SearchResult | null {
    let best: SearchResult | null = null;
    let bestScore = 0;
    for (const r of results) {
      const score = coverage(this.index.lexical, terms, r.passage.headings.join("\n"), topic);
      if (score > bestScore) [best, bestScore] = [r, score];
    }
    return best ?? results[0] ?? null;
  }

  /** Whether a clause names documents by number and none of them is in the corpus. */
  private namesOnlyOutside(clause: string): boolean {
    const entities = questionEntities(clause);
    if (entities.numbers.length + entities.bareNumbers.length === 0) return false;
    return documentsNamed(entities, this.index.documents.values(), this.consolidates).length === 0;
  }

  /**
   * Of the documents named, the one a label that opens the question is written of ("Điểm g khoản 2 Điều 1 VBHN 836 …
   * theo QĐ 40/2011"). A label further on may only describe ("người bị thương (thuộc Điều 23 PL 02/2020)").
   */
  private labelOwner(question: string, label: SectionLabel, named: DocumentMeta[]): DocumentMeta | null {
    if (!LABEL_FIRST.test(fold(normalize(question)).toLowerCase())) return null;
    const owning = named.filter((d) => writtenOf(label, d.number));
    return owning.length === 1 ? (owning[0] as DocumentMeta) : null;
  }

  /**
   * The document whose signer a question asks when it is not in the corpus, only cited by texts that are ("Nghị định
   * 55/2023/NĐ-CP … do ai ký?"): a text that cites a document gives its number, date and topic, not who signed it.
   * Null when the question names a document of the corpus, or asks anything else.
   */
  private outsideDocument(question: string, asked: readonly AskedFact[]): string | null {
    const entities = questionEntities(question);
    const named = [...entities.numbers, ...entities.bareNumbers];
    const q = fold(normalize(question)).toLowerCase();
    // "trước 01/7/2021 (…) thì TT 148/2015/TT-BTC quy định …": after a condition, "thì" opens the main clause, and a
    // document opening it is the subject as much as one opening the question.
    // "Trước VBHN 834, theo NĐ 58/2019 thì …": a clause "theo <document> thì" names the source asked, wherever it stands.
    const subject =
      SUBJECT_DOCUMENT.exec(q) ??
      SUBJECT_DOCUMENT.exec(THEN_CLAUSE.exec(q)?.[1] ?? "") ??
      SUBJECT_DOCUMENT.exec(SOURCE_CLAUSE.exec(q)?.[1] ?? "");
    // The one document named; or the one the question proper names, after the context it opens with ("CV 1414 có trích
    // NĐ 120/2010 …, vậy NĐ 120/2010 có hiệu lực từ ngày nào"); or the one it opens with ("Quyết định 117/2007/QĐ-TTg
    // sửa đổi QĐ 118/TTg …").
    const asking = ASKING_CLAUSE.exec(q)?.[1] ?? "";
    // Typed whole or by its first digits after a kind ("vậy NĐ 93 …" for 93/2001/NĐ-CP).
    const inAsking = named.filter(
      (n) =>
        asking.includes(n.split(/[/-](?=[a-z])/)[0] ?? n) ||
        new RegExp(String.raw`\b${SUBJECT_KINDS}\s*(?:so\s*)?${n.split("/")[0]}(?![\d/])`).test(asking),
    );
    const number =
      named.length === 1
        ? named[0]
        : inAsking.length === 1
          ? inAsking[0]
          : named.find((n) => n === subject?.[1]);
    if (!number) return null;
    const only = {
      ...entities,
      numbers: entities.numbers.filter((n) => n === number),
      bareNumbers: entities.bareNumbers.filter((n) => n === number),
    };
    if (documentsNamed(only, this.index.documents.values(), this.consolidates).length > 0) return null;
    // Who signed it; or what it provides, asked of it as the question's subject ("Nghị định 54/2008/NĐ-CP quy định
    // … bao nhiêu?"): a text that cites a document gives its number, date and topic, not its signer or its content.
    // The one named, or the one the question proper or its subject names ("cv 2864 có nhắc cv 1879 …, vậy cv 1879 do
    // ai ký").
    const signer = asked.some((f) => f.kind === "party") && SIGNED.test(q);
    // The subject named first, whatever other document the question cites ("Pháp lệnh 04/2012 (mà CV 895 nhắc tới)
    // bổ sung những đối tượng nào?").
    const content =
      (subject !== null &&
        subject[1] === number &&
        number.includes("/") &&
        // Typed by its symbol, not its year ("CT 03/CT-UBND … giao UBND xã những việc gì"): the text cited gives its
        // topic too, so only the work it assigns is its content here.
        (/\/(?:19|20)\d{2}\b/.test(number) || asksDuties(q)) &&
        // A remark in brackets ("(văn bản cũ mà QĐ 40/2011 thay thế)") is context, not what is asked of it.
        !ABOUT_ITSELF.test(q.replace(/\([^)]*\)/g, " ")) &&
        !SOURCE_LATER.test(subject.input.slice(subject[0].length))) ||
      // Or the source or subject the question proper opens with, after the context ("…; vậy theo TTLT 84/2005 trước
      // đây, Phòng … gửi … trước ngày nào", "… theo CV 2906; vậy CV 2906 đó yêu cầu … trước ngày nào").
      (askedOf(asking, number) && !ABOUT_ITSELF.test(asking));
    // When it took effect, where no text of the corpus says so ("… Quyết định số 117/2007/QĐ-TTg ngày 27/7/2007 …"
    // gives its date of issue, not of effect).
    const effect = EFFECT_ASKED.test(q) && !this.effectStated(number);
    if (!signer && !content && !effect) return null;
    // As the user wrote it ("55/2023/NĐ-CP"), not folded.
    const written = question
      .split(/\s+/)
      .map((w) => w.replace(/^[(“"]+|[)”",.;:?!]+$/gu, ""))
      .find((w) => fold(normalize(w)).toLowerCase() === number);
    return written ?? number.toUpperCase();
  }

  /**
   * Every passage, those of the texts the question names first ("vbhn 834: …" before another consolidation of the
   * same decree); read lazily, so a caller that looks at none costs nothing.
   */
  private *namedFirst(entities: ReturnType<typeof questionEntities>): Generator<SearchResult["passage"]> {
    const named = new Set(
      documentsNamed(entities, this.index.documents.values(), this.consolidates).map((d) => d.id),
    );
    for (const p of this.index.passages) if (named.has(p.documentId)) yield p;
    for (const p of this.index.passages) if (!named.has(p.documentId)) yield p;
  }

  /** The passages whose last heading is this passage's text: the rows or items a lead-in row or line opens. */
  private openedBy(result: SearchResult): SearchResult[] {
    if (!result.passage.text.trimEnd().endsWith(":")) return [];
    return this.index
      .passagesOf(result.document.id)
      .filter((p) => p.headings.at(-1) === result.passage.text)
      .map((passage) => beside(result, passage));
  }

  /** The later paragraphs of an item: "4-d2", "4-d3" for "4", in order. */
  private laterParagraphs(result: SearchResult): SearchResult[] {
    const prefix = `${result.passage.path}-d`;
    return this.index
      .passagesOf(result.document.id)
      .filter((p) => p.path.startsWith(prefix) && /^\d+$/u.test(p.path.slice(prefix.length)))
      .map((passage) => beside(result, passage));
  }

  /** The item a paragraph of it belongs to: "dieu4.1.a" for "dieu4.1.a-d2"; none for an item itself. */
  private itemOf(result: SearchResult): SearchResult[] {
    const owner = this.itemPassage(result);
    return owner ? [beside(result, owner)] : [];
  }

  /** The passage of the item a later paragraph belongs to ("dieu4.1.a" for "dieu4.1.a-d2"), if any. */
  private itemPassage(result: SearchResult): SearchResult["passage"] | undefined {
    const path = /^(.+)-d\d+$/u.exec(result.passage.path)?.[1];
    return path ? this.index.passage(`${result.document.id}#${path}`) : undefined;
  }

  /** The items beside a result, under the same headings ("- Từ đủ 2 năm …;" "- Trên 2 năm, …"), not among `found`. */
  private siblingsOf(result: SearchResult, found: readonly SearchResult[]): SearchResult[] {
    const headings = result.passage.headings.join("\n");
    return this.index
      .passagesOf(result.document.id)
      .filter(
        (p) =>
          p.id !== result.passage.id &&
          p.headings.join("\n") === headings &&
          !found.some((r) => r.passage.id === p.id),
      )
      .map((passage) => beside(result, passage));
  }

  /** Whether some passage says when the document numbered `number` (folded) takes effect. */
  private effectStated(number: string): boolean {
    // Its figures ("117/2007") first: folding every passage would be slow.
    const digits = /^\d+(?:\/\d{4})?/.exec(number)?.[0] ?? number;
    return this.index.passages.some((p) => {
      if (!p.text.includes(digits)) return false;
      const text = fold(normalize(p.text));
      const at = text.indexOf(number);
      return at >= 0 && EFFECT_ASKED.test(text.slice(at, at + 400));
    });
  }

  /** The items of a named section, each cited, counted when the list runs longer than is quoted. */
  private sectionAnswer(
    section: NamedSection,
    done: (answer: string, citations: Citation[], extra?: Partial<Answer>) => Answer,
  ): Answer {
    const shown = section.items.slice(0, SECTION_ITEMS_SHOWN);
    const citations = shown.map((p, i) => citationOf(i + 1, p, section.document, 1));
    const more = section.items.length - shown.length;
    // "Phí trọng tài gồm:" reads "“Phí trọng tài” gồm 5 mục".
    const title = section.title.replace(/\s*(?:bao gồm|gồm có|gồm|như sau|sau đây)?\s*:?\s*$/u, "");
    const lines = [
      `${documentLabel(section.document)} — “${title}” gồm ${section.items.length} mục:`,
      ...shown.map((p, i) => `${i + 1}. ${p.text} [${i + 1}]`),
      ...(more > 0 ? [`(và ${more} mục khác, xem văn bản)`] : []),
    ];
    return done(lines.join("\n"), citations);
  }

  /**
   * The documents do not give what is asked: say so plainly (`opening`, given the closest document's label), and
   * quote the closest passage so the reader can check.
   */
  private notStated(
    opening: (label: string) => string,
    chosen: (readonly [SearchResult, string[]])[],
    done: (answer: string, citations: Citation[], extra?: Partial<Answer>) => Answer,
  ): Answer {
    const [closest] = chosen;
    if (!closest) return done(REFUSAL_TEXT, []);
    const [result, sentences] = closest;
    const citation = citationOf(1, result.passage, result.document, Math.round(result.lexical * 1000) / 1000);
    const text = `${opening(documentLabel(result.document))} ${sentences.map((s) => `${s} [1]`).join(" ")}`;
    return done(text, [citation], { notStated: true });
  }

  /**
   * Scores every sentence of the retrieved passages; returns the kept ones grouped by passage, best first. When no
   * kept sentence states an asked fact (a figure, a date, a party), the best sentence that does is added if it
   * covers the topic at least half as well as the best one (a fixed share, not tuned).
   */
  private async selectSentences(
    question: string,
    terms: string[],
    results: SearchResult[],
    asked: AskedFact[],
    wider: () => Promise<SearchResult[]>,
    /** Results on the question's topic whatever their own words: the items that point to what was found. */
    pointing: ReadonlySet<SearchResult> = new Set(),
  ) {
    const intent = detectIntent(question);
    const lexical = this.index.lexical;
    // "(không phải loại B)": the words of a case the question sets aside say what it is not. They count only for a text
    // that sets that case aside too ("người không có thu nhập"), and a text that grants it is not what is asked.
    const setAside = excludedQualifiers(question);
    const stripped = withoutSetAside(question);
    const asking = stripped === null ? null : new Set(topicTerms(stripped));
    const allWeights = terms.map((t) => [t, lexical.idf(t) || 1] as const);
    const weights = new Map(allWeights.filter(([t]) => asking === null || asking.has(t)));
    const total = allWeights.reduce((s, [, w]) => s + w, 0) || 1;
    const asideWeight = total - [...weights.values()].reduce((s, w) => s + w, 0);
    const denial = (text: string) => (setAside.some((q) => deniesQualifier(text, q)) ? asideWeight : 0);
    // "NĐ 23/2012 cho cộng dồn thời gian phục vụ nếu bị gián đoạn; vậy gián đoạn tối đa bao nhiêu năm": words only the
    // context writes say what the officer knows; a sentence is chosen for what is asked.
    const contextOnly = contextTerms(question);
    const grantsSetAside = (r: SearchResult) => passageGrants(setAside, r.passage);
    const naming = namingTerms(question, terms, this.index.documents.values());
    // Figures the question gives are its conditions ("thương binh 21%–40%"): the item that writes them is the one asked.
    const given = conditionFigures(question);
    const askedPhrase = ` ${foldedWords(question)} `;
    const asksPastCondition = PAST_CONDITION.test(askedPhrase);
    const score = (list: SearchResult[]) => {
      const scored: Candidate[] = [];
      list.forEach((result, rank) => {
        // What the passage is under (its headings and its document's title) gives each of its sentences their
        // topic at half weight: "Thời gian thực hiện: Từ ngày 01/01/2012" under "Điều 1. Thực hiện chế độ điều
        // dưỡng luân phiên …" is about that regime.
        const context = new Set(
          analyze([result.document.title, ...result.passage.headings].join("\n"), { accents: false }),
        );
        const named = naming.get(result.document.id);
        const self = named ? SELF_NAMED(result.document.kind) : null;
        // The lead-in a list item completes ("Nam, nữ kết hôn … phải tuân theo các điều kiện sau đây:").
        const leadIn = result.passage.headings.at(-1)?.trimEnd().endsWith(":")
          ? new Set(analyze(result.passage.headings.at(-1) ?? "", { accents: false }))
          : null;
        // "… tiền mua xe lăn tay …": the table row whose item is the one the question names, word for word.
        const rowItem = namesRowItem(askedPhrase, result.passage);
        splitSentences(result.passage.text).forEach((sentence, position) => {
          // A line of a form to fill in ("Họ và tên……………") answers nothing.
          if (FORM_BLANK.test(sentence)) return;
          const present = new Set(analyze(sentence, { accents: false }));
          // Inside the document the question names, "Thông tư này" is that document: it carries its number.
          if (named && self?.test(fold(sentence).toLowerCase())) for (const term of named) present.add(term);
          let own = 0;
          let inherited = 0;
          let completed = 0;
          for (const [term, full] of weights) {
            const weight = contextOnly.has(term) ? full * CONTEXT_WEIGHT : full;
            if (present.has(term)) own += weight;
            else if (context.has(term)) {
              inherited += weight / 2;
              if (leadIn?.has(term)) completed += weight / 2;
            }
          }
          own = (own + denial(sentence)) / total;
          let score = own + inherited / total;
          // A time limit that had passed when the document was written is one it recalls, not one it sets.
          // A condition of the past ("phục viên trước ngày nào mới thuộc đối tượng") is asked as such.
          if (
            intent.deadline &&
            DATE_PATTERN.test(sentence) &&
            (asksPastCondition || !recallsPastDeadline(sentence, result.document))
          )
            score += 0.2;
          if (intent.responsible && UNIT_PATTERN.test(sentence)) score += 0.15;
          if (intent.figure && FIGURE_PATTERN.test(sentence)) score += 0.15;
          if (given.length > 0) {
            const written = new Set(figuresIn(sentence));
            score += (GIVEN_BONUS * given.filter((g) => written.has(g)).length) / given.length;
          }
          if (rowItem) score += ROW_ITEM_BONUS;
          if (setAside.some((q) => statesQualifier(`${result.passage.headings.join("\n")}\n${sentence}`, q)))
            score -= SET_ASIDE_PENALTY;
          score += 0.12 / (rank + 1);
          scored.push({ result, rank, sentence, position, score, own, topical: own + completed / total });
        });
      });
      return scored.sort((a, b) => b.score - a.score);
    };
    const candidates = score(results);
    const top = candidates[0]?.score ?? 0;
    const topOwn = Math.max(0, ...candidates.map((c) => c.own));
    const kept = candidates
      .filter((c) => c.score >= top * this.options.keepRatio)
      .slice(0, this.options.maxSentences);
    const [head] = kept;
    if (head && kept.length < this.options.maxSentences) {
      // The question's topic without its form ("bao nhiêu", "mấy") and without the document it names.
      const topic = new Set(topicTerms(question.replace(QUESTION_FORM, ",")));
      const named = naming.get(head.result.document.id) ?? [];
      const asks = new Map(
        [...weights].filter(([t]) => topic.has(t) && !named.includes(t) && termKind(t) !== "n"),
      );
      // Read only when the kept sentences leave part of the question out.
      const pool = () => [...candidates, ...score(this.siblingsOf(head.result, results))];
      const complement = complementOf(kept, pool, asks);
      if (complement) kept.push(complement);
    }
    let further: Candidate[] | null = null;
    // A figure the question gives as its condition ("thương binh 21%–40%") picks, among the passages stating the
    // asked fact, the item that writes it most closely: exactly, else the narrowest range that holds it ("18%" in "từ
    // 16% - 20%"). A lead-in or another item states a figure too, for another case. In that item, a sentence with a
    // figure of its own is the answer; the one with the condition is shown with it.
    // Once per text: the sentences of one passage all ask it of that passage.
    const coverOf = new Map<SearchResult, number>();
    const covered = (r: SearchResult) => {
      let value = coverOf.get(r);
      if (value === undefined) {
        const present = new Set(
          analyze([r.document.title, ...r.passage.headings, r.passage.text].join("\n"), { accents: false }),
        );
        const text = [...r.passage.headings, r.passage.text].join("\n");
        value =
          ([...weights].reduce((sum, [t, w]) => sum + (present.has(t) ? w : 0), 0) + denial(text)) / total;
        coverOf.set(r, value);
      }
      return value;
    };
    const closenessOf = new Map<string, number>();
    const closeness = (text: string) => {
      let value = closenessOf.get(text);
      if (value === undefined) {
        value = given.reduce((sum, g) => sum + figureFit(text, g), 0);
        closenessOf.set(text, value);
      }
      return value;
    };
    for (const fact of asked) {
      const dated = (c: Candidate) => statesFact(c.sentence, fact);
      if (given.length > 0) {
        further ??= score(await wider()).map((c) => ({ ...c, score: c.score - 0.12 / (c.rank + 1) }));
        // The other rows or items under the same headings as those found: "18%" is in the row "từ 16% - 20%" that
        // the words of the question did not find.
        const found = [...candidates, ...further].map((c) => c.result);
        const rows = [...new Set(kept.slice(0, 3).map((c) => c.result))].flatMap((r) =>
          this.siblingsOf(r, found),
        );
        const fitsAll = [...kept, ...candidates, ...further, ...score(rows)].filter(
          (c) => dated(c) && Number.isFinite(closeness(c.result.passage.text)),
        );
        // Not a row of a case the question sets aside ("không phải loại B"), while another fits.
        const open = fitsAll.filter((c) => !grantsSetAside(c.result));
        const fits = open.length > 0 ? open : fitsAll;
        // Among them, those on the question's topic with what they stand under: "bệnh binh … 55%" is the row
        // "từ 51% - 60%" under "Bệnh binh:", not the row "55%" of the table for thương binh.
        const most = Math.max(0, ...fits.map((c) => covered(c.result)));
        const fitting = fits.filter((c) => covered(c.result) >= most);
        const best = Math.min(...fitting.map((c) => closeness(c.result.passage.text)));
        const own = (c: Candidate) => figuresIn(c.sentence).some((f) => !given.includes(f));
        const closest = fitting.filter((c) => closeness(c.result.passage.text) === best);
        const exact = closest.find(own) ?? closest[0];
        if (exact) {
          // First, so the passage limit never cuts it.
          if (kept.includes(exact)) kept.splice(kept.indexOf(exact), 1);
          const condition = [...candidates, ...further].find(
            (c) => c.result === exact.result && Number.isFinite(closeness(c.sentence)),
          );
          kept.unshift(...(condition && condition !== exact ? [condition, exact] : [exact]));
          continue;
        }
      }
      // The best passage's own sentence that states it ("… được hỗ trợ một lần kinh phí xây mộ liệt sĩ. Mức hỗ trợ 10
      // triệu đồng/01 mộ."), over a figure kept from another passage.
      const lead = kept[0]?.result;
      const leadStating = kept.some((c) => c.result === lead && dated(c))
        ? undefined
        : candidates.find((c) => c.result === lead && dated(c));
      if (leadStating) {
        kept.unshift(leadStating);
        continue;
      }
      if (kept.some(dated)) continue;
      // A sentence of a passage already kept is on its topic ("Chi hỗ trợ thương binh … Mức chi do Bộ trưởng …
      // quyết định"); elsewhere it must cover the question on its own.
      const onTopic = new Set([...kept.map((c) => c.result), ...pointing]);
      // An item's lead-in gives it its topic ("Nam, nữ kết hôn … điều kiện sau đây:" over "Nam từ đủ 20 tuổi …").
      const states = (c: Candidate) =>
        (onTopic.has(c.result) || c.topical >= topOwn * FACT_SHARE) && dated(c);
      let stating = candidates.find(states);
      if (!stating) {
        // The rows or items a kept lead-in opens ("Người hoạt động cách mạng … chết mà chưa được hưởng chế độ ưu đãi:"
        // over "Thân nhân | 31,0 lần mức chuẩn"): on the lead's topic, though their own words are few.
        const opened = [...new Set(kept.map((c) => c.result))].flatMap((r) => this.openedBy(r));
        stating = score(opened).find(dated);
      }
      if (!stating && lead && fact.kind === "date") {
        // "c) … tổ chức Ngày Pháp luật …" over "- Thời gian thực hiện: Ngày 09/11/2015.": the best item's own time line
        // says when, though it shares none of the question's words.
        stating = score(this.timeLinesOf(lead)).find(dated);
      }
      if (!stating && lead) {
        // The later paragraphs of the best item ("4. Khẩn trương hoàn thiện sửa đổi Nghị định …" then "Đảm bảo hoàn
        // thành trong quý I/2026."): the same item's work goes on there, and so does its time.
        stating = score(this.laterParagraphs(lead)).find(dated);
      }
      if (!stating) {
        // The item a kept paragraph continues ("Trong đó: A là mức hỗ trợ; …" under the item that writes "A = (B - C) x
        // D"). On the question's topic like any other passage, except a formula, whose line is letters and signs.
        const owners = [...new Set(kept.map((c) => c.result))].flatMap((r) => this.itemOf(r));
        stating = score(owners).find(
          (c) => (fact.kind === "formula" || c.topical >= topOwn * FACT_SHARE) && dated(c),
        );
      }
      if (!stating) {
        // Passages further down, from the same documents: ranked after the first ones, so no rank bonus.
        further ??= score(await wider()).map((c) => ({ ...c, score: c.score - 0.12 / (c.rank + 1) }));
        stating = further.find(states);
      }
      // First, so the passage that holds the fact is never cut by the passage limit.
      if (stating) kept.unshift(stating);
    }
    const byPassage = new Map<SearchResult, Candidate[]>();
    for (const c of kept) {
      if (!byPassage.has(c.result) && byPassage.size >= this.options.maxPassages) continue;
      byPassage.set(c.result, [...(byPassage.get(c.result) ?? []), c]);
    }
    return [...byPassage].map(
      ([result, list]) =>
        [
          result,
          withListItems(
            result.passage.text,
            list.map((c) => c.position),
          ),
        ] as const,
    );
  }
}
