import { headingOf, type Item, newItem, Outline } from "./outline.ts";
import { columnNames, rowTexts } from "./table-passages.ts";
import { type Block, CABLE_ADDRESS, endsSentence, splitBlocks, upperShare } from "./text-blocks.ts";
import {
  isSignatureCell,
  isSignatureLine,
  opensTrailer,
  RECIPIENT_GROUP,
  readTrailerTable,
  recipientsOf,
  signatureBlocks,
} from "./trailer-blocks.ts";
import type { Passage } from "./types.ts";

/** A passage before the document id and references are attached. */
export type RawPassage = Omit<Passage, "id" | "documentId" | "references">;

export interface DocumentStructure {
  /** Title block lines, before the body (cells of a header table count as lines). */
  header: Block[];
  passages: RawPassage[];
  /** Lines under "Kính gửi" and "Nơi nhận". */
  recipients: string[];
  /** The signature of the main text: title lines and the signer. */
  trailer: Block[];
}

/**
 * The title block ("hd"), signature ("ck") and "Nơi nhận" list ("nn"): metadata kept as passages so answers can
 * cite them, never content or obligations.
 */
export function isMetaPassage(path: string): boolean {
  return /^(hd|ck|nn)(~\d+)?$/u.test(path);
}

const KINH_GUI_WORDS = /^kính gửi\s*:?/iu;
/** Whom a text is addressed to: "Kính gửi:", or a telegram's "THỦ TƯỚNG CHÍNH PHỦ điện:". */
const isAddressLine = (text: string) => KINH_GUI_WORDS.test(text) || CABLE_ADDRESS.test(text);
/** A blank to fill in ("Họ và tên ……………", "Kính gửi: ……(2)"): a form's field, no one's name or work. */
export const FORM_BLANK = /\.{6,}|…{3,}|_{6,}/u;
/** What opens a text's closing paragraph: "Đề nghị …", "Yêu cầu các …", "Trên đây là Chỉ thị về …, yêu cầu …". */
const CLOSING = /^(căn cứ|đề nghị|kết luận (này )?(được )?phổ biến|yêu cầu các|trên đây là)/iu;
/**
 * "CỘNG HÒA XÃ HỘI …", "CỘNG HOÀ" as keyboards place the accent, with a wrong tone mark ("CỘNG HÕA"), or with marks
 * a scan's OCR lost ("CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
 */
const REPUBLIC = "C[OÔỘ]NG H(?:[OÒÓÕỎỌ]A|O[ÀÁÃẢẠ]) X[AÃ] H[OÔỘ]I CH[UỦ] NGH[IĨ]A VI[EÊỆ]T NAM";
/**
 * The motto after a body's name on one line, where a converter joined the header's two columns ("CHÍNH PHỦ CỘNG HÒA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc"), to the line's end.
 */
export const MOTTO_AFTER = new RegExp(`\\s+(?:${REPUBLIC}|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\\s*[-–—]).*$`, "u");
const MOTTO_NAMES = new RegExp(`${REPUBLIC}|ĐẢNG CỘNG SẢN VIỆT NAM`, "gu");

/**
 * A header line without the motto a converter joined to it, keeping the issuer's next line where the two columns were
 * joined line by line and the name's second line sits between the motto's two lines ("BO TÀI CHÍNH CỘNG HOÀ XÃ HỘI
 * CHỦ NGHIA VIỆT NAM TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc", a scan).
 *
 * @example
 * withoutMotto("BỘ TÀI CHÍNH - CONG HÒA XÃ HOI CHỦ NGHĨA VIỆT NAM TONG CUC THUE Độc lập — Tự do") // "BỘ TÀI CHÍNH TONG CUC THUE"
 */
