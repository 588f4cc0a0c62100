import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";

// An excerpt of Nghị định 102/2017/NĐ-CP (Chính phủ, 01/9/2017) on registering security interests, as a legal-text
// site prints it.
const DECREE = `CHÍNH PHỦ -------
Số: 102/2017/NĐ-CP
Hà Nội, ngày 01 tháng 9 năm 2017
NGHỊ ĐỊNH VỀ ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM
Điều 15. Từ chối đăng ký biện pháp bảo đảm
1. Cơ quan đăng ký từ chối đăng ký khi có một trong các căn cứ sau đây:
a) Không thuộc thẩm quyền đăng ký;
b) Khi phát hiện thông tin trong hồ sơ đăng ký không phù hợp với thông tin được lưu giữ tại cơ quan đăng ký hoặc có giấy tờ giả mạo;
c) Thông tin về tài sản bảo đảm trong hồ sơ đăng ký không phù hợp với thông tin về tài sản do cơ quan đăng ký chỉ cấp cho bên bảo đảm.
Điều 32. Hồ sơ đăng ký thế chấp tàu biển
Người yêu cầu đăng ký nộp 01 bộ hồ sơ đăng ký thế chấp tàu biển sau đây:
1. Phiếu yêu cầu đăng ký (01 bản chính);
2. Hợp đồng thế chấp tàu biển (01 bản chính hoặc 01 bản sao có chứng thực);
Điều 52. Thủ tục đăng ký biện pháp bảo đảm bằng tài sản là động sản khác
1. Trong thời hạn giải quyết hồ sơ, cơ quan đăng ký ghi thời điểm nhận phiếu (giờ, phút, ngày, tháng, năm) vào phiếu yêu cầu đăng ký, sổ tiếp nhận, nhập thông tin về biện pháp bảo đảm trên phiếu yêu cầu đăng ký vào cơ sở dữ liệu về biện pháp bảo đảm.
2. Cơ quan đăng ký trả văn bản chứng nhận đăng ký biện pháp bảo đảm có xác nhận của cơ quan đăng ký theo một trong các phương thức quy định tại Điều 17 của Nghị định này cho người yêu cầu đăng ký.
4. Trường hợp cơ quan đăng ký phát hiện trong cơ sở dữ liệu về biện pháp bảo đảm có sai sót về nội dung đã đăng ký do lỗi của mình, thì trong thời hạn 01 ngày làm việc, cơ quan đăng ký chỉnh lý thông tin và gửi văn bản thông báo về việc chỉnh lý thông tin đó cho người yêu cầu đăng ký.
Điều 66. Nhiệm vụ, quyền hạn của các cơ quan trong quản lý nhà nước về đăng ký biện pháp bảo đảm
5. Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương (sau đây gọi chung là Ủy ban nhân dân cấp tỉnh) thực hiện quản lý nhà nước về đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất tại địa phương có nhiệm vụ, quyền hạn sau:
a) Hướng dẫn và tổ chức thực hiện việc đăng ký và quản lý đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất theo quy định của Nghị định này;
b) Báo cáo định kỳ hàng năm cho Bộ Tư pháp về việc đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất.
`;

function tasks() {
  return extractObligations(parseDocument(DECREE, "102-2017-nd-cp.md")).map((o) => ({
    at: o.passageId.split("#")[1],
    who: o.responsible.join("; "),
  }));
}

describe("a registration decree's filings, grounds and registries (Nghị định 102/2017/NĐ-CP)", () => {
  it("takes a lead-in that files the papers its items list as the one task ('… nộp 01 bộ hồ sơ … sau đây:')", () => {
    const filing = tasks().filter((t) => t.at.startsWith("dieu32"));
    expect(filing).toEqual([{ at: "dieu32", who: "Người yêu cầu đăng ký" }]);
  });

  it("takes a refusal on listed grounds as the lead-in's task, its grounds none ('… khi có một trong các căn cứ sau đây:')", () => {
    const refusal = tasks().filter((t) => t.at.startsWith("dieu15"));
    expect(refusal).toEqual([{ at: "dieu15.1", who: "Cơ quan đăng ký" }]);
  });

  it("ends a registry's name at what it does to its books ('ghi', 'trả', 'chỉnh lý')", () => {
    const acts = tasks().filter((t) => t.at.startsWith("dieu52"));
    expect(acts.map((t) => t.who)).toEqual(["cơ quan đăng ký", "Cơ quan đăng ký", "cơ quan đăng ký"]);
  });

  it("reads a name closed by the short name it defines as whole ('(sau đây gọi chung là …) thực hiện …')", () => {
    const duties = tasks().filter((t) => t.at.startsWith("dieu66.5."));
    expect(duties.length).toBe(2);
    expect(duties.every((t) => t.who === "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương")).toBe(true);
  });
});
