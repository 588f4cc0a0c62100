import { describe, expect, it } from "vitest";
import {
  lookUpSection,
  missingSection,
  sectionLabel,
  sectionTitle,
  whichSection,
  writtenOfAnother,
} from "../../src/answer/section-label.ts";
import type { Passage } from "../../src/corpus/types.ts";
import { devAnswerers } from "./answer-fixture.ts";

const passages = (...paths: string[]) =>
  paths.map((path) => ({ id: `d#${path}`, documentId: "d", path, text: path }) as unknown as Passage);
const ARTICLES = passages(
  "hd",
  "md-d1",
  "dieu1",
  "dieu2.1",
  "dieu2.2.a",
  "dieu2.2.b",
  "dieu2.2.b-d2",
  "dieu3",
  "nn",
);

describe("sectionLabel", () => {
  it("reads the labels officers cite, with or without diacritics", () => {
    expect(sectionLabel("Theo khoản 2 Điều 5 NĐ 23/2012, …")?.levels).toEqual([["dieu5"], ["2"]]);
    expect(sectionLabel("nd 87/2013 dieu 5 khoan 2 quy dinh gi")?.levels).toEqual([["dieu5"], ["2"]]);
    expect(sectionLabel("VBHN 834, điểm đ khoản 4 Điều 12: ai ban hành")?.levels).toEqual([
      ["dieu12"],
      ["4"],
      ["đ"],
    ]);
    expect(sectionLabel("vbhn 834 diem d khoan 4 dieu 12")?.levels).toEqual([["dieu12"], ["4"], ["d", "đ"]]);
    expect(sectionLabel("Phụ lục VII của VBHN 4804 …")?.levels).toEqual([["plVII", "pl7"]]);
    expect(sectionLabel("cv 2638 muc iii.1: lap ke hoach")?.levels).toEqual([["III", "phanIII"], ["1"]]);
    expect(sectionLabel("Mục 1.3 CV 1921 quy định")?.text).toBe("mục 1.3");
  });

  it("takes the deepest of labels that lead to one another, and none of a list, a range or two sections", () => {
    expect(sectionLabel("pl 02/2020 dieu 7 ve hanh vi bi cam, khoan 5 cua dieu 7 cam gi")?.text).toBe(
      "khoản 5 Điều 7",
    );
    expect(sectionLabel("Chế độ tại Điều 4, 5 và 12 được thực hiện từ ngày nào?")).toBeNull();
    expect(sectionLabel("chế độ (Điều 6–11, 13) được thực hiện từ ngày nào?")).toBeNull();
    expect(sectionLabel("Điều 2 và Điều 4 khác nhau thế nào?")).toBeNull();
  });

  it("is no section when the word is 'mức' or 'điều kiện'", () => {
    expect(sectionLabel("Thương binh được hưởng mức 2 lần mức chuẩn?")).toBeNull();
    expect(sectionLabel("điều kiện để hưởng trợ cấp là gì")).toBeNull();
    expect(sectionLabel("muc 1,5 lan muc chuan")).toBeNull();
  });

  it("knows a label written of another text", () => {
    const label = sectionLabel("khoản 2 Điều 1 QĐ 53/2010 loại trừ ai") as NonNullable<
      ReturnType<typeof sectionLabel>
    >;
    expect(writtenOfAnother(label, "40/2011/QĐ-TTg")).toBe(true);
    expect(writtenOfAnother(label, "53/2010/QĐ-TTg")).toBe(false);
    const law = sectionLabel("Điều 6 Luật BHXH theo NĐ 23/2012") as NonNullable<
      ReturnType<typeof sectionLabel>
    >;
    expect(writtenOfAnother(law, "23/2012/NĐ-CP")).toBe(true);
  });
});

describe("lookUpSection", () => {
  const look = (question: string, list = ARTICLES) =>
    lookUpSection(list, sectionLabel(question) as NonNullable<ReturnType<typeof sectionLabel>>);

  it("finds every passage under the section, its paragraphs too", () => {
    expect(look("điểm b khoản 2 Điều 2")).toEqual({ found: true, passages: ARTICLES.slice(5, 7) });
    expect(look("Điều 2")).toMatchObject({ found: true, passages: ARTICLES.slice(3, 7) });
  });

  it("says which level is missing and what the document has there", () => {
    const label = sectionLabel("Điều 9") as NonNullable<ReturnType<typeof sectionLabel>>;
    const missing = lookUpSection(ARTICLES, label);
    expect(missing).toEqual({ found: false, depth: 0, siblings: ["dieu1", "dieu2", "dieu3"] });
    expect(missingSection(label, missing as { depth: number; siblings: string[] })).toBe(
      "không có Điều 9 (văn bản có Điều 1 đến Điều 3)",
    );
    const clause = sectionLabel("khoản 4 Điều 2") as NonNullable<ReturnType<typeof sectionLabel>>;
    const what = lookUpSection(ARTICLES, clause) as { depth: number; siblings: string[] };
    expect(missingSection(clause, what)).toBe("không có khoản 4 Điều 2 (Điều 2 có khoản 1, khoản 2)");
  });

  it("does not judge a kind of section the document does not number", () => {
    // A letter numbered 1., 2. has no articles: "Điều 5" is another text's; an article without clauses is all of them.
    expect(look("Điều 5", passages("hd", "1", "2", "2-d2"))).toBeNull();
    expect(look("khoản 1 Điều 3")).toBeNull();
    expect(look("Phụ lục II")).toBeNull();
  });
});

