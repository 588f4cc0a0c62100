/**
 * "CV 2638 căn cứ TT 38/2019 của BTC, TT đó ngày nào?": officers name a text by number and year, without its symbol.
 * When the corpus does not hold that text but its passages cite it with a symbol ("Thông tư số 38/2019/TT-BTC"),
 * the typed number is that citation: the search indexes numbers whole, so only the full form finds the passages
 * that cite it.
 */
import type { DocumentMeta } from "../corpus/types.ts";
import { fold, normalize } from "../language/vietnamese-text.ts";
import { NUMBER } from "../search/vietnamese-analyzer.ts";
import { documentsNamed, questionEntities } from "./question-entities.ts";

/**
 * A number with its year and symbol, as passages cite it (normalised: lower case) and the search keeps it whole:
 * "38/2019/tt-btc", "84/2005/ttlt/btc-blđtbxh".
 */
const CITED = /(?<![\p{L}\p{N}/.-])(\d{1,5}\/(?:19|20)\d{2})\/\p{L}[\p{L}\p{N}]*(?:[/-][\p{L}\p{N}]+)*/gu;

/**
 * The numbers cited with a symbol in a corpus, by number and year, folded as the search indexes them.
 *
 * @example
 * citedNumbers(["Căn cứ Thông tư số 38/2019/TT-BTC"]) // Map { "38/2019" => Set { "38/2019/tt-btc" } }
 */
export function citedNumbers(texts: Iterable<string>): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const text of texts)
    for (const m of normalize(text).matchAll(CITED)) {
      const [whole, bare] = m as unknown as [string, string];
      const forms = found.get(bare) ?? new Set<string>();
      forms.add(fold(whole));
      found.set(bare, forms);
    }
  return found;
}

/**
 * The full forms of the numbers a question types as number and year ("TT 38/2019"), for those that name no document
 * of the corpus (nor one a consolidated text answers to) and that the corpus cites as exactly one text. The search
 * adds them to the query; the question itself, and what it names, stay as typed.
 *
 * @example
 * citedForms("TT 38/2019 ngày nào?", cited, documents) // [{ typed: "38/2019", full: "38/2019/tt-btc" }]
 */
export function citedForms(
  question: string,
  cited: ReadonlyMap<string, ReadonlySet<string>>,
  documents: Iterable<DocumentMeta>,
  aliases?: (doc: DocumentMeta) => string[],
): { typed: string; full: string }[] {
  const docs = [...documents];
  return questionEntities(question).bareNumbers.flatMap((typed) => {
    const forms = cited.get(typed);
    if (!typed.includes("/") || forms?.size !== 1) return [];
    const named = documentsNamed({ numbers: [], bareNumbers: [typed], kinds: [] }, docs, aliases);
    return named.length > 0 ? [] : [...forms].map((full) => ({ typed, full }));
  });
}

/**
 * Query terms with each number typed as number and year replaced by its full form: a passage that cites the text
 * covers the number asked about.
 *
 * @example
 * withCitedTerms(["n38/2019", "ungay"], [{ typed: "38/2019", full: "38/2019/tt-btc" }]) // ["n38/2019/tt-btc", "ungay"]
 */
export function withCitedTerms(
  terms: readonly string[],
  cited: readonly { typed: string; full: string }[],
): string[] {
  return terms.map((t) => {
    const found = t.startsWith(NUMBER) ? cited.find((c) => c.typed === t.slice(1)) : undefined;
    return found ? NUMBER + found.full : t;
  });
}
