/**
 * Splits a document body into blocks: numbered items, bullets, paragraphs and pipe tables, each with its marker,
 * clean text and character offsets. Documents arrive as Markdown converted from Word or PDF, so numbering hides
 * inside emphasis (`**3.1.**`), headings (`### **2. …**`), page breaks split sentences and official headers sit in
 * tables; this layer absorbs that. The structure parser gives the blocks their place in the outline.
 */
import { cellPerLineRows } from "./cell-per-line-table.ts";
import { GRID_RULE, gridRows, isGridLine } from "./grid-table.ts";
import { HTML_TABLE_END, HTML_TABLE_START, htmlTableRows } from "./html-table.ts";
import { DOCUMENT_KINDS } from "./reference-extractor.ts";

export type BlockType = "numbered" | "bullet" | "paragraph" | "table";

/**
 * How an item is numbered. `arabic`/`roman`/`letter`/`subpoint` are list numbering ("2.1.", "II.", "a)", "a.1)");
 * the others are the
 * named divisions of Vietnamese legal and administrative texts: Phụ lục, Phần, Chương, Mục, Điều, Bước.
 */
export type MarkerStyle =
  | "arabic"
  | "roman"
  | "letter"
  | "subpoint"
  | "paren"
  | "appendix"
  | "part"
  | "chapter"
  | "muc"
  | "article"
  | "step"
  | "none";

/** One row of a pipe table: its cells (clean text) and where the row sits in the source. */
export interface TableRow {
  cells: string[];
  start: number;
  end: number;
}

export interface Block {
  type: BlockType;
  /**
   * Numbering as written without the final dot: "2.1", "IV", "a", "3" for "Điều 3"; a bullet's kind ("-", "+", "•");
   * empty when unnumbered.
   */
  marker: string;
  markerStyle: MarkerStyle;
  /** A Markdown heading line ("### …"). */
  heading: boolean;
  text: string;
  start: number;
  end: number;
  /** 1-based line number of the block's first line in the body. */
  line: number;
  /** Tables only: the rows, and how many of them are column headers (above the `|---|` line). */
  rows?: TableRow[];
  headerRows?: number;
}

const HEADING = /^#{1,6}\s+/;
const OPEN_EMPHASIS = /^[*_]{1,3}(?=\S)/;
const TAIL = String.raw`\s*(?:[*_]{1,3})?\s*`;
/** Patterns in precedence order; each captures the marker. Named divisions first: "Mục 1." is not item "1.". */
const MARKERS: [MarkerStyle, RegExp][] = [
  [
    "appendix",
    // "PHỤ LỤC III20": a consolidated text's footnote number follows the numeral; it is no part of it.
    /^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?([IVXL]+|\d{1,3})(?:(?<=[IVXL])\d{1,3})?(?![\p{Ll}\d]))?\s*[.:]?(?:[*_]{1,3})?\s*/u,
  ],
  ["part", /^(?:Phần|PHẦN)\s+([IVXL]+|\d{1,2})\b\s*[.:]?(?:[*_]{1,3})?\s*/u],
  ["chapter", /^(?:Chương|CHƯƠNG)\s+([IVXL]+|\d{1,3})\b\s*[.:]?(?:[*_]{1,3})?\s*/u],
  ["muc", /^(?:Mục|MỤC)\s+([IVXL]+|\d{1,2})\b\s*[.:]?(?:[*_]{1,3})?\s*/u],
  ["article", /^(?:Điều|ĐIỀU)\s+(\d{1,3}[a-zđ]?)\s*[.:](?:[*_]{1,3})?\s*/u],
  ["step", /^(?:Bước|BƯỚC)\s+(\d{1,2})\s*[.:)](?:[*_]{1,3})?\s*/u],
  [
    "arabic",
    // A number alone on its line ("**6**." over "Tổ chức triển khai …") opens its item; the text follows.
    new RegExp(String.raw`^(\d{1,2}(?:\.\d{1,2})*(?:\.[a-zđ])?)(?:[.)]|\/(?=\s))(?!\d)${TAIL}(?=\S|$)`, "u"),
  ],
  // "I- MỤC ĐÍCH, YÊU CẦU", "1- Các cấp ủy …": Party documents often number with a dash.
  ["arabic", /^(\d{1,2})\s*[-–]\s+(?:[*_]{1,3})?(?=\p{Lu})/u],
  // "**III.**" alone on its line ("**III.\nPHẠM VI, ĐỐI TƯỢNG …**") opens its section; the title follows.
  ["roman", /^([IVX]{1,5})(?:\.|\s*[-–](?=\s))\s*(?:[*_]{1,3})?(?:\s+|$)/],
  // "(1) Tích cực, chủ động …": Party conclusions number the tasks under a point in brackets.
  ["paren", /^\((\d{1,2})\)\.?\s*(?:[*_]{1,3})?\s+(?=\p{Lu})/u],
  // "c)5 Lấy mẫu …": a consolidated text glues its footnote number to the letter; it is no part of the item.
  // A letter alone on its line ("a)" over "Chi cục Kiểm lâm …"), as a hard-wrapped regulation sets its points, opens
  // its point; the text follows.
  ["letter", /^([a-zđ])(?:[)./]|\)\d{1,3}(?=\s+\p{Lu}))\s*(?:[*_]{1,3})?(?:\s+|(?<=\))$)/u],
  // "a.1) Hàng hóa: 1%", "a3) Người sử dụng đất phải nộp …": a point's sub-points, cited "điểm a.1".
  ["subpoint", /^([a-zđ]\.?\d{1,2})\)\s*(?:[*_]{1,3})?(?:\s+|$)/u],
];
const BULLET = /^(?:[-•+–]|\*(?=\s))\s*/;
/** A bullet's kind: "-" and "–" are one (typed either way in one list), "+" another, "•" and "*" a third. */
const BULLET_KINDS: Record<string, string> = { "–": "-", "*": "•" };
const bulletKind = (mark: string) => BULLET_KINDS[mark.trim()] ?? mark.trim();
const SENTENCE_END = /[.;:!?…)”"'»]$/u;
const TABLE_LINE = /^\s*\|/;
const LONE_PIPE = /^\s*\|\s*$/;
/** A table row written without its outer pipes ("3 | Tay giả dưới khuỷu | 03 năm | 2.220.000"), as some converters do. */
const BARE_ROW = /\S\s+(?<!\\)\|\s+\S/;
/** A rule under a title or between header and body ("________"): it ends the paragraph above it. */
const RULE_LINE = /^\s*[_=~-]{3,}\s*$/;
/** A telegram's address formula, its "Kính gửi": the issuer in capitals cables … ("THỦ TƯỚNG CHÍNH PHỦ điện:"). */
export const CABLE_ADDRESS = /^\p{Lu}[\p{Lu}\s,.-]{2,80}\sđiện\s*:/u;
/**
 * Labels that always open a block of their own, even right under another line: the recipients list, and a
 * telegram's address formula ("**BỘ XÂY DỰNG điện:**").
 */
