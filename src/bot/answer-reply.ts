import { type Answer, REFUSAL_TEXT, sourceLine } from "../answer/answer.ts";
import { documentLabel } from "../corpus/document-label.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import type { Reply } from "./chat-message.ts";

const MAX_SOURCE_BUTTONS = 5;
/** Telegram refuses callback data over 64 bytes. */
export const MAX_ACTION_BYTES = 64;

/**
 * The answerers' refusal ends with a hint for the terminal; in chat the commands that exist here replace it.
 */
const CHAT_REFUSAL =
  "Không tìm thấy nội dung này trong các văn bản đã nạp. Anh/chị hãy hỏi cụ thể hơn (nêu nhiệm vụ, đơn vị hoặc số văn bản); gõ /vanban để xem các văn bản đã nạp.";

/**
 * An answer as a chat reply: the cited text, then a compact numbered source list; buttons to open each source and
 * to give feedback, each naming the answer (`answerId`) so a button under an older answer acts on that answer;
 * hints with the same commands for channels without buttons (they act on the newest answer).
 *
 * @example
 * answerReply(answer, 17).buttons?.[0]?.[0] // { label: "📄 Nguồn [1]", action: "src:17:1" }
 */
export function answerReply(answer: Answer, answerId: number): Reply {
  if (answer.refused || answer.citations.length === 0)
    return { text: answer.answer === REFUSAL_TEXT ? CHAT_REFUSAL : answer.answer };
  const sources = answer.citations.map(sourceLine);
  const shown = answer.citations.slice(0, MAX_SOURCE_BUTTONS);
  return {
    text: `${answer.answer}\n\nNguồn:\n${sources.join("\n")}`,
    buttons: [
      shown.map((c) => ({ label: `📄 Nguồn [${c.n}]`, action: `src:${answerId}:${c.n}` })),
      [
        { label: "👍", action: `fb:${answerId}:1` },
        { label: "👎", action: `fb:${answerId}:-1` },
      ],
    ],
    hints: [`Gõ /nguon ${shown.map((c) => c.n).join(", /nguon ")} để xem toàn văn nguồn.`],
  };
}

/**
 * The full text of source [n] of an answer (`/nguon 2` for the newest, or the "📄 Nguồn [2]" button under any);
 * `sources` is null when the chat has no such answer (none yet, or too old to be kept).
 */
export function sourceReply(index: PassageIndex, sources: readonly string[] | null, arg: string): Reply {
  if (sources === null)
    return { text: "Chưa có câu trả lời nào để xem nguồn (hoặc câu trả lời đã quá cũ). Hãy đặt câu hỏi." };
  const n = Number.parseInt(arg, 10);
  if (sources.length === 0) return { text: "Câu trả lời này không có nguồn trích dẫn." };
  const id = Number.isInteger(n) ? sources[n - 1] : undefined;
  if (!id) return { text: `Hãy chọn nguồn từ 1 đến ${sources.length}, ví dụ: /nguon 1` };
  const passage = index.passage(id);
  const document = passage && index.documents.get(passage.documentId);
  if (!passage || !document)
    return { text: "Nguồn này không còn trong kho văn bản (văn bản đã được cập nhật)." };
  return { text: `[${n}] ${documentLabel(document)} — ${passage.section}\n\n${passage.text}` };
}
