/**
 * Splits a document body into blocks: numbered items, bullets and paragraphs, each with its marker, clean text
 * and character offsets. Conclusions arrive as Markdown converted from Word or PDF, so numbering hides inside
 * emphasis (`**3.1.**`), headings (`### **2. …**`) and page breaks split sentences; this layer absorbs that.
 */

export type BlockType = "numbered" | "bullet" | "paragraph";

export interface Block {
  type: BlockType;
  /** Numbering as written without the final dot: "2.1", "IV", "a". Empty for bullets and paragraphs. */
  marker: string;
  markerStyle: "arabic" | "roman" | "letter" | "none";
  /** A Markdown heading line ("### …"). */
  heading: boolean;
  text: string;
  start: number;
  end: number;
  /** 1-based line number of the block's first line in the body. */
  line: number;
}

const HEADING = /^#{1,6}\s+/;
const OPEN_EMPHASIS = /^[*_]{1,3}(?=\S)/;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)\.(?!\d)\s*(?:[*_]{1,3})?\s*(?=\S)/;
const ROMAN = /^([IVX]{1,5})\.\s*(?:[*_]{1,3})?\s+/;
const LETTER = /^([a-zđ])\)\s*(?:[*_]{1,3})?\s+/;
const BULLET = /^(?:[-•+–]|\*(?=\s))\s*/;
const SENTENCE_END = /[.;:!?…)”"'»]$/u;

/** Removes Markdown emphasis and escapes and joins lines: the text a reader sees. */
export function cleanText(raw: string): string {
  return raw
    .replace(/\\([*_[\]()#.-])/g, "$1")
    .replace(/(?<=[\p{L}\p{N}])\*{2,3}(?=[\p{L}\p{N}])/gu, " ")
    .replace(/(\*{1,3}|_{2,3})/g, "")
    .replace(/(^|[\s(“"])_(?=\S)|(?<=\S)_(?=[\s.,;:)”"]|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the text ends like a finished sentence; a block that does not may continue after a page break. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

interface Line {
  text: string;
  start: number;
  end: number;
  number: number;
}

function splitLines(body: string, base: number): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let number = 1;
  for (const text of body.split("\n")) {
    lines.push({
      text: text.replace(/\r$/, ""),
      start: base + offset,
      end: base + offset + text.length,
      number,
    });
    offset += text.length + 1;
    number++;
  }
  return lines;
}

function classify(raw: string): Omit<Block, "start" | "end" | "line" | "text"> & { rest: string } {
  let rest = raw.trim();
  const heading = HEADING.test(rest);
  if (heading) rest = rest.replace(HEADING, "");
  const bullet = BULLET.exec(rest);
  if (bullet && !heading) {
    return { type: "bullet", marker: "", markerStyle: "none", heading, rest: rest.slice(bullet[0].length) };
  }
  const unwrapped = rest.replace(OPEN_EMPHASIS, "");
  for (const [style, pattern] of [
    ["arabic", ARABIC],
    ["roman", ROMAN],
    ["letter", LETTER],
  ] as const) {
    const m = pattern.exec(unwrapped);
    if (m)
      return {
        type: "numbered",
        marker: m[1],
        markerStyle: style,
        heading,
        rest: unwrapped.slice(m[0].length),
      };
  }
  return { type: "paragraph", marker: "", markerStyle: "none", heading, rest };
}

/**
 * @example
 * splitBlocks("1. Một.\n\n- Ý a\n- Ý b", 0).map((b) => b.type) // ["numbered", "bullet", "bullet"]
 */
export function splitBlocks(body: string, base = 0): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of splitLines(body, base)) {
    if (line.text.trim() === "") {
      current = null;
      continue;
    }
    const kind = classify(line.text);
    const startsBlock = current === null || kind.type !== "paragraph" || kind.heading || current.heading;
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
    } else if (current) {
      current.text += `\n${line.text.trim()}`;
      current.end = line.start + line.text.trimEnd().length;
    }
  }
  for (const block of blocks) block.text = cleanText(block.text);
  return blocks.filter((block) => block.text !== "" || block.type === "numbered");
}