export function withoutMotto(line: string): string {
  const motto = MOTTO_AFTER.exec(line);
  if (!motto) return line;
  const head = line.slice(0, motto.index).replace(/\s+[-–—]\s*$/u, "");
  const between = /^(?:\p{Lu}[\p{Lu}\d]*(?:\s+|$))+/u
    .exec(motto[0].replace(MOTTO_NAMES, " ").trim())?.[0]
    .trim();
  return between ? `${head} ${between}` : head;
}
/** The national or Party motto opening a line of the title block, or its second line ("Độc lập - Tự do …"). */
export const MOTTO = new RegExp(`^(ĐẢNG CỘNG SẢN VIỆT NAM|${REPUBLIC}|Độc lập)`, "u");
/** The national or Party motto: it stands only in a title block, wherever a converter has put that block. */
const MOTTO_ANYWHERE = new RegExp(`${REPUBLIC}|ĐẢNG CỘNG SẢN VIỆT NAM`, "u");
/** The lines of a title block after its motto: the motto's second line, "Số: …", "Hà Nội, ngày … năm …". */
const HEADER_TAIL = /^(?:Độc lập|Số\s*:|[\p{L}. ]{2,40},\s*ngày\s.{0,20}năm\s+\d{4}\s*$)/u;
/**
 * A signing formula opens a signature (Decree 30/2020: "TM." on behalf of a collective body, "KT." for a deputy,
 * "TL."/"TUQ." by delegation, "Q." acting): "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI".
 */
/** "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"; Party documents also write "T/M BAN THƯỜNG VỤ", "K/T", "T/L". */
const SIGNING_FORMULA = /^(?:(?:TM|KT|TL|TUQ|Q)\.|(?:T\/M|K\/T|T\/L)\.?)\s*\p{Lu}/u;
/** A head's office opening a signature line that has no formula: "CHỦ TỊCH QUỐC HỘI", "THỦ TƯỚNG", "BỘ TRƯỞNG". */
const OFFICE_SIGNS =
  /^(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|BÍ THƯ|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH ÁN|VIỆN TRƯỞNG)\s/u;
const TITLE_MAX = 120;
/** A signer's title in capitals run onto a recipient after a stop: "Như trên; . PHO TONG CUC TRUONG". */
const SIGNER_TITLE_AFTER = /[\s;,]*\.\s+(?:\p{Lu}+\s*){2,}$/u;
/**
 * An article's title runs longer ("Điều 2. Thôi hưởng, tạm dừng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc,
 * nuôi dưỡng hàng tháng theo quy định tại khoản 2 Điều 8 Nghị định số 20/2021/NĐ-CP"), when its clauses follow it; a
 * long line with a paragraph after it ("Điều 3. Ban Thường trực … chịu trách nhiệm thi hành Quyết định này") is text.
 */
const ARTICLE_TITLE_MAX = 240;
/** "2.6 Lấy mẫu …": a clause number with a consolidated text's footnote number glued on, then the clause's text. */
const FOOTNOTED_CLAUSE = /^(\d{1,2})\.(\d{1,3})\s+(?=\p{Lu})/u;

/** A ground of the preamble: "Căn cứ Luật Tổ chức …", "Theo đề nghị của Giám đốc Sở …", "Xét đề nghị của …". */
const PREAMBLE_LINE = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị)\s+\S.{20,}/su;

/** Where the body starts: the first numbered item or a real sentence; before it is the title block. */
function isBodyStart(block: Block): boolean {
  if (block.type === "numbered") return true;
  if (block.type === "bullet" || block.type === "table") return false;
  // The preamble's grounds ("Căn cứ Luật …", "Theo đề nghị của …") open the body, even unpunctuated at the line's end.
  if (PREAMBLE_LINE.test(block.text) && !block.heading) return true;
  return block.text.length >= 60 && endsSentence(block.text) && !block.heading && !isTitleLine(block);
}

/** A line that titles what precedes it rather than saying something: "QUYẾT ĐỊNH:", "(Kèm theo Quyết định …)". */
function isTitleLine(block: Block): boolean {
  if (block.type !== "paragraph") return false;
  if (block.text.length > 400) return false;
  if (/^\(.*\)\.?$/u.test(block.text)) return true;
  // "VỀ VIỆC … (Ban hành kèm theo Quyết định số …)": the parenthesis is in running case.
  return upperShare(block.text.replace(/\([^)]*\)/gu, "")) > 0.8;
}

