import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.ts";
import { secondAsk } from "../../src/answer/second-ask.ts";
import { tempDir } from "../helpers.ts";
import { answerersOver } from "./answer-fixture.ts";

describe("secondAsk", () => {
  it("reads the last clause when it asks a fact of its own after a clause that asks one", () => {
    expect(secondAsk("trợ cấp bao nhiêu, trên 2 năm thì mỗi năm cộng thêm bao nhiêu?")?.clause).toBe(
      "trên 2 năm thì mỗi năm cộng thêm bao nhiêu?",
    );
    // The source first, then one question.
    expect(secondAsk("Theo NĐ 87/2013, trợ cấp khó khăn đột xuất bao nhiêu?")).toBeNull();
    expect(secondAsk("Trợ cấp khó khăn đột xuất là bao nhiêu?")).toBeNull();
  });
});

/**
 * A decision whose first articles all speak of the first case (two years or less), so that the three passages quoted
 * for the whole question leave out the one article that gives the second case's amount.
 */
const DECISION = `# Quyết định mẫu

ỦY BAN NHÂN DÂN TỈNH MẪU
-------

Số: 40/2011/QĐ-UBND

QUYẾT ĐỊNH
Về chế độ trợ cấp một lần đối với thanh niên xung phong

Điều 1. Thanh niên xung phong tập trung tham gia kháng chiến từ đủ 2 năm trở xuống được trợ cấp một lần 2.500.000 đồng.

Điều 2. Thanh niên xung phong tập trung tham gia kháng chiến từ đủ 2 năm trở xuống đã từ trần thì thân nhân được trợ cấp một lần 2.000.000 đồng.

Điều 3. Thanh niên xung phong tập trung tham gia kháng chiến từ đủ 2 năm trở xuống được tặng quà một lần 500.000 đồng.

Điều 4. Thời gian trên 2 năm được tính theo mỗi năm tham gia kháng chiến thực tế, không cộng thêm thời gian khác.

Điều 5. Thanh niên xung phong trên 2 năm được cộng thêm thời gian theo mỗi năm công tác khi xét khen thưởng.

Điều 6. Trường hợp trên 2 năm, thì cứ mỗi năm được cộng thêm 800.000 đồng.
`;

describe("a question that asks two facts", () => {
  let ask: (question: string) => Promise<Answer>;
  beforeAll(async () => {
    const file = path.join(tempDir("troly-second-ask-"), "qd-40-2011-mau.md");
    writeFileSync(file, DECISION);
    const { answerer } = await answerersOver([file]);
    ask = (question) => answerer.answer(question);
  }, 60_000);

  it("quotes the sentence that answers the last clause when the answer to the whole does not state it", async () => {
    const a = await ask(
      "QĐ 40/2011: TNXP tập trung tham gia kháng chiến từ đủ 2 năm trở xuống được trợ cấp một lần bao nhiêu, trên 2 năm thì mỗi năm cộng thêm bao nhiêu?",
    );
    expect(a.answer).toContain("2.500.000");
    expect(a.answer).toContain("800.000");
  });

  it("adds nothing when the question asks one fact", async () => {
    const a = await ask("QĐ 40/2011: TNXP từ đủ 2 năm trở xuống được trợ cấp một lần bao nhiêu?");
    expect(a.answer).toContain("2.500.000");
    expect(a.answer).not.toContain("800.000");
  });
});
