/**
 * Text of a Word .docx, laid out for the structure parser: one paragraph per line, paragraphs separated by blank
 * lines, Word headings as Markdown headings ("## …"), table cells as their own paragraphs.
 *
 * Word's automatic list numbering is not stored in the text, and mammoth only reports a list paragraph's level
 * and whether it is numbered or bulleted, not the number format. So numbering is reconstructed by convention of
 * Vietnamese Party documents: level 1 "1.", level 2 "1.1.", level 3 "a)", deeper levels and bullets "-". Typed
 * numbering ("1. …" written as text) is kept exactly as written. Counters continue across a whole document (as one
 * Word list does) and restart after a typed Roman heading ("II. …"); a document that restarts an automatic list
 * elsewhere, or formats its levels differently ("a)" on level 2), gets numbers that differ from the printed ones.
 */
import mammoth from "mammoth";
import { InputError } from "../errors.ts";

/** The parts of mammoth's document tree this module reads. */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
}

const TYPED_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,5}\.|[a-zđ]\)|[-•+–*])(?:\s|$)/u;
const TYPED_ROMAN = /^[IVX]{1,5}\.\s/;
const HEADING_STYLE = /^heading ([1-6])$/i;

/**
 * Names and uncompressed sizes of the entries in a ZIP archive's central directory, or null when the bytes are
 * not a complete ZIP (no end-of-directory record, a truncated or ZIP64 directory).
 *
 * @example
 * zipEntries(docxBytes)?.some((e) => e.name === "word/document.xml") // true
 */
export function zipEntries(bytes: Uint8Array): { name: string; size: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries: { name: string; size: number }[] = [];
    let offset = view.getUint32(end + 16, true);
    for (let i = view.getUint16(end + 10, true); i > 0; i--) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      const nameLength = view.getUint16(offset + 28, true);
      const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
      entries.push({ name, size: view.getUint32(offset + 24, true) });
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return entries;
  }
  return null;
}

/** Numbers list paragraphs the way the printed document most likely shows them (see the module comment). */
class ListNumbering {
  private counters = [0, 0, 0];

  marker(numbering: NonNullable<DocxElement["numbering"]>): string {
    const level = Number(numbering.level) || 0;
    if (!numbering.isOrdered || level > 2) return "-";
    this.counters[level]++;
    this.counters.fill(0, level + 1);
    const [first, second, third] = this.counters;
    if (level === 0) return `${first}.`;
    if (level === 1) return first > 0 ? `${first}.${second}.` : `${second}.`;
    return `${String.fromCharCode(96 + Math.min(third, 26))})`;
  }

  restart(): void {
    this.counters.fill(0);
  }
}

function inlineText(element: DocxElement): string {
  switch (element.type) {
    case "text":
      return element.value ?? "";
    case "tab":
      return "\t";
    case "break":
      return "\n";
    case "noteReference":
    case "commentReference":
    case "image":
      return "";
    default:
      return (element.children ?? []).map(inlineText).join("");
  }
}

function collectParagraphs(element: DocxElement, out: string[], lists: ListNumbering): void {
  if (element.type !== "paragraph") {
    for (const child of element.children ?? []) collectParagraphs(child, out, lists);
    return;
  }
  const text = inlineText(element)
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
  if (!text) return;
  let line = text;
  if (element.numbering && !TYPED_MARKER.test(text)) line = `${lists.marker(element.numbering)} ${text}`;
  else if (!element.numbering && TYPED_ROMAN.test(text)) lists.restart();
  const heading = HEADING_STYLE.exec(element.styleName ?? "");
  out.push(heading ? `${"#".repeat(Number(heading[1]))} ${line.replace(/\n/g, " ")}` : line);
}

/**
 * Extracts the text of a .docx (body only: no headers, footers, footnotes or comments).
 *
 * @example
 * await docxToText(readFileSync("ket-luan.docx")) // "KẾT LUẬN\n\n1. Ban Tổ chức Tỉnh ủy tham mưu …\n"
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const paragraphs: string[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Read the document tree here and hand mammoth an empty document: the HTML it would render is not used.
        transformDocument: (document: DocxElement) => {
          collectParagraphs(document, paragraphs, new ListNumbering());
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    throw new InputError(
      `DOCX cannot be read: ${(error as Error).message}`,
      "Không đọc được tệp .docx (tệp có thể bị hỏng). Hãy mở bằng Word, lưu lại rồi tải lên lại.",
    );
  }
  const text = paragraphs.join("\n\n").normalize("NFC");
  return text ? `${text}\n` : "";
}
