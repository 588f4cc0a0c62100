import { describe, expect, it } from "vitest";
import { namedTextOutside } from "../../src/answer/named-text.ts";
import type { DocumentMeta } from "../../src/corpus/types.ts";

const doc = (kind: string, title: string) => ({ kind, title }) as DocumentMeta;
const corpus = [
  doc("Pháp lệnh", "PHÁP LỆNH ƯU ĐÃI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG"),
  doc("Nghị định", "NGHỊ ĐỊNH …"),
];
const passages = [
  { text: "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;" },
  { text: "Căn cứ Luật Cư trú ngày 13 tháng 11 năm 2020;" },
];
const outside = (question: string) => namedTextOutside(question, corpus, passages);

describe("namedTextOutside", () => {
  it("names a law the corpus only cites when its effect is asked, as the user wrote it", () => {
    expect(
      outside(
        "VBHN 836 có căn cứ Luật Cư trú ngày 13/11/2020; vậy Luật Cư trú đó có hiệu lực từ ngày nào ạ?",
      ),
    ).toBe("Luật Cư trú");
  });

  it("names a treaty whose day of signing no passage writes", () => {
    expect(
      outside(
        "QĐ 170/2008 nói về TNXP; vậy Hiệp định Giơ-ne-vơ kết thúc kháng chiến chống Pháp được ký ngày nào?",
      ),
    ).toBe("Hiệp định Giơ-ne-vơ");
  });

  it("leaves a day of issue that a citing passage writes, a text of the corpus and another text asked about", () => {
    expect(outside("VBHN 4804 căn cứ Luật Tổ chức Chính phủ ban hành ngày nào?")).toBeNull();
    // Named by an abbreviation: "Luật NSNN" is "Luật Ngân sách nhà nước".
    expect(
      namedTextOutside("QĐ 6154 căn cứ Luật NSNN ban hành ngày nào?", corpus, [
        { text: "Căn cứ Luật Ngân sách nhà nước ngày 16 tháng 12 năm 2002;" },
      ]),
    ).toBeNull();
    expect(outside("Pháp lệnh ưu đãi người có công với cách mạng có hiệu lực từ ngày nào?")).toBeNull();
    // Named by its first words, with the rest abbreviated.
    expect(outside("Pháp lệnh ưu đãi NCC có hiệu lực từ ngày nào?")).toBeNull();
    expect(
      outside("CV 1921 có nhắc NĐ 31/2013 hướng dẫn Pháp lệnh NCC, NĐ này được ban hành ngày nào"),
    ).toBeNull();
    // "pháp luật" is the law in general; "cũ" and "Cư" are two words.
    expect(outside("theo pháp luật hiện hành có hiệu lực khi nào")).toBeNull();
  });
});

describe("a law that the title of the document named by its number carries out (Kế hoạch 7360/KH-UBND, Lai Châu 2025)", () => {
  const plan = {
    id: "7360-2025-kh-ubnd-laichau",
    kind: "Kế hoạch",
    number: "7360/KH-UBND",
    issuedDate: "2025-11-19",
    title:
      "KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT",
  } as DocumentMeta;

  it("is the plan's topic, not a source outside the corpus", () => {
    const question =
      "KH 7360 UBND Lai Châu: kiểm tra việc thi hành Luật Tiêu chuẩn và quy chuan ky thuat thực hiện từ khi nào?";
    expect(namedTextOutside(question, [plan])).toBeNull();
    expect(namedTextOutside(question.replace("KH 7360 UBND Lai Châu", "KH của UBND Lai Châu"), [plan])).toBe(
      "Luật Tiêu chuẩn",
    );
  });
});
