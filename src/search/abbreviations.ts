import { fold, normalize } from "./vietnamese-analyzer.ts";

/** Words a question uses that are never abbreviations, though the corpus may not contain them. */
const QUESTION_WORDS = new Set(
  "ai gi nao sao dau may khi chua khong ko k roi nhi a ha oi thi la va ma de cho nhe vay the".split(" "),
);
/** Shortest and longest abbreviation read, in letters (one per syllable): two letters fit too many phrases ("hn"). */
const MIN_LETTERS = 3;
const MAX_LETTERS = 7;
/** A phrase must occur this often, and this many times more often than the next phrase with the same initials. */
const MIN_COUNT = 3;
/** Passages read per lookup at most. */
const SAMPLE = 10_000;
const DOMINANCE = 2;

/**
 * Expands the abbreviations officers type ("bhyt", "tnxp", "tphcm", "nstw") into the phrase of the corpus whose
 * syllables they are the initials of ("bao hiem y te", "thanh nien xung phong"). Nothing is listed by hand: a word
 * the index does not know is looked up among the phrases of the passages, and replaced only when one phrase of its
 * initials clearly dominates. Lookups are cached until the passages change.
 *
 * @example
 * const abbreviations = new Abbreviations(() => index.passages, (w) => index.lexical.idf(`u${w}`) > 0);
 * abbreviations.expand("tnxp co duoc huong bhyt khong") // "tnxp co duoc huong bao hiem y te khong"
 */
export class Abbreviations {
  private cache = new Map<string, string | null>();
  private source: unknown = null;

  constructor(
    /** The passages to read phrases from; a new array (a reload) empties the cache. */
    private readonly passages: () => readonly { text: string }[],
    /** Whether the corpus has this folded word: a known word is no abbreviation. */
    private readonly known: (word: string) => boolean,
  ) {}

  expand(question: string): string {
    const candidates = [
      ...new Set(
        fold(normalize(question))
          .toLowerCase()
          .match(/[a-z]+/g) ?? [],
      ),
    ].filter(
      (w) => w.length >= MIN_LETTERS && w.length <= MAX_LETTERS && !QUESTION_WORDS.has(w) && !this.known(w),
    );
    if (candidates.length === 0) return question;
    const passages = this.passages();
    if (passages !== this.source) [this.cache, this.source] = [new Map(), passages];
    const missing = candidates.filter((w) => !this.cache.has(w));
    if (missing.length > 0)
      for (const [word, phrase] of lookUp(passages, missing)) this.cache.set(word, phrase);
    let out = question;
    for (const word of candidates) {
      const phrase = this.cache.get(word);
      if (phrase)
        out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "giu"), phrase);
    }
    return out;
  }
}

/**
 * The initials an abbreviation stands for, as folded syllables begin: "w" is the "ư" of Telex typing ("TW" is "Trung
 * ương", "nstw" is "ngân sách trung ương"), which folds to "u".
 */
export const initialsOf = (word: string) => word.replace(/w/g, "u");

/** The dominant phrase of each word's initials in the texts, or null. */
function lookUp(passages: readonly { text: string }[], words: readonly string[]): Map<string, string | null> {
  const wanted = new Set(words.map(initialsOf));
  const lengths = new Set(words.map((w) => w.length));
  const counts = new Map<string, Map<string, number>>();
  // A large corpus is read through an even sample: a phrase frequent enough to own its initials shows in it, and a
  // lookup stays a fraction of a second at 100,000 passages.
  const stride = Math.max(1, Math.ceil(passages.length / SAMPLE));
  for (let at = 0; at < passages.length; at += stride) {
    const { text } = passages[at] as { text: string };
    // Phrases run between punctuation: an abbreviation never spans a comma or a full stop.
    for (const phrase of fold(normalize(text))
      .toLowerCase()
      .split(/[^a-z0-9\s]+/)) {
      const syllables = phrase.split(/\s+/).filter(Boolean);
      for (const n of lengths)
        for (let i = 0; i + n <= syllables.length; i++) {
          let initials = "";
          for (let j = i; j < i + n; j++) initials += (syllables[j] as string)[0];
          if (!wanted.has(initials)) continue;
          const words = syllables.slice(i, i + n).join(" ");
          if (/\d/.test(words)) continue;
          const byPhrase = counts.get(initials) ?? new Map<string, number>();
          byPhrase.set(words, (byPhrase.get(words) ?? 0) + 1);
          counts.set(initials, byPhrase);
        }
    }
  }
  const out = new Map<string, string | null>();
  for (const word of words) {
    const ranked = [...(counts.get(initialsOf(word)) ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1],
    );
    const [best, next] = ranked;
    out.set(word, best && best[1] >= MIN_COUNT && best[1] >= DOMINANCE * (next?.[1] ?? 0) ? best[0] : null);
  }
  return out;
}
