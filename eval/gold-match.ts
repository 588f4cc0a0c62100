/**
 * Gold passages of the development set are given by a verbatim quote, not by passage id, because passage ids
 * change as the parser improves. This file decides which passages of an index a quote points to.
 */

/** Share of a quote a passage must hold when the quote spans a passage boundary. */
export const BOUNDARY_SHARE = 0.6;

/**
 * The form quotes and passages are compared in: NFC, HTML tags and Markdown markers `*` and `|` removed, the national motto and
 * rule lines removed (the header passage leaves them out), whitespace collapsed, lower case.
 *
 * @example
 * normalizeForMatch("| Số: **12/2012/QĐ-UBND** |") // "số: 12/2012/qđ-ubnd"
 */
export function normalizeForMatch(text: string): string {
  return (
    text
      .normalize("NFC")
      // A quote copied with a transcription's HTML ("<strong>Trần Sỹ Thanh</strong>"), which the parser blanks.
      .replace(/<\/?[a-z][^<>]*>/giu, " ")
      .replace(/[*|]/g, " ")
      .toLowerCase()
      .replace(MOTTO, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** The national motto and the rules under it, which the parser leaves out of the header passage. */
const MOTTO = /cộng hòa xã hội chủ nghĩa việt nam|độc lập\s*-\s*tự do\s*-\s*hạnh phúc|-{3,}|_{3,}/gu;

/** A list item's number or bullet at the start of a quote (normalised): "4. ", "b) ", "ii. ", "- ", "+ ". */
const LIST_MARKER = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[ivx]{1,4})[.)]|[-+•–])\s+/u;

/** The passage (normalised) holds the whole quote (normalised). */
export const containsQuote = (normalizedPassage: string, normalizedQuote: string) =>
  normalizedQuote.length > 0 && normalizedPassage.includes(normalizedQuote);

/**
 * The passage (normalised) holds an unbroken piece of at least {@link BOUNDARY_SHARE} of the quote (normalised):
 * what a passage keeps of a quote that runs over its start or end.
 */
export function holdsShareOfQuote(normalizedPassage: string, normalizedQuote: string): boolean {
  if (!normalizedQuote) return false;
  const length = Math.ceil(normalizedQuote.length * BOUNDARY_SHARE);
  for (let start = 0; start + length <= normalizedQuote.length; start++)
    if (normalizedPassage.includes(normalizedQuote.slice(start, start + length))) return true;
  return false;
}

/**
 * The cell values of a table-row passage ("Đối tượng: … | Trợ cấp: …"), without their column labels, joined
 * and normalised: what a quote spanning the cells of the row was copied from.
 *
 * @example
 * rowValues("Đối tượng: Bà mẹ Việt Nam anh hùng | Trợ cấp: 4.872.000") // "bà mẹ việt nam anh hùng 4.872.000"
 */
export function rowValues(passageText: string): string {
  const cells = passageText.split(" | ");
  if (cells.length < 2) return "";
  return normalizeForMatch(cells.map((cell) => cell.replace(/^[^:]{1,80}:\s/u, "")).join(" "));
}

/** The ids among `ids` whose path ends at the item `marker` numbers ("2." → "…#III.2") or at a bullet's "ý", else all. */
function numbered(ids: string[], marker: string): string[] {
  const n = /^(\d{1,2}(?:\.\d{1,2})*)/.exec(marker.trim())?.[1];
  // A bullet ("- ", "+ ") opens an "ý" of its item: "…#I.2-y3".
  const bullet = /^[-+•–]$/.test(marker.trim());
  const hits = n
    ? ids.filter((id) => id.endsWith(`.${n}`) || id.endsWith(`#${n}`))
    : bullet
      ? ids.filter((id) => /-y\d+$/.test(id))
      : [];
  return hits.length > 0 ? hits : ids;
}

