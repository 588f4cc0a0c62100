import type { PassageIndex, SearchResult } from "../search/passage-index.ts";
import { analyze } from "../search/vietnamese-analyzer.ts";
import type { Answer, Citation } from "./answer.ts";
import { REFUSAL_TEXT } from "./answer.ts";
import { DATE_PATTERN, detectIntent, FIGURE_PATTERN, UNIT_PATTERN } from "./question-intent.ts";
import { coverage, looksLikeInjection, topicTerms, unknownDocumentNumber } from "./refusal-gate.ts";
import { splitSentences } from "./sentences.ts";

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

interface Candidate {
  result: SearchResult;
  rank: number;
  sentence: string;
  position: number;
  score: number;
}

/**
 * The offline answerer: quotes the sentences of the best passages that answer the question, each followed by
 * its citation marker, and refuses when the corpus does not cover the question. It never writes a fact of its
 * own, so deadlines, units and figures are always verbatim.
 *
 * @example
 * const answer = await new ExtractiveAnswerer(index).answer("Hạn rà soát quy hoạch cán bộ trẻ?");
 */
export class ExtractiveAnswerer {
  constructor(
    private readonly index: PassageIndex,
    private readonly options: ExtractiveOptions = DEFAULT_EXTRACTIVE,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async answer(question: string, k = this.options.k): Promise<Answer> {
    const started = this.now();
    const results = await this.index.search(question, Math.max(k, this.options.maxPassages));
    const terms = topicTerms(question);
    const lexical = this.index.lexical;
    const done = (answer: string, citations: Citation[]): Answer => ({
      question,
      answer,
      refused: citations.length === 0,
      mode: "extractive",
      citations,
      ms: Math.round((this.now() - started) * 10) / 10,
    });
    const contextText = (r: SearchResult) =>
      [r.document.title, ...r.passage.headings, r.passage.text].join("\n");
    const best = Math.max(0, ...results.slice(0, 3).map((r) => coverage(lexical, terms, contextText(r))));
    const refuse =
      results.length === 0 ||
      looksLikeInjection(question) ||
      unknownDocumentNumber(lexical, terms) !== null ||
      best < this.options.minCoverage;
    if (refuse) {
      return done(REFUSAL_TEXT, []);
    }
    const chosen = this.selectSentences(question, terms, results.slice(0, k));
    const citations: Citation[] = [];
    const paragraphs: string[] = [];
    for (const [result, sentences] of chosen) {
      const n = citations.length + 1;
      citations.push({
        n,
        passageId: result.passage.id,
        documentId: result.document.id,
        documentTitle: result.document.title,
        section: result.passage.section,
        text: result.passage.text,
        score: Math.round(result.lexical * 1000) / 1000,
      });
      paragraphs.push(sentences.map((s) => `${s} [${n}]`).join(" "));
    }
    return done(paragraphs.join("\n\n"), citations);
  }

  /** Scores every sentence of the retrieved passages; returns the kept ones grouped by passage, best first. */
  private selectSentences(question: string, terms: string[], results: SearchResult[]) {
    const intent = detectIntent(question);
    const lexical = this.index.lexical;
    const weights = new Map(terms.map((t) => [t, lexical.idf(t) || 1]));
    const total = [...weights.values()].reduce((s, w) => s + w, 0) || 1;
    const candidates: Candidate[] = [];
    results.forEach((result, rank) => {
      splitSentences(result.passage.text).forEach((sentence, position) => {
        const present = new Set(analyze(sentence, { accents: false }));
        let score = 0;
        for (const [term, weight] of weights) if (present.has(term)) score += weight;
        score /= total;
        if (intent.deadline && DATE_PATTERN.test(sentence)) score += 0.2;
        if (intent.responsible && UNIT_PATTERN.test(sentence)) score += 0.15;
        if (intent.figure && FIGURE_PATTERN.test(sentence)) score += 0.15;
        score += 0.12 / (rank + 1);
        candidates.push({ result, rank, sentence, position, score });
      });
    });
    candidates.sort((a, b) => b.score - a.score);
    const top = candidates[0]?.score ?? 0;
    const kept = candidates
      .filter((c) => c.score >= top * this.options.keepRatio)
      .slice(0, this.options.maxSentences);
    const byPassage = new Map<SearchResult, Candidate[]>();
    for (const c of kept) {
      if (!byPassage.has(c.result) && byPassage.size >= this.options.maxPassages) continue;
      byPassage.set(c.result, [...(byPassage.get(c.result) ?? []), c]);
    }
    return [...byPassage].map(
      ([result, list]) =>
        [result, list.sort((a, b) => a.position - b.position).map((c) => c.sentence)] as const,
    );
  }
}
