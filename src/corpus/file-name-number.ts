/**
 * A copy that lost its header (pasted from a news page, a crawl that kept only the body) still carries its number in
 * the name it was saved under: "71-NQ-TW.pdf", "NQ 71 2025.docx", "cv6357_ubnd.pdf", "127-2025-kl-bct.md". The
 * number and kind read from the file name stand in only where the text gives none.
 */
import path from "node:path";

/** Kinds as file names abbreviate them, folded. */
const KIND_CODES: Record<string, string> = {
  tbkl: "Thông báo kết luận",
  kl: "Kết luận",
  tb: "Thông báo",
  nq: "Nghị quyết",
  ct: "Chỉ thị",
  qd: "Quyết định",
  kh: "Kế hoạch",
  hd: "Hướng dẫn",
  cv: "Công văn",
};
const CODES = Object.keys(KIND_CODES).join("|");
/** The kind code then the number ("NQ 71", "cv6357"), or the number, perhaps a year, then the code ("71-2025-nq"). */
const CODE_FIRST = new RegExp(`(?:^|[^a-z0-9])(${CODES})[-_ .]*(\\d{1,5})(?![0-9])`);
const NUMBER_FIRST = new RegExp(
  `(?:^|[^a-z0-9])(\\d{1,5})[-_ .]+(?:(?:19|20)\\d{2}[-_ .]+)?(${CODES})(?![a-z])`,
);

/**
 * The number and kind a file name gives, or null when it names no kind beside a number.
 *
 * @example
 * numberFromFileName("71-2025-nq-bct.md") // { number: "71", kind: "Nghị quyết" }
 * numberFromFileName("CV6357 UBND.pdf") // { number: "6357", kind: "Công văn" }
 * numberFromFileName("hy-kl-can-bo-tre-2024.md") // null
 */
export function numberFromFileName(file: string): { number: string; kind: string } | null {
  const name = path
    .basename(file, path.extname(file))
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/giu, "d")
    .toLowerCase();
  const codeFirst = CODE_FIRST.exec(name);
  const numberFirst = NUMBER_FIRST.exec(name);
  const [number, code] = numberFirst
    ? [numberFirst[1], numberFirst[2]]
    : codeFirst
      ? [codeFirst[2], codeFirst[1]]
      : [undefined, undefined];
  // A number of zeroes only ("000-kh-…") is a counter, not a document's.
  if (!number || !code || /^0+$/.test(number)) return null;
  // As written: "09", "0130" are numbers of their own ("09/CT-UBND").
  return { number, kind: KIND_CODES[code] ?? "" };
}

/**
 * The number a scan's file name gives where OCR misread one digit of its header's ("Số: 4046/TCT-TTKT" saved as
 * "1046-2020-cv-tct.md"): the file name's digits with the header's symbol. null when they agree, differ in length or
 * in more than one digit (then the file name is not a reading of the same number).
 *
 * @example
 * misreadNumber({ id: "1046-2020-cv-tct", number: "4046/TCT-TTKT" }) // "1046/TCT-TTKT"
 * misreadNumber({ id: "1046-2020-cv-tct", number: "1046/TCT-TTKT" }) // null
 */
export function misreadNumber(doc: { id: string; number: string }): string | null {
  const named = numberFromFileName(doc.id)?.number;
  const header = /^\d+/.exec(doc.number)?.[0];
  if (!named || !header || named === header || named.length !== header.length) return null;
  const differing = [...named].filter((digit, k) => digit !== header[k]).length;
  return differing === 1 ? `${named}${doc.number.slice(header.length)}` : null;
}
