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
 * The text with a site's wrapper (everything up to the value of the property list's last label, and the page from
 * the site's caption of the document on) turned into spaces, newlines kept; the text unchanged when it has no such
 * list.
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
  const footer = footerStart(text, cut, numberOf(lines, labelled));
  const blank = (part: string) => part.replace(/[^\n]/gu, " ");
  return blank(text.slice(0, cut)) + text.slice(cut, footer) + blank(text.slice(footer));
}

/** The value of the list's "Số hiệu" ("221-KL/TW"), on its label's line or the next that is not a cell border. */
function numberOf(lines: string[], labelled: number[]): string {
  const at = labelled.find((i) => labelOf(lines[i] ?? "") === "số hiệu");
  if (at === undefined) return "";
  const own = lines[at]?.replace(/^[^:]*:[*\s]*/u, "").replace(/[|*\s]+$/u, "") ?? "";
  if (own) return own;
  return (
    lines
      .slice(at + 1)
      .find((l) => !/^[|\s]*$/u.test(l))
      ?.replace(/[|*]/gu, "")
      .trim() ?? ""
  );
}

/**
 * Where the site's page resumes after the document: its caption line, "Kết luận 221-KL/TW năm 2025 về …" (a kind, the
 * document's number, its year), then related texts and the site's notices. The text's length when there is none.
 */
function footerStart(text: string, from: number, number: string): number {
  if (!number) return text.length;
  const escaped = number.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
  const caption = new RegExp(`^\\p{L}+(?: \\p{L}+){0,3} ${escaped} năm \\d{4}\\b`, "mu");
  const m = caption.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
