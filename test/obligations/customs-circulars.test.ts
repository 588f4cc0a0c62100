import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { findParties } from "../../src/obligations/responsible-parties.ts";

// An excerpt of Thông tư 62/2019/TT-BTC (Bộ Tài chính, 05/9/2019) on the origin of goods, as a legal-text site prints
// it: the amended articles quoted under "Điều 1. Sửa đổi, bổ sung …".
const CIRCULAR = `BỘ TÀI CHÍNH -------
Số: 62/2019/TT-BTC
Hà Nội, ngày 05 tháng 9 năm 2019 THÔNG TƯ SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 38/2018/TT-BTC
Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 38/2018/TT-BTC
4. Bổ sung Điều 7a như sau:
“Điều 7a. Xác định xuất xứ hàng hóa xuất khẩu, nhập khẩu
2. Thời điểm nộp chứng từ chứng nhận xuất xứ hàng hóa:
a) Người khai hải quan nộp cho cơ quan hải quan tại thời điểm làm thủ tục hải quan nhập khẩu một trong các loại chứng từ sau:
a.1) Chứng từ chứng nhận xuất xứ hàng hóa do người xuất khẩu hoặc người sản xuất phát hành: 01 bản chính;
a.2) Chứng từ chứng nhận xuất xứ hàng hóa (C/O) được cấp bởi cơ quan có thẩm quyền của nước thành viên xuất khẩu: 01 bản chính.
3. Yêu cầu tối thiểu đối với chứng từ chứng nhận xuất xứ hàng hóa:
a) Chứng từ chứng nhận xuất xứ phải được người chứng nhận ký, ghi ngày tháng năm và kèm theo xác nhận: Tôi xác nhận rằng hàng hóa được mô tả trong chứng từ này đáp ứng các quy định.
4. Trường hợp một nước thành viên Hiệp định CPTPP thông báo chỉ áp dụng chứng từ chứng nhận xuất xứ hàng hóa được cấp bởi cơ quan có thẩm quyền hoặc người xuất khẩu, người sản xuất được phê duyệt tự chứng nhận xuất xứ, trong thời hạn 01 ngày làm việc kể từ ngày nhận được đầy đủ thông tin thông báo của nước thành viên xuất khẩu, Tổng cục Hải quan thông báo cho Cục Hải quan các tỉnh, thành phố về việc áp dụng các hình thức chứng từ chứng nhận xuất xứ nêu trên.
6. Cơ quan hải quan chấp nhận chứng từ chứng nhận xuất xứ hàng hóa để áp dụng thuế suất ưu đãi đặc biệt trong trường hợp hoá đơn thương mại được phát hành bởi một nước không phải là thành viên.”
`;

function tasks() {
  return extractObligations(parseDocument(CIRCULAR, "62-2019-tt-btc.md")).map((o) => ({
    at: o.passageId.split("#")[1]?.replace(/~\d+/u, ""),
    who: o.responsible.join("; "),
  }));
}

describe("a customs circular read as an officer would (Thông tư 62/2019/TT-BTC)", () => {
  it("reads who files a paper and an office's acts on it as their subjects", () => {
    expect(
      findParties(
        "Người khai hải quan gửi 01 bản chính chứng từ chứng nhận xuất xứ lô hàng giống hệt cho cơ quan hải quan.",
      )?.parties,
    ).toEqual(["Người khai hải quan"]);
    // An agent named by the act is the whole name: "Người nộp thuế".
    expect(findParties("Người nộp thuế gửi hồ sơ cho cơ quan thuế.")?.parties).toEqual(["Người nộp thuế"]);
    expect(tasks()).toContainEqual({ at: "dieu1.6", who: "Cơ quan hải quan" });
  });

  it("gives a notice to whom sends it after a condition and a time limit, not to whom it tells", () => {
    expect(tasks()).toContainEqual({ at: "dieu1.4", who: "Tổng cục Hải quan" });
  });

  it("reads no party in the words a form puts in its signer's mouth ('Tôi xác nhận …')", () => {
    expect(tasks().filter((t) => t.who === "Tôi")).toEqual([]);
  });
});
