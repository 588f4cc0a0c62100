/**
 * Splits Vietnamese text into sentences at ". ", "! ", "? " and "; " when the next word starts a new sentence
 * (capital letter, digit or quote). Semicolon-separated clauses in lower case stay together, as in the source.
 *
 * @example
 * splitSentences("Một. Hai; ba. Bốn") // ["Một.", "Hai; ba.", "Bốn"]
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;…])\s+(?=[\p{Lu}\d“"(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
