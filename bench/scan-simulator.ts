/**
 * Makes "scanned" image-only PDFs from text, the way a commune office's scanner would: A4 pages printed in a
 * serif font, scanned at 150 dpi with a slight skew, speckle noise and JPEG compression. Used by `bench:ocr` and
 * the OCR tests, so no binary fixture is committed. The font comes from the `dejavu-fonts-ttf` dev dependency
 * (CI installs no system fonts) and has every Vietnamese glyph.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";
import { imagesToPdf } from "./images-to-pdf.ts";
import { seededRandom } from "./seeded-random.ts";

export { seededRandom };

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
GlobalFonts.registerFromPath(path.join(FONT_DIR, "DejaVuSerif.ttf"), "Scan Serif");
GlobalFonts.registerFromPath(path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), "Scan Serif Bold");

export const DPI = 150;
const PAGE = { width: Math.round(8.27 * DPI), height: Math.round(11.69 * DPI) };
const MARGIN = { left: Math.round(1.18 * DPI), right: Math.round(0.79 * DPI), top: Math.round(0.79 * DPI) };
const BOTTOM = PAGE.height - Math.round(0.79 * DPI);
/** 12.5 pt at 150 dpi. */
const FONT_PX = 26;
const LINE_PX = Math.round(FONT_PX * 1.45);

/** One printed paragraph: centered titles, bold headings, first-line indent for body text. */
export interface PrintBlock {
  text: string;
  align?: "left" | "center";
  bold?: boolean;
}

function wrap(ctx: SKRSContext2D, text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    const room = width - (lines.length === 0 ? indent : 0);
    if (line && ctx.measureText(candidate).width > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Official documents are justified: spread the words of a full line from margin to margin. */
function justify(ctx: SKRSContext2D, line: string, left: number, right: number, y: number): void {
  const words = line.split(" ");
  const inked = words.reduce((sum, w) => sum + ctx.measureText(w).width, 0);
  const gap = words.length > 1 ? (right - left - inked) / (words.length - 1) : 0;
  let x = left;
  for (const word of words) {
    ctx.fillText(word, x, y);
    x += ctx.measureText(word).width + gap;
  }
}

/** Lays the blocks out on clean A4 pages at 150 dpi, with the page number at the foot of every page but one. */
export function printPages(blocks: PrintBlock[]): Canvas[] {
  const pages: Canvas[] = [];
  let ctx: SKRSContext2D | null = null;
  let y = 0;
  const newPage = () => {
    const canvas = createCanvas(PAGE.width, PAGE.height);
    ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, PAGE.width, PAGE.height);
    ctx.fillStyle = "#111";
    pages.push(canvas);
    y = MARGIN.top + FONT_PX;
    return ctx;
  };
  const width = PAGE.width - MARGIN.left - MARGIN.right;
  for (const block of blocks) {
    let c: SKRSContext2D = ctx ?? newPage();
    c.font = `${FONT_PX}px '${block.bold ? "Scan Serif Bold" : "Scan Serif"}'`;
    const indent = block.align === "center" ? 0 : Math.round(0.4 * DPI);
    const lines = wrap(c, block.text, width, indent);
    lines.forEach((line, i) => {
      if (y > BOTTOM) {
        c = newPage();
        c.font = `${FONT_PX}px '${block.bold ? "Scan Serif Bold" : "Scan Serif"}'`;
      }
      const w = c.measureText(line).width;
      const left = MARGIN.left + (i === 0 ? indent : 0);
      if (block.align === "center") c.fillText(line, MARGIN.left + (width - w) / 2, y);
      else if (i < lines.length - 1) justify(c, line, left, MARGIN.left + width, y);
      else c.fillText(line, left, y);
      y += LINE_PX;
    });
    y += Math.round(LINE_PX * 0.35);
  }
  if (pages.length > 1)
    pages.forEach((page, i) => {
      const c = page.getContext("2d");
      c.font = `${FONT_PX - 4}px 'Scan Serif'`;
      c.fillText(String(i + 1), PAGE.width / 2 - 6, PAGE.height - Math.round(0.4 * DPI));
    });
  return pages;
}

/** What the scanner does to a page: rotate by `skewDegrees`, add grey speckles, encode as JPEG. */
export function scanPage(page: Canvas, random: () => number, skewDegrees: number, quality = 75): Uint8Array {
  const scanned = createCanvas(page.width, page.height);
  const ctx = scanned.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, page.width, page.height);
  ctx.translate(page.width / 2, page.height / 2);
  ctx.rotate((skewDegrees * Math.PI) / 180);
  ctx.drawImage(page, -page.width / 2, -page.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const image = ctx.getImageData(0, 0, page.width, page.height);
  const px = image.data;
  for (let i = 0; i < px.length; i += 4) {
    // Paper grain everywhere, and a rare dark speck.
    const grain = (random() - 0.5) * 40;
    const speck = random() < 0.0003 ? -160 : 0;
    for (let k = 0; k < 3; k++) px[i + k] = Math.max(0, Math.min(255, px[i + k] + grain + speck));
  }
  ctx.putImageData(image, 0, 0);
  return new Uint8Array(scanned.encodeSync("jpeg", quality));
}

/**
 * Prints the blocks and scans every page into an image-only PDF (no text layer).
 *
 * @example
 * const pdf = scannedPdf([{ text: "KẾT LUẬN", align: "center", bold: true }, { text: "1. Ban Tổ chức …" }], 7);
 */
export function scannedPdf(blocks: PrintBlock[], seed: number, maxSkewDegrees = 1.2): Uint8Array {
  const random = seededRandom(seed);
  const pages = printPages(blocks).map((page) => ({
    jpeg: scanPage(page, random, (random() * 2 - 1) * maxSkewDegrees),
    width: page.width,
    height: page.height,
  }));
  return imagesToPdf(pages, DPI);
}

/** Markdown (a seed document) as printed blocks: front matter, emphasis and table bars dropped, headings bold. */
export function markdownBlocks(markdown: string): PrintBlock[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
  return body
    .split(/\n\s*\n/)
    .map((chunk) =>
      chunk
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "" && !/^\|?\s*:?-{3,}/.test(line))
        .map((line) =>
          line.startsWith("|") ? line.replace(/^\||\|$/g, "").replace(/\s*\|\s*/g, "   ") : line,
        )
        .join("\n"),
    )
    .filter(Boolean)
    .flatMap((chunk) => chunk.split(/\n(?=[-+*] |\d+(?:\.\d+)*\. )/))
    .map((chunk) => {
      const heading = /^#{1,6}\s/.test(chunk);
      const text = chunk
        .replace(/^#{1,6}\s+/, "")
        .replace(/\*\*|__|(?<![\p{L}\p{N}])[_*](?=\S)|(?<=\S)[_*](?![\p{L}\p{N}])/gu, "")
        .replace(/^[*+] /, "- ")
        .replace(/\s+/g, " ")
        .trim();
      const centered = heading && !/^\d|^[IVX]+\./.test(text);
      return { text, bold: heading || undefined, align: centered ? ("center" as const) : undefined };
    })
    .filter((b) => b.text !== "");
}
