import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// An excerpt of Nghị định 42/2024/NĐ-CP (Chính phủ, 16/4/2024) on land reclamation from the sea, as a legal-text site
// prints it.
const DECREE = `CHÍNH PHỦ -------
Số: 42/2024/NĐ-CP
Hà Nội, ngày 16 tháng 4 năm 2024 NGHỊ ĐỊNH QUY ĐỊNH VỀ HOẠT ĐỘNG LẤN BIỂN
Điều 4. Nội dung quy hoạch, kế hoạch sử dụng đất đối với khu vực biển được xác định để lấn biển
3. Trường hợp khu vực biển được xác định để lấn biển đã có trong quy hoạch tỉnh hoặc quy hoạch xây dựng hoặc quy hoạch đô thị (trừ trường hợp quy định tại khoản 5 Điều 40 Luật Đất đai năm 2013) nhưng chưa có trong quy hoạch sử dụng đất cấp huyện thì Ủy ban nhân dân cấp tỉnh chỉ đạo đưa vào quy hoạch sử dụng đất cấp huyện, kế hoạch sử dụng đất hằng năm cấp huyện.
Điều 7. Giao đất, cho thuê đất, giao khu vực biển để lấn biển
1. Đối với dự án đầu tư lấn biển bằng nguồn vốn đầu tư công thì trình tự, thủ tục giao đất thực hiện theo quy định của pháp luật về đất đai.
Trường hợp dự án đầu tư lấn biển hoặc dự án đầu tư có hạng mục lấn biển để phát triển quỹ đất thì sau khi hoàn thành lấn biển và được nghiệm thu theo quy định, chủ đầu tư dự án lấn biển phải bàn giao toàn bộ diện tích đất lấn biển, công trình xây dựng (nếu có) cho cơ quan nhà nước có thẩm quyền để thực hiện giao đất, cho thuê đất cho các tổ chức, cá nhân sử dụng theo quy định của pháp luật về đất đai.
Điều 8. Nghiệm thu hoàn thành lấn biển
3. Căn cứ thông báo chấp thuận kết quả nghiệm thu hoàn thành dự án đầu tư lấn biển hoặc hạng mục lấn biển trong dự án đầu tư của cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp tỉnh, Sở Tài nguyên và Môi trường có trách nhiệm:
a) Xác định, cập nhật đường mép nước biển thấp nhất trung bình trong nhiều năm tại khu vực lấn biển theo hiện trạng đường bờ và địa hình tại thời điểm xác định, cập nhật; trình Ủy ban nhân dân cấp tỉnh báo cáo Bộ Tài nguyên và Môi trường để cập nhật dữ liệu và công bố theo quy định của pháp luật;
b) Xác định, cập nhật đường mực nước triều cao trung bình nhiều năm, điều chỉnh hành lang bảo vệ bờ biển tại khu vực lấn biển theo hiện trạng đường bờ và địa hình tại thời điểm xác định, cập nhật; trình Ủy ban nhân dân cấp tỉnh quyết định bổ sung, điều chỉnh theo quy định của pháp luật.
Điều 11. Quy định chuyển tiếp
2. Dự án đầu tư có hoạt động lấn biển đã có văn bản chấp thuận thực hiện dự án đầu tư có hoạt động lấn biển của cơ quan nhà nước có thẩm quyền và chủ đầu tư đã được giao khu vực biển để thực hiện lấn biển theo đúng quy định của pháp luật trước ngày Nghị định này có hiệu lực thi hành nhưng chưa được giao đất, cho thuê đất thì chủ đầu tư được tiếp tục thực hiện lấn biển theo quyết định giao khu vực biển và không phải nộp tiền sử dụng khu vực biển cho thời gian còn lại; được đề nghị Ủy ban nhân dân cấp tỉnh giao đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất và thực hiện dự án đầu tư lấn biển hoặc hạng mục lấn biển theo quy định tại Nghị định này.
`;

function tasks() {
  return extractObligations(parseDocument(DECREE, "42-2024-nd-cp.md")).map((o) => ({
    at: o.passageId.split("#")[1],
    who: o.responsible.join("; "),
    when: o.deadline.kind,
    every: o.deadline.recurrence,
  }));
}

describe("a land-reclamation decree (Nghị định 42/2024/NĐ-CP)", () => {
  it("reads no recurrence in the name of a kind of plan ('kế hoạch sử dụng đất hằng năm cấp huyện')", () => {
    expect(tasks()).toContainEqual({
      at: "dieu4.3",
      who: "Ủy ban nhân dân cấp tỉnh",
      when: "none",
      every: null,
    });
  });

  it("reads no address in a request the investor may make ('… được đề nghị Ủy ban nhân dân cấp tỉnh giao đất …')", () => {
    expect(tasks().filter((t) => t.at === "dieu11.2")).toEqual([]);
  });

  it("reads 'thì sau khi …,' as the event the duty waits for", () => {
    expect(tasks()).toContainEqual({
      at: "dieu7.1-d2",
      who: "chủ đầu tư dự án lấn biển",
      when: "event",
      every: null,
    });
  });

  it("reads the subject of a lead-in too long for its heading ('3. Căn cứ … của …, Sở … có trách nhiệm:')", () => {
    const items = tasks().filter((t) => t.at.startsWith("dieu8.3."));
    expect(items.map((t) => t.at)).toEqual(["dieu8.3.a", "dieu8.3.b"]);
    expect(items.every((t) => t.who === "Sở Tài nguyên và Môi trường")).toBe(true);
  });
});
