import { createHash } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import { CorpusParseError } from "../errors.ts";
import { unfoldColumnHeader } from "./column-header.ts";
import { unfoldColumnTrailer } from "./column-trailer.ts";
import { numberFromFileName } from "./file-name-number.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { blankInlineHtml } from "./inline-html.ts";
import { blankMarkdownLinks } from "./markdown-links.ts";
import { extractMetadata } from "./metadata-extractor.ts";
import { type PageMark, pageAt, readPageMarkers, sectionWithPage } from "./page-markers.ts";
import { blankPageNumbers } from "./page-numbers.ts";
import { extractReferences } from "./reference-extractor.ts";
import { splitRunInNumbers } from "./run-in-numbers.ts";
import { blankRunningHeads } from "./running-heads.ts";
import { blankRunningTitles } from "./running-titles.ts";
import { joinSerializedRows, markSerializedRows } from "./serialized-rows.ts";
import { blankSiteWrapper } from "./site-wrapper.ts";
import { parseStructure } from "./structure-parser.ts";
import type { DocumentMeta, ParsedDocument } from "./types.ts";

const text = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim());

/** Our own corpus format: strict about types, every field optional. */
const frontMatterSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, "id must be lower-case letters, digits, '.', '_' or '-'")
    .optional(),
  title: text.optional(),
  kind: text.optional(),
  number: text.optional(),
  issuer: text.optional(),
  province: text.optional(),
  issued_date: text.optional(),
  meeting_date: text.optional(),
  signer: text.optional(),
  signer_title: text.optional(),
  recipients: z.array(z.string()).optional(),
});

/** A file name turned into an id: "001 Kết luận.md" → "001-ket-luan". */
export function slugFromFile(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, "");
  return (
    base
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/gi, "d")
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "document"
  );
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}

/** Soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** A document number whose number part is not digits (OCR noise), and its readable symbol. */
const UNREADABLE_NUMBER = /^[^\d\s/]{1,6}\d?\s*(\/[\p{L}\d-]+)?$/u;
/** A number part and its symbol: "5Ï/TCT-TTKT". */
const NUMBER_PARTS = /^([^\s/]{1,8})\s*(\/[\p{L}\d-]+)?$/u;
/** The marks Vietnamese letters carry (tones, circumflex, breve, horn), decomposed. */
const VIETNAMESE_MARK = /[\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323]/u;

/**
 * The symbol of a number OCR could not read: no digits ("Số: §Ø0 /TCT-TTr", "GIF /TCT-TTKT"), or digits mixed with a
 * letter no Vietnamese text writes or a stray sign ("Số: 5Ï/TCT-TTKT"). Null for a readable number ("15-KH/TU").
 *
 * @example
 * unreadableNumber("5Ï/TCT-TTKT") // { symbol: "/TCT-TTKT" }
 */
function unreadableNumber(number: string): { symbol: string } | null {
  const bare = UNREADABLE_NUMBER.exec(number);
  if (bare) return { symbol: bare[1] ?? "" };
  const parts = NUMBER_PARTS.exec(number);
  const digits = parts?.[1] ?? "";
  if (!/\d/.test(digits)) return null;
  const foreign = [...digits.normalize("NFD")].some(
    (c) => (/\p{M}/u.test(c) && !VIETNAMESE_MARK.test(c)) || /[^\p{L}\p{N}\p{M}-]/u.test(c),
  );
  return foreign ? { symbol: parts?.[2] ?? "" } : null;
}

/**
 * Parses one corpus file: front matter (when present) wins over metadata read from the text.
 *
 * @example
 * const doc = parseDocument(readFileSync("corpus/a.md", "utf8"), "a.md");
 * doc.passages[0].section // "phần mở đầu, đoạn 1"
 * // A converted scan carries page markers: "mục 2.2, trang 2 (bản quét)".
 */
