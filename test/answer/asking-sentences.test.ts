import { describe, expect, it } from "vitest";
import { askedFacts } from "../../src/answer/answer-type.ts";
import { askingSentences } from "../../src/answer/asking-sentences.ts";

describe("askingSentences", () => {
  it("keeps the sentences a story-first message asks with", () => {
    const message =
      "Dạ chào anh chị, em là trợ lý quân sự xã Hòa An. Xã em đang rà lại hồ sơ mấy bác, tuần sau phải nộp huyện. " +
      "Cho em hỏi thời gian chiến sự tính từ tháng năm nào ạ?";
    expect(askingSentences(message)).toBe("Cho em hỏi thời gian chiến sự tính từ tháng năm nào ạ?");
  });

  it("leaves a message whole when it has one sentence, no question mark, or asks in every sentence", () => {
    expect(askingSentences("Ai ký QĐ 40? Ký ngày nào?")).toBe("Ai ký QĐ 40? Ký ngày nào?");
    expect(askingSentences("em o xa hoa an. may bac duoc huong bao nhieu")).toBe(
      "em o xa hoa an. may bac duoc huong bao nhieu",
    );
  });

  it("does not end a sentence at an abbreviation's period", () => {
    expect(askingSentences("Em ở xã An Hòa. Mức hỗ trợ ở TP. Hồ Chí Minh là bao nhiêu?")).toBe(
      "Mức hỗ trợ ở TP. Hồ Chí Minh là bao nhiêu?",
    );
  });

  it("reads the kind of fact asked from the asking sentences only", () => {
    const story = "Em ở xã Hòa An. Xã em đang rà lại hồ sơ mấy bác. Chiến sự tính từ năm nào đến năm nào?";
    expect(askedFacts(story).map((f) => f.kind)).not.toContain("number");
    expect(askedFacts("Xã em đang rà lại hồ sơ mấy bác?").map((f) => f.kind)).toContain("number");
  });
});
