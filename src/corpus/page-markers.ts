/**
 * Page markers: converted PDFs and scans carry `<!-- trang 2 -->` (or `<!-- trang 2, bản quét -->` for a page
 * read by OCR) at the top of every page. They are Markdown comments, so a saved upload still reads as clean text;
 * the parser blanks them (same length, so offsets and line numbers hold) and labels each passage with its page.
 */

export interface PageMark {
  /** Offset of the marker in the source. */
  offset: number;
  page: number;
  /** The page was read by OCR. */
  scanned: boolean;
}

const MARKER = /^<!-- trang (\d{1,4})(, bản quét)? -->[ \t]*$/gmu;
const SECTION_PAGE = /, trang (\d{1,4})( \(bản quét\))?$/u;

/**
 * The marker line opening a page.
 *
 * @example
 * pageMarker(2, true) // "<!-- trang 2, bản quét -->"
 */
export const pageMarker = (page: number, scanned: boolean) =>
  `<!-- trang ${page}${scanned ? ", bản quét" : ""} -->`;

/**
 * Finds the page markers and blanks them with spaces, keeping every offset.
 *
 * @example
 * readPageMarkers("<!-- trang 1 -->\n\nKẾT LUẬN").marks // [{ offset: 0, page: 1, scanned: false }]
 */
export function readPageMarkers(source: string): { text: string; marks: PageMark[] } {
  const marks: PageMark[] = [];
  const text = source.replace(MARKER, (marker, page: string, scanned: string | undefined, offset: number) => {
    marks.push({ offset, page: Number(page), scanned: Boolean(scanned) });
    return " ".repeat(marker.length);
  });
  return { text, marks };
}

/** The page a source offset lies on: the last marker before it (the first page for text above every marker). */
export function pageAt(marks: readonly PageMark[], offset: number): PageMark | undefined {
  let found = marks[0];
  for (const mark of marks) {
    if (mark.offset > offset) break;
    found = mark;
  }
  return found;
}

/**
 * A section label with its page: "mục 2.2, trang 2", "mục 2.2, trang 2 (bản quét)" for a page read by OCR.
 *
 * @example
 * sectionWithPage("mục 2.2", { offset: 0, page: 2, scanned: true }) // "mục 2.2, trang 2 (bản quét)"
 */
export function sectionWithPage(section: string, mark: PageMark): string {
  return `${section}, trang ${mark.page}${mark.scanned ? " (bản quét)" : ""}`;
}

/**
 * The page and OCR flag a section label carries (citations read them back from the stored label).
 *
 * @example
 * pageOfSection("mục 2.2, trang 2 (bản quét)") // { page: 2, ocr: true }
 * pageOfSection("mục 2.2") // {}
 */
export function pageOfSection(section: string): { page?: number; ocr?: boolean } {
  const m = SECTION_PAGE.exec(section);
  if (!m) return {};
  return m[2] ? { page: Number(m[1]), ocr: true } : { page: Number(m[1]) };
}
