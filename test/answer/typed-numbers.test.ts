import { describe, expect, it } from "vitest";
import { tidyNumbers } from "../../src/answer/typed-numbers.ts";

describe("tidyNumbers", () => {
  it("parts a document kind glued to its number", () => {
    expect(tidyNumbers("CV2638/LĐTBXH-KHTC: lập dự toán")).toBe("CV 2638/LĐTBXH-KHTC: lập dự toán");
    expect(tidyNumbers("qd170 quy dinh gi")).toBe("qd 170 quy dinh gi");
    expect(tidyNumbers("theo QĐ170.")).toBe("theo QĐ 170.");
  });

  it("leaves a Party number, a word and a glued name the corpus writes as they are", () => {
    expect(tidyNumbers("QĐ22-QĐ/TW")).toBe("QĐ22-QĐ/TW");
    expect(tidyNumbers("cvbt 12 xã")).toBe("cvbt 12 xã");
    expect(tidyNumbers("hỗ trợ theo QĐ22 ra sao", (w) => w === "qd22")).toBe("hỗ trợ theo QĐ22 ra sao");
  });

  it("closes a stray space at a number's slash, not one that may part two texts", () => {
    expect(tidyNumbers("nd 55/ 2023 ký ngày nào")).toBe("nd 55/2023 ký ngày nào");
    expect(tidyNumbers("NĐ 55/2023/ NĐ-CP")).toBe("NĐ 55/2023/NĐ-CP");
    expect(tidyNumbers("ngày 10 / 12 / 2020")).toBe("ngày 10/12/2020");
    expect(tidyNumbers("TT 24/2009 / NĐ 75")).toBe("TT 24/2009 / NĐ 75");
    expect(tidyNumbers("1.500.000 đồng/ người")).toBe("1.500.000 đồng/ người");
  });
});
