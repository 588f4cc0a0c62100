import { partyIssuer } from "./party-issuer.ts";
import { provincesIn } from "./provinces.ts";
import { isoDate } from "./reference-extractor.ts";
import { properties } from "./site-wrapper.ts";
import { type DocumentStructure, MOTTO, withoutMotto } from "./structure-parser.ts";
import { type Block, PLACE_DATE, upperShare } from "./text-blocks.ts";
import type { DocumentMeta } from "./types.ts";

const KINDS: [RegExp, string][] = [
  [/^THÔNG BÁO\s+KẾT LUẬN/u, "Thông báo kết luận"],
  [/^KẾT LUẬN/u, "Kết luận"],
  [/^THÔNG BÁO/u, "Thông báo"],
  [/^NGHỊ QUYẾT/u, "Nghị quyết"],
  [/^NGHỊ ĐỊNH/u, "Nghị định"],
  [/^THÔNG TƯ LIÊN TỊCH/u, "Thông tư liên tịch"],
  [/^THÔNG TƯ/u, "Thông tư"],
  [/^PHÁP LỆNH/u, "Pháp lệnh"],
  [/^BỘ LUẬT/u, "Bộ luật"],
  [/^LUẬT/u, "Luật"],
  [/^HIẾN PHÁP/u, "Hiến pháp"],
  [/^CHỈ THỊ/u, "Chỉ thị"],
  [/^QUYẾT ĐỊNH/u, "Quyết định"],
  [/^QUY ĐỊNH/u, "Quy định"],
  [/^KẾ HOẠCH/u, "Kế hoạch"],
  // A Party committee's "CHƯƠNG TRÌNH HÀNH ĐỘNG" (-CTr/TU) that carries out a resolution or conclusion.
  [/^CHƯƠNG TRÌNH/u, "Chương trình"],
  [/^HƯỚNG DẪN/u, "Hướng dẫn"],
  [/^BÁO CÁO/u, "Báo cáo"],
  [/^CÔNG VĂN/u, "Công văn"],
  // The Prime Minister's or a chairman's urgent dispatch: "CÔNG ĐIỆN" over "V/v …", then "THỦ TƯỚNG CHÍNH PHỦ điện:".
  [/^CÔNG ĐIỆN/u, "Công điện"],
];
/** "Số: 986/QĐ-UBND"; laws and ordinances put their kind first: "Pháp lệnh số: 02/2020/UBTVQH14". */
/** "Số: 15-KH/TU"; a number written into its blank keeps the gap before the sign ("Số:   4390     /UBND-NLN"). */
const NUMBER_LINE =
  /^(?:\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}\s+số\s*:|Số\s*:?)\s*(\d\S*\s+[-/]\S+|[^\s\d/]\S*\s+\/\S+|\S+)/u;
/**
 * The title a legal site's crawl writes before the header it copied, on the issuer's line ("Quyết định 3176/QĐ-BYT
 * năm 2024. BỘ Y TẾ -------"): the site's, not the issuer's.
 */
const CRAWL_TITLE =
  /^(?:Quyết định|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Công văn|Chỉ thị|Kế hoạch|Thông báo|Hướng dẫn)\s+\d[\p{L}\d/.-]*(?:\s+năm\s+\d{4})?\.\s+(?=\p{Lu}{2,}\s)/u;
/** A number line typed under the issuer without a blank line ("TỈNH ỦY\nSố 15-KH/TU"), joined to its block. */
const NUMBER_TAIL = /\s+Số\s*:?\s*(?:\d|-\p{Lu})[^\s]*$/u;
/** A letter's subject line: "V/v rà soát …", or "Về hướng dẫn đánh giá …" under its number. */
const SUBJECT_LINE = /(?:\bV\/v|^Về)\s+(.+)$/u;
const SIGNER_TITLE =
  /^(T\/M|K\/T|TM\.|KT\.|TL\.|BÍ THƯ|PHÓ BÍ THƯ|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHỦ TỊCH|GIÁM ĐỐC)/u;

/** "(Đã ký)", "[đã ký và đóng dấu]" at the end of a signer's lines. */
const STAMP_NOTE = /\s*[([](?:đã\s+)?ký(?:\s+(?:và|tên)[^)\]]*)?[)\]]\s*$/iu;

/**
 * The signers of a signature, each with the lines in capitals above the name: its formula and office ("TM. CHÍNH
 * PHỦ THỦ TƯỚNG", "XÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG"). The stamp note "(Đã ký)", "[đã ký]" is no name.
 */