/** Header table cells become header lines; the dashes under an organisation's name go. */
function headerLines(block: Block): Block[] {
  if (block.type !== "table") return [block];
  return (block.rows ?? []).flatMap((row) =>
    row.cells
      .map((cell) => cell.replace(/-{3,}/g, " ").replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .map((text) => ({
        ...block,
        type: "paragraph" as const,
        text,
        start: row.start,
        end: row.end,
        rows: undefined,
      })),
  );
}

/**
 * Builds passages with stable, unique paths and reader-style section labels.
 *
 * Paths: numbered items keep their number ("2.2"), divisions their kind ("dieu3.2", "pl1", "phanI", "buoc2");
 * bullets add "-y<k>", further paragraphs "-d<k>", table rows "-r<k>"; text before the first item is "md-d<k>",
 * closing paragraphs "kt-d<k>", the address block "kg", the title block "hd", the signature "ck". A numbered line
 * that is only a title makes no passage; a paragraph right after it takes its path. What follows the signature is
 * an attached text ("kem1…") or an appendix ("pl1…").
 *
 * @example
 * parseStructure("1. Việc một.\n\n- Ý một.").passages.map((p) => p.section) // ["mục 1", "mục 1, ý 1"]
 */
export function parseStructure(body: string, base = 0): DocumentStructure {
  const blocks = [...splitBlocks(body, base)];
  // Whether a numbered clause comes right after each block: what tells a long article title from a sentence.
  const clauseNext = blocks.map((_, i) => {
    const next = blocks[i + 1];
    return next?.type === "numbered" && ["arabic", "letter"].includes(next.markerStyle);
  });
  const parser = new StructureParser(numberedLater(blocks), clauseNext);
  for (const block of blocks) parser.read(block);
  return parser.finish();
}

/**
 * For each block, whether a numbered line comes later in the same text: before a "Nơi nhận" list, a signature or a
 * title in capitals that opens an attached text. A paragraph that opens with "Căn cứ" or "Đề nghị" with more
 * numbered sections after it is inside a section ("a) … Căn cứ Quyết định …, các thôn ấp … tổ chức phổ biến …"),
 * not the closing part.
 */
function numberedLater(blocks: readonly Block[]): boolean[] {
  const out = new Array<boolean>(blocks.length).fill(false);
  let seen = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    out[i] = seen;
    const block = blocks[i] as Block;
    // A "(n)" may be a note, not a list number (see StructureParser.bracketNumbered).
    if (block.type === "numbered" && block.markerStyle !== "paren") seen = true;
    const endsText =
      opensTrailer(block) ||
      (block.type === "paragraph" &&
        (SIGNING_FORMULA.test(block.text) || isTitleLine(block)) &&
        upperShare(block.text) > 0.8);
    if (endsText) seen = false;
  }
  return out;
}

class StructureParser {
  /** See {@link numberedLater}; indexed by the order blocks are read in. */
  constructor(
    private readonly laterNumbered: readonly boolean[] = [],
    private readonly clauseNext: readonly boolean[] = [],
  ) {}
  private blocksRead = 0;
  /** Whether a numbered clause comes right after the block being read. */
  private clauseAhead = false;
  /** Whether a numbered line follows the block being read in the same text. */
  private numberedAhead = false;
  private header: Block[] = [];
  private passages: RawPassage[] = [];
  private recipients: string[] = [];
  private signature: Block[] | null = null;
  private outline = new Outline();
  private intro = newItem("md", "phần mở đầu");
  private closing = newItem("kt", "phần kết");
  private inBody = false;
  private inClosing = false;
  /** Collecting "Nơi nhận" and signature lines; the blocks of the current trailer. */
  private trailer: Block[] | null = null;
  private addressBlock: RawPassage | null = null;
  /** The first "Nơi nhận" list, as a passage. */
  private recipientsBlock: RawPassage | null = null;
  /** A division whose title may continue on the next lines ("Chương I" / "NHỮNG QUY ĐỊNH CHUNG"). */
  private titleOpen: Item | null = null;
  /** The passage a page-break continuation would extend. */
  private last: RawPassage | null = null;
  private previous: Block | null = null;
  /** The last bullet that ends with ":", whose items are bullets of another kind; see {@link readBullet}. */
  private bulletLead: { item: Item; marker: string; text: string } | null = null;
  /** The last "(n)" read as a list number; see {@link bracketNumbered}. */
  private lastBracket = 0;
  private columns: string[] = [];
  /** The title block is a table (issuer | motto, number | place and date), as in converted Word files. */
  private headerTable = false;

