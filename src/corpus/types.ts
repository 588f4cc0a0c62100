/** Metadata of one document. Unknown fields stay empty strings: nothing is invented. */
export interface DocumentMeta {
  id: string;
  title: string;
  /** "Kết luận", "Thông báo kết luận", "Công văn", … */
  kind: string;
  number: string;
  issuer: string;
  province: string;
  /** ISO date, possibly partial ("2024-06") when the source leaves the day blank. */
  issuedDate: string;
  /** Date of the meeting the conclusion records, when the text gives one. */
  meetingDate: string;
  signer: string;
  signerTitle: string;
  recipients: string[];
}

/** A reference from the text to another document, e.g. "Nghị quyết số 20-NQ/TU ngày 08/02/2022". */
export interface DocumentReference {
  kind: string;
  number: string;
  date: string;
  text: string;
}

/** The smallest citable unit: a numbered item, a bullet or a paragraph, with where it sits. */
export interface Passage {
  /** Stable id: `<documentId>#<path>`, e.g. "hy-kl-can-bo-tre-2024#2.2-y1". */
  id: string;
  documentId: string;
  /** Path inside the document, e.g. "2.2-y1", "md-d1", "kt-d1", "kg". */
  path: string;
  /** Section as a reader cites it, e.g. "mục 2.2, ý 1". */
  section: string;
  /** Titles or lead sentences of the enclosing items, outermost first. */
  headings: string[];
  /** Clean text: no markdown markers, no numbering, one line. */
  text: string;
  /** Character offsets in the source file: `source.slice(start, end)` is the raw passage. */
  start: number;
  end: number;
  references: DocumentReference[];
}

export interface ParsedDocument {
  meta: DocumentMeta;
  passages: Passage[];
  references: DocumentReference[];
  /** Path relative to the corpus folder. */
  file: string;
  /** sha256 of the document's text; unchanged documents are not re-indexed. */
  hash: string;
  /** sha256 of the file's raw bytes, when read from a file: an unchanged file is not even parsed again. */
  rawHash?: string;
}