export function parseDocument(text: string, file: string): ParsedDocument {
  // Decomposed accents (NFD, as some editors and converters save them) are composed first: every pattern of the
  // parser and the metadata reader is written for composed letters.
  // Invisible format characters a word processor leaves inside words ("ng\u00ADười": a soft hyphen) are dropped, so
  // the word reads and matches as typed.
  const source = text.normalize("NFC").replace(INVISIBLE, "");
  // Page markers (converted PDFs, scans) are blanked in place: offsets and line numbers stay those of `source`.
  const { text: unmarked, marks } = readPageMarkers(source);
  const { data, body, bodyStart } = splitFrontMatter(unmarked, file);
  const fm = frontMatterSchema.safeParse(data);
  if (!fm.success) {
    const issue = fm.error.issues[0];
    const key = String(issue.path[0] ?? "");
    const keyLine = source.split("\n").findIndex((l) => l.startsWith(`${key}:`)) + 1;
    throw new CorpusParseError(file, keyLine || 2, `front matter field "${key}": ${issue.message}`);
  }
  // A page saved from a legal-document site: the document starts after the site's property list.
  // A header laid out as two columns side by side is unfolded first, in place (offsets stay).
  // Centred page numbers of a laid-out extraction are blanked too, so they join no title or sentence, and a gazette's
  // or a scan's page furniture (running heads, page-break lines, an e-signature stamp); so is a
  // crawler's running title before each heading, and a first sub-number it ran onto its parent's line goes to a line
  // of its own.
  // Presentational HTML of a transcription (`<div align="right">`, `<strong>`, `<br>`) is blanked first, and so is a
  // crawled link's address, down to its label.
  const crawled = splitRunInNumbers(
    blankRunningTitles(joinBareNumberLabel(blankMarkdownLinks(blankInlineHtml(body)))),
  );
  const laid = unfoldColumnTrailer(
    // A table's bare row numbers look like page numbers until they are marked as items.
    unfoldColumnHeader(joinSerializedRows(blankPageNumbers(blankRunningHeads(markSerializedRows(crawled))))),
  );
  const structure = parseStructure(blankSiteWrapper(laid), bodyStart);
  if (structure.passages.length === 0) {
    throw new CorpusParseError(
      file,
      lineOf(source, bodyStart),
      "no text passages found (is the file empty?)",
    );
  }
  const extracted = extractMetadata(structure, laid);
  const f = fm.data;
  const id = f.id ?? slugFromFile(file);
  // A copy that lost its header, or a scan whose number OCR could not read ("Số: §Ø0 /TCT-TTr"): the number and kind
  // its file name gives; a readable symbol after the number stays ("4800/TCT-TTr").
  const unreadable = unreadableNumber(extracted.number);
  const fromName = numberFromFileName(file);
  const named = extracted.number && !unreadable ? null : fromName;
  const number = unreadable && named ? `${named.number}${unreadable.symbol}` : extracted.number;
  // A header whose title the crawl ran into the text ("Số: 299/TTg Hà Nội, ngày … CHỈ THỊ VỀ … Ngày 24 …") still has
  // the number its file name gives: the file name's kind is then the text's.
  const agrees = fromName !== null && number.startsWith(`${fromName.number}/`);
  const meta: DocumentMeta = {
    id,
    title: f.title ?? extracted.title,
    kind: f.kind ?? (extracted.kind || (!number && named?.kind) || (agrees && fromName.kind) || ""),
    number: f.number ?? (number || named?.number || ""),
    issuer: f.issuer ?? extracted.issuer,
    province: f.province ?? extracted.province,
    issuedDate: f.issued_date ?? extracted.issuedDate,
    meetingDate: f.meeting_date ?? extracted.meetingDate,
    signer: f.signer ?? extracted.signer,
    signerTitle: f.signer_title ?? extracted.signerTitle,
    recipients: f.recipients ?? extracted.recipients,
  };
  const passages = structure.passages.map((p) => ({
    ...p,
    section: marks.length ? sectionWithPage(p.section, pageAt(marks, p.start) as PageMark) : p.section,
    id: `${id}#${p.path}`,
    documentId: id,
    references: extractReferences(p.text),
  }));
  return {
    meta,
    passages,
    references: extractReferences(passages.map((p) => p.text).join("\n")),
    file,
    hash: createHash("sha256").update(source).digest("hex"),
  };
}

/**
 * A crawl may leave "Số:" alone on its line, the number opening the next ("Số:\n230/2025/NĐ-CP Hà Nội, ngày …"):
 * the two are one line of the header. The break becomes a space, so offsets stay. A label the crawl ran onto the
 * motto's line ("… Hạnh phúc --------------- Nghị quyết số:\n132/2020/QH14") opens a line of its own instead.
 *
 * @example
 * joinBareNumberLabel("Số:\n299/TTg Hà Nội") // "Số: 299/TTg Hà Nội"
 */
export function joinBareNumberLabel(text: string): string {
  return text
    .replace(/^([|*\s]*Số\s*:?)[ \t]*\n(?=[ \t]*\d)/gmu, (m) => m.replace("\n", " "))
    .replace(
      /[ \t]((?:Nghị quyết|Quyết định|Nghị định|Thông tư|Chỉ thị|Công văn) số\s*:[ \t]*)\n(?=[ \t]*\d{1,5}\/)/gu,
      (_, label: string) => `\n${label} `,
    );
}