  read(block: Block): void {
    this.clauseAhead = this.clauseNext[this.blocksRead] ?? false;
    this.numberedAhead = this.laterNumbered[this.blocksRead++] ?? false;
    if (this.trailer && this.readTrailer(block)) return;
    if (opensTrailer(block) || this.opensSignature(block)) {
      this.openTrailer(block);
      return;
    }
    if (this.inBody && this.readLateHeader(block)) return;
    // After the signature, "Kính gửi: ……" is a line of an attached form, not this text's addressees.
    if (isAddressLine(block.text) && block.type !== "table" && this.signature === null) {
      this.readAddress(block);
      return;
    }
    if (this.addressBlock && block.type === "bullet") {
      this.recipients.push(block.text.replace(/[,;.]$/, ""));
      // One addressee per bullet, kept apart by ";" whatever each line ends with ("- Báo Nhân dân,").
      const above = this.addressBlock.text.replace(/[,;\s]+$/u, "");
      this.addressBlock.text = `${above}${above.endsWith(":") ? "" : ";"} ${block.text}`;
      this.addressBlock.end = block.end;
      return;
    }
    this.addressBlock = null;
    if (!this.inBody) {
      if (!isBodyStart(block)) {
        if (block.type === "table") this.headerTable = true;
        const lines = headerLines(block);
        this.header.push(...lines);
        // A letter's "Kính gửi" can sit in a header table row ("| Kính gửi: | - Bộ Quốc phòng; - … |").
        for (const row of block.rows ?? []) {
          const text = row.cells.filter(Boolean).join(" ");
          if (isAddressLine(text))
            this.readAddress({ ...block, type: "paragraph", text, start: row.start, end: row.end });
        }
        return;
      }
      this.inBody = true;
    }
    this.readBody(block);
    this.previous = block;
  }

  private readBody(block: Block): void {
    if (block.type === "table") {
      this.readTable(block);
      return;
    }
    if (this.titleOpen && isTitleLine(block)) {
      this.titleOpen.heading = [this.titleOpen.heading, block.text].filter(Boolean).join(". ");
      return;
    }
    this.titleOpen = null;
    block = this.bracketNumbered(block);
    const clause = this.footnotedClause(block);
    if (clause) {
      this.readNumbered(clause);
      return;
    }
    const current = this.outline.current;
    // "1. Tiền ăn …: 60.000" / a page break / "đồng/người/ngày.": a clause a page break cut is no title; it goes on.
    if (
      block.type === "paragraph" &&
      !block.heading &&
      /^\p{Ll}/u.test(block.text) &&
      this.previous?.type === "numbered" &&
      current?.titleOnly &&
      !current.hasLead &&
      current.rank === undefined &&
      current.block &&
      !/:$/u.test(current.block.text)
    ) {
      current.titleOnly = false;
      current.block = { ...current.block, text: `${current.block.text} ${block.text}`, end: block.end };
      this.emit(current, "lead", current.block);
      return;
    }
    if (block.type === "paragraph" && this.last && !block.heading) {
      const previousWasTitle = this.previous?.type === "numbered" && current?.titleOnly && !current.hasLead;
      const continues = !endsSentence(this.last.text) || /^\p{Ll}/u.test(block.text);
      if (continues && !previousWasTitle) {
        this.last.text += ` ${block.text}`;
        this.last.end = block.end;
        return;
      }
    }
    if (block.type === "numbered") {
      this.readNumbered(block);
      return;
    }
    // A title in capitals after the closing request ("Đề nghị Sở … Trong quá trình thực hiện …" then "THUYẾT MINH DỰ
    // TOÁN NĂM 2020") opens a text sent with the letter, as a title after a signature does: its numbering is its own.
    if (this.inClosing && block.type === "paragraph" && isTitleLine(block) && upperShare(block.text) > 0.8) {
      this.inClosing = false;
      this.outline.attachment().heading = block.text;
      this.titleOpen = this.outline.current;
      return;
    }
    if (block.type === "paragraph" && isTitleLine(block) && block.text.length <= 80) return;
    // A paragraph inside an article ("Căn cứ Quyết định đặt hàng …, Cục … ký Hợp đồng" under Điều 12) is the
    // article's text: a document written in articles closes with its signature, not with such a paragraph.
    const inArticle = current !== null && /(?:^|\.)dieu\d/u.test(current.path);
    if (
      block.type === "paragraph" &&
      current &&
      !inArticle &&
      !this.inClosing &&
      !this.numberedAhead &&
      CLOSING.test(block.text)
    )
      this.inClosing = true;
    if (this.inClosing) {
      this.emit(this.closing, "d", block);
      return;
    }
    if (!current) {
      this.emit(this.intro, block.type === "bullet" ? "y" : "d", block);
      return;
    }
    if (block.type === "bullet") this.readBullet(current, block);
    else if (!current.hasLead && current.paragraphs === 0) this.emit(current, "lead", block);
    else this.emit(current, "d", block);
  }

