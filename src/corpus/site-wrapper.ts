import { escapeRegExp } from "../language/escape-reg-exp.ts";

/**
 * A text saved from a legal-document website starts with the page around the document: a copyright notice, the
 * site's buttons and its property list ("Số hiệu:", "Loại văn bản:", … "Tình trạng:", each followed by its value).
 * The document itself (issuer, motto, number, title) comes after that list. The wrapper is blanked in place, so the
 * structure parser reads the document's own header first and offsets stay those of the source; the property list
 * is still read from the unblanked text (`properties`).
 */

/** The labels of a site's property list whose values name the document, lower case (read by `properties`). */
const PROPERTY_LABELS = new Set([
  "số hiệu",
  "loại văn bản",
  "nơi ban hành",
  "cơ quan ban hành",
  "người ký",
  "ngày ban hành",
]);

/** Every label of a site's property list, lower case. */
const LABELS = new Set([...PROPERTY_LABELS, "ngày hiệu lực", "ngày công báo", "số công báo", "tình trạng"]);

/** Fewer labels than this is a document that happens to open with "Số hiệu: …", not a site's list. */
const MIN_LABELS = 3;
/** The list sits at the top of the page. */
const MAX_LINES = 120;

/** "Label: value", the label a few words. */
const LABELLED = /^([\p{L} ]{3,20}):\s*(.*)$/u;
/** A line without a cell's borders or emphasis: "**Số hiệu:**" → "Số hiệu:", "|" → "". */
const clean = (line: string) => line.replace(/^[|*#\s]+|[|*\s]+$/gu, "");

/** One property of the list: its label (lower case), its value and the index of the line that holds the value. */
interface Property {
  label: string;
  value: string;
  line: number;
}

/**
 * The property lines at the top of a text, in order: "Số hiệu: 6225/BVHTTDL-VP" on one line, or, as a site prints the
 * list as a table one cell per line, "**Số hiệu:**", "|", "221-KL/TW" (the value on the next line that is not a
 * cell border).
 */
function propertyList(text: string): Property[] {
  const lines = text.split("\n", MAX_LINES);
  const out: Property[] = [];
  lines.forEach((raw, i) => {
    const m = LABELLED.exec(clean(raw));
    const label = m?.[1]?.trim().toLowerCase() ?? "";
    if (!m || !LABELS.has(label)) return;
    const own = (m[2] ?? "").trim();
    const line = own ? i : lines.findIndex((l, k) => k > i && clean(l) !== "");
    if (line >= 0) out.push({ label, value: own || clean(lines[line] ?? ""), line });
  });
  return out;
}

/**
 * The property list a page copied from a legal-document site puts above the text ("Số hiệu: …", "Loại văn bản: …",
 * "Nơi ban hành: …", "Người ký: …", "Ngày ban hành: 18/11/2025"), by lower-case label; read from the first lines only.
 *
 * @example
 * properties("Số hiệu: 6225/BVHTTDL-VP\n\nNgày ban hành: 18/11/2025").get("số hiệu") // "6225/BVHTTDL-VP"
 */
export function properties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of propertyList(text))
    if (PROPERTY_LABELS.has(p.label) && !out.has(p.label)) out.set(p.label, p.value);
  return out;
}

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
  const list = propertyList(text);
  const last = list.at(-1);
  if (list.length < MIN_LABELS || !last) return text;
  const cut = text.split("\n", last.line + 1).join("\n").length;
  const footer = footerStart(text, cut, list.find((p) => p.label === "số hiệu")?.value ?? "");
  const blank = (part: string) => part.replace(/[^\n]/gu, " ");
  return blank(text.slice(0, cut)) + text.slice(cut, footer) + blank(text.slice(footer));
}

/**
 * Where the site's page resumes after the document: its caption line, "Kết luận 221-KL/TW năm 2025 về …" (a kind, the
 * document's number, its year), then related texts and the site's notices. The text's length when there is none.
 */
function footerStart(text: string, from: number, number: string): number {
  if (!number) return text.length;
  const escaped = escapeRegExp(number);
  const caption = new RegExp(`^\\p{L}+(?: \\p{L}+){0,3} ${escaped} năm \\d{4}\\b`, "mu");
  const m = caption.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
