import { pageMarker } from "../corpus/page-markers.ts";

/** One photo of an album: its OCR text and whether a page of it was read with low confidence. */
export interface AlbumPage {
  text: string;
  lowConfidence: boolean;
}

/** The page marker OCR puts at the top of a photo's text ("<!-- trang 1, bản quét -->"). */
const LEADING_MARKER = /^\s*<!-- trang \d{1,4}(?:, bản quét)? -->[ \t]*\n*/u;

/**
 * The photos of one album (a document photographed page by page and sent together) as one text: each photo's
 * text becomes the next page, with its page marker renumbered, so passages cite "trang 2 (bản quét)" as for a
 * scanned PDF.
 *
 * @example
 * albumText([{ text: "<!-- trang 1, bản quét -->\n\nKẾT LUẬN", lowConfidence: false }, page2])
 * // "<!-- trang 1, bản quét -->\n\nKẾT LUẬN\n\n<!-- trang 2, bản quét -->\n\n2. Các huyện ủy …"
 */
export function albumText(pages: readonly AlbumPage[]): string {
  return `${pages
    .map((p, i) => `${pageMarker(i + 1, true)}\n\n${p.text.replace(LEADING_MARKER, "").trim()}`)
    .join("\n\n")}\n`;
}

/** The album's pages read with low confidence, numbered as in {@link albumText}. */
export const albumLowPages = (pages: readonly AlbumPage[]): number[] =>
  pages.flatMap((p, i) => (p.lowConfidence ? [i + 1] : []));