  /**
   * "- Đảng uỷ Chính phủ khẩn trương triển khai thực hiện, … như sau:" then "+ Báo cáo Bộ Chính trị … chậm nhất ngày
   * 09/3/2025.": bullets of another kind under a bullet that ends with ":" are its items, and carry it as their
   * nearest heading (their paths stay "-y<k>" of the item).
   */
  private readBullet(item: Item, block: Block): void {
    const lead = this.bulletLead?.item === item ? this.bulletLead : null;
    const under = lead !== null && block.marker !== lead.marker;
    this.emit(item, "y", block, under ? lead.text : undefined);
    if (!under)
      this.bulletLead = block.text.trimEnd().endsWith(":")
        ? { item, marker: block.marker, text: block.text }
        : null;
  }

  /**
   * "(1) …", "(2) …" number a list only in order from "(1)"; a note "(2) Phần này áp dụng …" under a form, with no
   * "(1)" before it, stays a paragraph.
   */
  private bracketNumbered(block: Block): Block {
    if (block.type === "numbered" && block.markerStyle !== "paren") this.lastBracket = 0;
    if (block.markerStyle !== "paren") return block;
    const n = Number(block.marker);
    if (n === 1 || n === this.lastBracket + 1) {
      this.lastBracket = n;
      return block;
    }
    return {
      ...block,
      type: "paragraph",
      marker: "",
      markerStyle: "none",
      text: `(${block.marker}) ${block.text}`,
    };
  }

  /**
   * "2.6 Lấy mẫu …" right after clause 1 of an article: a consolidated text glues the footnote number (6) to the
   * clause number (2). Read as clause 2 when 2 comes next (a clause or two may have been repealed), not as a
   * paragraph; "1.2 …" after clause 1 stays what it is, and so does "2.1", the usual first sub-item.
   */
  private footnotedClause(block: Block): Block | null {
    if (block.type !== "paragraph" || block.heading) return null;
    const m = FOOTNOTED_CLAUSE.exec(block.text);
    const last = this.outline.lastClause();
    if (!m || last === null) return null;
    const [number, footnote] = [Number(m[1]), Number(m[2])];
    if (number <= last || number > last + 3 || footnote === 1) return null;
    const text = block.text.slice(m[0].length);
    return { ...block, type: "numbered", marker: String(number), markerStyle: "arabic", text };
  }

  private readNumbered(block: Block): void {
    this.inClosing = false;
    const division = !["arabic", "roman", "letter", "subpoint", "paren"].includes(block.markerStyle);
    const title = block.heading || (division && upperShare(block.text) > 0.8);
    const titleOnly =
      title ||
      block.text === "" ||
      (block.text.length <=
        (block.markerStyle === "article" && this.clauseAhead ? ARTICLE_TITLE_MAX : TITLE_MAX) &&
        (!endsSentence(block.text) || /:$/.test(block.text)));
    const previous = this.outline.current;
    const item = this.outline.place(block, titleOnly);
    item.block = block;
    if (previous && !item.path.startsWith(`${previous.path}.`)) this.flushEmptyItem(previous);
    // A lead-in that says something ("1.2. Mức chi điều dưỡng 2.220.000 đồng/người/lần, bao gồm:") is content too.
    const saysSomething = !title && /:$/.test(block.text) && block.text.length >= 40;
    if (!titleOnly || saysSomething) this.emit(item, "lead", block);
    else this.last = null;
    if (titleOnly && ["appendix", "part", "chapter", "muc"].includes(block.markerStyle))
      this.titleOpen = item;
  }

