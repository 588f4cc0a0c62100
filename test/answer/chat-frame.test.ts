import { describe, expect, it } from "vitest";
import { stripChatFrame } from "../../src/answer/chat-frame.ts";
import { devAnswerers } from "./answer-fixture.ts";

describe("stripChatFrame", () => {
  it("drops the greeting, the asker and the closing particles of a chat message, with or without diacritics", () => {
    expect(stripChatFrame("Dạ, cho em hỏi hạn nộp báo cáo là ngày nào vậy ạ?")).toBe(
      "hạn nộp báo cáo là ngày nào?",
    );
    expect(stripChatFrame("anh chị ơi, QĐ 40 ký ngày nào ạ")).toBe("QĐ 40 ký ngày nào");
    expect(stripChatFrame("cho em hoi voi, nd 75 ap dung tu ngay nao vay a")).toBe(
      "nd 75 ap dung tu ngay nao",
    );
    expect(stripChatFrame("qd 40 tinh tu ngay nao vay anh chi")).toBe("qd 40 tinh tu ngay nao");
    // A closing reference in brackets stays; the frame before it goes.
    expect(stripChatFrame("bao lau moi duoc cap 1 lan vay anh chi (vbhn 4804)")).toBe(
      "bao lau moi duoc cap 1 lan (vbhn 4804)",
    );
  });

  it("keeps words that only look like particles", () => {
    expect(stripChatFrame("theo dieu 3 khoan 2 diem a")).toBe("theo dieu 3 khoan 2 diem a");
    expect(stripChatFrame("ho ngheo co duoc vay")).toBe("ho ngheo co duoc vay");
    expect(stripChatFrame("da nang co van ban nao")).toBe("da nang co van ban nao");
    // Too little would be left: the question stays as typed.
    expect(stripChatFrame("Dạ, vậy ạ?")).toBe("Dạ, vậy ạ?");
  });
});

describe("a closing 'vậy' is a particle, not the question proper of '…, vậy <question>' (tune documents)", () => {
  it("answers 'qd 40 … từ ngày nào vay anh chi' and '… NĐ đó ký ngày nào vậy anh chị?' (40-2011-qd-ttg, 1414-2013-cv-tct)", async () => {
    const { answerer } = await devAnswerers(["40-2011-qd-ttg", "1414-2013-cv-tct", "12-2012-q-ubnd"]);
    const framed = await answerer.answer("qd 40 ve che do tnxp co hieu luc tu ngay nao vay anh chi");
    expect(framed.refused).toBe(false);
    expect(framed.answer).toContain("01 tháng 10 năm 2011");
    expect(framed.question).toBe("qd 40 ve che do tnxp co hieu luc tu ngay nao vay anh chi");
    const cited = await answerer.answer(
      "CV 1414 của Tổng cục Thuế có trích nghị đinh 120/2010 về tiền sử dụng đất, NĐ đó ký ngày nào vậy anh chị?",
    );
    expect(cited.refused).toBe(false);
  });
});
