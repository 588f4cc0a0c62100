import { splitSentences } from "../language/sentences.ts";

/**
 * A chat message that tells its story before it asks: "Em là cán bộ xã Hòa An. Xã em đang rà lại hồ sơ mấy bác …
 * . Cho em hỏi thời gian chiến sự tính từ tháng năm nào?". The sentences it closes with "?" ask; the others are context
 * ("mấy bác" there is "a few", not "how many"), and what kind of fact is asked is read from the asking ones only.
 */

/** What makes a clause ask, folded: a question word ("nào", "gì", "bao nhiêu", "có … không", "bao giờ"). */
export const ASKS = /\b(?:nao|gi|bao nhieu|may|khong|ai|sao|bao lau|the nao|khi nao|bao gio)\b/;

/** An abbreviation closing a fragment ("TP. Hồ Chí Minh", "Q. 1"): its period ends no sentence. */
const ABBREVIATION = /(?:^|\s)(?:TP|Tp|tp|TX|Tx|Q|P|H|X|TT|Th|ThS|TS|PGS|GS)\.$/u;

/**
 * The sentences of a message that ask, when it ends some with "?" and tells context in the others; the message as
 * it is otherwise (one sentence, no "?", or every sentence asking).
 *
 * @example
 * askingSentences("Em ở xã Hòa An. Xã em rà lại hồ sơ mấy bác. Chiến sự tính từ năm nào?") // "Chiến sự tính từ năm nào?"
 * askingSentences("Ai ký QĐ 40? Ngày nào?") // "Ai ký QĐ 40? Ngày nào?"
 */
export function askingSentences(message: string): string {
  const sentences: string[] = [];
  for (const sentence of splitSentences(message)) {
    const last = sentences.at(-1);
    if (last !== undefined && ABBREVIATION.test(last))
      sentences[sentences.length - 1] = `${last} ${sentence}`;
    else sentences.push(sentence);
  }
  const asking = sentences.filter((s) => /\?\s*$/u.test(s));
  return asking.length > 0 && asking.length < sentences.length ? asking.join(" ") : message;
}
