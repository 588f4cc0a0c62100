import { describe, expect, it } from "vitest";
import { pageAt, pageMarker, pageOfSection, readPageMarkers } from "../../src/corpus/page-markers.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";

const SCAN = [
  pageMarker(1, true),
  "",
  "KẾT LUẬN",
  "",
  "1. Sở Nội vụ chủ trì rà soát vị trí việc làm, hoàn thành trước ngày 30/6/2025.",
  "",
  pageMarker(2, false),
  "",
  "2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này.",
  "",
].join("\n");

describe("page markers", () => {
  it("are blanked in place, so offsets and lines stay those of the source", () => {
    const { text, marks } = readPageMarkers(SCAN);
    expect(text).toHaveLength(SCAN.length);
    expect(text.split("\n")).toHaveLength(SCAN.split("\n").length);
    expect(text).not.toContain("<!--");
    expect(marks).toEqual([
      { offset: 0, page: 1, scanned: true },
      { offset: SCAN.indexOf("<!-- trang 2"), page: 2, scanned: false },
    ]);
    expect(pageAt(marks, SCAN.indexOf("2. Văn phòng"))?.page).toBe(2);
  });

  it("give every passage its page in the section label, marked when it was read by OCR", () => {
    const doc = parseDocument(SCAN, "ket-luan.md");
    const sections = Object.fromEntries(doc.passages.map((p) => [p.path, p.section]));
    expect(sections["1"]).toBe("mục 1, trang 1 (bản quét)");
    expect(sections["2"]).toBe("mục 2, trang 2");
    expect(doc.passages.find((p) => p.path === "1")?.text).toBe(
      "Sở Nội vụ chủ trì rà soát vị trí việc làm, hoàn thành trước ngày 30/6/2025.",
    );
    expect(pageOfSection(sections["1"])).toEqual({ page: 1, ocr: true });
    expect(pageOfSection(sections["2"])).toEqual({ page: 2 });
  });

  it("leave documents without markers as they were", () => {
    const plain = parseDocument("1. Sở Nội vụ chủ trì rà soát vị trí việc làm.\n", "a.md");
    expect(plain.passages[0].section).toBe("mục 1");
    expect(pageOfSection("mục 2.2, ý 1")).toEqual({});
  });
});
