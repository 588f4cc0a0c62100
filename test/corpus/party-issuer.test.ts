import { describe, expect, it } from "vitest";
import { partyIssuer } from "../../src/corpus/party-issuer.ts";

describe("partyIssuer", () => {
  it("names a body of the Central Committee as officers do (45-HD/BTCTW, 40-HD/BTGDVTW, 432-TB/VPTW, 2025)", () => {
    expect(partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC")).toBe("Ban Tổ chức Trung ương");
    expect(partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN VẬN")).toBe(
      "Ban Tuyên giáo và Dân vận Trung ương",
    );
    expect(partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG")).toBe("Văn phòng Trung ương Đảng");
    expect(partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG UỶ BAN KIỂM TRA")).toBe("Ủy ban Kiểm tra Trung ương");
  });

  it("names a body of a provincial committee, and the committee under its Party organisation", () => {
    expect(partyIssuer("TỈNH ỦY LẠNG SƠN VĂN PHÒNG")).toBe("Văn phòng Tỉnh ủy Lạng Sơn");
    expect(partyIssuer("TỈNH ỦY HƯNG YÊN BAN TỔ CHỨC")).toBe("Ban Tổ chức Tỉnh ủy Hưng Yên");
    expect(partyIssuer("ĐẢNG BỘ TỈNH TUYÊN QUANG TỈNH ỦY")).toBe("Tỉnh ủy Tuyên Quang");
  });

  it("names a Party delegation or personnel board by the state body it sits in (3260-KH/ĐĐQH15, 2025)", () => {
    expect(partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG ĐOÀN QUỐC HỘI")).toBe("Đảng đoàn Quốc hội");
    expect(partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG BAN CÁN SỰ ĐẢNG CHÍNH PHỦ")).toBe(
      "Ban cán sự đảng Chính phủ",
    );
  });

  it("leaves the Central Committee itself and any other header as it is", () => {
    expect(partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG")).toBe("BAN CHẤP HÀNH TRUNG ƯƠNG");
    expect(partyIssuer("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ")).toBe("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
    expect(partyIssuer("BỘ TÀI CHÍNH TỔNG CỤC THUẾ")).toBe("BỘ TÀI CHÍNH TỔNG CỤC THUẾ");
  });
});