function signerGroups(signature: readonly Block[]): { name: string; title: string }[] {
  const groups: { name: string; title: string }[] = [];
  let title: string[] = [];
  for (const block of signature) {
    // "(Đã ký)", "[đã ký]": the stamp note of a copy.
    if (/^[([]/u.test(block.text)) continue;
    if (upperShare(block.text) >= 0.5) {
      title.push(block.text);
      continue;
    }
    groups.push({
      name: block.text,
      title: title
        .filter((t) => SIGNER_TITLE.test(t) || !/[.:]$/u.test(t))
        .join(" ")
        .replace(STAMP_NOTE, ""),
    });
    title = [];
  }
  return groups;
}

/**
 * A date in the opening paragraphs that is not the date of a cited document: one right after a document's number
 * ("17-NQ/TU, ngày …", "Chỉ thị số 16/CT-TTg ngày 25/6/2019") is that document's, not a meeting's.
 */
const MEETING_DATE = /(?<![\p{L}\d]\/[\p{L}\d./-]*,?\s*)\b[Nn]gày\s+(\d{1,2}\/\d{1,2}\/\d{4})/u;

/**
 * The line naming the authority that decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ …", "QUYẾT ĐỊNH:")
 * closes the title block: it is not part of the title.
 */
const AUTHORITY =
  /^(CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|QUYẾT ĐỊNH:|QUYẾT NGHỊ:)/u;
/**
 * An issuer below the province (commune, district) or the province itself: its province is in its name. The end of a
 * word is no `\b` after "Ố" or "Ã"; "XÃ HỘI" is a ministry's, not a commune's.
 */
const LOCAL_ISSUER = /(TỈNH|THÀNH PHỐ|THÀNH ỦY|HUYỆN|QUẬN|THỊ XÃ|XÃ(?! HỘI)|PHƯỜNG)(?![\p{L}])/u;

function issuedFrom(header: Block[]): { date: string; place: string } {
  for (const block of header) {
    const m = PLACE_DATE.exec(block.text);
    if (m) {
      const month = m[3].replace(/\s/g, "").padStart(2, "0");
      const day = (m[2] ?? "").replace(/\s/g, "");
      return {
        place: m[1].trim(),
        date: day ? `${m[4]}-${month}-${day.padStart(2, "0")}` : `${m[4]}-${month}`,
      };
    }
  }
  return { date: "", place: "" };
}

/**
 * "Luật này đã được Quốc hội … khóa XIV, kỳ họp thứ 5 thông qua ngày 12 tháng 6 năm 2018": a law, code or
 * ordinance is dated by the day it was passed, written in its closing line when its header carries no date (a line
 * wrapped inside that sentence, as a converted PDF has it, is still that sentence).
 */
const ADOPTED =
  /(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh|Nghị quyết) này (?:đã )?được(?:[^.\n]|\n(?!\s*\n)){0,160}?thông qua ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;

function adoptedOn(text: string): string {
  const m = ADOPTED.exec(text);
  return m ? `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}` : "";
}

/** "18/11/2025" as "2025-11-18"; "" for anything else. */
const dayOf = (text: string) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}` : "";
};

/**
 * Reads metadata from the text itself, for files without front matter: kind and title from the title block,
 * number and place/date lines, issuer from the organisation lines, signer from the signature, province only
 * where the text names it ("TỈNH ỦY LẠNG SƠN", "tỉnh Hưng Yên"). Fields the text does not give stay empty.
 */
export function extractMetadata(structure: DocumentStructure, fullText: string): Omit<DocumentMeta, "id"> {
  const header = structure.header;
  const titleIndex = header.findIndex((b) => KINDS.some(([re]) => re.test(b.text)));
  const afterKind = titleIndex >= 0 ? header.slice(titleIndex) : header.slice(-1);
  const authority = afterKind.findIndex((b, i) => i > 0 && AUTHORITY.test(b.text));
  // A title block placed after the body by a converter comes after the title here: its lines are not the title.
  const titleBlocks = (authority > 0 ? afterKind.slice(0, authority) : afterKind).filter(
    (b, i) =>
      i === 0 ||
      !(
        MOTTO.test(b.text) ||
        NUMBER_LINE.test(b.text) ||
        PLACE_DATE.test(b.text) ||
        /^Căn cứ\s/u.test(b.text)
      ),
  );
  // A letter has no title line; its subject is the "V/v …" under its number, or a line "Về …" there.
  const subject = SUBJECT_LINE.exec(header.map((b) => b.text).find((t) => SUBJECT_LINE.test(t)) ?? "");
  // Without a title line, the last header line may be the place and date: that is no title.
  const titled =
    titleIndex >= 0
      ? titleBlocks
      : titleBlocks.filter((b) => !PLACE_DATE.test(b.text) && properties(b.text).size === 0);
  const titleText = titleIndex < 0 && subject ? `V/v ${subject[1]}` : titled.map((b) => b.text).join(" ");
  const kind =
    KINDS.find(([re]) => re.test(titleText))?.[1] ??
    (subject || structure.passages.some((p) => p.path === "kg") ? "Công văn" : "");
  const orgLines = header
    .slice(0, titleIndex >= 0 ? titleIndex : header.length)
    // "BỘ Y TẾ --------": the rule a crawler keeps on the issuer's line is not part of its name.
    .map((b) => ({
      ...b,
      text: withoutMotto(b.text.replace(CRAWL_TITLE, "")).replace(/\s+(?:-{3,}|_{3,})\s*$/u, ""),
    }))
    .filter(
      (b) =>
        !MOTTO.test(b.text) &&
        !NUMBER_LINE.test(b.text) &&
        !PLACE_DATE.test(b.text) &&
        upperShare(b.text) > 0.8,
    )
    // A gazette prints the issuer over the section of its texts, then the text's own header: one name, said twice.
    .filter((b, i, all) => i === 0 || b.text.trim() !== all[i - 1]?.text.trim());
  // Some converted files put the header block at the end: fall back to lines anywhere in the text.
  const lines = fullText.split("\n").map((line) => ({ text: line.replace(/^[|*\s]+/u, "") }) as Block);
  const number =
    [...header, ...lines]
      .map((b) => NUMBER_LINE.exec(b.text)?.[1]?.replace(/\s+/g, "") ?? "")
      .find(Boolean) ?? "";
  const issuedDate = issuedFrom(header).date || issuedFrom(lines).date || adoptedOn(fullText);
  const signature = structure.trailer.filter(
    (b) => b.type !== "bullet" && !/^nơi nhận|^gửi bản/iu.test(b.text),
  );
  const signers = signerGroups(signature);
  const issuerFromTitle = /CỦA ((?:BAN|TỈNH|HỘI|ĐỒNG)(?:\s+\p{Lu}+(?!\p{Ll}))+)/u.exec(titleText)?.[1];
  // "TM. CHÍNH PHỦ" signs on behalf of the body that issues the text; "KT. CHỦ TỊCH …" joined after it is the signer's.
  const onBehalfOf = /^(?:TM|T\/M)\.\s*(.+)$/u
    .exec(signature.find((b) => /^(?:TM|T\/M)\./u.test(b.text))?.text ?? "")?.[1]
    ?.replace(/\s+(?:KT|TL|TUQ|Q)\.\s.*$/u, "");
  const headerIssuer = partyIssuer(
    mendSpacedLetters(
      orgLines.length ? orgLines.map((b) => b.text).join(" ") : (issuerFromTitle ?? onBehalfOf?.trim() ?? ""),
    ).replace(NUMBER_TAIL, ""),
  );
  // A header cell cut short ("ỦY BAN THƯỜNG VỤ") is completed by the enacting line under the title
  // ("ỦY BAN THƯỜNG VỤ QUỐC HỘI").
  const enacting = authority > 0 ? (afterKind[authority]?.text.trim() ?? "") : "";
  // A resolution with no header block names its body only there ("HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU KHÓA VI, KỲ
  // HỌP THỨ NĂM"): that body, without its term and session.
  const enactingBody = enacting.endsWith(":")
    ? ""
    : enacting.replace(/\s+KH(?:ÓA|OÁ) [IVXLC\d]+\b.*$|,.*$/u, "").trim();
  const issuer =
    headerIssuer && enacting.length > headerIssuer.length && enacting.startsWith(`${headerIssuer} `)
      ? enacting
      : headerIssuer || enactingBody;

  const intro = structure.passages
    .filter((p) => p.path.startsWith("md-") && !/^(căn cứ|theo đề nghị|xét đề nghị)/iu.test(p.text))
    .map((p) => p.text)
    .join("\n");
  const province = provinceOf(issuer, titleText, intro || fullText);
  const meeting = MEETING_DATE.exec(intro);
  // A text with no title line is named by its first sentence, not by its header block or addressees.
  const firstSentence =
    structure.passages.find((p) => p.path !== "kg" && p.path !== "hd")?.text.split(/(?<=[.:;])\s/u)[0] ?? "";
  // "… XÂY DỰNG KINH TẾ QUỐC HỘI": a crawl that ran the enacting body's line ("QUỐC HỘI") onto the title.
  const ownTitle =
    issuer && titleText.endsWith(` ${issuer}`) ? titleText.slice(0, -issuer.length - 1) : titleText;
  const title = ownTitle || (firstSentence.length > 100 ? `${firstSentence.slice(0, 99)}…` : firstSentence);
  // Fields the text's own header does not give, from a property list copied with it, else from the caption of its
  // own appendix.
  const listed = properties(fullText);
  const caption = ownCaption(fullText, kind);
  return {
    title,
    kind: kind || (listed.get("loại văn bản") ?? ""),
    // "Số      -CTr/TU", "Số:      /KH-UBND": a number left blank to fill in by hand keeps its sign, which still tells
    // the text apart. So does one a scan misread before its sign ("Số: GIF /TCT-TTKT"), which the file name may mend.
    number: /\d|^[-/]\p{Lu}|^[^\s/]{1,6}\/\p{Lu}/u.test(number)
      ? number
      : (listed.get("số hiệu") ?? caption?.number ?? ""),
    issuer: issuer || (listed.get("nơi ban hành") ?? listed.get("cơ quan ban hành") ?? caption?.issuer ?? ""),
    province,
    issuedDate: issuedDate || dayOf(listed.get("ngày ban hành") ?? "") || (caption?.date ?? ""),
    meetingDate: meeting ? isoDate(meeting[1]) : "",
    // Joint signers ("KT. BỘ TRƯỞNG BỘ LAO ĐỘNG … Bùi Hồng Lĩnh | KT. BỘ TRƯỞNG BỘ TÀI CHÍNH … Phạm Sỹ Danh") are
    // listed in order, "; " between them, names and titles alike.
    signer: signers.map((g) => g.name).join("; ") || (listed.get("người ký") ?? ""),
    signerTitle: signers.map((g) => g.title).join("; "),
    recipients: structure.recipients,
  };
}

/**
 * The text's own number, day and issuer as its appendix names it, for a copy that lost its header: "(Kèm theo Hướng
 * dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban Tuyên giáo và Dân vận Trung ương)". Only a caption naming the text's
 * own kind: "Kèm theo Quyết định số …" in a plan is the decision that issued it.
 *
 * @example
 * ownCaption("(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của Ban X)", "Hướng dẫn")?.number // "40-HD/BTGDVTW"
 */
export function ownCaption(
  fullText: string,
  kind: string,
): { number: string; date: string; issuer: string } | null {
  if (!kind) return null;
  const text = fullText.replace(/[*_]/g, "").replace(/\s+/g, " ");
  const m = new RegExp(
    `\\((?:ban hành )?kèm theo ${kind} số ([^\\s,;)]*\\d[^\\s,;)]*),? ngày (\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2} tháng \\d{1,2} năm \\d{4}) của ([^)]{3,120})\\)`,
    "iu",
  ).exec(text);
  return m ? { number: m[1] ?? "", date: isoDate(m[2] ?? ""), issuer: (m[3] ?? "").trim() } : null;
}

/** An accented capital vowel: the second half of a word a bad conversion split ("B Ộ", "V À", "X Ã"). */
const SPLIT_WORD =
  /(?<![\p{L}])([B-DGHK-NP-TVXĐ]{1,2}) ([ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][A-ZĐ]{0,3})(?![\p{L}])/gu;

/**
 * Joins capital words a conversion split before an accented vowel: "B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI" →
 * "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI". A Vietnamese word never is a lone consonant.
 */
export function mendSpacedLetters(text: string): string {
  return text.replace(SPLIT_WORD, "$1$2");
}

/**
 * The province a document belongs to: named by its issuer ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"), else, for a local
 * or unknown issuer, by its title or opening. A ministry's or the government's text belongs to no province even
 * when it names one.
 */
function provinceOf(issuer: string, title: string, opening: string): string {
  const fromIssuer = provincesIn(issuer, { capitalised: true })[0];
  if (fromIssuer) return fromIssuer;
  const legacy = /TỈNH ỦY ([\p{Lu} ]+?)(?:\s+VĂN PHÒNG|\s+BAN|$)/u.exec(issuer);
  if (legacy) return titleCase(legacy[1].trim());
  if (issuer && !LOCAL_ISSUER.test(issuer)) return "";
  const fromTitle = provincesIn(title, { capitalised: true })[0];
  if (fromTitle) return fromTitle;
  const named = /(?:toàn )?tỉnh ((?:\p{Lu}\p{Ll}+ ?){1,3})/u.exec(opening);
  return named ? titleCase(named[1].trim()) : "";
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}
