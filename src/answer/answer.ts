import { documentLabel } from "../corpus/document-label.ts";
import { pageOfSection } from "../corpus/page-markers.ts";
import type { DocumentMeta, Passage } from "../corpus/types.ts";

/** One cited source, in the order of its marker in the answer. The `ask --json` contract. */
export interface Citation {
  n: number;
  passageId: string;
  documentId: string;
  documentTitle: string;
  /** The document as officers cite it: kind, number, date, issuer, province (`documentLabel`). */
  documentLabel: string;
  section: string;
  /** The full passage text. */
  text: string;
  score: number;
  /** The page of a converted PDF or scan the passage is on (its section label ends with ", trang N"). */
  page?: number;
  /** The passage was read by OCR from a scan or photo: its wording may hold recognition errors. */
  ocr?: boolean;
}

/** The `ask --json` contract: extend it, never rename or remove a field. */
export interface Answer {
  question: string;
  answer: string;
  refused: boolean;
  mode: "extractive" | "llm";
  citations: Citation[];
  ms: number;
  /** The document covers the topic but does not give the fact asked for (a figure, a date, a party). */
  notStated?: boolean;
  /** The question names no topic of its own; the answer asks what is meant (refused, no citations). */
  clarify?: boolean;
}

export const REFUSAL_TEXT =
  "Không tìm thấy nội dung này trong các văn bản đã nạp. Anh/chị hãy hỏi cụ thể hơn: nêu nhiệm vụ, đơn vị hoặc số văn bản.";

/** The citation of one passage: every answerer builds them here so the fields never drift apart. */
export function citationOf(
  n: number,
  passage: Pick<Passage, "id" | "section" | "text">,
  document: DocumentMeta,
  score: number,
): Citation {
  return {
    n,
    passageId: passage.id,
    documentId: document.id,
    documentTitle: document.title,
    documentLabel: documentLabel(document),
    section: passage.section,
    text: passage.text,
    score,
    ...pageOfSection(passage.section),
  };
}

/** "[1] Thông báo kết luận số …-TB/VPTU … — mục 3.2": one source line, the same on every surface. */
export const sourceLine = (c: Pick<Citation, "n" | "documentLabel" | "documentTitle" | "section">) =>
  `[${c.n}] ${c.documentLabel || c.documentTitle} — ${c.section}`;
