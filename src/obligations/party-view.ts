/**
 * How the party grammar reads a text: lower-case NFC with modern tone placement, or folded when the text was typed
 * without diacritics, one character for one so that offsets found in the view are offsets in the original.
 */
import { fold, hasDiacritics } from "../search/vietnamese-analyzer.ts";

/**
 * Lower-cases and removes diacritics one character at a time, so offsets in the result are offsets in the
 * original NFC text: patterns run on the folded copy, slices come from the original.
 */
export function foldKeepingOffsets(text: string): string {
  // Fast path: folding the whole text keeps one character for one in all but exotic input.
  const whole = fold(text).toLowerCase();
  if (whole.length === text.length) return whole;
  let out = "";
  for (const char of text) {
    const folded = fold(char).toLowerCase();
    out += folded.length === char.length ? folded : char.toLowerCase();
  }
  return out;
}

/** Old-style tone placement ("uỷ", "hoà") written the modern way ("ủy", "hòa"), two characters for two. */
const OLD_TONES: Record<string, string> = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  oè: "òe",
  oé: "óe",
  oẻ: "ỏe",
  oẽ: "õe",
  oẹ: "ọe",
  uỳ: "ùy",
  uý: "úy",
  uỷ: "ủy",
  uỹ: "ũy",
  uỵ: "ụy",
};

/**
 * The text as the party grammar reads it, one character for one: lower-case NFC with modern tone placement; a
 * text typed without any diacritic is folded, and the grammar is folded with it, so "so tai chinh" still reads.
 */
export interface PartyView {
  text: string;
  folded: boolean;
  /** The text as written, for the few tests that need its capitals ("Vụ Pháp chế", a department; "vụ việc", a case). */
  source: string;
}

const views = new Map<string, PartyView>();
/** A precomposed Vietnamese letter (Latin-1 Supplement to Latin Extended Additional): the text has diacritics. */
const ACCENTED = /[\u00c0-\u1ef9]/;

export function partyView(text: string): PartyView {
  const cached = views.get(text);
  if (cached) return cached;
  const lower = text.toLowerCase();
  let view: PartyView;
  if (lower.length !== text.length) view = { text: foldKeepingOffsets(text), folded: true, source: text };
  else if (!ACCENTED.test(text) && !hasDiacritics(text)) view = { text: lower, folded: true, source: text };
  else
    view = {
      text: lower.replace(/(?<!q)[ou][àáảãạèéẻẽẹỳýỷỹỵ](?!\p{L})/gu, (m) => OLD_TONES[m] ?? m),
      folded: false,
      source: text,
    };
  if (views.size > 5000) views.clear();
  views.set(text, view);
  return view;
}

/** A pattern of the party grammar, written with diacritics, compiled also in folded form. */
export function grammar(source: string, flags = "gu") {
  const accented = new RegExp(source, flags);
  const folded = new RegExp(fold(source), flags);
  return (view: PartyView) => {
    const pattern = view.folded ? folded : accented;
    pattern.lastIndex = 0;
    return pattern;
  };
}

const L = String.raw`[\p{L}\p{N}]`;
/** Word edges: JavaScript's \b knows only ASCII letters. */
export const W0 = String.raw`(?<!${L})`;
export const W1 = String.raw`(?!${L})`;
