/**
 * Turns an uploaded file into corpus text (to be saved as `.md` and parsed by `parseDocument`). The file type
 * comes from the bytes, not the name: a `.pdf` that is really a .docx is read as a .docx, a photo is a PNG or
 * JPEG whatever it is called. The name only tells Markdown (`.md`, `.markdown`) from plain text. Scanned PDF
 * pages and photos are read by OCR (`ocr/read-scan.ts`).
 */
import path from "node:path";
import { InputError } from "../errors.ts";
import { docxToText, zipEntries } from "./docx-text.ts";
import { type OcrFacts, type OcrSettings, readScan } from "./ocr/read-scan.ts";

export type UploadFormat = "markdown" | "text" | "docx" | "pdf" | "image";

export interface ConvertedUpload {
  /** UTF-8 text, NFC-normalized, LF line ends, paragraphs separated by blank lines. */
  text: string;
  format: UploadFormat;
  /** Page count, for PDFs (1 for an image). */
  pages?: number;
  /**
   * When OCR read some pages (a scanned PDF, a photo): confidence per page (100 for a text-layer page) and the
   * pages under the confidence threshold, to be checked by a human before confirming.
   */
  ocr?: OcrFacts;
}

export interface ConvertOptions {
  /** Default 10 MiB. */
  maxBytes?: number;
  /** OCR progress in pages: (done, total). Called only when some page is recognized. */
  onProgress?: (done: number, total: number) => void;
  /** The OCR engine, cache and confidence threshold; default: tesseract on demand, no cache, threshold 70. */
  ocr?: OcrSettings;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** A .docx may unzip to at most this many times the upload limit (text compresses about 5–10x). */
const UNZIP_RATIO = 20;

const ACCEPTED = "Chỉ nhận tệp .md, .txt, .docx, .pdf hoặc ảnh chụp/quét .png, .jpg.";
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** `%PDF-` at the start, after at most a BOM and blank lines (as some web servers prepend). */
function isPdf(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < 1024 && [0x09, 0x0a, 0x0d, 0x20].includes(bytes[i])) i++;
  return startsWith(bytes, ascii("%PDF-"), i);
}

/** A PNG or JPEG image (a photo or a scanned page). */
const isImage = (bytes: Uint8Array) =>
  startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
  startsWith(bytes, [0xff, 0xd8, 0xff]);

/** A ZIP's local file header, or the end record of an empty ZIP. */
const isZip = (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);

/** Checks the ZIP directory before mammoth inflates it: a .docx must hold word/document.xml and not be a bomb. */
function checkDocxZip(bytes: Uint8Array, maxBytes: number): void {
  const entries = zipEntries(bytes);
  if (!entries?.some((e) => e.name === "word/document.xml"))
    throw new InputError(
      "ZIP archive without word/document.xml",
      `Tệp nén này không phải tài liệu Word (.docx) hoặc đã bị hỏng. ${ACCEPTED}`,
    );
  const unzipped = entries.reduce((sum, e) => sum + e.size, 0);
  if (unzipped > UNZIP_RATIO * maxBytes)
    throw new InputError(
      `DOCX unzips to ${unzipped} bytes, over ${UNZIP_RATIO}x the upload limit`,
      "Tệp .docx quá lớn khi giải nén. Hãy kiểm tra lại tệp hoặc tách thành các tệp nhỏ hơn.",
    );
}

function rejectKnownBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    throw new InputError(
      "legacy OLE file (.doc/.xls or password-protected Office file)",
      "Tệp Word định dạng cũ (.doc) hoặc tệp Office có đặt mật khẩu chưa được hỗ trợ. " +
        "Hãy mở bằng Word, lưu thành .docx (không đặt mật khẩu) rồi tải lên lại.",
    );
  if (startsWith(bytes, ascii("{\\rtf")))
    throw new InputError(
      "RTF file",
      "Tệp RTF chưa được hỗ trợ. Hãy mở bằng Word, lưu thành .docx rồi tải lên lại.",
    );
}

const notUtf8 = (problem: string, detail: string) =>
  new InputError(
    `text is not valid UTF-8 (${problem})`,
    `Tệp văn bản không ở bảng mã UTF-8 (${detail}). Hãy lưu lại tệp với bảng mã UTF-8 (Unicode) rồi tải lên lại.`,
  );

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what marks a binary file
const CONTROL = /[\u0000-\u0008\u000e-\u0019\u001b-\u001f\u007f]/;

/**
 * Strict UTF-8 text: a BOM is dropped, CRLF becomes LF, text is NFC-normalized. Control bytes (NUL, ESC, …) mean
 * a binary file; other invalid bytes mean text in another encoding (Windows-1258, TCVN3, UTF-16).
 */
function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    throw notUtf8("UTF-16", "đang ở bảng mã UTF-16");
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = new TextDecoder("utf-8").decode(bytes);
    const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    if (!CONTROL.test(text)) throw notUtf8(`line ${line}`, `lỗi ở dòng ${line}`);
  }
  if (CONTROL.test(text))
    throw new InputError("binary file (control characters)", `Tệp này không phải văn bản. ${ACCEPTED}`);
  while (text.endsWith("\u001a")) text = text.slice(0, -1); // DOS end-of-file marker
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

/**
 * Converts an uploaded .md, .txt, .docx, .pdf (text layer, or scanned: OCR) or a PNG/JPEG photo to corpus
 * text. Throws `InputError` (with a Vietnamese `userMessage`) for a file over `maxBytes` (default 10 MiB), an
 * empty one, text that is not UTF-8, a ZIP that is not a .docx, an encrypted or corrupt PDF, a scan or photo in
 * which OCR finds no text, and any other binary file.
 *
 * @example
 * const { text, format } = await convertUpload(readFileSync("ket-luan.docx"), "ket-luan.docx");
 * // format: "docx", text: "KẾT LUẬN\n\n1. Ban Tổ chức Tỉnh ủy tham mưu …\n"
 * const pdf = await convertUpload(bytes, "thong-bao.pdf"); // { text, format: "pdf", pages: 2 }
 * const scan = await convertUpload(photo, "anh.jpg", { onProgress: (done, total) => {} });
 * // { format: "image", text: "<!-- trang 1, bản quét -->\n\nKẾT LUẬN …", ocr: { pages: […], lowConfidencePages: [] } }
 */
export async function convertUpload(
  bytes: Uint8Array,
  fileName: string,
  options: ConvertOptions = {},
): Promise<ConvertedUpload> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
    throw new InputError(
      `upload is ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
      `Tệp quá lớn (${mb(bytes.length)} MB). Dung lượng tối đa là ${mb(maxBytes)} MB.`,
    );
  }
  let result: ConvertedUpload;
  if (isZip(bytes)) {
    checkDocxZip(bytes, maxBytes);
    result = { text: await docxToText(bytes), format: "docx" };
  } else if (isPdf(bytes)) {
    result = { ...(await readScan(bytes, "pdf", options.ocr, options.onProgress)), format: "pdf" };
  } else if (isImage(bytes)) {
    result = { ...(await readScan(bytes, "image", options.ocr, options.onProgress)), format: "image" };
  } else {
    rejectKnownBinary(bytes);
    const markdown = /^\.(md|markdown)$/i.test(path.extname(fileName));
    result = { text: decodeText(bytes), format: markdown ? "markdown" : "text" };
  }
  if (result.text.trim() === "")
    throw new InputError(
      `upload ${fileName} has no text`,
      "Tệp không có nội dung chữ để đưa vào kho văn bản.",
    );
  return result;
}
