/**
 * The politeness a chat message wraps its question in: "Dạ, cho em hỏi …", "anh chị ơi, …", "… vậy ạ?", "… vay anh
 * chi". These words are the grammar of a Zalo message, not its topic; left in, they dilute how much of the question a
 * passage covers, and a trailing "vậy" reads as "…, vậy <question proper>". Written with or without diacritics.
 */

/** Whom the message addresses: "anh chị", "a/c", "ad", "mọi người". */
const ADDRESSEE = String.raw`(?:anh chị|anh chi|anh\/chị|anh\/chi|a\/c|ac|ad|admin|bot|mọi người|moi nguoi|các anh chị|cac anh chi)`;
/** Who asks: "em", "mình", "tôi", "cháu", "con". */
const ASKER = "(?:em|mình|minh|tôi|toi|cháu|chau|con)";
const ASK = "(?:hỏi|hoi)(?: chút| chut| xíu| xiu| tí| ti| với| voi)?";

const LEADING = [
  // "Dạ, …", "Vâng ạ, …", "da, …" (folded only before a comma or another frame: "da nang" is Đà Nẵng).
  /^(?:dạ|vâng)(?: ạ)?[,.!]?\s+/iu,
  new RegExp(String.raw`^(?:da|vang)(?: a)?(?:[,.!]\s*|\s+(?=(?:cho|xin|${ASKER}|${ADDRESSEE})\s))`, "iu"),
  new RegExp(String.raw`^(?:xin )?(?:chào|chao) ${ADDRESSEE}[,.!]?\s+`, "iu"),
  new RegExp(String.raw`^${ADDRESSEE} (?:ơi|oi)[,.!]?\s+`, "iu"),
  new RegExp(String.raw`^(?:xin )?cho ${ASKER} (?:xin )?${ASK}(?: (?:là|la))?[,.:!]?\s+`, "iu"),
  new RegExp(String.raw`^${ASKER} (?:muốn |muon |xin )?${ASK}(?: (?:là|la))?[,.:!]?\s+`, "iu"),
  /^xin (?:hỏi|hoi)[,.:!]?\s+/iu,
];

/** Words that name a lettered item: after them a folded "a" is the item ("điểm a"), not "ạ". */
const LABEL_BEFORE_A =
  /(?:^|\s)(?:diem|điểm|khoan|khoản|muc|mục|loai|loại|hang|hạng|nhom|nhóm|tiet|tiết|phan|phần|mau|mẫu|bang|bảng|cot|cột|so|số)$/iu;

const TRAILING = [
  new RegExp(String.raw`[\s,]+(?:vậy|vay|ạ|a)\s+${ADDRESSEE}(?: (?:ơi|oi))?$`, "iu"),
  new RegExp(String.raw`[\s,]+${ADDRESSEE} (?:ơi|oi)$`, "iu"),
  // A folded "vay" after "được", "cho", "khoản"… is a loan ("hộ nghèo được vay"), not "vậy".
  /[\s,]+(?:vậy|(?<!(?<!\p{L})(?:được|duoc|cho|muốn|muon|khoản|khoan|đang|dang|sẽ|se|đã|da|tiền|tien)[\s,]+)vay|ạ|nhé|nhỉ|với|voi)$/iu,
];

/**
 * The question without the chat frame around it; the question itself when nothing, or too little, would be left.
 *
 * @example
 * stripChatFrame("Dạ, cho em hỏi hạn nộp báo cáo là ngày nào vậy ạ?") // "hạn nộp báo cáo là ngày nào?"
 * stripChatFrame("qd 40 tinh tu ngay nao vay anh chi") // "qd 40 tinh tu ngay nao"
 */
export function stripChatFrame(question: string): string {
  let text = question.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const lead of LEADING) {
      const next = text.replace(lead, "");
      if (next !== text) [text, changed] = [next, true];
    }
  }
  // "… vay anh chi (vbhn 4804)": a closing reference in brackets stays; the frame before it goes.
  const tail = /\s*(\([^()]*\))?\s*([?!.]*)$/u.exec(text);
  const [reference, mark] = [tail?.[1] ? ` ${tail[1]}` : "", tail?.[2] ?? ""];
  text = text.slice(0, text.length - (tail?.[0].length ?? 0));
  for (let changed = true; changed; ) {
    changed = false;
    for (const trail of TRAILING) {
      const next = text.replace(trail, "");
      if (next !== text) [text, changed] = [next, true];
    }
    // A folded "a" closing the message is "ạ", unless it letters an item ("điểm a", "khoản 2 mục a").
    const folded = /\s+a$/u.exec(text);
    if (folded && !LABEL_BEFORE_A.test(text.slice(0, folded.index)))
      [text, changed] = [text.slice(0, folded.index), true];
  }
  const left = text.replace(/[\s,]+$/u, "").trim();
  return left.split(/\s+/u).length >= 3 ? `${left}${reference}${mark}` : question.trim();
}
