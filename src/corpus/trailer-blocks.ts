import { ATTACHED_TITLES, type Block, upperShare } from "./text-blocks.ts";

/**
 * The end of an official text: "Nơi nhận" (recipients) and the signature (title and signer). It is read for
 * metadata and never indexed as body text; what follows it is an attached text (a plan or regulation issued with
 * the decision) or an appendix.
 */

/** "Nơi nhận:"; a scan's reading may lose a mark ("Nơi nhân:", "Noi nhận:"), so with its colon a near spelling counts. */
const NOI_NHAN = /^(?:nơi nhận\s*:?|n[ơo]i\s+nh[ậâạaă]n\s*:)/iu;
const RECIPIENT_GROUP = /^gửi bản (giấy|điện tử)\s*:?$/iu;
/** Titles that open an attached text or appendix, not a signature. */
const ATTACHED_TITLE = new RegExp(`^(?:${ATTACHED_TITLES})`, "u");
/** A person's name; converted files sometimes split a syllable ("Đặ ng Văn Minh"), so short lower-case pieces join. */
const NAME = String.raw`(?:\p{Lu}[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]{1,3})*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]+`;
const PERSON = new RegExp(`^${NAME}$`, "u");
const PARENTHETICAL = /^\(.*\)$/u;

/** A signature cell: an office title in capitals, then the signer's name ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh"). */
export function isSignatureCell(text: string): boolean {
  const clean = text
    .replace(/\([^)]*\)/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const m = new RegExp(`(${NAME})$`, "u").exec(clean);
  const title = m ? clean.slice(0, m.index).trim() : "";
  // "Nguyễn Mạnh Kiểm (Đã ký)": a name marked as signed is a signature even when the office title was lost.
  if (m && title === "" && SIGNED.test(text)) return true;
  return title !== "" && title.length <= 120 && upperShare(title) > 0.8;
}

/** The mark a copy carries where the signature was: "(Đã ký)", "(đã ký và đóng dấu)", "(Ký tên, đóng dấu)". */
const SIGNED = /\((?:đã\s+)?ký(?:\s+(?:và|tên)[^)]*)?\)/iu;

/**
 * A "Nơi nhận" paragraph, or a table whose cell starts with it (recipients left, signature right), or a table that
 * holds only a signature (an empty cell left).
 */
export function opensTrailer(block: Block): boolean {
  if (block.type === "table") {
    const cells = (block.rows ?? []).flatMap((r) => r.cells).filter(Boolean);
    if (cells.some((c) => NOI_NHAN.test(c))) return true;
    return (
      cells.length > 0 &&
      cells.length <= 3 &&
      cells.some(isSignatureCell) &&
      cells.every((c) => isSignatureCell(c) || isSignatureLine(c))
    );
  }
  return block.type === "paragraph" && NOI_NHAN.test(block.text) && block.text.length < 40;
}

/** "Nơi nhận: - Như Điều 3; - Chủ tịch, các PCT UBND tỉnh; - Lưu: VT." → the listed recipients. */
export function recipientsOf(text: string): string[] {
  return text
    .replace(NOI_NHAN, "")
    .split(/(?<=^|[;.:)])\s*[-–•]\s+|;\s*(?=\p{Lu})/u)
    .map((r) => r.replace(/[;,.\s]+$/u, "").trim())
    .filter((r) => r && !RECIPIENT_GROUP.test(r));
}

/** A signature line: an office title in capitals ("KT. CHỦ TỊCH"), a person's name, or "(Đã ký)". */
export function isSignatureLine(text: string): boolean {
  if (text.length > 80) return false;
  if (upperShare(text) > 0.8) return !ATTACHED_TITLE.test(text);
  return PERSON.test(text) || PARENTHETICAL.test(text);
}

/** Splits a signature cell "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Lâm Hải Giang" into title and signer blocks. */
export function signatureBlocks(text: string, start: number, end: number): Block[] {
  const clean = text
    .replace(/\([^)]*\)/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const m = new RegExp(`(${NAME})\\s*$`, "u").exec(clean);
  const title = m ? clean.slice(0, m.index).trim() : clean;
  const block = (t: string): Block => ({
    type: "paragraph",
    marker: "",
    markerStyle: "none",
    heading: false,
    text: t,
    start,
    end,
    line: 0,
  });
  return [title, m?.[1] ?? ""].filter(Boolean).map(block);
}

/** Reads a trailer table: recipients from "Nơi nhận" cells, signature blocks from the others. */
export function readTrailerTable(block: Block): { recipients: string[]; signature: Block[] } {
  const recipients: string[] = [];
  const signature: Block[] = [];
  for (const row of block.rows ?? []) {
    for (const cell of row.cells) {
      if (!cell) continue;
      if (NOI_NHAN.test(cell)) recipients.push(...recipientsOf(cell));
      else signature.push(...signatureBlocks(cell, row.start, row.end));
    }
  }
  return { recipients, signature };
}

export { RECIPIENT_GROUP };
