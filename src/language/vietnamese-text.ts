/**
 * Vietnamese text in comparable form: NFC and lower case, and folded (no diacritics, đ→d) for questions typed
 * without accents. The lowest layer: corpus, search and answers all compare text this way.
 */

const COMBINING_MARKS = /\p{M}/gu;
/** Single characters already folded (bounded). */
const foldedChars = new Map<string, string>();

/** Lower-cases and NFC-normalises; the canonical form of every stored text. */
export function normalize(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

/**
 * Removes Vietnamese diacritics and maps đ→d.
 *
 * @example
 * fold("Hạn chót rà soát") // "han chot ra soat"
 */
export function fold(text: string): string {
  if (isAscii(text)) return text;
  // Callers fold character by character (to keep offsets): memoise single characters, exactly as computed below.
  if (text.length > 2) return foldText(text);
  let folded = foldedChars.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    if (foldedChars.size < 8192) foldedChars.set(text, folded);
  }
  return folded;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A syllable's spelling with its tone moved to the end, so "hoá" and "hóa" (old and new tone placement) agree while
 * "hỏa" and "hóa" do not.
 *
 * @example
 * toneKey("hoá") === toneKey("hóa") // true
 */
export function toneKey(syllable: string): string {
  const decomposed = syllable.normalize("NFD");
  const tone = decomposed.match(TONE_MARKS)?.[0] ?? "";
  return decomposed.replace(TONE_MARKS, "").normalize("NFC") + tone;
}

/** True when the syllable carries one of the five tone marks (not only "â", "ơ" or "đ"). */
export function hasTone(syllable: string): boolean {
  return syllable.normalize("NFD").search(TONE_MARKS) >= 0;
}

/** A folded Vietnamese syllable: an onset, one vowel group and a coda. "tnxp" and "ubnd" are not syllables. */
const SYLLABLE =
  /^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/**
 * Whether a folded word can be a Vietnamese syllable; an abbreviation ("tnxp", "ldtbxh") cannot.
 *
 * @example
 * isSyllable("nguyen") // true
 * isSyllable("bhxh") // false
 */
export const isSyllable = (word: string): boolean => SYLLABLE.test(word);

/**
 * Whether an abbreviation is the initials of a run of consecutive words, all folded: "tnxp" of "thanh nien xung
 * phong". A token of punctuation or digits in the list breaks a run.
 *
 * @example
 * abbreviates("tnxp", ["cac", "thanh", "nien", "xung", "phong"]) // true
 */
export function abbreviates(abbreviation: string, words: readonly string[]): boolean {
  if (abbreviation.length < 2) return false;
  const initials = words.map((w) => w[0] ?? " ").join("");
  return initials.includes(abbreviation);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}
