import { describe, expect, it } from "vitest";
import { splitBetweenItems, splitText } from "../../src/channels/split-text.ts";

/** [start, end) of each chunk in `text`, asserting the chunks appear in order with only whitespace between them. */
function locate(text: string, chunks: string[]): [number, number][] {
  const spans: [number, number][] = [];
  let pos = 0;
  for (const chunk of chunks) {
    const gap = /^\s*/.exec(text.slice(pos))?.[0].length ?? 0;
    expect(text.startsWith(chunk, pos + gap), `chunk ${spans.length} is not next in the text`).toBe(true);
    spans.push([pos + gap, pos + gap + chunk.length]);
    pos += gap + chunk.length;
  }
  expect(text.slice(pos).trim()).toBe("");
  return spans;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ["Kết", "luận", "số", "12-KL/TW", "đôn đốc", "thực hiện", "[7]", "[12]", "[3, 4]", "😀", "."];
const SEPARATORS = [" ", " ", " ", " ", ". ", "! ", "\n", "\n\n", "  \n \n", "", "-"];

function randomText(next: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)] as T;
  let text = "Mở đầu";
  const length = 20 + Math.floor(next() * 400);
  for (let i = 0; i < length; i++) text += pick(SEPARATORS) + pick(PIECES);
  return text;
}

describe("splitText", () => {
  it("returns short text unchanged and nothing for empty text", () => {
    expect(splitText("Xin chào", 10)).toEqual(["Xin chào"]);
    expect(splitText("", 10)).toEqual([]);
    expect(splitText(" \n\n ", 2)).toEqual([]);
  });

  it("prefers a paragraph break over a line break, a sentence end or a space", () => {
    const first = `${"Câu một dài. ".repeat(90).trim()}\nDòng tiếp theo.`;
    const second = "Đoạn hai. ".repeat(150).trim();
    expect(splitText(`${first}\n\n${second}`, 2000)).toEqual([first, second]);
  });

  it("falls back to line breaks, then sentence ends, then spaces", () => {
    expect(splitText("một hai. ba\nbốn năm sáu bảy", 16)).toEqual(["một hai. ba", "bốn năm sáu bảy"]);
    expect(splitText("một hai. ba bốn năm sáu", 15)).toEqual(["một hai.", "ba bốn năm sáu"]);
    expect(splitText("một hai ba bốn năm", 10)).toEqual(["một hai ba", "bốn năm"]);
  });

  it("hard-cuts text without spaces into full chunks", () => {
    const parts = splitText("x".repeat(5000), 2000);
    expect(parts.map((part) => part.length)).toEqual([2000, 2000, 1000]);
  });

  it("never cuts inside or just before a citation marker, nor inside a surrogate pair", () => {
    expect(splitText("Đoạn một.\n\nĐoạn hai dài hơn [12].", 20)).toEqual([
      "Đoạn một.",
      "Đoạn hai dài",
      "hơn [12].",
    ]);
    expect(splitText(`${"a".repeat(18)}[12]bb`, 20)).toEqual(["a".repeat(17), "a[12]bb"]);
    expect(splitText(`${"a".repeat(15)} b [3, 4] c`, 21)).toEqual(["a".repeat(15), "b [3, 4] c"]);
    const emoji = splitText("😀".repeat(15), 5);
    expect(emoji).toEqual(["😀😀", "😀😀", "😀😀", "😀😀", "😀😀", "😀😀", "😀😀", "😀"]);
  });

  it("keeps every character but the whitespace at cuts, within the limit, markers whole (random texts)", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const text = randomText(next);
      const limit = 12 + Math.floor(next() * 400);
      const chunks = splitText(text, limit);
      const spans = locate(text, chunks);
      for (const chunk of chunks) {
        expect(chunk.length).toBeLessThanOrEqual(limit);
        expect(chunk.trim()).not.toBe("");
      }
      for (const [, end] of spans.slice(0, -1)) {
        const code = text.charCodeAt(end);
        expect(code >= 0xdc00 && code <= 0xdfff, `seed ${seed}: surrogate pair split`).toBe(false);
      }
      for (const marker of text.matchAll(/\[\d+(?:, \d+)?\]/g)) {
        const start = marker.index;
        const end = start + marker[0].length;
        const inside = spans.some(([s, e]) => s <= start && end <= e);
        expect(inside, `seed ${seed}: marker ${marker[0]} at ${start} was split`).toBe(true);
      }
    }
  });
});

describe("splitBetweenItems", () => {
  const item = (n: number, size: number) => `${n}. ${"việc ".repeat(size)}\n   hạn 31/12/2024 — trong hạn`;
  const listing = (sizes: number[]) =>
    ["Nhiệm vụ (tiêu đề):", ...sizes.map((s, i) => item(i + 1, s))].join("\n\n");

  it("ends chunks only between items, packing as many whole items as fit", () => {
    const text = listing([30, 80, 10, 60, 45, 70, 20, 90, 33, 51]);
    const chunks = splitBetweenItems(text, 700);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(700);
      for (const block of chunk.split("\n\n").slice(1)) expect(block).toMatch(/^\d+\. [\s\S]+\n {3}hạn/);
    }
    expect(chunks.join("\n\n")).toBe(text);
    for (const [i, chunk] of chunks.slice(0, -1).entries()) {
      const nextItem = (chunks[i + 1] ?? "").split("\n\n")[0] ?? "";
      expect(chunk.length + 2 + nextItem.length).toBeGreaterThan(700);
    }
  });

  it("cuts only an item that is longer than the limit by itself, and leaves short text alone", () => {
    const text = listing([5, 400, 5]);
    const chunks = splitBetweenItems(text, 600);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(600);
    expect(chunks.filter((c) => c.includes(item(3, 5)))).toHaveLength(1);
    expect(chunks.filter((c) => c.includes(item(1, 5)))).toHaveLength(1);
    expect(splitBetweenItems("Ngắn.\n\nGọn.", 100)).toEqual(["Ngắn.\n\nGọn."]);
    expect(splitBetweenItems("  \n\n ", 100)).toEqual([]);
  });
});
