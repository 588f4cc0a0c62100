import { describe, expect, it } from "vitest";
import { ASKING_CLAUSE, contextTerms, lawAsSource } from "../../src/answer/question-proper.ts";
import { topicTerms } from "../../src/answer/refusal-gate.ts";

describe("the question proper after its context", () => {
  it("reads the clause after 'vậy' as what is asked; without punctuation 'vay' is a word", () => {
    expect(ASKING_CLAUSE.exec("NĐ 87 căn cứ Luật Giáo dục; vậy luật đó có hiệu lực khi nào")?.[1]).toBe(
      "luật đó có hiệu lực khi nào",
    );
    expect(ASKING_CLAUSE.exec("tnxp được vay vốn bao nhiêu")).toBeNull();
  });

  it("weighs down only the words the context writes and the question proper does not", () => {
    const only = contextTerms(
      "nd 23/2012 cho cong don thoi gian phuc vu quan doi neu bi gian doan; vay gian doan toi da bao nhieu nam",
    );
    expect(only.has("ucong")).toBe(true);
    expect(only.has("ugian")).toBe(false);
    // The last clause after ";" is the question proper too.
    expect(contextTerms("kho bac tam cap kinh phi; tam cap ap dung cho khoan nao").has("ukho")).toBe(true);
    // One clause: nothing is context.
    expect(contextTerms("tạm cấp áp dụng cho khoản nào?").size).toBe(0);
    expect([...contextTerms("a; vậy ")]).toEqual([]);
    expect(topicTerms("kho bac")).toContain("ukho");
  });

  it("reads a law named by its name and year as the source asked by", () => {
    expect(lawAsSource("…; vậy theo Luật BHXH 2014, trợ cấp tuất bằng bao nhiêu %?")).toBe("luật bhxh 2014");
    expect(lawAsSource("Theo Luật Công an nhân dân năm 2018, chiến sĩ phục vụ bao nhiêu tháng?")).toBe(
      "luật công an nhân dân năm 2018",
    );
    expect(lawAsSource("theo luat ngan sach nha nuoc 2015 thi thoi gian chinh ly bao lau")).toBe(
      "luat ngan sach nha nuoc 2015",
    );
    // A law without its year, or one only mentioned, is not asked by.
    expect(lawAsSource("Theo Luật Cư trú, đăng ký tạm trú trong bao lâu?")).toBeNull();
    expect(lawAsSource("NĐ 87/2013 căn cứ Luật Giáo dục 2005 quy định gì?")).toBeNull();
  });
});
