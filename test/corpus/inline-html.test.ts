import { describe, expect, it } from "vitest";
import { blankInlineHtml } from "../../src/corpus/inline-html.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";

// The signature of Quyết định 03/2025/QĐ-UBND of Hà Nội as a transcription saved it, in HTML.
const SIGNED = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 03       /2025/QĐ-UBND        Hà Nội, ngày 17 tháng 01 năm 2025
QUYẾT ĐỊNH
Quy định việc sử dụng nguồn kinh phí chi thường xuyên của ngân sách thành phố Hà Nội
Điều 1. Quyết định này có hiệu lực từ ngày 27 tháng 01 năm 2025.
---
<div align="right">
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
<br>
<img src="https://i.imgur.com/LywRtAb.png" alt="Seal and signature" width="120">
<br>
<strong>Trần Sỹ Thanh</strong>
</div>
`;

describe("blankInlineHtml", () => {
  it("blanks presentational tags in place and breaks lines at <br>", () => {
    const text = "CHỦ TỊCH\n<br>\n<strong>Trần Sỹ Thanh</strong>";
    const blanked = blankInlineHtml(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/\s+/g, " ").trim()).toBe("CHỦ TỊCH Trần Sỹ Thanh");
  });

  it("leaves an HTML table to its own reader", () => {
    const table = "<table><tr><td>Rà soát<br>danh mục</td></tr></table>";
    expect(blankInlineHtml(`<p>Kế hoạch</p>\n${table}`)).toBe(`   Kế hoạch    \n${table}`);
  });

  it("lets the signer be read from a signature written in HTML", () => {
    const { meta } = parseDocument(SIGNED, "03-2025-qd-ubnd-hn.md");
    expect(meta.signer).toBe("Trần Sỹ Thanh");
  });
});