const OWN_BLOCK = new RegExp(
  `^\\s*(?:[*_]{1,3})?(?:Nơi nhận|NƠI NHẬN|${CABLE_ADDRESS.source.slice(1)})`,
  "u",
);
/** Titles that open a text attached after the signature, or an appendix ("QUY ĐỊNH …", "PHỤ LỤC …"). */
export const ATTACHED_TITLES =
  "QUY ĐỊNH|QUY CHẾ|KẾ HOẠCH|HƯỚNG DẪN|ĐỀ ÁN|CHƯƠNG TRÌNH|DANH MỤC|BIỂU|MẪU|PHỤ LỤC|QUYẾT ĐỊNH|THÔNG BÁO|ĐIỀU LỆ";
/** After a signer's name, an attached text's title, in capitals or "Phụ lục …". */
const SIGNER_THEN_TITLE = new RegExp(
  String.raw`^.*?\p{Ll}(?=\s+(?:Phụ lục|${ATTACHED_TITLES})(?![\p{L}]))`,
  "u",
);

/**
 * "- Lưu: VT, TCT (VT, TTHT) KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Xuân Hà": a crawl that read the two columns of the closing
 * table as one line ran the signature into the recipients' last item, the copies filed. Up to the signing formula.
 */
const FILED_THEN_SIGNATURE = /^\s*[-+•]?\s*Lưu\s*:.*?(?=\s+(?:TM|KT|TL|TUQ)\.\s*\p{Lu}{2,})/u;

/** The signature a crawl ran into the title of the text attached after it, up to the signer's name. */
function signatureBeforeAttachment(text: string): RegExpExecArray | null {
  return SIGNING_LINE.test(text) ? SIGNER_THEN_TITLE.exec(text) : null;
}

/**
 * A signing formula in capitals opening a line: "TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG", "TL. CHỦ TỊCH"; or after the body
 * signed for, when a crawl dropped its "TM." ("CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG …").
 */
const SIGNING_LINE = /^\s*(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}\s+)?(?:TM|KT|TL|TUQ)\.\s*\p{Lu}{2,}\s+\p{Lu}/u;
/** A consolidating site's note on an amended part: "[Điều này được sửa đổi bởi …]", "[Khoản này được bãi bỏ bởi …]". */
const EDITORIAL_NOTE =
  /\[(?:Chương|Mục|Điều|Khoản|Điểm|Nội dung|Cụm từ|Phụ lục)[^\]]{0,40}?\s(?:được|bị)\s(?:sửa đổi|bổ sung|bãi bỏ|thay thế|đính chính|hủy bỏ|huỷ bỏ)[^\]]{0,300}\]/gu;
