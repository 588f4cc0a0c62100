/**
 * An execution clause: "Chánh Văn phòng …; Giám đốc các Sở: …; Chủ tịch … chịu trách nhiệm thi hành Quyết định này".
 * Its parties, split by "; " and each opening with a capital, share the one predicate at the end.
 */
const SHARED_PREDICATE = /\b(?:chịu|có) trách nhiệm (?:thi hành|thực hiện)\b/u;
/** A party of such a list is a name, not a sentence of its own. */
const PARTY_WORDS = 25;

/**
 * Splits Vietnamese text into sentences at ". ", "! ", "? " and "; " when the next word starts a new sentence
 * (capital letter, digit or quote). Semicolon-separated clauses in lower case stay together, as in the source; so do
 * the parties of an execution clause, which have no predicate of their own.
 *
 * @example
 * splitSentences("Một. Hai; ba. Bốn") // ["Một.", "Hai; ba.", "Bốn"]
 * splitSentences("Chánh Văn phòng; Giám đốc Sở Y tế chịu trách nhiệm thi hành.") // one sentence
 */
export function splitSentences(text: string): string[] {
  return joinParties(splitClauses(text));
}

/**
 * Sentences cut at each "; " with the parties of an execution clause joined back to the predicate they share.
 *
 * @example
 * joinParties(["Chánh Văn phòng;", "Giám đốc Sở Y tế chịu trách nhiệm thi hành."]) // one sentence
 */
export function joinParties(parts: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const part of parts) {
    // Markers a quote carries after the ";" ("… Thành phố; [1]") do not end the party.
    const bare = part.replace(/(?:\s*\[\d+(?:\s*,\s*\d+)*\])+$/u, "");
    const party = bare.endsWith(";") && bare.split(/\s+/).length <= PARTY_WORDS;
    if (party) {
      run.push(part);
      continue;
    }
    if (run.length > 0 && SHARED_PREDICATE.test(part)) out.push([...run, part].join(" "));
    else out.push(...run, part);
    run = [];
  }
  return [...out, ...run];
}

/**
 * A sentence's end before a capital, digit or quote; not a signature's capacity ("TM.", "TL.", "KT.", "TUQ."), which
 * begins the block "TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG … Ngô Văn Độ" and ends no sentence.
 */
export const SENTENCE_END = /(?<=[.!?;…])(?<!(?<![\p{L}])(?:TM|TL|KT|TUQ)\.)\s+(?=[\p{Lu}\d“"(])/u;

/**
 * An item's title run into its body when a crawl flattened the page ("Nghiệm thu số lượng, chất lượng hồ sơ Căn cứ kết
 * quả biểu quyết …, Bộ trưởng … xem xét"): a clause opener that only opens a sentence, capitalised after a lower-case
 * word with no stop between; so is a category of bodies bound by a duty ("Sử dụng cơ sở dữ liệu quốc gia về dân cư Cơ
 * quan thuế có trách nhiệm …"), which mid-sentence is written in lower case.
 */
const RUN_IN_TITLE_END =
  /(?<=\p{Ll})\s+(?=(?:Căn cứ|Sau khi|Trước khi|Khi|Trường hợp|Trong trường hợp|Đối với|Nếu|Trên cơ sở|Kể từ|(?:Cơ quan|Đơn vị|Tổ chức|Cá nhân|Doanh nghiệp)\s\p{Ll}+\s(?:\p{Ll}+\s){0,4}?(?:có trách nhiệm|phải|chịu trách nhiệm))\s)/u;

/**
 * The text cut at every ". ", "! ", "? " and "; " before a capital, digit or quote, parties of a list apart: for the
 * obligation extractor, which joins a list of parties by its own reading of them.
 *
 * @example
 * splitClauses("Chánh Văn phòng; Giám đốc Sở Y tế chịu trách nhiệm thi hành.") // two clauses
 * splitClauses("Nghiệm thu hồ sơ Căn cứ kết quả, Bộ trưởng quyết định.") // the title, then its body
 */
export function splitClauses(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(SENTENCE_END).flatMap((p) => p.split(RUN_IN_TITLE_END))) {
    const piece = part.trim();
    if (!piece) continue;
    // "… Quy chế (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp … tham mưu).": no clause
    // ends inside brackets.
    const last = out.at(-1);
    if (last !== undefined && bracketDepth(last) > 0) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * How many round brackets are still open at the end of a text (a stray ")" closes nothing): the one measure of "inside
 * brackets" for sentences, party lists and clauses.
 *
 * @example
 * bracketDepth("Sở Tài chính (Cục Người có công, Vụ") // 1
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
  }
  return depth;
}
