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