/** A header line that ends in the rule drawn under it: "BỘ Y TẾ --------", "… Hạnh phúc ---------------". */
const RULE_END = /\S\s+(?:-{3,}|_{3,})\s*$/u;
/** "Hà Nội, ngày 20 tháng 7 năm 2018"; a digit split off by a conversion ("tháng 0 7") still reads. */
export const PLACE_DATE = /^([\p{L}. ]+),\s*ngày\s*(\d\s?\d?)?\s*tháng\s*(\d\s?\d?)\s*năm\s*(\d{4})/u;
/** The same opening a line of its own, the place a few capitalised words: a header's place and date. */
const PLACE_DATE_LINE = new RegExp(
  String.raw`^\s*(?:[*_]{1,3})?(?=\p{Lu}[\p{L}. ]{1,30},)${PLACE_DATE.source.slice(1)}`,
  "u",
);
/**
 * A line that is only a header's place and date, or the number then the place and date ("Số: 230/2025/NĐ-CP Hà Nội,
 * ngày 19 tháng 8 năm 2025"): what follows it opens a block of its own.
 */
const DATE_LINE_END = new RegExp(
  `(?:${PLACE_DATE_LINE.source}|^\\s*(?:[*_]{1,3})?Số\\s*:?\\s*\\S+\\s+(?=\\p{Lu}[\\p{L}. ]{1,30},)${PLACE_DATE.source.slice(1)})\\s*$`,
  "u",
);
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * "… ưu tiên các địa bàn cấp độ" / "1. Cấp ngay mì tôm, …": in a text wrapped at a fixed width, a number that opens a
 * line after a full line broken mid-sentence inside the same paragraph is a word of that sentence, not an item.
 */
function wrapsOnto(current: Block, previous: Line | undefined, kind: ReturnType<typeof classify>): boolean {
  if (current.type === "table" || !previous) return false;
  const text = previous.text.trim();
  // "… quy hoạch tỉnh thời kỳ 2021" / "- 2030 trong trường hợp …": the dash of a range of years wrapped onto the next
  // line is no bullet, even after the paragraph's first line.
  if (kind.type === "bullet" && kind.marker === "-" && /(?:^|\s)\d{4}$/u.test(text))
    return /^\d{4}(?!\d)/u.test(kind.rest.trimStart());
  if (previous.number <= current.line) return false;
  // "… phối hợp tổ chức chính trị" / "- xã hội tại địa phương …": the hyphen of a name wrapped onto the next line, its
  // word in lower case, is no bullet.
  if (kind.type === "bullet")
    return (
      kind.marker === "-" &&
      text.length >= 60 &&
      /\p{Ll}$/u.test(text) &&
      /^\p{Ll}/u.test(kind.rest.trimStart())
    );
  if (kind.markerStyle !== "arabic" || !/^\d{1,2}$/.test(kind.marker)) return false;
  // The line checks first: the block's text is cleaned only for a number that may be a word of its sentence.
  return text.length >= 60 && /[\p{Ll}\d]$/u.test(text) && cleanText(current.text) !== "";
}

/** A block that is only a division word ("**Điều", "Chương"): its number was wrapped onto the next line. */
const endsOnDivisionWord = (block: Block) =>
  block.type === "paragraph" &&
  /^(?:[*_]{1,3})?(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)$/u.test(block.text.trim());

/** An address block: "Kính gửi: …", as written or in bold. */
const ADDRESS = /^\s*(?:[*_]{1,3})?kính gửi/iu;
/** "Kính gửi" opening a line, capitalised as the address is, not a wrapped "kính gửi" inside a sentence. */
const ADDRESS_LINE = /^\s*(?:[*_]{1,3})?Kính gửi\b/u;
/** How a letter's first sentence opens: "Thực hiện ý kiến chỉ đạo …", "Căn cứ …", "Phúc đáp Công văn số …". */
const LETTER_OPENER =
  /^\s*(?:Thực hiện|Căn cứ|Phúc đáp|Tiếp theo|Theo đề nghị|Theo chỉ đạo|Để triển khai|Ngày \d)\s/u;
/**
 * "**Kính gửi:** Thủ trưởng các cơ quan … thuộc" / "Bộ" / "Thực hiện ý kiến chỉ đạo …": the letter's first sentence
 * opens on the line after the addressees even without a blank line.
 */
const opensLetterBody = (current: Block, text: string) =>
  current.type !== "table" && ADDRESS.test(current.text) && LETTER_OPENER.test(text);

