import type { Passage } from "../corpus/types.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { namesNumber } from "./question-entities.ts";

/**
 * A section a question names by its label, as officers cite them: "khoản 2 Điều 5", "điểm b khoản 1 Điều 3",
 * "Phụ lục IV", "mục III.1", "mục 1.3".
 */
export interface SectionLabel {
  /** As a reply writes it: "khoản 2 Điều 5", "Phụ lục IV", "mục III.1". */
  text: string;
  /** Path segments from the outermost: ["dieu5", "2"], ["plIV"], ["III", "1"]. Alternatives per level. */
  levels: string[][];
  /** What the question writes right after the label (folded): the text it belongs to, when it names one. */
  after: string;
}

/** Roman numerals as documents number parts and appendices (I … XX); index 0 is no numeral. */
const ROMAN = ["", ..."I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split(" ")];
const romanOf = (n: number) => ROMAN[n] ?? "";
const numberOf = (roman: string) => ROMAN.indexOf(roman.toUpperCase());

/** "Điều 5", "khoản 2 Điều 5", "khoản 2 của Điều 5", "Điều 5 khoản 2", "điểm b khoản 1 Điều 3" (folded). */
const ARTICLE =
  /\b(?:diem ([a-z]) (?:cua )?)?(?:khoan (\d{1,2}) (?:cua )?)?dieu (\d{1,3})(?![\d,.]*\d)(?:,? khoan (\d{1,2})(?!\d))?(?:,? diem ([a-z])\b)?/g;
/** "Phụ lục IV", "phụ lục số 2" (folded). */
const APPENDIX = /\bphu luc (?:so )?([ivxl]{1,5}|\d{1,2})\b(?![.,]?\d)/g;
/** "mục III.1", "phần II", "mục 1.3" (folded): not "mức 1,5 lần", whose decimal comma rules it out. */
const ITEM = /\b(?:muc|phan) ([ivx]{1,4}|\d{1,2})((?:\.\d{1,2}){0,2})\b(?![.,]?\d)/g;
/** "Điều 4, 5 và 12", "khoản 1 và 2", "Điều 6–11": a list or range of labels names no single section. */
const LISTED = /\b(?:dieu|khoan|muc|phu luc) \d{1,3}(?:(?:,? \d{1,3})*,? (?:va|hoac) \d|\s*[-–]\s*\d)/;

/**
 * The one section the question names by its label; null when it names none, a list, or two different ones. With
 * diacritics typed, "mức 2" is no "mục 2": only what is written "mục" / "phần" counts.
 *
 * @example
 * sectionLabel("Theo khoản 2 Điều 5 NĐ 23/2012, …")?.levels // [["dieu5"], ["2"]]
 * sectionLabel("Phụ lục VII của VBHN 4804 …")?.levels // [["plVII", "pl7"]]
 */
export function sectionLabel(question: string): SectionLabel | null {
  const written = normalize(question).toLowerCase();
  const q = fold(written);
  if (LISTED.test(q)) return null;
  const found: SectionLabel[] = [];
  for (const m of q.matchAll(ARTICLE)) {
    const [, point, clauseBefore, article, clauseAfter, pointAfter] = m;
    const clause = clauseBefore ?? clauseAfter;
    const letter = point ?? (clause ? pointAfter : undefined);
    const levels = [[`dieu${article}`]];
    if (clause) levels.push([clause]);
    // A folded "d" is "d" or "đ"; typed with diacritics it is what was written.
    const d = /điểm đ(?!\p{L})/u.test(written) ? ["đ"] : written !== q ? ["d"] : ["d", "đ"];
    if (clause && letter) levels.push(letter === "d" ? d : [letter]);
    const text = [letter && `điểm ${letter}`, clause && `khoản ${clause}`, `Điều ${article}`]
      .filter(Boolean)
      .join(" ");
    found.push({ text, levels, after: q.slice((m.index ?? 0) + m[0].length) });
  }
  for (const m of q.matchAll(APPENDIX)) {
    const raw = m[1] as string;
    const n = /\d/.test(raw) ? Number(raw) : numberOf(raw);
    const roman = /\d/.test(raw) ? romanOf(n) : raw.toUpperCase();
    const alternatives = [roman && `pl${roman}`, n > 0 && `pl${n}`].filter((p): p is string => !!p);
    const after = q.slice((m.index ?? 0) + m[0].length);
    found.push({ text: `Phụ lục ${roman || raw}`, levels: [alternatives], after });
  }
  const accented = written !== q;
  for (const m of q.matchAll(ITEM)) {
    // "mức" and "phân" fold like "mục" and "phần": with diacritics typed, only the written word counts.
    const at = m.index ?? 0;
    if (accented && !/^(?:mục|phần) /u.test(written.slice(at, at + 5))) continue;
    const head = m[1] as string;
    const rest = (m[2] as string).split(".").filter(Boolean);
    const top = /\d/.test(head) ? [head, `muc${head}`] : [head.toUpperCase(), `phan${head.toUpperCase()}`];
    const after = q.slice(at + m[0].length);
    found.push({ text: `mục ${[top[0], ...rest].join(".")}`, levels: [top, ...rest.map((r) => [r])], after });
  }
  // "Điều 7 … khoản 5 của Điều 7": a label that only leads to another one is part of it.
  const key = (f: SectionLabel) => f.levels.map((l) => l.join("|")).join("/");
  const keys = found.map(key);
  const distinct = new Map(
    found.filter((_, i) => !keys.some((other) => other.startsWith(`${keys[i]}/`))).map((f) => [key(f), f]),
  );
  return distinct.size === 1 ? ([...distinct.values()][0] as SectionLabel) : null;
}

/** "… Điều 6 Luật BHXH", "khoản 2 Điều 1 QĐ 53/2010": the kind and number of the text a label is written of. */
const OWNER =
  /^\s*,?\s*(?:cua\s+)?(luat|bo luat|hien phap|nd|nghi dinh|ttlt|tt|thong tu(?: lien tich)?|qd|quyet dinh|pl|phap lenh|nq|nghi quyet|vbhn|van ban hop nhat|cv|cong van)\b\s*(?:so\s*)?(\d+)?/;

/**
 * Whether the label is written of another text than the document numbered `number` ("Điều 6 Luật BHXH" asked with
 * NĐ 23/2012 named): a law by its name, or a kind with another number.
 *
 * @example
 * writtenOfAnother(sectionLabel("khoản 2 Điều 1 QĐ 53/2010 …"), "40/2011/QĐ-TTg") // true
 */
export function writtenOfAnother(label: SectionLabel, number: string): boolean {
  const m = OWNER.exec(label.after);
  if (!m) return false;
  if (/^(?:luat|bo luat|hien phap)$/.test(m[1] as string)) return true;
  return m[2] !== undefined && !startsWithNumber(number, m[2]);
}

/**
 * Whether the question names the document numbered `number` right after the label, as the text it is written of:
 * "điểm g khoản 2 Điều 1 VBHN 836 …" is written of 836/VBHN-BLĐTBXH.
 *
 * @example
 * writtenOf(sectionLabel("Điều 1 VBHN 836 … theo QĐ 40/2011 …"), "836/VBHN-BLĐTBXH") // true
 */
export function writtenOf(label: SectionLabel, number: string): boolean {
  const owner = OWNER.exec(label.after)?.[2];
  return owner !== undefined && startsWithNumber(number, owner);
}

/** Whether a document's number (as written) is the bare number typed: "836/VBHN-BLĐTBXH" with "836". */
const startsWithNumber = (number: string, typed: string) =>
  namesNumber(fold(normalize(number)).toLowerCase(), typed);

/** A passage's path split into its numbered levels: "kem1.dieu12.4.đ-d2" → ["dieu12", "4", "đ"]. */
function levelsOf(path: string): string[] {
  return path
    .replace(/^kem\d+\./u, "")
    .replace(/[-~].*$/u, "")
    .split(".");
}

export type SectionLookup<P extends Passage = Passage> =
  | { found: true; passages: P[] }
  /** The document numbers sections of that kind at `depth`, but not this one: `siblings` are those it has. */
  | { found: false; depth: number; siblings: string[] };

/** "dieu5" → "dieu", "plIV" → "pl", "III" → "roman", "2" → "num", "b" → "letter", "phanII" → "phan". */
function kindOf(level: string): string {
  if (/^\d+$/u.test(level)) return "num";
  if (/^[IVXL]+$/u.test(level)) return "roman";
  if (/^[a-zđ]$/u.test(level)) return "letter";
  return level.replace(/(?:\d+|[IVXL]+)$/u, "");
}

/**
 * The passages of a document under the section named, or the level at which it is missing. Null when the document
 * does not number that kind of section at all (a letter asked for "Điều 5" may mean another text's article), or not
 * at the level asked (an article without numbered clauses is all of its "khoản 1").
 *
 * @example
 * lookUpSection(passagesOf("102-2018-nd-cp"), sectionLabel("nd 102 dieu 13 …")) // { found: false, depth: 0, … }
 */
export function lookUpSection<P extends Passage>(
  passages: readonly P[],
  label: SectionLabel,
): SectionLookup<P> | null {
  let inside = passages.map((p) => ({ p, levels: levelsOf(p.path) }));
  for (const [depth, alternatives] of label.levels.entries()) {
    const wanted = new Set(alternatives.map(kindOf));
    const siblings = [
      ...new Set(inside.map((x) => x.levels[depth]).filter((l): l is string => !!l && wanted.has(kindOf(l)))),
    ];
    if (siblings.length === 0) return null;
    const next = inside.filter((x) => alternatives.includes(x.levels[depth] ?? ""));
    if (next.length === 0) return { found: false, depth, siblings };
    inside = next;
  }
  return { found: true, passages: inside.map((x) => x.p) };
}

const UNIT: Record<string, string> = {
  dieu: "Điều",
  pl: "Phụ lục",
  num: "khoản",
  letter: "điểm",
  roman: "mục",
  phan: "Phần",
  muc: "Mục",
};

/**
 * What the document has where the section asked is missing, to say with the refusal.
 *
 * @example
 * missingSection(label, { found: false, depth: 0, siblings: ["dieu1", …, "dieu12"] })
 * // "không có Điều 13 (văn bản có Điều 1 đến Điều 12)"
 */
export function missingSection(label: SectionLabel, lookup: { depth: number; siblings: string[] }): string {
  const item = label.text.startsWith("mục ");
  // "mục III.1" is numbered from its parent "III"; "khoản 2 Điều 5" names its parent after it.
  const parents = label.levels.slice(0, lookup.depth).map((l) => (l[0] as string).replace(/^phan/u, ""));
  const shown = lookup.siblings.map((s) => {
    if (item) return `mục ${[...parents, s.replace(/^(?:phan|muc)/u, "")].join(".")}`;
    const kind = kindOf(s);
    return `${UNIT[kind] ?? ""} ${s.replace(/^(?:dieu|pl|phan|muc)/u, "")}`.trim();
  });
  const has = shown.length > 2 ? `${shown[0]} đến ${shown.at(-1)}` : shown.join(", ");
  const words = label.text.split(" ");
  const scope =
    lookup.depth === 0
      ? "văn bản"
      : item
        ? `mục ${parents.join(".")}`
        : words.slice(2 * (label.levels.length - lookup.depth)).join(" ");
  return `không có ${label.text} (${scope} có ${has})`;
}

/** "… được quy định ở điều nào?", "nằm ở phụ lục nào", "điều nào quy định …" (folded); "mục" only as written. */
const WHICH_SECTION =
  /\b(?:o|tai|trong|thuoc) (dieu|khoan|phan|phu luc|chuong|diem) (?:nao|may|so may)\b|\b(dieu|khoan|phu luc|chuong) (?:nao|may) (?:quy dinh|noi|neu|ghi|huong dan)\b|\bquy dinh o (dau)\b/;
/** "ở mục nào": "mức nào" folds the same, so the word must be written "mục". */
const WHICH_ITEM =
  /(?:ở|tại|trong|thuộc) (mục) (?:nào|mấy)(?!\p{L})|(?<!\p{L})(mục) nào (?:quy định|nói|nêu|ghi)/u;
const KIND_WRITTEN: Record<string, RegExp> = {
  dieu: /(?<!\p{L})Điều\s+\d/iu,
  khoan: /(?<!\p{L})khoản\s+\d/iu,
  "phu luc": /(?<!\p{L})Phụ lục\s+(?:số\s+)?[\dIVXL]/iu,
  chuong: /(?<!\p{L})Chương\s+[\dIVXL]/iu,
  phan: /(?<!\p{L})Phần\s+[\dIVXL]/iu,
  diem: /(?<!\p{L})điểm\s+[a-zđ](?!\p{L})/iu,
  mục: /(?<!\p{L})mục\s+[\dIVXL]/iu,
  dau: /(?<!\p{L})(?:Điều|khoản|Phụ lục|Chương|Phần|mục)\s+[\dIVXL]/iu,
};

/**
 * What a question asks the place of: "… được quy định ở điều nào?", "bảng … nằm ở phụ lục nào?", "Điều nào quy định
 * …?". A pattern that finds that kind of label in a text ("Phụ lục III"), or null when it asks no place.
 *
 * @example
 * whichSection("Các hành vi bị nghiêm cấm được quy định ở điều nào?")?.test("tại Điều 7") // true
 * whichSection("Thương binh được hưởng ở mức nào?") // null
 */
export function whichSection(question: string): RegExp | null {
  const written = normalize(question).toLowerCase();
  const m = WHICH_SECTION.exec(fold(written)) ?? WHICH_ITEM.exec(written);
  const kind = m?.slice(1).find(Boolean);
  return kind ? (KIND_WRITTEN[kind] ?? null) : null;
}

/**
 * The title of the outermost numbered section a passage is in, without its number, footnotes or "(Kèm theo …)".
 *
 * @example
 * sectionTitle("Điều 4, khoản 1", ["Chương I. QUY ĐỊNH CHUNG", "Điều 4. Hồ sơ giải quyết chế độ mai táng phí"])
 * // "Hồ sơ giải quyết chế độ mai táng phí"
 */
export function sectionTitle(section: string, headings: readonly string[]): string {
  const head = (section.split(",")[0] ?? "").toLowerCase();
  const heading =
    headings.find((h) => h.toLowerCase().startsWith(`${head}.`) || h.toLowerCase() === head) ?? "";
  return heading
    .slice(head.length)
    .replace(/^\s*[.:]\s*/u, "")
    .replace(/\s*[[(].*$/su, "")
    .slice(0, 120);
}
