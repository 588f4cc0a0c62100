import { beforeAll, describe, expect, it } from "vitest";
import { forOtherTier, tierOfBody, tiersOf } from "../../src/answer/admin-level.ts";
import type { Answer } from "../../src/answer/answer.ts";
import { devAnswerers } from "./answer-fixture.ts";

/** Nghị định 75/2021/NĐ-CP, Điều 11 khoản 3: amounts per tier of the work. */
const TIERS =
  "ngân sách trung ương hỗ trợ tối đa 15 tỷ đồng đối với công trình cấp tỉnh; 10 tỷ đồng đối với công trình cấp huyện; 02 tỷ đồng đối với công trình cấp xã";

describe("tiersOf / forOtherTier", () => {
  it("reads the tiers a text names, typed with or without diacritics", () => {
    expect(tiersOf("nha bia do thon tu xay, cong trinh cap thon")).toEqual(["thon"]);
    expect(tiersOf(TIERS)).toEqual(["tinh", "huyen", "xa"]);
  });

  it("is true only when the quote lists tiers and not the one asked", () => {
    expect(forOtherTier("công trình cấp thôn được hỗ trợ bao nhiêu?", TIERS)).toBe(true);
    expect(forOtherTier("công trình cấp huyện được hỗ trợ bao nhiêu?", TIERS)).toBe(false);
    expect(forOtherTier("công trình được hỗ trợ bao nhiêu?", TIERS)).toBe(false);
    expect(forOtherTier("cấp thôn được hỗ trợ bao nhiêu?", "Mức hỗ trợ 10 triệu đồng/01 mộ.")).toBe(false);
  });
});

describe("an amount asked for a tier the text does not list (zn002)", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const { answerer } = await devAnswerers(["4804-2024-vbhn-bltbxh", "102-2018-nd-cp"]);
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("is 'not stated' for the village tier, and answered for the district", async () => {
    const village = await ask(
      "vbhn 4804: nha bia ghi ten liet si do thon, ap tu xay thi ngan sach trung uong ho tro sua chua toi da bao nhieu cho cong trinh cap thon",
    );
    expect(village.notStated).toBe(true);
    const district = await ask(
      "vbhn 4804: nha bia ghi ten liet si cap huyen thi ngan sach trung uong ho tro sua chua toi da bao nhieu",
    );
    expect(district.notStated).toBeFalsy();
    expect(district.answer).toContain("10 tỷ đồng");
  });

  it("leaves a time limit alone: the commune's time may name the district it reports to (f002)", async () => {
    const a = await ask(
      "nd 102/2018 thi ubnd cap xa nhan du ho so cua than nhan o trong nuoc duoc uy quyen thi trong bao nhieu ngay phai to chuc hoi nghi xet duyet va bao cao len huyen?",
    );
    expect(a.answer).toContain("05 ngày làm việc");
    expect(a.notStated).toBeFalsy();
  });
});

describe("tierOfBody", () => {
  it("reads the tier a body's name says, and none when it says none", () => {
    expect(tierOfBody("các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ")).toBe("trung uong");
    expect(tierOfBody("UBND cấp xã")).toBe("xa");
    expect(tierOfBody("Sở Tài chính")).toBe("tinh");
    // "cơ sở" is a facility, "xã hội" no commune.
    expect(tierOfBody("cơ sở nuôi dưỡng")).toBeNull();
    expect(tierOfBody("tổ chức chính trị - xã hội")).toBeNull();
  });
});
