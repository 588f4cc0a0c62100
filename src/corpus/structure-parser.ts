import { type Block, endsSentence, splitBlocks } from "./text-blocks.ts";
import type { Passage } from "./types.ts";

/** A passage before the document id and references are attached. */
export type RawPassage = Omit<Passage, "id" | "documentId" | "references">;

export interface DocumentStructure {
  /** Title block lines, before the body. */
  header: Block[];
  passages: RawPassage[];
  /** Lines under "Kính gửi" and "Nơi nhận". */
  recipients: string[];
  /** Blocks after "Nơi nhận": recipients, signature title, signer. */
  trailer: Block[];
}

const KINH_GUI = /^kính gửi\s*:?/iu;
const NOI_NHAN = /^nơi nhận\s*:?$/iu;
const RECIPIENT_GROUP = /^gửi bản (giấy|điện tử)\s*:?$/iu;
const CLOSING = /^(căn cứ|đề nghị|kết luận (này )?(được )?phổ biến|yêu cầu các)/iu;
const TITLE_MAX = 120;

interface Item {
  path: string;
  section: string;
  /** Ancestors' headings. */
  headings: string[];
  /** This item's own heading, passed on to its bullets and children. */
  heading: string;
  titleOnly: boolean;
  /** Passages emitted under this item so far, by kind. */
  paragraphs: number;
  bullets: number;
  passage: RawPassage | null;
}

function sectionOf(path: string): string {
  const parts = path.split(".");
  const labels: string[] = [];
  let arabic: string[] = [];
  for (const part of parts) {
    if (/^[IVX]+$/.test(part)) labels.push(`phần ${part}`);
    else if (/^[a-zđ]$/.test(part)) {
      if (arabic.length) labels.push(`mục ${arabic.join(".")}`);
      arabic = [];
      labels.push(`điểm ${part}`);
    } else arabic.push(part);
  }
  if (arabic.length) labels.push(`mục ${arabic.join(".")}`);
  return labels.join(", ");
}

function headingOf(block: Block): string {
  const firstSentence = block.text.split(/(?<=[.:;!?])\s/u)[0] ?? block.text;
  const title = firstSentence.length > 160 ? `${firstSentence.slice(0, 157)}…` : firstSentence;
  return block.marker ? `${block.marker}. ${title}` : title;
}

/** "2.1" under roman "II" becomes "II.2.1"; "a)" under item 2 becomes "2.a". */
function numberedPath(block: Block, current: Item | null, roman: string): string {
  if (block.markerStyle === "letter")
    return `${current?.path ?? "md"}`.replace(/\.[a-zđ]$/u, "") + `.${block.marker}`;
  if (block.markerStyle === "arabic" && roman) return `${roman}.${block.marker}`;
  return block.marker;
}

function parentPathOf(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? "" : path.slice(0, dot);
}

/** Where the body starts: the first numbered item or a real sentence; before it is the title block. */
function isBodyStart(block: Block): boolean {
  if (block.type === "numbered") return true;
  if (block.type === "bullet") return false;
  return block.text.length >= 60 && endsSentence(block.text) && !block.heading;
}

/**
 * Builds passages with stable paths and reader-style section labels.
 *
 * Paths: numbered items keep their number ("2.2"); bullets add "-y<k>", further paragraphs "-d<k>"; text before
 * the first item is "md-d<k>" (phần mở đầu), closing paragraphs are "kt-d<k>" (phần kết), the address block "kg".
 * A numbered line that is only a title makes no passage; a paragraph right after it takes its path.
 *
 * @example
 * parseStructure("1. Việc một.\n\n- Ý một.").passages.map((p) => p.section) // ["mục 1", "mục 1, ý 1"]
 */
