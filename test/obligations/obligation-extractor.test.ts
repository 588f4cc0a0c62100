import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import type { Obligation } from "../../src/obligations/obligation.ts";
import { extractObligations } from "../../src/obligations/obligation-extractor.ts";
import { CORPUS } from "../helpers.ts";

const { documents } = loadCorpus(CORPUS);
const all = documents.flatMap((d) => extractObligations(d));
const at = (passageId: string) => all.filter((o) => o.passageId === passageId);
const only = (passageId: string): Obligation => {
  const found = at(passageId);
  expect(found).toHaveLength(1);
  return found[0] as Obligation;
};

describe("extractObligations", () => {
  it("splits a passage into one obligation per deadline and keeps the deadline phrase verbatim", () => {
    const [rest, dated] = at("hy-kl-can-bo-tre-2024#2.2-y1");
    expect(rest?.deadline.kind).toBe("none");
    expect(dated?.deadline).toEqual({
      kind: "date",
      due: "2024-12-31",
      recurrence: "yearly",
      text: "Trước ngày 31/12/2024 và hàng năm",
    });
    expect(dated?.responsible.join(", ")).toBe("các cấp ủy đảng, người đứng đầu cơ quan, đơn vị, địa phương");
    expect(dated?.action).toMatch(/^xem xét, rà soát, bổ sung quy hoạch cán bộ trẻ/);
  });

  it("reads the subject of the sentence", () => {
    expect(only("hy-kl-can-bo-tre-2024#3.2").responsible).toEqual([
      "Đảng đoàn HĐND",
      "Ban cán sự đảng UBND tỉnh",
    ]);
    expect(only("hy-kl-can-bo-tre-2024#3.3").responsible).toEqual(["Ban Tổ chức Tỉnh ủy"]);
    expect(only("hy-kl-can-bo-tre-2024#3.1").responsible[0]).toBe("Các huyện ủy, thị ủy, thành ủy");
    expect(only("kl-hnbch-14-nq17#5").responsible).toEqual(["Các cấp ủy, tổ chức đảng"]);
  });

  it("inherits parties from the lead-in, a heading, the opening or the implementing paragraph", () => {
    expect(only("ls-tb-kl-btc-2024#3.1").responsible).toEqual(["Ban Tổ chức Tỉnh ủy"]);
    expect(only("hy-kl-can-bo-tre-2024#2.1").responsible).toEqual(["các cấp ủy, tổ chức đảng"]);
    expect(only("btc-cv-cong-tac-can-bo#3-y1").responsible.join(" ")).toMatch(/^cấp ủy trực thuộc Tỉnh ủy/);
    expect(only("btc-cv-cong-tac-can-bo#2-y1").responsible.join(", ")).toBe(
      "các cấp ủy, tổ chức đảng, tập thể lãnh đạo các cơ quan, đơn vị, địa phương",
    );
    expect(only("kl-hnbch-14-nq17#1").responsible[0]).toBe("Ban Thường vụ Tỉnh ủy");
  });

  it("skips assessments, openings, list lead-ins without a deadline and dissemination notes", () => {
    for (const id of [
      "hy-kl-can-bo-tre-2024#1",
      "hy-kl-can-bo-tre-2024#1-d2",
      "hy-kl-can-bo-tre-2024#2",
      "ls-tb-kl-btc-2024#1-y1",
      "ls-tb-kl-btc-2024#2-y3",
      "ls-tb-kl-btc-2024#md-d3",
      "kl-hnbch-14-nq17#kt-d2",
      "btc-cv-cong-tac-can-bo#md-d1",
    ])
      expect(at(id), id).toEqual([]);
  });

  it("keeps a lead-in that carries its own deadline, resolved from the document's date", () => {
    expect(only("ls-tb-kl-btc-2024#3").deadline).toMatchObject({ kind: "date", due: "2024-12-31" });
  });

  it("gives ids that depend only on the passage and its sentences", () => {
    const again = documents.flatMap((d) => extractObligations(d)).map((o) => o.id);
    expect(again).toEqual(all.map((o) => o.id));
    expect(new Set(again).size).toBe(again.length);
    const [doc] = documents.filter((d) => d.meta.id === "hy-kl-can-bo-tre-2024");
    if (!doc) throw new Error("missing document");
    const edited = {
      ...doc,
      passages: doc.passages.map((p) =>
        p.path === "3.2" ? { ...p, text: `${p.text} Bổ sung một câu.` } : p,
      ),
    };
    const before = new Map(extractObligations(doc).map((o) => [o.passageId, o.id]));
    const after = new Map(extractObligations(edited).map((o) => [o.passageId, o.id]));
    expect(after.get("hy-kl-can-bo-tre-2024#3.3")).toBe(before.get("hy-kl-can-bo-tre-2024#3.3"));
    expect(after.get("hy-kl-can-bo-tre-2024#3.2")).not.toBe(before.get("hy-kl-can-bo-tre-2024#3.2"));
  });
});