/** A quote without the bare whole numbers of counter cells: "41 61% 4.016.000 61 81%" → "61% 4.016.000 81%". */
const withoutCounters = (normalizedQuote: string) =>
  normalizedQuote
    .split(" ")
    .filter((word) => !/^\d{1,3}$/.test(word))
    .join(" ");

export interface MatchablePassage {
  id: string;
  documentId: string;
  text: string;
  /** Titles or lead sentences of the enclosing items ("1.2. Mức chi … bao gồm:"), when the parser keeps them. */
  headings?: readonly string[];
}

/**
 * Resolves gold quotes to passage ids, once per index. The passages of the quote's document that count, by the
 * first rule that finds any:
 * 1. those whose text contains the whole quote, or opens with it when the quote keeps the item's number or bullet;
 * 2. those whose headings do: a quoted lead sentence ("1.2. Mức chi … bao gồm:") that the parser keeps as the
 *    heading of the items under it;
 * 3. the quote spans the cells of a table row: those whose cell values, without the column labels, hold it;
 * 4. the quote spans a passage boundary: those whose text holds ≥ 60 % of it.
 * Rule 4 is deliberately a last resort: 60 % of a short quote is often a common phrase ("Bộ Lao động - Thương
 * binh và Xã hội") that many passages share.
 *
 * @example
 * const gold = new QuoteResolver(app.index.passages);
 * gold.resolve("2403-2009-ttg-kgvx", "Bộ Quốc phòng chủ trì, phối hợp với Bộ Lao động") // ["2403-2009-ttg-kgvx#2"]
 */
export class QuoteResolver {
  private readonly byDocument = new Map<
    string,
    { id: string; text: string; headings: string; values: string }[]
  >();
  private readonly cache = new Map<string, string[]>();

  constructor(passages: Iterable<MatchablePassage>) {
    for (const p of passages) {
      const list = this.byDocument.get(p.documentId) ?? [];
      list.push({
        id: p.id,
        text: normalizeForMatch(p.text),
        headings: (p.headings ?? []).map(normalizeForMatch).join("\n"),
        values: rowValues(p.text),
      });
      this.byDocument.set(p.documentId, list);
    }
  }

  /** The ids of the passages of `documentId` that the quote points to; [] when it points nowhere. */
  resolve(documentId: string | undefined, quote: string): string[] {
    const key = `${documentId}\u0000${quote}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const q = normalizeForMatch(quote);
    const passages = (documentId && this.byDocument.get(documentId)) || [];
    const unnumbered = q.replace(LIST_MARKER, "");
    const rules = [
      (p: (typeof passages)[number]) => containsQuote(p.text, q),
      // "4. Người sử dụng tài liệu lưu trữ … phải có" copied with its number opens the passage the parser read without
      // it; the item's later paragraphs only carry that line as their heading.
      (p: (typeof passages)[number]) => unnumbered !== q && p.text.startsWith(unnumbered),
      (p: (typeof passages)[number]) => containsQuote(p.headings, q),
      // The parser drops a row's counter cells ("| 41 | 61% | 5.450.000 | 61 | 81% | 7.240.000 |"); a quote copied
      // from the line keeps them.
      (p: (typeof passages)[number]) =>
        containsQuote(p.values, q) ||
        containsQuote(p.values, withoutCounters(q)) ||
        // A counter dropped from the row and a small figure kept in it ("| 21 | Răng giả | 05 năm | 1.110.000 |").
        containsQuote(withoutCounters(p.values), withoutCounters(q)),
      (p: (typeof passages)[number]) => holdsShareOfQuote(p.text, q),
    ];
    let ids: string[] = [];
    for (const [i, rule] of rules.entries()) {
      ids = passages.filter(rule).map((p) => p.id);
      // Several items open alike ("1. Các sở, ban, ngành …" and "2. Các sở, ban, ngành …"): the quote's number picks.
      if (i === 1 && ids.length > 1) ids = numbered(ids, q.slice(0, q.length - unnumbered.length));
      if (ids.length) break;
    }
    this.cache.set(key, ids);
    return ids;
  }
}
