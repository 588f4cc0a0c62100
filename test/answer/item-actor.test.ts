import { describe, expect, it } from "vitest";
import { itemActor } from "../../src/answer/item-actor.ts";

describe("itemActor", () => {
  it("gives the lead-in or heading that names who carries out an item naming no one (02/2020, 836/2024)", () => {
    expect(
      itemActor({
        text: "Thanh tra, kiểm tra việc thu, chi Quỹ Đền ơn đáp nghĩa theo quy định của pháp luật.",
        headings: ["Điều 50. Trách nhiệm của các Bộ, ngành", "3. Bộ Tài chính có trách nhiệm sau đây:"],
      }),
    ).toBe("Bộ Tài chính có trách nhiệm sau đây:");
    expect(
      itemActor({
        text: "Đăng ký mua thẻ bảo hiểm y tế, chuyển Phòng Lao động - Thương binh và xã hội cấp theo danh sách.",
        headings: ["2. Trách nhiệm lập hồ sơ:", "d. Sở Lao động - Thương binh và Xã hội:"],
      }),
    ).toBe("Sở Lao động - Thương binh và Xã hội:");
  });

  it("is null when the item names its own party, or nothing above names one", () => {
    expect(
      itemActor({
        text: "Kho bạc Nhà nước có trách nhiệm thu hồi số kinh phí đã tạm cấp.",
        headings: ["3. Bộ Tài chính có trách nhiệm sau đây:"],
      }),
    ).toBeNull();
    expect(
      itemActor({ text: "Tiền ăn: 1.600.000 đồng;", headings: ["1.2. Mức chi điều dưỡng, bao gồm:"] }),
    ).toBeNull();
  });
});

describe("itemActor: a lead-in kept as a heading only in part (Quyết định 145/2025/QĐ-UBND Thanh Hóa)", () => {
  it("names the delegate of 'Ủy quyền cho …' up to the end of its name", () => {
    expect(
      itemActor({
        text: "Thu hồi giấy chứng nhận đăng ký hoạt động của tổ chức đánh giá sự phù hợp.",
        headings: [
          "Điều 2. Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện các nhiệm vụ theo quy định tại Điều 55, Điều 56 Nghị định số 133/2025/NĐ-CP ngày 12/6/2025 của Chính…",
        ],
      }),
    ).toBe("Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ …:");
  });
});
