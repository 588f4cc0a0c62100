import type { ScoredHit } from "./lexical-index.ts";
import { analyze, fold, normalize } from "./vietnamese-analyzer.ts";

export interface HeadingRerankOptions {
  /** Bonus, as a share of the best BM25 score, for a passage whose heading the question covers (squared coverage). */
  coverageWeight: number;
  /**
   * Coverage below this earns nothing: 0.4 gains ALQAC one more question but costs our own eval one (a conclusion's
   * heading "Đối với cán bộ, công chức cấp xã" half-matched "công tác cán bộ"); 0.5 costs nothing anywhere.
   */
  minCoverage: number;
  /** Bonus for a "Giải thích từ ngữ" passage when the question asks what something is. */
  definitionBoost: number;
  /** Bonus for a "Phạm vi điều chỉnh / Đối tượng áp dụng" passage when the question asks whom or what a text covers. */
  scopeBoost: number;
}

/** Tuned on the ALQAC questions (a plateau: 0.2–0.5 for the scope boost gives the same figures). */
export const DEFAULT_HEADING_RERANK: HeadingRerankOptions = {
  coverageWeight: 0.1,
  minCoverage: 0.5,
  definitionBoost: 0.2,
  scopeBoost: 0.3,
};

/** "… là gì?", "… được hiểu là…", or a statement "X là Y, đúng hay sai?" */
const ASKS_DEFINITION =
  /\b(?:la gi|dinh nghia|duoc hieu|nghia la|khai niem|la nhung|co cac yeu to)\b|^[^,?]{3,60}\bla\b[^?]{10,}\b(?:dung hay sai|dung khong)\b/;
const ASKS_SCOPE = /\b(?:ap dung (?:cho|doi voi)|doi tuong ap dung|pham vi dieu chinh|dieu chinh nhung)\b/;
const DEFINITIONS = /\bgiai thich tu ngu\b/;
const SCOPE = /\b(?:pham vi dieu chinh|doi tuong ap dung)\b/;

const plain = (text: string) => fold(normalize(text));

/**
 * Answer-oriented reranking of the lexical candidates by what a passage's heading says it is: a question that
 * names a heading ("quyền của bên cầm cố") prefers that article over its neighbours ("nghĩa vụ của bên cầm cố"),
 * "… là gì?" prefers the definitions article, "… áp dụng cho ai?" the scope article — the structure every
 * Vietnamese legal text shares. Conclusions' headings ("Tổ chức thực hiện") benefit from the coverage term too.
 *
 * @example
 * const rerank = new HeadingRerank(headings, (t) => bm25.idf(t)); rerank.apply("Tài sản bảo đảm là gì?", hits)
 */
export class HeadingRerank {
  private readonly terms: string[][];
  private readonly definitions: boolean[];
  private readonly scope: boolean[];
  private readonly idfCache = new WeakMap<string[], Float64Array>();

  constructor(
    headings: readonly string[],
    private readonly idf: (term: string) => number,
    private readonly options: HeadingRerankOptions = DEFAULT_HEADING_RERANK,
  ) {
    // Headings repeat ("Tổ chức thực hiện", "Giải thích từ ngữ"): each distinct one is analysed once and shared.
    const seen = new Map<string, string[]>();
    this.terms = headings.map((h) => {
      let terms = seen.get(h);
      if (terms === undefined) {
        terms = [...new Set(analyze(h, { accents: false }).filter((t) => t[0] === "u" || t[0] === "b"))];
        seen.set(h, terms);
      }
      return terms;
    });
    this.definitions = headings.map((h) => DEFINITIONS.test(plain(h)));
    this.scope = headings.map((h) => SCOPE.test(plain(h)));
  }

  /** A heading's term IDFs, looked up once per distinct heading (the index does not change under a rerank). */
  private idfsOf(terms: string[]): Float64Array {
    let idfs = this.idfCache.get(terms);
    if (idfs === undefined) {
      idfs = Float64Array.from(terms, (t) => this.idf(t));
      this.idfCache.set(terms, idfs);
    }
    return idfs;
  }

  apply(query: string, queryTerms: readonly string[], hits: readonly ScoredHit[]): ScoredHit[] {
    const top = hits[0]?.score ?? 0;
    if (top === 0) return [...hits];
    const asked = new Set(queryTerms);
    const folded = plain(query);
    const definition = ASKS_DEFINITION.test(folded);
    const scope = ASKS_SCOPE.test(folded);
    const { coverageWeight, minCoverage, definitionBoost, scopeBoost } = this.options;
    return hits
      .map((h) => {
        const terms = this.terms[h.index] ?? [];
        const idfs = this.idfsOf(terms);
        let total = 0;
        let covered = 0;
        for (let i = 0; i < terms.length; i++) {
          total += idfs[i];
          if (asked.has(terms[i])) covered += idfs[i];
        }
        const coverage = total > 0 ? covered / total : 0;
        let score = h.score + (coverage >= minCoverage ? coverageWeight * top * coverage * coverage : 0);
        if (definition && this.definitions[h.index]) score += definitionBoost * top;
        if (scope && this.scope[h.index]) score += scopeBoost * top;
        return { index: h.index, score };
      })
      .sort((a, b) => b.score - a.score || a.index - b.index);
  }
}