/** Removes Markdown emphasis and escapes and joins lines: the text a reader sees. */
export function cleanText(raw: string): string {
  return (
    raw
      .replace(/\\([*_[\]()#.|-])/g, "$1")
      .replace(/<br\s*\/?>/giu, " ")
      // Inline HTML a converter leaves ("<u>", "<span style=…>", "<sup>1</sup>") and its common entities.
      .replace(/<\/?(?:p|span|u|b|i|em|strong|sup|sub|div|font|s|strike|mark)\b[^>]*>/giu, "")
      .replace(/&nbsp;/giu, " ")
      .replace(/&amp;/giu, "&")
      .replace(/(?<=[\p{L}\p{N}])\*{2,3}(?=[\p{L}\p{N}])/gu, " ")
      .replace(/(\*{1,3}|_{2,3})/g, "")
      .replace(/(^|[\s(“"])_(?=\S)|(?<=\S)_(?=[\s.,;:)”"]|$)/g, "$1")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** True when the text ends like a finished sentence; a block that does not may continue after a page break. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Share of upper-case letters: title blocks ("QUYẾT ĐỊNH", "TỈNH ỦY …") are written in capitals. */
export function upperShare(text: string): number {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters ? letters.replace(/\p{Ll}/gu, "").length / letters.length : 0;
}

interface Line {
  text: string;
  start: number;
  end: number;
  number: number;
}

/**
 * A line that is only an empty element a crawler left in place of a table ("<jsontable name="bang_1"> </jsontable>"):
 * no text. Not a table's own tags ("<table>", "</td>"), which the HTML table reader needs.
 */
const MARKUP_ONLY = /^\s*<([a-zA-Z][\w:-]*)(?:\s[^<>]*)?>\s*<\/\1>\s*\r?$/;

function splitLines(body: string, base: number): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let number = 1;
  for (const text of body.split("\n")) {
    lines.push({
      // A line of bare markup a crawler left ("<jsontable name="bang_0"> </jsontable>") holds no text: a blank line.
      // A site's editorial note ("[Chương này được bổ sung bởi Khoản 6 Điều 1 Nghị định 12/2018/NĐ-CP …]") is not the
      // document's text; blanked to its length, so offsets hold and the heading it sat in reads again.
      text: MARKUP_ONLY.test(text)
        ? ""
        : text.replace(/\r$/, "").replace(EDITORIAL_NOTE, (m) => " ".repeat(m.length)),
      start: base + offset,
      end: base + offset + text.length,
      number,
    });
    offset += text.length + 1;
    number++;
  }
  return lines;
}

function classify(
  raw: string,
): Pick<Block, "type" | "marker" | "markerStyle" | "heading"> & { rest: string } {
  let rest = raw.trim();
  const heading = HEADING.test(rest);
  if (heading) rest = rest.replace(HEADING, "");
  const bullet = BULLET.exec(rest);
  // "#### - Đảng uỷ Chính phủ khẩn trương …:": a crawler's heading mark on a dash line leaves it a bullet.
  if (bullet && (!heading || /^[-–+•]/u.test(rest))) {
    return {
      type: "bullet",
      marker: bulletKind(bullet[0]),
      markerStyle: "none",
      heading: false,
      rest: rest.slice(bullet[0].length),
    };
  }
  // "**6**." : emphasis closed between a number and its full stop still leaves the number a marker; so does emphasis
  // closed and opened again there ("**1****. **Đảng ủy …").
  const unwrapped = rest
    .replace(/^([*_]{1,3}[\dIVXLC]+(?:\.\d+)*)(?:\*\*\*\*|____)(?=[.)])/u, "$1")
    .replace(OPEN_EMPHASIS, "")
    .replace(/^([\dIVXLC]+(?:\.\d+)*)[*_]{1,3}(?=[.)])/u, "$1");
  for (const [style, pattern] of MARKERS) {
    const m = pattern.exec(unwrapped);
    if (m && isDivision(style, m[0], unwrapped.slice(m[0].length))) {
      const marker = m[1] ?? "";
      return { type: "numbered", marker, markerStyle: style, heading, rest: unwrapped.slice(m[0].length) };
    }
  }
  return { type: "paragraph", marker: "", markerStyle: "none", heading, rest };
}

const TITLED = new Set<MarkerStyle>(["appendix", "part", "chapter", "muc"]);

/**
 * "Mục 2 Chương này quy định…" is a sentence, not a division: a named division stands alone, ends its number
 * with "." or ":", or is followed by a title in capitals.
 */
function isDivision(style: MarkerStyle, matched: string, rest: string): boolean {
  if (!TITLED.has(style)) return true;
  return rest === "" || /[.:]/.test(matched) || upperShare(rest.slice(0, 60)) > 0.6;
}

/** Cells of one `| a | b |` line; escaped pipes stay inside their cell. */
function tableCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cleanText(cell));
}

/** A row with one filled cell across several columns: a merged title, not column names. */
export function isTitleRow(row: TableRow): boolean {
  return row.cells.length > 2 && row.cells.filter(Boolean).length === 1;
}

/** A row that names columns: two or more filled cells, none with a figure. */
const isHeaderRow = (row: TableRow) =>
  row.cells.filter(Boolean).length >= 2 && !row.cells.some((c) => /\d/.test(c));

function tableBlock(lines: Line[]): Block {
  const rows: TableRow[] = [];
  let headerRows = 0;
  for (const line of lines) {
    if (TABLE_RULE.test(line.text)) {
      if (headerRows === 0) headerRows = rows.length;
      continue;
    }
    rows.push({ cells: tableCells(line.text), start: line.start, end: line.end });
  }
  // "| MỨC TRỢ CẤP … |  |  |" over the rule, then "| STT | Đối tượng | Mức trợ cấp, phụ cấp |" and "|  |  | Trợ cấp |
  // Phụ cấp |" below it: a merged title stands where the header should, and the real header rows follow it.
  if (headerRows > 0 && rows.slice(0, headerRows).every(isTitleRow))
    while (headerRows < rows.length - 1 && isHeaderRow(rows[headerRows] as TableRow)) headerRows++;
  // A table written without a `|---|` rule: its leading rows without a figure are its column headers.
  if (headerRows === 0 && !lines.some((l) => TABLE_RULE.test(l.text)) && rows.length > 2) {
    let n = 0;
    while (
      n < Math.min(3, rows.length - 1) &&
      rows[n].cells.length > 1 &&
      !rows[n].cells.some((c) => /\d/.test(c))
    )
      n++;
    headerRows = n;
  }
  return rowsBlock(lines, rows, headerRows);
}

/**
 * "Điều 16. Trách nhiệm thi hành" on a line of its own, the article's text on the next: the title line ends where a
 * capitalised line starts, even without a blank line between them (converters often drop it).
 */
function endsArticleTitle(
  current: Block,
  next: string,
  source: string,
  previous: string,
  width: number,
): boolean {
  if (current.markerStyle !== "article") return false;
  // "**Điều 17. Trách nhiệm của Sở" / "Nông nghiệp và Môi trường**": a bold run still open goes on with the title.
  if ((source.match(/\*\*/g) ?? []).length % 2 === 1) return false;
  const title = current.text.trim();
  if (title === "" || SENTENCE_END.test(title) || !/^\p{Lu}/u.test(next.trim())) return false;
  // "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của" / "Chính phủ thực hiện …": no title ends on a
  // word that leads into the next; the line was wrapped, though a name's capital opens the next one.
  if (DANGLING_END.test(title)) return false;
  // "Điều 3. Hội đồng nhân dân tỉnh giao Ủy ban nhân dân tỉnh tổ chức thực hiện" / "Nghị quyết.": two or three words
  // that close a sentence are no paragraph of their own but the wrapped end of the article's first sentence.
  if (WRAPPED_TAIL.test(next.trim())) return false;
  // "Điều 3. Chế độ đối với đối tượng … quy định tại khoản 2" / "Điều 18 và khoản 2 Điều 19 Nghị định số …": a line
  // that opens with a reference to another article goes on with the title.
  if (ARTICLE_REFERENCE.test(next.trim())) return false;
  const lines = title.split("\n").length;
  // "Điều 23. Trách nhiệm của tổ chức, cá nhân thu thập, cung cấp thông tin," / "dữ liệu tài nguyên và môi trường" /
  // "     Trách nhiệm của …": a laid-out text indents a paragraph's first line, not the title's wrapped one.
  if (lines === 2) return title.split(/\s+/).length <= 2 * 16 && indent(next) >= indent(previous) + 2;
  // "       Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Công" / "Thương, Tài chính, …": a line that
  // runs to the margin and goes on less indented was wrapped, though a name's capital opens the next line.
  if (lines !== 1 || wrappedAt(previous, next, width)) return false;
  // "Điều 8. Hoạt động dược lâm sàng tại bộ phận dược lâm sàng của cơ sở khám bệnh, chữa bệnh không tổ chức khoa dược":
  // in a text of one line per paragraph, a title line far short of the width was not wrapped, however many words.
  const words = title.split(/\s+/).length;
  return words <= 16 || (words <= MAX_TITLE_WORDS && title.length < SHORT_OF_WIDTH * width);
}

/** A word that leads into what follows it, ending a line: "của", "và", "với", "về", "cho", "theo", "tại", …. */
const DANGLING_END =
  /(?:^|\s)(?:của|và|với|về|cho|theo|tại|trong|các|những|để|thuộc|từ|đến|giữa|bằng|hoặc|là)$/u;

/** The most words an article's title line holds, and how far short of the text's width an unwrapped one stops. */
const MAX_TITLE_WORDS = 40;
const SHORT_OF_WIDTH = 0.5;

/**
 * A line that runs to the margin and goes on less indented was wrapped there ("… Ủy ban nhân dân tỉnh; Giám đốc Sở
 * Công Thương;" / "Giám đốc Trung tâm …"): whatever the line ends with, the next one is not a paragraph of its own.
 */
function wrappedAt(previous: string, next: string, width: number): boolean {
  return indent(next) + 2 <= indent(previous) && previous.trimEnd().length >= WRAPPED_SHARE * width;
}

/** "Điều 18 và khoản 2 Điều 19 …", "Điều 12 Luật …": an article cited, not opened (no "." after its number). */
const ARTICLE_REFERENCE = /^Điều \d+ (?:và|hoặc|của|khoản|điểm|Nghị|Luật|Thông|Quyết|Pháp|Bộ luật)(?!\p{L})/u;

/** A line of at most three words that ends a sentence: "Nghị quyết.", "Quyết định này./.". */
const WRAPPED_TAIL = /^\S+(?:\s+\S+){0,2}[.;](?:\/\.)?$/u;

/** How close to the text's width a line must run to have been wrapped there. */
const WRAPPED_SHARE = 0.85;

/**
 * The width a text is wrapped at: the length most of its long lines reach. In a text of one line per paragraph it is
 * a long paragraph's length, which no wrapped line reaches; and such a text indents nothing, so nothing reads as wrapped.
 */
function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines
    .map((l) => l.text.trimEnd().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

const indent = (line: string) => line.length - line.trimStart().length;

/** A short line in capitals after a finished sentence ("… thi hành Nghị định này.\nCHÍNH PHỦ") is not its continuation. */
function startsCapitalLine(current: Block, next: string): boolean {
  const text = next.trim();
  // "Số:" then "84/2025/QĐ-UBND" on the next line: a bare label is continued by its value.
  if (/^(?:[*_]*\p{L}+[*_]*\s*){1,3}:[*_]*$/u.test(current.text.trim())) return false;
  return endsSentence(current.text) && text.split(/\s+/).length <= 12 && upperShare(text) > 0.9;
}

/** A document's kind opening a title in capitals: "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ" … (the kinds references name). */
const KIND_TITLE = new RegExp(`^(?:${DOCUMENT_KINDS.toLocaleUpperCase("vi")})(?!\\p{L})`, "u");
/** The body that enacts a text, named under its title: "HỘI ĐỒNG NHÂN DÂN TỈNH …", "CHỦ TỊCH ỦY BAN NHÂN DÂN …". */
const ENACTING_BODY =
  /^(?:HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH)(?!\p{L})/u;

/**
 * "NGHỊ QUYẾT VỀ CHẤT VẤN … NHIỆM KỲ 2016-2021" / "HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU": in a text whose lines a
 * converter wrapped, the enacting body's line under a title in capitals is not part of the title (unless the title
 * line breaks on a word that joins them, "… CỦA").
 */
function startsEnactingBody(current: Block, next: string): boolean {
  const text = cleanText(current.text);
  const line = next.replace(/[*_]/g, "").trim();
  return (
    current.type !== "table" &&
    KIND_TITLE.test(text) &&
    upperShare(text) > 0.9 &&
    ENACTING_BODY.test(line) &&
    upperShare(line) > 0.9 &&
    !/(?:CỦA|VÀ|VỀ|CHO|VỚI|-)\s*$/u.test(text)
  );
}

/**
 * "… BAN HÀNH KẾ HOẠCH TRIỂN KHAI … LUẬT" / "PHÒNG THỦ DÂN SỰ" / "Thực hiện Quyết định số 1899/QĐ-TTg …": a title in
 * capitals ends where a line in ordinary case opens, though no blank line or full stop parts them.
 */
function endsCapitalTitle(current: Block, next: string): boolean {
  const text = cleanText(current.text);
  const line = next.replace(/[*_]/g, "").trim();
  return (
    current.type !== "table" &&
    text.split(/\s+/).length >= 3 &&
    upperShare(text) > 0.9 &&
    /^\p{Lu}\p{Ll}/u.test(line) &&
    upperShare(line) < 0.5
  );
}

/**
 * A line that ends a sentence (".", ";", ":") followed by one that opens with a capital starts a paragraph: texts
 * converted one paragraph per line keep no blank line between paragraphs, and a soft-wrapped line rarely ends
 * exactly at a sentence's end before a capitalised word.
 */
function startsNewSentenceLine(previous: string, next: string, block: string): boolean {
  if (!/^[\p{Lu}“"(]/u.test(next.trim())) return false;
  if (/[.;:!?…]\s*$/u.test(previous.trim())) return true;
  // "… theo đường link.\n*(Quét mã QR … /view)*\nBộ Tài chính trân trọng đề nghị …": an aside in brackets that opened
  // after a finished sentence is a sentence of its own, and so ends where its bracket closes.
  return (
    /\)[*_]*$/u.test(previous.trim()) &&
    /[.;:!?…]\s*[*_]*\([^()]*\)[*_]*$/u.test(block.replace(/\s+/g, " ").trim())
  );
}

/**
 * A bold run over whole lines that closes at a line's end ("**3. Về cơ sở vật chất, trụ sở và\ntài sản công**") is a
 * title: the line after it starts the text under it, though no blank line parts them.
 */
function closesBoldTitle(raw: string): boolean {
  const text = raw.trim();
  return (
    text.startsWith("**") &&
    text.endsWith("**") &&
    text.length > 4 &&
    (text.match(/\*\*/g) ?? []).length === 2
  );
}

/**
 * A paragraph that is one bold run cut by its line break ("**Chương\nIII**") read again whole, as the chapter, article
 * or item it names.
 */
function readWhole(block: Block): void {
  if (
    block.type !== "paragraph" ||
    block.heading ||
    !block.text.includes("\n") ||
    !closesBoldTitle(block.text)
  )
    return;
  const whole = classify(block.text.replace(/\s*\n\s*/g, " ").trim());
  if (whole.type === "paragraph" && !whole.heading) return;
  Object.assign(block, {
    type: whole.type,
    marker: whole.marker,
    markerStyle: whole.markerStyle,
    heading: whole.heading,
    text: whole.rest,
  });
}

/** An HTML table written into the Markdown (pandoc's fallback for merged cells) as a table block. */
function htmlTableBlock(lines: Line[]): Block {
  const first = lines[0];
  const html = lines.map((l) => l.text).join("\n");
  const { rows, headerRows } = htmlTableRows(html, first.start);
  return rowsBlock(lines, cleanRows(rows), headerRows);
}

/** A grid table (pandoc's "+---+" tables, whose cells run over several lines) as a table block. */
function gridTableBlock(lines: Line[]): Block {
  const { rows, headerRows } = gridRows(lines);
  return rowsBlock(lines, cleanRows(rows), headerRows);
}

/** Cells as a reader sees them, as pipe tables' cells are cleaned. */
const cleanRows = (rows: TableRow[]) => rows.map((r) => ({ ...r, cells: r.cells.map(cleanText) }));

/** The table block of the given lines and their rows (pipe, grid or HTML). */
function rowsBlock(lines: Line[], cleaned: TableRow[], headerRows: number): Block {
  const first = lines[0];
  return {
    type: "table",
    marker: "",
    markerStyle: "none",
    heading: false,
    text: cleaned.map((r) => r.cells.filter(Boolean).join(" ")).join(" "),
    start: first.start + (first.text.length - first.text.trimStart().length),
    end: lines[lines.length - 1].end,
    line: first.number,
    rows: cleaned,
    headerRows,
  };
}

/** The index of the last line of the run that starts at `from` and goes on while `continues` holds. */
function runEnd(lines: readonly Line[], from: number, continues: (text: string) => boolean): number {
  let j = from;
  while (j + 1 < lines.length && continues(lines[j + 1].text)) j++;
  return j;
}

/** A bare table row: cells split by " | ", not a pipe-led Markdown row, not a rule. */
function isBareRow(text: string): boolean {
  return !TABLE_LINE.test(text) && BARE_ROW.test(text) && !RULE_LINE.test(text);
}

/**
 * @example
 * splitBlocks("1. Một.\n\n- Ý a\n- Ý b", 0).map((b) => b.type) // ["numbered", "bullet", "bullet"]
 */
export function splitBlocks(body: string, base = 0): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const lines = splitLines(body, base);
  const width = wrapWidth(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.trim() === "") {
      current = null;
      continue;
    }
    // "|" alone on a line: a web page's table cells written one per line ("**Số hiệu:**", "|", "221-KL/TW", "|"). It
    // holds no cell of its own and only ends the cell text above it.
    // A crawled table printed one cell per line between lone pipes; see cell-per-line-table.ts.
    const perLine = LONE_PIPE.test(line.text) ? cellPerLineRows(lines, i) : null;
    if (perLine) {
      const run = lines.slice(i, i + perLine.length);
      blocks.push(rowsBlock(run, cleanRows(perLine.rows), perLine.headerRows));
      current = null;
      i += perLine.length - 1;
      continue;
    }
    if (RULE_LINE.test(line.text) || LONE_PIPE.test(line.text)) {
      current = null;
      continue;
    }
    // An HTML table, up to its closing tag (an unclosed one is left as text: nothing after it is swallowed).
    const closing = HTML_TABLE_START.test(line.text)
      ? lines.findIndex((l, k) => k >= i && HTML_TABLE_END.test(l.text))
      : -1;
    if (closing >= 0) {
      blocks.push(htmlTableBlock(lines.slice(i, closing + 1)));
      current = null;
      i = closing;
      continue;
    }
    if (GRID_RULE.test(line.text)) {
      const j = runEnd(lines, i, isGridLine);
      blocks.push(gridTableBlock(lines.slice(i, j + 1)));
      current = null;
      i = j;
      continue;
    }
    const piped = TABLE_LINE.test(line.text);
    const bareRun = piped || !isBareRow(line.text) ? i : runEnd(lines, i, isBareRow);
    // "8/ Thực hiện ý | kiến chỉ đạo …": one line with one pipe inside a phrase (lower case on both sides) is a scan's
    // stray stroke, not a table.
    const strayPipe = !piped && bareRun === i && /^[^|]*\p{Ll} \| \p{Ll}[^|]*$/u.test(line.text.trim());
    if (piped || (isBareRow(line.text) && !strayPipe)) {
      const j = runEnd(lines, i, (text) => (piped ? TABLE_LINE.test(text) : isBareRow(text)));
      blocks.push(tableBlock(lines.slice(i, j + 1)));
      current = null;
      i = j;
      continue;
    }
    // "**Điều" over "1. Phạm vi điều chỉnh**": a division word wrapped away from its number joins it.
    if (current && endsOnDivisionWord(current) && /^\s*(?:\d{1,3}|[IVXL]{1,5})\b/u.test(line.text)) {
      const joined = classify(`${current.text} ${line.text.trim()}`);
      if (joined.type === "numbered") {
        Object.assign(current, { ...joined, text: joined.rest });
        current.end = line.start + line.text.trimEnd().length;
        continue;
      }
    }
    const kind = classify(line.text);
    // A number alone on its line ("**6**.") takes the line after it as its text.
    const bareNumber = current?.type === "numbered" && cleanText(current.text) === "";
    const startsBlock =
      current === null ||
      (kind.type !== "paragraph" && !wrapsOnto(current, lines[i - 1], kind)) ||
      kind.heading ||
      OWN_BLOCK.test(line.text) ||
      // "- Lưu: VT, KTTH (2b)" then "TM. CHÍNH PHỦ KT. THỦ TƯỚNG … Nguyễn Hòa Bình": the signing formula opens the
      // signature, whatever line it follows.
      SIGNING_LINE.test(line.text) ||
      // "BỘ Y TẾ --------" / "CỘNG HÒA … Hạnh phúc -----" / "Số: 627/BYT-BH …": a header line that ends in its rule,
      // as a crawler keeps it, closes its block; so does the place and date opening a line of its own.
      RULE_END.test(lines[i - 1]?.text ?? "") ||
      PLACE_DATE_LINE.test(line.text) ||
      DATE_LINE_END.test(lines[i - 1]?.text ?? "") ||
      (!bareNumber &&
        (current.heading ||
          endsArticleTitle(
            current,
            line.text,
            body.slice(current.start - base, current.end - base),
            lines[i - 1]?.text ?? "",
            width,
          ) ||
          startsCapitalLine(current, line.text) ||
          endsCapitalTitle(current, line.text) ||
          startsEnactingBody(current, line.text) ||
          opensLetterBody(current, line.text) ||
          // "V/v … lưu giữ các-bon của rừng" / "Kính gửi:": the address opens its own block, blank line or not.
          (ADDRESS_LINE.test(line.text) && !ADDRESS.test(current.text)) ||
          // Sliced only when the line before closes a bold run: a long paragraph is not copied line by line.
          ((lines[i - 1]?.text.trimEnd().endsWith("**") ?? false) &&
            closesBoldTitle(body.slice(current.start - base, (lines[i - 1]?.end ?? current.end) - base))) ||
          (!wrappedAt(lines[i - 1]?.text ?? "", line.text, width) &&
            startsNewSentenceLine(
              lines[i - 1]?.text ?? "",
              line.text,
              body.slice(current.start - base, current.end - base),
            ))));
    if (startsBlock) {
      const lead = line.text.length - line.text.trimStart().length;
      current = {
        type: kind.type,
        marker: kind.marker,
        markerStyle: kind.markerStyle,
        heading: kind.heading,
        text: kind.rest,
        start: line.start + lead,
        end: line.start + line.text.trimEnd().length,
        line: line.number,
      };
      blocks.push(current);
      // "Hà Nội, ngày 03 tháng 12 năm 2020 QUYẾT ĐỊNH BAN HÀNH …": a crawler joined the title to the date's line; "TM.
      // CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Đức Phớc Phụ lục (Kèm theo …)": the signer's name to the appendix's.
      const date =
        PLACE_DATE_LINE.exec(line.text) ??
        signatureBeforeAttachment(line.text) ??
        FILED_THEN_SIGNATURE.exec(line.text);
      const tail = date ? line.text.slice(date[0].length) : "";
      if (date && /^\s+\p{Lu}/u.test(tail)) {
        const rest = classify(tail.trim());
        // A bullet's marker is the block's, not its text ("- Lưu: VT, TCT …").
        current.text = date[0].trim().replace(BULLET, "");
        current.end = line.start + date[0].length;
        current = {
          type: rest.type,
          marker: rest.marker,
          markerStyle: rest.markerStyle,
          heading: rest.heading,
          text: rest.rest,
          start: line.start + line.text.length - tail.trimStart().length,
          end: line.start + line.text.trimEnd().length,
          line: line.number,
        };
        blocks.push(current);
      }
    } else if (current) {
      current.text += `\n${line.text.trim()}`;
      current.end = line.start + line.text.trimEnd().length;
    }
  }
  for (const block of blocks) {
    readWhole(block);
    if (block.type !== "table") block.text = cleanText(block.text);
  }
  return blocks.filter((block) => block.text !== "" || block.type === "numbered");
}
