/**
 * A text saved from a legal-document website starts with the page around the document: a copyright notice, the
 * site's buttons and its property list ("Số hiệu:", "Loại văn bản:", … "Tình trạng:", each followed by its value).
 * The document itself (issuer, motto, number, title) comes after that list. The wrapper is blanked in place, so the
 * structure parser reads the document's own header first and offsets stay those of the source; the property list
 * is still read from the unblanked text (see `properties` in metadata-extractor.ts).
 */

/** The labels of a site's property list whose values name the document, lower case (read by `properties`). */
export const PROPERTY_LABELS = [
  "số hiệu",
  "loại văn bản",
  "nơi ban hành",
  "cơ quan ban hành",
  "người ký",
  "ngày ban hành",
] as const;

/** Every label of a site's property list, lower case. */
const LABELS = new Set<string>([
  ...PROPERTY_LABELS,
  "ngày hiệu lực",
  "ngày công báo",
  "số công báo",
  "tình trạng",
]);

/** Fewer labels than this is a document that happens to open with "Số hiệu: …", not a site's list. */
const MIN_LABELS = 3;
/** The list sits at the top of the page. */
const MAX_LINES = 120;

const labelOf = (line: string) =>
  line
    .replace(/^[|*#\s]+|[|*\s]+$/gu, "")
    .replace(/\s*:.*$/u, "")
    .toLowerCase();

/**
 * The text with a site's wrapper (everything up to the value of the property list's last label) turned into
 * spaces, newlines kept; the text unchanged when it has no such list.
 *
 * @example
 * blankSiteWrapper("Bản dịch này …\n**Số hiệu:**\n|\n221-KL/TW\n**Loại văn bản:**\n|\nKết luận\n**Tình trạng:**\n|\nĐã biết\n**BAN CHẤP HÀNH TRUNG ƯƠNG**")
 * // the last line is the first that is not blank
 */
export function blankSiteWrapper(text: string): string {
  const lines = text.split("\n").slice(0, MAX_LINES);
  const labelled = lines.flatMap((line, i) => (LABELS.has(labelOf(line)) && /:/.test(line) ? [i] : []));
  if (labelled.length < MIN_LABELS) return text;
  const last = labelled.at(-1) as number;
  // The last label's value: on its own line, or on the next line that is not a bare cell border.
  const sameLine = lines[last]?.replace(/^[^:]*:[*\s]*/u, "").replace(/[|*\s]+$/u, "") ?? "";
  let end = last;
  if (!sameLine) {
    for (let i = last + 1; i < lines.length; i++) {
      if (/^[|\s]*$/u.test(lines[i] ?? "")) continue;
      end = i;
      break;
    }
  }
  const cut = lines.slice(0, end + 1).join("\n").length;
  return text.slice(0, cut).replace(/[^\n]/gu, " ") + text.slice(cut);
}
