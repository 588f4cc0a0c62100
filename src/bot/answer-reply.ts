import { type Answer, sourceLine } from "../answer/answer.ts";
import { documentLabel } from "../corpus/document-label.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import type { Reply } from "./chat-message.ts";

const MAX_SOURCE_BUTTONS = 5;

/**
 * An answer as a chat reply: the cited text, then a compact numbered source list; buttons to open each source and
 * to give feedback (hints with the same commands for channels without buttons).
 *
 * @example
 * answerReply(answer).text // "… [1]\n\nNguồn:\n[1] Kết luận … — mục 3.3"
 */
export function answerReply(answer: Answer): Reply {
  if (answer.refused || answer.citations.length === 0) return { text: answer.answer };
  const sources = answer.citations.map(sourceLine);
  const shown = answer.citations.slice(0, MAX_SOURCE_BUTTONS);
  return {
    text: `${answer.answer}\n\nNguồn:\n${sources.join("\n")}`,
    buttons: [
      shown.map((c) => ({ label: `📄 Nguồn [${c.n}]`, action: `src:${c.n}` })),
      [
        { label: "👍", action: "fb:1" },
        { label: "👎", action: "fb:-1" },
      ],
    ],
    hints: [`Gõ /nguon ${shown.map((c) => c.n).join(", /nguon ")} để xem toàn văn nguồn.`],
  };
}

/** The full text of source [n] of the chat's last answer (`/nguon 2`, or the "📄 Nguồn [2]" button). */
export function sourceReply(index: PassageIndex, lastSources: readonly string[], arg: string): Reply {
  const n = Number.parseInt(arg, 10);
  if (lastSources.length === 0)
    return { text: "Chưa có câu trả lời nào để xem nguồn. Hãy đặt câu hỏi trước." };
  const id = Number.isInteger(n) ? lastSources[n - 1] : undefined;
  if (!id) return { text: `Hãy chọn nguồn từ 1 đến ${lastSources.length}, ví dụ: /nguon 1` };
  const passage = index.passage(id);
  const document = passage && index.documents.get(passage.documentId);
  if (!passage || !document)
    return { text: "Nguồn này không còn trong kho văn bản (văn bản đã được cập nhật)." };
  return { text: `[${n}] ${documentLabel(document)} — ${passage.section}\n\n${passage.text}` };
}
