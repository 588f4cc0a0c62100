/**
 * The turn from a question's context to what it asks: "NĐ 87 căn cứ Luật Giáo dục …; vậy Luật Giáo dục có hiệu lực
 * từ ngày nào?". Officers state what they know first, then ask.
 */

/** Words that turn to the question proper, as written or typed without diacritics: "vậy", "còn". */
export const TURN_WORDS = "vậy|vay|còn";

/**
 * "…; vậy Luật Cư trú đó có hiệu lực từ ngày nào": the question proper after "vậy" (group 1), as written or folded.
 * Punctuation closes the context: without it "vay" is a word ("tnxp được vay vốn …": a loan) or a closing particle.
 *
 * @example
 * ASKING_CLAUSE.exec("NĐ 87 căn cứ Luật Giáo dục; vậy luật đó có hiệu lực khi nào")?.[1] // "luật đó có hiệu lực khi nào"
 */
export const ASKING_CLAUSE = /[;,.?]\s*(?:vậy|vay)\s+(.+)$/iu;
