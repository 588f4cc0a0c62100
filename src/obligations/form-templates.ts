import { FORM_BLANK } from "../corpus/structure-parser.ts";
import type { Passage } from "../corpus/types.ts";
import { foldKeepingOffsets } from "./party-view.ts";

/** The national motto of a header block: inside the body it opens an attached form or text. */
const MOTTO = /\bdoc lap\s*-\s*tu do\s*-\s*hanh phuc\b/;
/** "Mẫu số 01", "MẪU SỐ 20[9]", "Mẫu 2B": a form's own title line. */
const FORM_TITLE = /^(?:\|\s*)?mau(?: so)?\s+\d/;
/** "Phụ lục II", "PHỤ LỤC I18": a new appendix, which ends whatever came before. */
const APPENDIX_TITLE = /^(?:\|\s*)?phu luc\b/;

const foldedStart = (text: string) => foldKeepingOffsets(text.normalize("NFC").trim().slice(0, 400));

/**
 * A header block inside the body ("ỦY BAN NHÂN DÂN TỈNH … | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh
 * phúc", "Số: 13/KH-UBND"): the letterhead of an attached plan or form, which names its issuer, not anyone's work.
 *
 * @example
 * isHeaderBlock("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG: Số: 13/KH-UBND | CỘNG HÒA … Độc lập - Tự do - Hạnh phúc") // true
 */
export const isHeaderBlock = (text: string): boolean => MOTTO.test(foldedStart(text));

/**
 * The passages that belong to form templates printed with a text (a "Bản khai", a model decision, a register with
 * blank rows): a stretch that opens with a national motto or a "Mẫu số …" title and has blanks to fill in. A form
 * assigns nothing, however it is worded ("Đề nghị các cơ quan chức năng xem xét …", "Điều 2. Các ông (bà) …… chịu
 * trách nhiệm thi hành Quyết định này"). A plan attached to a decision opens with a motto too but has no blanks, so
 * it stays. The document's own header (`hd`) opens nothing.
 *
 * @example
 * formTemplatePaths(passages).has("kem4.dieu2") // true: Điều 2 of the model decision in an appendix
 */
export function formTemplatePaths(passages: readonly Passage[]): Set<string> {
  const out = new Set<string>();
  let stretch: { form: boolean; paths: string[]; blanks: number } | null = null;
  const close = () => {
    // Two blanks at least: one dotted line in an attached plan ("Số: …/KH") does not make it a form.
    if (stretch?.form && stretch.blanks >= 2) {
      for (const path of stretch.paths) out.add(path);
    }
    stretch = null;
  };
  for (const passage of passages) {
    if (passage.path === "hd") continue;
    const start = foldedStart(passage.text);
    const opensForm = MOTTO.test(start) || FORM_TITLE.test(start);
    if (opensForm || APPENDIX_TITLE.test(start)) {
      close();
      stretch = { form: opensForm, paths: [], blanks: 0 };
    }
    if (!stretch) continue;
    stretch.paths.push(passage.path);
    if (FORM_BLANK.test(passage.text)) stretch.blanks += 1;
  }
  close();
  return out;
}
