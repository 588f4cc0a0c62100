import { describe, expect, it } from "vitest";
import { listsMembers, membersBracket, withoutTitleAsides } from "../../src/obligations/title-asides.ts";

describe("title asides", () => {
  it("drops the role a title gives a body, by dash or bracket, and what a name covers", () => {
    expect(withoutTitleAsides("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo")).toBe("Sở Tài chính");
    expect(withoutTitleAsides("Sở Tài chính (cơ quan chủ trì)")).toBe("Sở Tài chính");
    expect(withoutTitleAsides("các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu)")).toBe(
      "các cơ quan quản lý cấp trên",
    );
    // A name with a dash of its own stays whole.
    expect(withoutTitleAsides("Sở Lao động - Thương binh và Xã hội")).toBe(
      "Sở Lao động - Thương binh và Xã hội",
    );
  });

  it("finds the bracket of bodies a category means", () => {
    const title = "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên)";
    expect(membersBracket(title)).toEqual({
      index: 26,
      bracket: "(Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên)",
    });
    expect(listsMembers(`1. ${title}:`)).toBe(true);
    expect(listsMembers("1. Các cơ quan đăng ký đầu tư (nếu có):")).toBe(false);
  });
});
