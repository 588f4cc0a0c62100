import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datePhrase, documentLabel, officialDay } from "../../src/corpus/document-label.ts";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import { provinceNamed, provincesIn } from "../../src/corpus/provinces.ts";
import type { DocumentMeta } from "../../src/corpus/types.ts";
import { CORPUS, documentMeta } from "../helpers.ts";

const meta = (id: string): DocumentMeta =>
  parseDocument(readFileSync(`${CORPUS}/${id}.md`, "utf8"), `${id}.md`).meta;

const empty: DocumentMeta = documentMeta({ id: "x" });

describe("officialDay / datePhrase", () => {
  it("writes days as official documents do: zero before days < 10 and months 1-2 only", () => {
    expect(officialDay("2024-06-06")).toBe("06/6/2024");
    expect(officialDay("2022-02-08")).toBe("08/02/2022");
    expect(officialDay("2024-12-31")).toBe("31/12/2024");
  });

  it("says what a partial date gives and nothing more", () => {
    expect(datePhrase("2024-06")).toBe("tháng 6/2024");
    expect(datePhrase("2024")).toBe("năm 2024");
    expect(datePhrase("")).toBe("");
  });
});

describe("documentLabel", () => {
  it("names a consolidated text as such, not by the kind its header repeats (4804/VBHN-BLĐTBXH)", () => {
    expect(
      documentLabel({
        ...empty,
        kind: "Nghị định",
        number: "4804/VBHN-BLĐTBXH",
        issuedDate: "2024-10-04",
        issuer: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
      }),
    ).toBe("Văn bản hợp nhất số 4804/VBHN-BLĐTBXH ngày 04/10/2024 của BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  });

  it("names a law by its name and the day it was passed, as laws are cited", () => {
    expect(
      documentLabel({
        ...empty,
        kind: "Luật",
        title: "LUẬT BẢO VỆ MÔI TRƯỜNG",
        issuedDate: "2020-11-17",
        issuer: "Quốc hội",
      }),
    ).toBe("Luật Bảo vệ môi trường ngày 17/11/2020 của Quốc hội");
    expect(
      documentLabel({ ...empty, kind: "Bộ luật", title: "BỘ LUẬT DÂN SỰ", issuedDate: "2015-11-24" }),
    ).toBe("Bộ luật Dân sự ngày 24/11/2015");
  });

  it("names a document by kind, number, date, issuer and province", () => {
    expect(
      documentLabel({
        ...empty,
        kind: "Thông báo kết luận",
        number: "123-TB/VPTU",
        issuedDate: "2024-06-06",
        issuer: "Văn phòng Tỉnh ủy",
        province: "Lạng Sơn",
      }),
    ).toBe("Thông báo kết luận số 123-TB/VPTU ngày 06/6/2024 của Văn phòng Tỉnh ủy Lạng Sơn");
    expect(
      documentLabel({
        ...empty,
        kind: "Quyết định",
        number: "1351/QĐ-UBND",
        issuedDate: "2022-10-04",
        issuer: "Sở Lao động - Thương binh và Xã hội",
        province: "Quảng Ngãi",
      }),
    ).toBe(
      "Quyết định số 1351/QĐ-UBND ngày 04/10/2022 của Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi",
    );
  });

  it("keeps a blank number and a blank day as the source leaves them (Lạng Sơn seed)", () => {
    expect(documentLabel(meta("ls-tb-kl-btc-2024"))).toBe(
      "Thông báo kết luận số …-TB/VPTU tháng 6/2024 của Văn phòng Tỉnh ủy Lạng Sơn",
    );
  });

  it("names a document without number and date by its title, with the province put in the issuer", () => {
    const label = documentLabel(meta("hy-kl-can-bo-tre-2024"));
    expect(label).toMatch(
      /^Kết luận của Ban Thường vụ Tỉnh ủy Hưng Yên về tiếp tục thực hiện Nghị quyết số 20-NQ\/TU/,
    );
    expect(label.length).toBeLessThanOrEqual(160);
    expect(documentLabel(meta("btc-cv-cong-tac-can-bo"))).toBe(
      "Công văn của Ban Tổ chức Tỉnh ủy trao đổi một số nội dung về công tác cán bộ",
    );
  });

  it("falls back to 'Văn bản' and the issuer when nothing else is known", () => {
    expect(
      documentLabel({
        ...empty,
        number: "05/2024/QĐ-UBND",
        issuer: "Ủy ban nhân dân tỉnh",
        province: "Hà Nam",
      }),
    ).toBe("Văn bản số 05/2024/QĐ-UBND của Ủy ban nhân dân tỉnh Hà Nam");
    expect(documentLabel({ ...empty, title: "Kế hoạch thời gian năm học", province: "Hà Nội" })).toBe(
      "Kế hoạch thời gian năm học (thành phố Hà Nội)",
    );
  });
});

describe("provinces", () => {
  it("finds names with or without diacritics, old and new tone spelling", () => {
    expect(provinceNamed("thanh hoa")).toBe("Thanh Hóa");
    expect(provinceNamed("Khánh Hoà")).toBe("Khánh Hòa");
    expect(provincesIn("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")).toEqual(["Quảng Ngãi"]);
    expect(provincesIn("trên địa bàn tỉnh Thừa Thiên Huế")).toEqual(["Thừa Thiên Huế"]);
  });

  it("needs capitals for a bare name when asked to: 'hòa bình' is peace, 'Hòa Bình' a province", () => {
    expect(provincesIn("giữ vững hòa bình", { capitalised: true })).toEqual([]);
    expect(provincesIn("tỉnh Hòa Bình và tỉnh Sơn La", { capitalised: true })).toEqual([
      "Hòa Bình",
      "Sơn La",
    ]);
  });
});
