import type { DocumentMeta } from "../corpus/types.ts";
import { escapeRegExp } from "../language/escape-reg-exp.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { documentsNamed, documentsTitled, questionEntities } from "./question-entities.ts";
import { ASKING_CLAUSE } from "./question-proper.ts";

/** Texts cited by their name rather than their number: laws, codes, ordinances, treaties, conventions. */
const KIND = String.raw`(?:bộ luật|luật|pháp lệnh|hiệp định|công ước|bo luat|luat|phap lenh|hiep dinh|cong uoc)`;
/**
 * Words that end a name: a demonstrative, a verb or a question word after it ("Luật Cư trú đó có hiệu lực …"). Read
 * with their accents where typed: folded, "cũ" would end "Luật Cư trú" and "mới" "Luật Bảo vệ môi trường".
 */
const NAME_END = new Set(
  "đó này kia có được đã ký kí ban quy ngày số năm là thì vậy về của do mà nói hiệu từ khi kết thông ra sửa bổ hướng mới cũ hiện nay nào gì bao thuộc cho tại theo và".split(
    " ",
  ),
);
const NAME_END_FOLDED = new Set([...NAME_END].map((w) => fold(w)));
const endsName = (word: string) => {
  const lower = word.toLowerCase();
  return fold(lower) === lower ? NAME_END_FOLDED.has(lower) : NAME_END.has(lower);
};
/** What a question asks of a text itself: when it took effect, who signed it, when it was issued or passed. */
const ABOUT_ITSELF =
  /\b(?:(?:co )?hieu luc|(?:duoc )?(?:ky|ki|ban hanh|thong qua))\b(?=.*\b(?:ngay|nam|thang|khi|bao gio|ai|nao)\b)/;
/** Of those, what a text citing it gives too: "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015". */
const DATE_OF_ISSUE = /\b(?:ky|ki|ban hanh|thong qua)\b.*\b(?:ngay|nam|thang) nao\b/;
/** Another text named between the name and what is asked ("… Pháp lệnh NCC, NĐ này được ban hành …"), folded. */
const OTHER_TEXT =
  /\b(?:nd|nghi dinh|qd|quyet dinh|tt|thong tu|cv|cong van|van ban|vbhn|chi thi|nghi quyet|ke hoach|thong bao)\b/;

/**
 * The text a question asks about by its name ("Luật Cư trú", "Hiệp định Giơ-ne-vơ"), as written, when it asks when
 * that text took effect, was signed or issued, and none of `documents` is that text: the corpus only cites it, so
 * those facts are not there to quote. A day of issue that a citing passage writes after the name ("Căn cứ Luật … ngày
 * 19 tháng 6 năm 2015") is there, so that question is left to the passages. Null when no such text is asked about.
 *
 * @example
 * namedTextOutside("VBHN 836 có căn cứ Luật Cư trú; vậy Luật Cư trú đó có hiệu lực từ ngày nào?", docs, passages)
 * // "Luật Cư trú"
 */
export function namedTextOutside(
  question: string,
  documents: Iterable<DocumentMeta>,
  passages: readonly { text: string }[] = [],
): string | null {
  // As written (normalize would lower the case): the name is quoted back to the user.
  const text = question.normalize("NFC").replace(/\s+/g, " ");
  const asking = ASKING_CLAUSE.exec(text)?.[1] ?? text;
  const folded = fold(normalize(asking)).toLowerCase();
  const predicate = ABOUT_ITSELF.exec(folded);
  if (!predicate) return null;
  const found = nameIn(asking);
  if (!found) return null;
  const key = fold(normalize(found.name)).toLowerCase();
  // The name is what is asked about: no other text is named between it and the predicate.
  const between = fold(normalize(asking.slice(found.end))).toLowerCase();
  const gap = between.slice(0, Math.max(0, between.indexOf(predicate[0])));
  if (between.indexOf(predicate[0]) < 0 || OTHER_TEXT.test(gap)) return null;
  // A text of the corpus, named in full ("Luật Thanh niên") or by its kind and first words ("Pháp lệnh ưu đãi NCC"):
  // the passages answer.
  const docs = [...documents];
  if (documentsTitled(question, docs).length > 0) return null;
  const folds = (text: string) => fold(normalize(text)).toLowerCase();
  const kind = folds(found.kind);
  const opening = key.slice(kind.length).trim().split(" ").slice(0, 2).join(" ");
  if (docs.some((doc) => folds(doc.kind) === kind && folds(doc.title).includes(opening))) return null;
  // "KH 7360 … triển khai Luật Tiêu chuẩn … gửi bộ nào?": a text the title of the document named by its number
  // carries out is that document's topic, not another source.
  const numbered = documentsNamed(
    questionEntities(question),
    docs.filter((doc) => doc.number),
    () => [],
  );
  if (numbered.some((doc) => folds(doc.title).includes(opening))) return null;
  if (DATE_OF_ISSUE.test(folded) && !/hieu luc/.test(folded)) {
    // Its kind and first words, then a day within a few words: "luat to chuc hoi dong nhan dan … ngay 26 thang 11 nam
    // 2003". A word typed as an abbreviation ("Luật NSNN") stands for the syllables of its initials.
    const head = found.name
      .slice(found.kind.length)
      .trim()
      .split(/\s+/)
      .slice(0, 2)
      .map((word) =>
        /^[A-ZĐ]{2,}$/u.test(word)
          ? [...folds(word)].map((initial) => `${initial}[a-z]*`).join(" ")
          : escapeRegExp(folds(word)),
      );
    const dated = new RegExp(`\\b${[kind, ...head].join(" ")}\\b[^.;]{0,120}?\\bngay \\d`);
    if (passages.some((p) => dated.test(fold(normalize(p.text)).toLowerCase()))) return null;
  }
  return found.name;
}

/** The first "<kind> <name>" in the text, the name read up to a word that ends it; none when a number follows. */
function nameIn(text: string): { name: string; kind: string; end: number } | null {
  // "pháp luật" is the law in general, not a text.
  const kind = new RegExp(String.raw`(?<![\p{L}])(?<!pháp |phap )${KIND}(?![\p{L}])`, "iu").exec(text);
  if (!kind) return null;
  const start = kind.index + kind[0].length;
  const name: string[] = [];
  let end = start;
  for (const word of text.slice(start).matchAll(/\S+/gu)) {
    const bare = word[0].replace(/[,.;:?!()“”"]+$/u, "");
    if (endsName(bare) || /\d/.test(bare) || name.length === 6) break;
    name.push(bare);
    end = start + (word.index ?? 0) + bare.length;
    if (bare !== word[0]) break;
  }
  return name.length > 0 ? { name: `${kind[0]} ${name.join(" ")}`, kind: kind[0], end } : null;
}
