import { convertUpload } from "../corpus/convert-upload.ts";
import type { OcrSettings } from "../corpus/ocr/read-scan.ts";
import { parseDocument, slugFromFile } from "../corpus/parse-document.ts";
import type { ParsedDocument } from "../corpus/types.ts";
import { CorpusParseError, InputError } from "../errors.ts";

/** An upload read and parsed, ready to preview; nothing is written. */
export interface ReadUpload {
  /** The corpus file it will be saved as: "ket-luan-99.md" (".txt" for plain text). */
  file: string;
  /** The corpus text to save. */
  text: string;
  parsed: ParsedDocument;
  format: string;
  pages?: number;
  /** Pages read by OCR whose confidence is low: a human should compare them with the paper. */
  lowConfidencePages: number[];
}

export interface ReadUploadOptions {
  maxBytes: number;
  /** For names of photos: "anh-chup-20241231-0930". */
  now: Date;
  /** OCR progress (pages done of total), reported only when some page is recognized. */
  onProgress?: (done: number, total: number) => void;
  /** The service's OCR settings (workers, confidence threshold, cache folder), as ingest uses them. */
  ocr?: OcrSettings;
}

/** "20241231-0930" in Vietnam time. */
const stamp = (now: Date) =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");

/**
 * Converts an uploaded file (PDF, .docx, .md, .txt, or a photo or scan read by OCR) and parses it as ingest
 * will. A file with a name keeps it ("Kết luận 99.pdf" → "ket-luan-99.md"); a photo is named after the document's
 * number when the text gives one ("ket-luan-99-kl-tu.md"), else after the time it arrived. Throws InputError
 * with a Vietnamese message for anything that cannot become a document (too large, corrupt, no text).
 *
 * @example
 * const upload = await readUpload(bytes, "ket-luan.pdf", { maxBytes: 10 << 20, now: new Date() });
 * upload.parsed.meta.title // "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY …"
 */
export async function readUpload(
  bytes: Uint8Array,
  fileName: string | undefined,
  options: ReadUploadOptions,
): Promise<ReadUpload> {
  const { maxBytes, onProgress, ocr: settings } = options;
  const converted = await convertUpload(bytes, fileName ?? "anh-chup.jpg", {
    maxBytes,
    onProgress,
    ocr: settings,
  });
  const extension = converted.format === "text" ? ".txt" : ".md";
  try {
    let base = fileName ? slugFromFile(fileName) : `anh-chup-${stamp(options.now)}`;
    let parsed = parseDocument(converted.text, `${base}${extension}`);
    if (!fileName && parsed.meta.number) {
      // "99-KL/TU": the slash and dots would read as a folder and an extension.
      base = slugFromFile(`${parsed.meta.kind || "van-ban"} ${parsed.meta.number}`.replace(/[/\\.]/g, "-"));
      parsed = parseDocument(converted.text, `${base}${extension}`);
    }
    return {
      file: `${base}${extension}`,
      text: converted.text,
      parsed,
      format: converted.format,
      pages: converted.pages,
      lowConfidencePages: converted.ocr?.lowConfidencePages ?? [],
    };
  } catch (error) {
    if (!(error instanceof CorpusParseError)) throw error;
    throw new InputError(
      `upload ${fileName ?? "(photo)"} could not be parsed: ${error.message}`,
      "Không đọc được cấu trúc văn bản trong tệp này (không thấy đoạn nội dung nào). Hãy kiểm tra lại tệp.",
    );
  }
}

const mb = (n: number) => (n / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

/**
 * The error for a file over the upload limit, worded as the converter words it; raised before any download when
 * the platform reports the size, and by the download when it does not.
 *
 * @example
 * throw uploadTooLarge(25 * 1024 * 1024, 10 * 1024 * 1024); // "Tệp quá lớn (25 MB). Dung lượng tối đa là 10 MB."
 */
export function uploadTooLarge(bytes: number, maxBytes: number): InputError {
  return new InputError(
    `upload is ${bytes} bytes, over the ${maxBytes}-byte limit`,
    `Tệp quá lớn (${bytes > maxBytes && mb(bytes) === mb(maxBytes) ? `hơn ${mb(maxBytes)}` : mb(bytes)} MB). Dung lượng tối đa là ${mb(maxBytes)} MB.`,
  );
}