  /**
   * Nothing is lost: an item read as a title that got no text, rows or children after all ("Điều 5. Quyết định
   * này có hiệu lực … kể từ ngày đăng Công báo", without a final dot) becomes a passage of its own.
   */
  private flushEmptyItem(item = this.outline.current): void {
    if (!item?.block || !item.titleOnly || item.hasLead || item.paragraphs || item.bullets || item.rows)
      return;
    if (
      item.block.heading ||
      (item.rank !== undefined && item.rank <= 3) ||
      upperShare(item.block.text) > 0.8
    )
      return;
    if (item.block.text.length < 20) return;
    this.emit(item, "lead", item.block);
  }

  private readTable(block: Block): void {
    const item = this.inClosing ? this.closing : (this.outline.current ?? this.intro);
    let group = "";
    let lead = "";
    let leadCounter = "";
    const own = (block.headerRows ?? 0) > 0;
    // "Đối tượng | Mức trợ cấp" on a line of its own, its rows after a lead paragraph: the new table's column names,
    // not a row of the table before it.
    if (!own && headerLine(block)) {
      this.columns = block.rows?.[0]?.cells ?? [];
      return;
    }
    const rows = rowTexts(block, own ? [] : this.columns);
    if (own) this.columns = columnNames(block);
    for (const row of rows) {
      item.rows++;
      // "1.1 | Thân nhân | 31,0 lần mức chuẩn" numbers a sub-row of the lead row "1 | … chết mà chưa được hưởng …:".
      const subRow = leadCounter !== "" && row.counter.startsWith(`${leadCounter}.`);
      if ((row.counted && !subRow) || row.group) lead = "";
      const headings = [...item.headings, item.heading, group, lead].filter(Boolean);
      this.push({
        path: `${item.path}-r${item.rows}`,
        section: `${item.section}, dòng ${item.rows}`,
        headings,
        text: row.text,
        start: row.start,
        end: row.end,
      });
      if (row.group) group = row.text;
      else if (row.lead) [lead, leadCounter] = [row.text, row.counter];
    }
    this.last = null;
    this.titleOpen = null;
  }

  /** A signature without "Nơi nhận" before it: a signing formula in capitals, once the body has begun. */
  private opensSignature(block: Block): boolean {
    if (!this.inBody || block.type !== "paragraph" || block.text.length > 120) return false;
    // "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân": a head who signs in their own name writes no formula, only the office
    // and the name on one line.
    if (OFFICE_SIGNS.test(block.text) && isSignatureCell(block.text)) return true;
    return (
      SIGNING_FORMULA.test(block.text) &&
      // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Nam": the signature's lines joined, its signer's name in mixed case.
      (upperShare(block.text) > 0.8 || isSignatureCell(block.text))
    );
  }

  /**
   * A title block the converter put after the body (the motto, "Số: …", place and date): metadata, not part of the
   * last article. Only while the document has no number line of its own yet.
   */
  private lateHeader = false;
  private readLateHeader(block: Block): boolean {
    if (MOTTO_ANYWHERE.test(block.text) && !this.header.some((b) => /(?:^|\s)Số\s*:/u.test(b.text))) {
      this.header.push(...headerLines(block));
      this.lateHeader = true;
      this.last = null;
      return true;
    }
    if (
      this.lateHeader &&
      block.type !== "numbered" &&
      block.text.length <= 120 &&
      HEADER_TAIL.test(block.text)
    ) {
      this.header.push(block);
      return true;
    }
    this.lateHeader = false;
    return false;
  }

