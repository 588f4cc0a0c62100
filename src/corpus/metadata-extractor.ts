import { isoDate } from "./reference-extractor.ts";
import type { DocumentStructure } from "./structure-parser.ts";
import type { Block } from "./text-blocks.ts";
import type { DocumentMeta } from "./types.ts";

const KINDS: [RegExp, string][] = [
  [/^THÔNG BÁO\s+KẾT LUẬN/u, "Thông báo kết luận"],
  [/^KẾT LUẬN/u, "Kết luận"],
  [/^THÔNG BÁO/u, "Thông báo"],
  [/^NGHỊ QUYẾT/u, "Nghị quyết"],
  [/^CHỈ THỊ/u, "Chỉ thị"],
  [/^QUYẾT ĐỊNH/u, "Quyết định"],
  [/^QUY ĐỊNH/u, "Quy định"],
  [/^KẾ HOẠCH/u, "Kế hoạch"],
  [/^HƯỚNG DẪN/u, "Hướng dẫn"],
  [/^BÁO CÁO/u, "Báo cáo"],
  [/^CÔNG VĂN/u, "Công văn"],
];
const MOTTO = /^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập)/u;
const NUMBER_LINE = /^Số\s*:?\s*(\S+)/u;
const PLACE_DATE = /^([\p{L} ]+),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u;
const SIGNER_TITLE =
  /^(T\/M|K\/T|TM\.|KT\.|TL\.|BÍ THƯ|PHÓ BÍ THƯ|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHỦ TỊCH|GIÁM ĐỐC)/u;

/** A date in the opening paragraphs that is not the date of a cited document ("17-NQ/TU, ngày …"). */
const MEETING_DATE = /(?<![\p{Lu}Đ]+\/[\p{Lu}]+,?\s*)\b[Nn]gày\s+(\d{1,2}\/\d{1,2}\/\d{4})/u;

const upperShare = (text: string) => {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters ? letters.replace(/\p{Ll}/gu, "").length / letters.length : 0;
};

function issuedFrom(header: Block[]): { date: string; place: string } {
  for (const block of header) {
    const m = PLACE_DATE.exec(block.text);
    if (m) {
      const month = m[3].padStart(2, "0");
      return {
        place: m[1].trim(),
        date: m[2] ? `${m[4]}-${month}-${m[2].padStart(2, "0")}` : `${m[4]}-${month}`,
      };
    }
  }
  return { date: "", place: "" };
}

/**
 * Reads metadata from the text itself, for files without front matter: kind and title from the title block,
 * number and place/date lines, issuer from the organisation lines, signer from the signature, province only
 * where the text names it ("TỈNH ỦY LẠNG SƠN", "tỉnh Hưng Yên"). Fields the text does not give stay empty.
 */
export function extractMetadata(structure: DocumentStructure, fullText: string): Omit<DocumentMeta, "id"> {
  const header = structure.header;
  const titleIndex = header.findIndex((b) => KINDS.some(([re]) => re.test(b.text)));
  const titleBlocks = titleIndex >= 0 ? header.slice(titleIndex) : header.slice(-1);
  const titleText = titleBlocks.map((b) => b.text).join(" ");
  const kind =
    KINDS.find(([re]) => re.test(titleText))?.[1] ??
    (structure.passages.some((p) => p.path === "kg") ? "Công văn" : "");
  const orgLines = header
    .slice(0, Math.max(titleIndex, 0))
    .filter(
      (b) =>
        !MOTTO.test(b.text) &&
        !NUMBER_LINE.test(b.text) &&
        !PLACE_DATE.test(b.text) &&
        upperShare(b.text) > 0.8,
    );
  const number = header.map((b) => NUMBER_LINE.exec(b.text)?.[1] ?? "").find(Boolean) ?? "";
  const { date: issuedDate } = issuedFrom(header);
  const signature = structure.trailer.filter(
    (b) => b.type !== "bullet" && !/^nơi nhận|^gửi bản/iu.test(b.text),
  );
  const signerBlock = signature.at(-1);
  const signer = signerBlock && upperShare(signerBlock.text) < 0.5 ? signerBlock.text : "";
  const titleLines = signature.filter((b) => SIGNER_TITLE.test(b.text)).map((b) => b.text);
  const provinceMatch =
    /TỈNH ỦY ([\p{Lu} ]+?)(?:\s+VĂN PHÒNG|\s+BAN|$)/u.exec(orgLines.map((b) => b.text).join(" ")) ??
    /(?:toàn )?tỉnh ((?:\p{Lu}\p{Ll}+ ?){1,3})/u.exec(fullText);
  const province = provinceMatch ? titleCase(provinceMatch[1].trim()) : "";
  const issuerFromTitle = /CỦA ((?:BAN|TỈNH|HỘI|ĐỒNG)(?:\s+\p{Lu}+(?!\p{Ll}))+)/u.exec(titleText)?.[1];
  const issuer = orgLines.length ? orgLines.map((b) => b.text).join(" ") : (issuerFromTitle ?? "");
  const intro = structure.passages
    .filter((p) => p.path.startsWith("md-"))
    .map((p) => p.text)
    .join("\n");
  const meeting = MEETING_DATE.exec(intro);
  const firstSentence = structure.passages.find((p) => p.path !== "kg")?.text.split(/(?<=[.:;])\s/u)[0] ?? "";
  const title = titleText || (firstSentence.length > 100 ? `${firstSentence.slice(0, 99)}…` : firstSentence);
  return {
    title,
    kind,
    number: /\d/.test(number) ? number : "",
    issuer,
    province,
    issuedDate,
    meetingDate: meeting ? isoDate(meeting[1]) : "",
    signer,
    signerTitle: titleLines.join(" "),
    recipients: structure.recipients,
  };
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}
