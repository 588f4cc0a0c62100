/**
 * One pass over normalised text that finds what the analyzer turns into terms — document numbers, words and the
 * phrase breaks bigrams must not cross — with a character-class table instead of regular-expression iterators:
 * indexing calls it for every passage, so it allocates nothing but the words themselves. It finds exactly what
 * the analyzer's regular expressions define (test/search/term-scanner.test.ts checks it against them).
 */
import { fold, normalize } from "../language/vietnamese-text.ts";

/** What {@link visitTerms} reports, in text order: numbers first, then each kept word. */
export interface TermVisitor {
  /** A document number or date kept whole, folded ("20-nq/tu"): letters/digits joined by "/" or "-", with a digit. */
  number(folded: string): void;
  /** A word (a run of letters and digits, lower case, NFC); `joined` when the previous kept word is in the same phrase. */
  word(word: string, joined: boolean): void;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const HAS_DIGIT = /\p{N}/u;
const ALNUM = 1;
/** Punctuation that ends a phrase: `[,.;:!?()[\]{}"“”‘’«»…\n\r\t]`. */
const BREAK = 2;
const SPACE = 4;
/** A dash between spaces also ends a phrase: `\s[-–—]\s`. */
const DASH = 8;
const CLASSES = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  CLASSES[c] = (LETTER_OR_DIGIT.test(ch) ? ALNUM : 0) | (/^\s$/u.test(ch) ? SPACE : 0);
}
for (const ch of ',.;:!?()[]{}"“”‘’«»…\n\r\t') CLASSES[ch.charCodeAt(0)] |= BREAK;
for (const ch of "-–—") CLASSES[ch.charCodeAt(0)] |= DASH;

/** Width (1 or 2 code units) of the letter or digit at `i`, 0 when there is none. */
function alnumAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return CLASSES[c] & ALNUM;
  const d = s.charCodeAt(i + 1);
  if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  return 0;
}

/** End of the run of letters and digits starting at `i`. */
function runEnd(s: string, i: number): number {
  let at = i;
  for (let w = alnumAt(s, at); w > 0; w = alnumAt(s, at)) at += w;
  return at;
}

/** Folded words, memoised: a corpus has a few thousand distinct syllables but millions of occurrences. */
const foldedWords = new Map<string, string>();
const FOLD_CACHE_LIMIT = 1 << 17;

/**
 * `fold` for a single word, memoised (bounded).
 *
 * @example
 * foldWord("hoạch") // "hoach"
 */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = fold(word);
    // A flood of distinct garbage words restarts the cache instead of growing it.
    if (foldedWords.size >= FOLD_CACHE_LIMIT) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * Reports the numbers and words of `text` (normalised first). Words whose folded form is a stopword are dropped and
 * break the phrase like punctuation does.
 *
 * @example
 * visitTerms("Quy hoạch, cán bộ", undefined, { number() {}, word: (w, joined) => console.log(w, joined) });
 * // quy false · hoạch true · cán false · bộ true
 */
export function visitTerms(
  text: string,
  stopwords: ReadonlySet<string> | undefined,
  visitor: TermVisitor,
): void {
  const s = normalize(text);
  const n = s.length;
  // Numbers: a greedy chain of runs joined by single "/" or "-" starts where a run starts.
  for (let i = 0; i < n; ) {
    if (!alnumAt(s, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = runEnd(s, i);
    let joins = 0;
    for (
      let c = s.charCodeAt(end);
      (c === 0x2f || c === 0x2d) && alnumAt(s, end + 1);
      c = s.charCodeAt(end)
    ) {
      end = runEnd(s, end + 1);
      joins++;
    }
    if (joins > 0) {
      const joined = s.slice(start, end);
      if (HAS_DIGIT.test(joined)) visitor.number(fold(joined));
    }
    i = end;
  }
  // Words: a bigram joins two kept words unless a phrase break lies between them.
  let joined = false;
  for (let i = 0; i < n; ) {
    if (alnumAt(s, i)) {
      const end = runEnd(s, i);
      const word = s.slice(i, end);
      i = end;
      if (stopwords?.has(foldWord(word))) {
        joined = false;
        continue;
      }
      visitor.word(word, joined);
      joined = true;
      continue;
    }
    const c = CLASSES[s.charCodeAt(i)];
    if (
      c & BREAK ||
      (c & DASH && CLASSES[s.charCodeAt(i - 1)] & SPACE && CLASSES[s.charCodeAt(i + 1)] & SPACE)
    )
      joined = false;
    i++;
  }
}