  private openTrailer(block: Block): void {
    this.flushEmptyItem();
    this.trailer = [];
    this.last = null;
    if (block.type === "paragraph" && (SIGNING_FORMULA.test(block.text) || OFFICE_SIGNS.test(block.text))) {
      this.trailer.push(...signatureBlocks(block.text, block.start, block.end));
      return;
    }
    if (block.type === "table") {
      const { recipients, signature } = readTrailerTable(block);
      this.addRecipients(recipients);
      this.trailer.push(...signature);
      const cell = (block.rows ?? []).flatMap((r) => r.cells).find((c) => /^nơi nhận/iu.test(c));
      if (cell) this.openRecipients(cell, block);
    } else {
      this.addRecipients(recipientsOf(block.text));
      this.openRecipients(block.text, block);
    }
  }

  /**
   * The text's own "Nơi nhận" is read before its signature; a later one belongs to an attached form ("- Lưu: ……"), and
   * a blank to fill in names no one.
   */
  private addRecipients(names: readonly string[]): void {
    if (this.signature !== null) return;
    // "- Tòa án nhân dân tối cao:" keeps a converter's stray colon; the name ends before it. A scan read across both
    // columns runs the signature into the list ("Như trên; . PHO TONG CUC TRUONG", "KT.TONG CUC TRUONG", "ÿ"): the
    // signer's title in capitals after a stop is cut off, and a signing formula or a stray mark is no recipient.
    const named = names
      .map((name) =>
        name
          .replace(/\s*:$/u, "")
          .replace(SIGNER_TITLE_AFTER, "")
          .replace(/[;,.\s]+$/u, ""),
      )
      .filter((name) => /\p{L}{2}/u.test(name) && !SIGNING_FORMULA.test(name));
    this.recipients.push(...named.filter((name) => !FORM_BLANK.test(name)));
  }

  /** "Nơi nhận" is metadata, not body text, but citable: "gửi những đơn vị nào?" is answered from it. */
  private openRecipients(text: string, block: Block): void {
    if (this.recipientsBlock) return;
    this.recipientsBlock = {
      path: "nn",
      section: "phần nơi nhận",
      headings: [],
      text,
      start: block.start,
      end: block.end,
    };
    this.push(this.recipientsBlock);
  }

  /** True when the block belongs to the trailer; otherwise the trailer ends and an attached text begins. */
  private readTrailer(block: Block): boolean {
    const trailer = this.trailer as Block[];
    if (block.type === "bullet") {
      if (!RECIPIENT_GROUP.test(block.text)) this.addRecipients([block.text.replace(/[,;.]$/, "")]);
      if (this.recipientsBlock && this.recipientsBlock.path === "nn" && this.signature === null) {
        this.recipientsBlock.text += ` - ${block.text}`;
        this.recipientsBlock.end = block.end;
      }
      return true;
    }
    // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Ngô Tân Phượng": a signature cell whose lines were joined, as a
    // table cell is, is read as its title and its signer.
    if (block.type === "paragraph" && isSignatureCell(block.text)) {
      trailer.push(...signatureBlocks(block.text, block.start, block.end));
      return true;
    }
    if (block.type === "paragraph" && (RECIPIENT_GROUP.test(block.text) || isSignatureLine(block.text))) {
      trailer.push(block);
      return true;
    }
    // A second signature table (joint signers) has a name in it; a table of capitals is an attachment's title.
    const cells = (block.rows ?? []).flatMap((r) => r.cells).filter(Boolean);
    if (block.type === "table" && cells.every(isSignatureLine) && cells.some((c) => upperShare(c) < 0.5)) {
      trailer.push(...readTrailerTable(block).signature);
      return true;
    }
    // The last recipient beside the signing formula, on one row ("- Lưu: VT, KGVX (2b). | TM. CHÍNH PHỦ").
    const bulleted = /^[-–•]\s*/u;
    if (
      block.type === "table" &&
      cells.some((c) => SIGNING_FORMULA.test(c)) &&
      cells.every((c) => bulleted.test(c) || isSignatureLine(c) || SIGNING_FORMULA.test(c))
    ) {
      for (const cell of cells) {
        if (bulleted.test(cell))
          this.readTrailer({ ...block, type: "bullet", text: cell.replace(bulleted, "") });
        else trailer.push({ ...block, type: "paragraph", text: cell, rows: undefined });
      }
      return true;
    }
    this.closeTrailer();
    if (block.markerStyle !== "appendix") this.titleOpen = this.outline.attachment();
    return false;
  }

