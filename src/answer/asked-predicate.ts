import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import { blankDocumentReferences } from "./document-reference.ts";
import { foldedWords } from "./passage-context.ts";

/**
 * "có … không" closing the question, folded: what is asked of the subject ("trợ cấp 1 lần có chịu thuế TNCN không"
 * asks "chịu thuế TNCN"). "hay không", "không ạ", "chưa" close it too.
 */
const YES_NO =
  /(?:^|[\s,;:])co\s+((?:(?!\bco\b)[^?.;:!])*?)\s+(?:hay\s+)?(?:khong|ko|chua)(?:\s+(?:a|ah|vay|nhi|nhe|ha|ne|the))?\s*[?.!]*\s*$/;
/** Words of a yes/no question's predicate that ask nothing of their own ("được", "phải", "bị", "thì"). */
const FORM_WORDS = /^(?:(?:duoc|phai|bi|can|nen|the|van|con|dang|se|da)\s+)+/;

/**
 * The predicate a yes/no question asks of its subject, as typed ("chịu thuế TNCN"), or null when the question is not
 * a yes/no question. Its words are what the quoted text must speak of: a text on the subject that never names the
 * predicate neither grants nor refuses it.
 *
 * @example
 * askedPredicate("QĐ 40/2011: trợ cấp 1 lần TNXP có chịu thuế TNCN không?") // "chịu thuế TNCN"
 * askedPredicate("Hạn nộp báo cáo là ngày nào?") // null
 */
export function askedPredicate(question: string): string | null {
  const typed = normalize(question).trim();
  const folded = fold(typed).toLowerCase();
  if (folded.length !== typed.length) return null;
  const m = YES_NO.exec(folded);
  if (!m?.[1]) return null;
  const start = (m.index ?? 0) + m[0].indexOf(m[1]);
  const lead = FORM_WORDS.exec(m[1])?.[0].length ?? 0;
  const span = [start + lead, start + m[1].length] as const;
  // Without the documents it names ("theo NĐ 87/2013"); folding keeps every position, so the blanks map back.
  const blanked = blankDocumentReferences(folded.slice(...span));
  const predicate = [...typed.slice(...span)]
    .map((c, i) => (blanked[i] === " " ? " " : c))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return predicate.length > 0 ? predicate : null;
}

/** A predicate that asks whether the subject is covered at all: "thuộc diện …", "là đối tượng …", "được áp dụng …". */
const SCOPE_ASK = /^(?:thuoc (?:dien|doi tuong)|nam trong (?:dien|doi tuong|pham vi)|la doi tuong|ap dung)\b/;
/** A scope clause, folded: "áp dụng đối với", "không áp dụng đối với", "đối tượng áp dụng", "không thuộc diện". */
const SCOPE_CLAUSE =
  /\b(?:ap dung (?:doi )?voi|doi tuong ap dung|pham vi dieu chinh|khong thuoc (?:dien|doi tuong))\b/;

/**
 * Whether a yes/no predicate asks if the subject is covered ("bác đang ngồi tù có thuộc diện được xét trợ cấp
 * không"), and the passage's context (its headings, its list's lead-in) is a scope clause that settles it: the item
 * under "Quyết định này không áp dụng đối với:" answers, though it never repeats "trợ cấp".
 *
 * @example
 * scopeAnswers("thuộc diện được xét trợ cấp", "Quyết định này không áp dụng đối với:\nNhững người đang chấp hành án tù") // true
 */
export function scopeAnswers(predicate: string, context: string): boolean {
  return SCOPE_ASK.test(foldedWords(predicate)) && SCOPE_CLAUSE.test(foldedWords(context));
}
