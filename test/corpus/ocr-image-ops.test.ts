import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { grayLevels, otsuLevel, removeSpecks, skewDegrees, toPbm } from "../../src/corpus/ocr/image-ops.ts";
import type { OcrWord } from "../../src/corpus/ocr/ocr-engine.ts";
import { ocrPageText } from "../../src/corpus/ocr/ocr-page-text.ts";

/** Dark bars like lines of text, drawn rotated by `degrees`. */
function ruledPage(degrees: number) {
  const canvas = createCanvas(800, 600);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, 800, 600);
  ctx.translate(400, 300);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.fillStyle = "#222";
  for (let y = -240; y <= 240; y += 30) ctx.fillRect(-330, y, 660, 8);
  return grayLevels(ctx.getImageData(0, 0, 800, 600).data);
}

describe("page preprocessing", () => {
  it("finds the skew of a tilted page to about a tenth of a degree", () => {
    for (const degrees of [0, 1.2, -0.7, 2.5]) {
      const gray = ruledPage(degrees);
      expect(Math.abs(skewDegrees(gray, 800, 600, otsuLevel(gray)) - degrees)).toBeLessThan(0.15);
    }
  });

  it("puts Otsu's threshold between ink and paper", () => {
    const gray = new Uint8Array([...Array(900).fill(240), ...Array(100).fill(30)]);
    const level = otsuLevel(gray);
    expect(level).toBeGreaterThanOrEqual(30);
    expect(level).toBeLessThan(240);
  });

  it("removes isolated specks and keeps a dot beside its letter", () => {
    const [w, h] = [60, 40];
    const ink = new Uint8Array(w * h);
    const set = (x: number, y: number) => {
      ink[y * w + x] = 1;
    };
    for (let y = 10; y < 30; y++) for (let x = 10; x < 14; x++) set(x, y); // a letter's stem
    set(11, 6); // its dot, close by
    set(45, 20); // a speck, far from everything
    removeSpecks(ink, w, h, 4, 6);
    expect(ink[6 * w + 11]).toBe(1);
    expect(ink[20 * w + 45]).toBe(0);
    expect(ink.reduce((s, v) => s + v, 0)).toBe(81);
    const pbm = toPbm(ink, w, h);
    expect(Buffer.from(pbm.subarray(0, 9)).toString("latin1")).toBe("P4\n60 40\n");
    expect(pbm).toHaveLength(9 + 8 * h);
  });
});

/** Words of one printed line, as the engine reports them. */
function line(text: string, baseline: number, left = 100, confidence = 95): OcrWord[] {
  let x = left;
  return text.split(" ").map((word) => {
    const w = { text: word, confidence, left: x, right: x + 14 * word.length, baseline, lineHeight: 40 };
    x = w.right + 12;
    return w;
  });
}

describe("recognized words to text", () => {
  it("rejoins wrapped lines, restores an item's lost dot and drops specks", () => {
    const words = [
      ...line("2.1 Tiếp tục đổi mới, nâng cao chất lượng thực hiện các khâu của công tác", 100),
      ...line("cán bộ trẻ trong toàn tỉnh.", 160),
      { text: "ì", confidence: 0, left: 700, right: 712, baseline: 160, lineHeight: 40 },
      ...line("2.2. Các cấp ủy rà soát, bổ sung quy hoạch cán bộ trẻ trước ngày 31/12/2024", 220),
      ...line("và hàng năm.", 280),
    ];
    expect(ocrPageText(words)).toBe(
      "2.1. Tiếp tục đổi mới, nâng cao chất lượng thực hiện các khâu của công tác cán bộ trẻ trong toàn tỉnh.\n\n" +
        "2.2. Các cấp ủy rà soát, bổ sung quy hoạch cán bộ trẻ trước ngày 31/12/2024 và hàng năm.",
    );
  });

  it("keeps a paragraph's last line with it despite a stray mark beside it or dust glued to its first word", () => {
    const words = [
      ...line("2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận", 100, 140),
      ...line("này.", 160),
      { text: ";", confidence: 68, left: 640, right: 646, baseline: 162, lineHeight: 40 },
      ...line("3. Sở Nội vụ chủ trì, hoàn thành trước ngày", 220, 140),
      { text: "...30/6/2025.", confidence: 3, left: 100, right: 280, baseline: 280, lineHeight: 64 },
    ];
    expect(ocrPageText(words)).toBe(
      "2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này.\n\n" +
        "3. Sở Nội vụ chủ trì, hoàn thành trước ngày 30/6/2025.",
    );
  });
});