  private closeTrailer(): void {
    const signature = (this.trailer ?? []).filter((b) => !RECIPIENT_GROUP.test(b.text));
    if (!this.signature && signature.length) {
      this.signature = signature;
      const first = signature[0];
      const last = signature[signature.length - 1];
      const text = signature.map((b) => b.text).join(" ");
      this.push({
        path: "ck",
        section: "phần chữ ký",
        headings: [],
        text,
        start: first.start,
        end: last.end,
      });
    }
    this.trailer = null;
    this.inClosing = false;
  }

  private readAddress(block: Block): void {
    const rest = block.text
      .replace(KINH_GUI_WORDS, "")
      .replace(CABLE_ADDRESS, "")
      .replace(/^[*_\s]+/, "")
      .trim();
    if (rest) this.recipients.push(...(/(?:^|[;.:])\s*[-–•]\s/u.test(rest) ? recipientsOf(rest) : [rest]));
    this.addressBlock = {
      path: "kg",
      section: "phần kính gửi",
      headings: [],
      text: block.text,
      start: block.start,
      end: block.end,
    };
    this.push(this.addressBlock);
    // The paragraph after the addressees opens the letter; it does not run on from a date line above them.
    this.last = null;
  }

  private emit(item: Item, kind: "lead" | "d" | "y", block: Block, leadIn?: string): RawPassage {
    let path = item.path;
    let section = item.section;
    if (kind === "y") {
      item.bullets++;
      path = `${item.path}-y${item.bullets}`;
      section = `${item.section}, ý ${item.bullets}`;
    } else if (kind === "d") {
      item.paragraphs++;
      path = `${item.path}-d${item.paragraphs}`;
      section = `${item.section}, đoạn ${item.paragraphs}`;
    } else {
      item.paragraphs = 1;
      item.hasLead = true;
    }
    // A lead that is the item's own line has no title above it; a paragraph under a title-only line
    // ("Điều 16. Trách nhiệm thi hành" / "Bộ trưởng … chịu trách nhiệm thi hành …") keeps that title.
    const titled = kind !== "lead" || (item.block !== undefined && item.block !== block);
    const headings = titled ? [...item.headings, item.heading, leadIn ?? ""].filter(Boolean) : item.headings;
    const passage = { path, section, headings, text: block.text, start: block.start, end: block.end };
    // A lead passage takes its item's path, which the outline has already made unique.
    this.push(passage, kind !== "lead");
    this.last = passage;
    return passage;
  }

  private push(passage: RawPassage, reserve = true): void {
    if (reserve) passage.path = this.outline.unique(passage.path);
    this.passages.push(passage);
  }

  /** The title block as a passage of its own, so that "who issued / which number / when" can be cited. */
  private headerPassage(): RawPassage | null {
    // A Markdown title above an official header table is the converter's or a dataset's, not the document's.
    const lines = this.header.filter(
      (b, i) => !MOTTO.test(b.text) && !(i === 0 && b.heading && this.headerTable),
    );
    if (!lines.length) return null;
    // Joined as written, so the header can be quoted verbatim ("Số: 986/QĐ-UBND Tuyên Quang, ngày …").
    const text = lines.map((b) => b.text).join(" ");
    return {
      path: "hd",
      section: "phần đầu văn bản",
      headings: [],
      text,
      start: lines[0].start,
      end: lines[lines.length - 1].end,
    };
  }

  finish(): DocumentStructure {
    if (!this.trailer) this.flushEmptyItem();
    if (this.trailer) this.closeTrailer();
    const header = this.headerPassage();
    if (header) {
      header.path = this.outline.unique("hd");
      this.passages.unshift(header);
    }
    return {
      header: this.header,
      passages: this.passages,
      recipients: this.recipients,
      trailer: this.signature ?? [],
    };
  }
}

export { headingOf };

/** A one-line table of short names without a figure: column headers whose rows come later. */
function headerLine(block: Block): boolean {
  const [row, ...more] = block.rows ?? [];
  const cells = row?.cells.filter(Boolean) ?? [];
  return (
    more.length === 0 &&
    cells.length >= 2 &&
    cells.length === row?.cells.length &&
    cells.every((c) => c.length <= 40 && !/\d/.test(c))
  );
}
