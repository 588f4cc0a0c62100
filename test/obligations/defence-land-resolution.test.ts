import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// An excerpt of Nghị quyết 132/2020/QH14 (Quốc hội, 17/11/2020) on land of the army and police, as a legal-text site
// prints it.
const RESOLUTION = `QUỐC HỘI -------
Nghị quyết số: 132/2020/QH14
Hà Nội, ngày 17 tháng 11 năm 2020
QUYẾT NGHỊ:
Điều 3. Nguyên tắc quản lý, sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế
5. Cơ quan, tổ chức, cá nhân có hành vi vi phạm pháp luật trong quản lý, sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế thì phải chịu trách nhiệm và bị xử lý theo quy định của pháp luật.
Điều 6. Quyền, nghĩa vụ của đơn vị, doanh nghiệp quân đội, công an sử dụng đất quốc phòng, an ninh kết hợp với hoạt động lao động sản xuất, xây dựng kinh tế
2. Được hưởng thành quả lao động, kết quả đầu tư trên đất.
4. Nộp tiền sử dụng đất hằng năm theo quy định tại Nghị quyết này.
Điều 8. Hiệu lực thi hành
3. Chính phủ chịu trách nhiệm tổ chức thực hiện Nghị quyết này.
`;

function tasks() {
  return extractObligations(parseDocument(RESOLUTION, "132-2020-nq-qh14.md")).map((o) => ({
    at: o.passageId.split("#")[1],
    who: o.responsible.join("; "),
  }));
}

describe("rights and duties under one heading (Nghị quyết 132/2020/QH14)", () => {
  it("reads an item of work under 'Quyền, nghĩa vụ của …' as the holder's task, and 'Được …' as a right", () => {
    const under = tasks().filter((t) => t.at.startsWith("dieu6."));
    expect(under.map((t) => t.at)).toEqual(["dieu6.4"]);
    expect(under[0]?.who).toMatch(/^đơn vị; doanh nghiệp quân đội; công an/u);
  });
});

describe("a resolution's sanction is no task (Nghị quyết 132/2020/QH14)", () => {
  it("reads no task in '… vi phạm pháp luật … thì phải chịu trách nhiệm và bị xử lý theo quy định'", () => {
    expect(tasks().filter((t) => t.at === "dieu3.5")).toEqual([]);
    expect(tasks()).toContainEqual({ at: "dieu8.3", who: "Chính phủ" });
  });
});
