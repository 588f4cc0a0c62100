/** One cited source, in the order of its marker in the answer. The `ask --json` contract. */
export interface Citation {
  n: number;
  passageId: string;
  documentId: string;
  documentTitle: string;
  section: string;
  /** The full passage text. */
  text: string;
  score: number;
}

/** The `ask --json` contract: extend it, never rename or remove a field. */
export interface Answer {
  question: string;
  answer: string;
  refused: boolean;
  mode: "extractive" | "llm";
  citations: Citation[];
  ms: number;
}

export const REFUSAL_TEXT =
  "Không tìm thấy nội dung này trong các văn bản đã nạp. Anh/chị hãy hỏi cụ thể hơn (nêu nhiệm vụ, đơn vị hoặc số văn bản), hoặc dùng lệnh tìm kiếm để xem các đoạn gần nhất.";