describe("whichSection and sectionTitle", () => {
  it("reads a question that asks where something is written", () => {
    expect(whichSection("Các hành vi bị nghiêm cấm được quy định ở điều nào?")?.test("tại Điều 7")).toBe(
      true,
    );
    expect(whichSection("bảng mức trợ cấp thương binh loại B nằm ở phụ lục nào?")?.test("Phụ lục III")).toBe(
      true,
    );
    expect(whichSection("ho so mai tang phi quy dinh o dieu nao")).not.toBeNull();
    expect(whichSection("Thương binh được hưởng ở mức nào?")).toBeNull();
    expect(whichSection("Hồ sơ gồm những gì?")).toBeNull();
  });

  it("gives the title of the section's own heading, without its number or notes", () => {
    expect(
      sectionTitle("Điều 4, khoản 1", [
        "Chương I. QUY ĐỊNH CHUNG",
        "Điều 4. Hồ sơ giải quyết chế độ mai táng phí",
      ]),
    ).toBe("Hồ sơ giải quyết chế độ mai táng phí");
    expect(sectionTitle("Phụ lục III, dòng 2", ["Phụ lục III. MỨC HƯỞNG[21] (Kèm theo Nghị định …)"])).toBe(
      "MỨC HƯỞNG",
    );
  });
});

describe("questions that name a section, on real documents", () => {
  it("says a section the named document lacks, with what it has, instead of quoting another", async () => {
    const { answerer } = await devAnswerers([
      "102-2018-nd-cp",
      "02-2020-ubtvqh14",
      "2638-2019-cv-ltbxh-khtc",
    ]);
    const article = await answerer.answer(
      "nd 102/2018 co dieu 13 quy dinh chuyen tiep cho ho so da nop khong",
    );
    expect(article.refused).toBe(true);
    expect(article.answer).toMatch(
      /Nghị định số 102\/2018\/NĐ-CP .* không có Điều 13 \(văn bản có Điều 1 đến Điều 12\)/u,
    );
    const clause = await answerer.answer(
      "phap lenh 02/2020 dieu 7 ve hanh vi bi nghiem cam, khoan 5 cua dieu 7 cam gi",
    );
    expect(clause.answer).toContain("không có khoản 5 Điều 7 (Điều 7 có khoản 1 đến khoản 4)");
    const part = await answerer.answer("cv 2638 muc iv huong dan quyet toan nam 2018, han nop la ngay nao");
    expect(part.answer).toContain("không có mục IV (văn bản có mục I đến mục III)");
  });

  it("reads a label that opens the question as the following document's, though another text is named too", async () => {
    const { answerer } = await devAnswerers(["836-2024-vbhn-bldtbxh", "40-2011-qd-ttg"]);
    const point = await answerer.answer(
      "Điểm g khoản 2 Điều 1 VBHN 836 có loại trừ TNXP đã nhận trợ cấp một lần theo QĐ 40/2011 khỏi diện cấp thẻ BHYT không?",
    );
    expect(point.answer).toContain("không có điểm g khoản 2 Điều 1 (khoản 2 Điều 1 có điểm a đến điểm e)");
  });

  it("answers from inside the section named, and names the section asked for", async () => {
    const { answerer } = await devAnswerers([
      "834-2024-vbhn-bldtbxh",
      "02-2020-ubtvqh14",
      "836-2024-vbhn-bldtbxh",
    ]);
    const point = await answerer.answer(
      "VBHN 834, điểm đ khoản 4 Điều 12: ai ban hành định mức kinh tế - kỹ thuật dịch vụ giám định ADN?",
    );
    expect(point.citations[0]?.passageId).toMatch(/^834-2024-vbhn-bldtbxh#dieu12\.4\.đ/u);
    expect(point.answer).toContain("Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành định mức");
    const where = await answerer.answer(
      "PL 02/2020/UBTVQH14: các hành vi bị nghiêm cấm trong lĩnh vực ưu đãi người có công được quy định ở điều nào?",
    );
    expect(where.answer).toContain("quy định việc này tại Điều 7");
    expect(where.answer).toContain("(Những hành vi bị nghiêm cấm");
    const dossier = await answerer.answer(
      "VBHN 836: hồ sơ giải quyết chế độ mai táng phí cho TNXP chống Pháp được quy định ở điều nào?",
    );
    expect(dossier.answer).toContain("tại Điều 4");
  });
});
