/**
 * Transcriptions saved as Markdown often keep presentational HTML around the signature and headings:
 * `<div align="right">`, `<strong>Trần Sỹ Thanh</strong>`, `<br>`, `<img alt="Seal and signature" …>`. Read as text,
 * the tags become words of the signature block, so the signer was not found. They are blanked in place (offsets
 * stay); a `<br>` breaks the line. Tables written in HTML are left to `html-table.ts`.
 */

/** Presentational tags, opening or closing, with their attributes. An image goes whole, its alt text too. */
const INLINE_TAG =
  /<\/?(?:div|span|p|strong|b|em|i|u|center|font|sup|sub|small|big|mark)(?:\s[^<>]*)?>|<img\b[^<>]*>|<hr\b[^<>]*>/giu;
/** A line break tag. */
const LINE_BREAK = /<br\s*\/?>/giu;
/** An HTML table, whose cells keep their own tags. */
const TABLE = /<table\b[\s\S]*?<\/table>/giu;

/**
 * The text with its presentational HTML tags blanked and its `<br>` tags turned into line breaks, outside tables.
 *
 * @example
 * blankInlineHtml("CHỦ TỊCH\n<br>\n<strong>Trần Sỹ Thanh</strong>") // "CHỦ TỊCH\n    \n        Trần Sỹ Thanh         "
 */
export function blankInlineHtml(text: string): string {
  if (!text.includes("<")) return text;
  const tables = [...text.matchAll(TABLE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inTable = (at: number) => tables.some(([start, end]) => at >= start && at < end);
  return text
    .replace(INLINE_TAG, (tag, at: number) => (inTable(at) ? tag : " ".repeat(tag.length)))
    .replace(LINE_BREAK, (tag, at: number) => (inTable(at) ? tag : `\n${" ".repeat(tag.length - 1)}`));
}