export function parseStructure(body: string, base = 0): DocumentStructure {
  const blocks = splitBlocks(body, base);
  const header: Block[] = [];
  const passages: RawPassage[] = [];
  const recipients: string[] = [];
  const items = new Map<string, Item>();
  const intro: Item = {
    path: "md",
    section: "phần mở đầu",
    headings: [],
    heading: "",
    titleOnly: false,
    paragraphs: 0,
    bullets: 0,
    passage: null,
  };
  const closing: Item = { ...intro, path: "kt", section: "phần kết" };
  let current: Item | null = null;
  let inBody = false;
  let inClosing = false;
  let addressBlock: RawPassage | null = null;
  /** The passage a page-break continuation would extend; a holder so `emit` can update it. */
  const cursor: { last: RawPassage | null } = { last: null };
  let roman = "";
  let i = 0;

  const emit = (item: Item, kind: "lead" | "d" | "y", block: Block): RawPassage => {
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
    } else item.paragraphs = 1;
    const headings = kind === "lead" ? item.headings : [...item.headings, item.heading].filter(Boolean);
    const passage = { path, section, headings, text: block.text, start: block.start, end: block.end };
    passages.push(passage);
    if (kind === "lead") item.passage = passage;
    cursor.last = passage;
    return passage;
  };

  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (NOI_NHAN.test(block.text)) break;
    if (KINH_GUI.test(block.text)) {
      const rest = block.text
        .replace(KINH_GUI, "")
        .replace(/^[*_\s]+/, "")
        .trim();
      if (rest) recipients.push(rest);
      addressBlock = {
        path: "kg",
        section: "phần kính gửi",
        headings: [],
        text: block.text,
        start: block.start,
        end: block.end,
      };
      passages.push(addressBlock);
      continue;
    }
    if (addressBlock && block.type === "bullet") {
      recipients.push(block.text.replace(/[,;.]$/, ""));
      addressBlock.text += ` ${block.text}`;
      addressBlock.end = block.end;
      continue;
    }
    addressBlock = null;
    if (!inBody) {
      if (!isBodyStart(block)) {
        header.push(block);
        continue;
      }
      inBody = true;
    }
    const previous = cursor.last;
    const previousWasTitle =
      blocks[i - 1]?.type === "numbered" && current?.titleOnly === true && current.passage === null;
    if (block.type === "paragraph" && previous && !block.heading) {
      const continues = !endsSentence(previous.text) || /^\p{Ll}/u.test(block.text);
      if (continues && !previousWasTitle) {
        previous.text += ` ${block.text}`;
        previous.end = block.end;
        continue;
      }
    }
    if (block.type === "numbered") {
      inClosing = false;
      const path = numberedPath(block, current, roman);
      if (block.markerStyle === "roman") roman = block.marker;
      const parent = items.get(parentPathOf(path));
      const nextIsParagraph = blocks[i + 1]?.type === "paragraph";
      const titleOnly =
        block.heading ||
        (block.text.length <= TITLE_MAX &&
          (!endsSentence(block.text) || (/:$/.test(block.text) && !nextIsParagraph)));
      const item: Item = {
        path,
        section: sectionOf(path),
        headings: parent ? [...parent.headings, parent.heading] : [],
        heading: headingOf(block),
        titleOnly,
        paragraphs: 0,
        bullets: 0,
        passage: null,
      };
      items.set(path, item);
      current = item;
      if (!titleOnly) emit(item, "lead", block);
      continue;
    }
    if (block.type === "paragraph" && current && !inClosing && CLOSING.test(block.text)) {
      inClosing = true;
    }
    if (inClosing) {
      emit(closing, "d", block);
      continue;
    }
    if (!current) {
      emit(intro, block.type === "bullet" ? "y" : "d", block);
      continue;
    }
    if (block.type === "bullet") emit(current, "y", block);
    else if (current.passage === null && current.paragraphs === 0) emit(current, "lead", block);
    else emit(current, "d", block);
  }
  const trailer = blocks.slice(i);
  for (const block of trailer.slice(1)) {
    if (block.type === "bullet" && !RECIPIENT_GROUP.test(block.text))
      recipients.push(block.text.replace(/[,;.]$/, ""));
  }
  return { header, passages, recipients, trailer };
}
