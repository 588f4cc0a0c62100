/**
 * Legal sites crawled to Markdown keep their links to forms and cited texts: "thông báo cho cơ quan thuế cơ sở theo
 * [Mẫu số 02/XOANO](https://files.thuvienphapluat.vn/…/Mau%2002-XOANO.doc) ban hành kèm theo …". Read as text, the
 * address became words of a party's name. The brackets and the address are blanked in place (offsets stay); the
 * label stays as the text's own words.
 */

/** A link: its label on one line, then an absolute or site-relative address without spaces. */
const LINK = /\[([^[\]\n]{1,300})\]\((?:https?:\/\/|\/)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)/gu;

/**
 * The text with each Markdown link reduced to its label, blanked in place.
 *
 * @example
 * blankMarkdownLinks("theo [Mẫu số 02](https://x.vn/a.doc) ban hành") // "theo  Mẫu số 02                      ban hành"
 */
export function blankMarkdownLinks(text: string): string {
  if (!text.includes("](")) return text;
  return text.replace(
    LINK,
    (link, label: string) => ` ${label}${" ".repeat(link.length - label.length - 1)}`,
  );
}
