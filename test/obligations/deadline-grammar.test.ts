import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/parse-document.ts";
import type { Deadline } from "../../src/obligations/deadline.ts";
import {
  type DeadlineContext,
  deadlineOf,
  deadlineOfField,
  findDeadlinePhrases,
} from "../../src/obligations/deadline-grammar.ts";
import { calendarOf } from "../../src/obligations/events-calendar.ts";
import { CORPUS, corpusFile } from "../helpers.ts";

const NO_DATE: DeadlineContext = { documentDate: null };
const JUNE_2024: DeadlineContext = { documentDate: "2024-06" };

/** The deadline of a text, as `[kind, due, recurrence, text]` for compact expectations. */
const read = (text: string, context: DeadlineContext = NO_DATE) => {
  const d = deadlineOf(text, context);
  return [d.kind, d.due, d.recurrence, d.text];
};

/** Every phrase of a text as `[kind, due, recurrence, text]`. */
const phrases = (text: string, context: DeadlineContext = NO_DATE) =>
  findDeadlinePhrases(text, context).map((p) => [p.kind, p.due, p.recurrence, p.text]);

const documents = new Map(
  ["btc-cv-cong-tac-can-bo", "hy-kl-can-bo-tre-2024", "kl-hnbch-14-nq17", "ls-tb-kl-btc-2024"].map((id) => [
    id,
    parseDocument(corpusFile(id), `${id}.md`),
  ]),
);

/** The text of a corpus passage, e.g. "hy-kl-can-bo-tre-2024#2.2-y1". */
function passage(id: string): string {
  const found = documents.get(id.split("#")[0] ?? "")?.passages.find((p) => p.id === id);
  if (!found) throw new Error(`no passage ${id} in ${CORPUS}`);
  return found.text;
}

/** The sentence of a passage that contains `marker`. */
const sentenceOf = (id: string, marker: string) =>
  passage(id)
    .split(/(?<=\.)\s+(?=\p{Lu})/u)
    .find((s) => s.includes(marker)) ?? "";

describe("dates", () => {
  it.each([
    ["Hoàn thành trước ngày 31/12/2024.", "2024-12-31", "trước ngày 31/12/2024"],
    ["Báo cáo chậm nhất ngày 15/3/2025.", "2025-03-15", "chậm nhất ngày 15/3/2025"],
    ["Gửi kết quả chậm nhất là ngày 5/1/2025.", "2025-01-05", "chậm nhất là ngày 5/1/2025"],
    ["Hạn chót: 05/01/2025.", "2025-01-05", "Hạn chót: 05/01/2025"],
    ["Nộp trước 30/6/2025 để tổng hợp.", "2025-06-30", "trước 30/6/2025"],
    ["Hoàn thành trước ngày 12 tháng 8 năm 2025.", "2025-08-12", "trước ngày 12 tháng 8 năm 2025"],
    ["Thời hạn là ngày 01/10/2025.", "2025-10-01", "Thời hạn là ngày 01/10/2025"],
    ["Từ ngày 01/01/2025 đến ngày 31/3/2025 rà soát.", "2025-03-31", "đến ngày 31/3/2025"],
  ])("%s", (text, due, phrase) => {
    expect(read(text)).toEqual(["date", due, null, phrase]);
  });

  it.each([
    ["Triển khai trong tháng 6/2024.", "2024-06-30", "trong tháng 6/2024"],
    ["Ban hành kế hoạch trước tháng 6/2024.", "2024-05-31", "trước tháng 6/2024"],
    ["Tổ chức hội nghị tháng 6 năm 2024.", "2024-06-30", "tháng 6 năm 2024"],
    ["Sơ kết trong tháng 2/2024.", "2024-02-29", "trong tháng 2/2024"],
    ["Từ tháng 6/2024 đến tháng 9/2024 kiểm tra.", "2024-09-30", "đến tháng 9/2024"],
  ])("month: %s", (text, due, phrase) => {
    expect(read(text)).toEqual(["date", due, null, phrase]);
  });

  it.each([
    ["Hoàn thành trong quý I/2025.", "2025-03-31", "trong quý I/2025"],
    ["Tổng kết trong quý IV/2024.", "2024-12-31", "trong quý IV/2024"],
    ["Báo cáo trong quý 3/2025.", "2025-09-30", "trong quý 3/2025"],
    ["Trình đề án quý II năm 2025.", "2025-06-30", "quý II năm 2025"],
    ["Ban hành trước quý III/2025.", "2025-06-30", "trước quý III/2025"],
  ])("quarter: %s", (text, due, phrase) => {
    expect(read(text)).toEqual(["date", due, null, phrase]);
  });

  it.each([
    ["Trong năm 2024 bảo đảm 100% cán bộ trẻ được bồi dưỡng.", "2024-12-31", "Trong năm 2024"],
    ["Năm 2025, hoàn thành sắp xếp bộ máy.", "2025-12-31", "Năm 2025"],
    ["Hoàn thành sắp xếp bộ máy; năm 2025 tổng kết.", "2025-12-31", "năm 2025"],
    ["Phấn đấu hoàn thành cuối năm 2024.", "2024-12-31", "cuối năm 2024"],
    ["Thực hiện đến hết năm 2025.", "2025-12-31", "đến hết năm 2025"],
    ["Ban hành quy chế trước năm 2026.", "2025-12-31", "trước năm 2026"],
    ["Kiện toàn đầu năm 2025.", "2025-03-31", "đầu năm 2025"],
    ["Sơ kết 6 tháng đầu năm 2025.", "2025-06-30", "6 tháng đầu năm 2025"],
    ["Tổng kết trong 6 tháng cuối năm 2025.", "2025-12-31", "trong 6 tháng cuối năm 2025"],
  ])("year: %s", (text, due, phrase) => {
    expect(read(text)).toEqual(["date", due, null, phrase]);
  });

  it("ignores a bare year that qualifies a noun", () => {
    expect(
      read("Tham mưu quyết định việc giao biên chế cho các cơ quan, đơn vị năm 2024 theo định mức."),
    ).toEqual(["none", null, null, ""]);
  });

  it("ignores periods that start rather than end", () => {
    expect(phrases("Từ đầu năm 2025, từ tháng 3/2025 và kể từ ngày 01/4/2025 thực hiện.")).toEqual([]);
  });

  it("rejects days, months and quarters that do not exist", () => {
    expect(phrases("Hoàn thành trước ngày 31/02/2025.")).toEqual([]);
    expect(phrases("Hoàn thành trước ngày 12/13/2025.")).toEqual([]);
    expect(phrases("Hoàn thành trong tháng 13/2024.")).toEqual([]);
    expect(phrases("Hoàn thành trong quý V/2025.")).toEqual([]);
    expect(read("Hoàn thành trước ngày 29/02/2023.")).toEqual(["none", null, null, ""]);
    expect(read("Hoàn thành trước ngày 29/02/2024.")[1]).toBe("2024-02-29");
  });

  it("does not take a date without a deadline cue", () => {
    expect(phrases("Ngày 01/8/2024, sau khi nghe Ban Tổ chức Tỉnh ủy báo cáo kết quả.")).toEqual([]);
  });
});

describe("dates relative to the document", () => {
  it.each([
    ["Từ nay đến cuối năm, cần tập trung kiện toàn.", "2024-12-31", "Từ nay đến cuối năm"],
    ["Hoàn thành cuối năm nay.", "2024-12-31", "cuối năm nay"],
    ["Hoàn thành trong năm nay.", "2024-12-31", "trong năm nay"],
    ["Tổng kết vào đầu năm tới.", "2025-03-31", "vào đầu năm tới"],
    ["Tổng kết đầu năm sau.", "2025-03-31", "đầu năm sau"],
    ["Hoàn thành trong năm sau.", "2025-12-31", "trong năm sau"],
    ["Sơ kết 6 tháng cuối năm.", "2024-12-31", "6 tháng cuối năm"],
    // Quyết định 173/QĐ-BTP (2015): "Cuối năm" opening its clause, no cue before it.
    ["Cuối năm, báo cáo kết quả thực hiện về Bộ Tư pháp.", "2024-12-31", "Cuối năm"],
  ])("%s", (text, due, phrase) => {
    expect(read(text, JUNE_2024)).toEqual(["date", due, null, phrase]);
    expect(read(text, NO_DATE)).toEqual(["date", null, null, phrase]);
  });

  it("reads the year of any document date form", () => {
    expect(read("Hoàn thành cuối năm nay.", { documentDate: "2023" })[1]).toBe("2023-12-31");
    expect(read("Hoàn thành cuối năm nay.", { documentDate: "2023-08-01" })[1]).toBe("2023-12-31");
  });

  it("does not read the end of a school year as the end of the calendar year", () => {
    expect(read("Cuối năm học, tổng kết công tác thi đua.", JUNE_2024)).toEqual(["none", null, null, ""]);
  });

  it("does not read the saying 'năm sau cao hơn năm trước' as a deadline", () => {
    expect(read("Phấn đấu năm sau cao hơn năm trước.", JUNE_2024)).toEqual(["none", null, null, ""]);
  });

  it("does not confuse words that fold alike ('phấn đấu' is not 'đầu năm')", () => {
    expect(read("Phấn đấu năm 2025 có 100% chi bộ đạt chuẩn.", JUNE_2024)).toEqual(["none", null, null, ""]);
  });
});

describe("period ends", () => {
  it.each([
    ["Thực hiện trong giai đoạn 2021-2025.", "2025-12-31", "trong giai đoạn 2021-2025"],
    ["Giai đoạn 2021 - 2025, tập trung đào tạo cán bộ.", "2025-12-31", "Giai đoạn 2021 - 2025"],
    ["Xây dựng quy hoạch cho giai đoạn 2026–2030.", "2030-12-31", "cho giai đoạn 2026–2030"],
    ["Phấn đấu đến năm 2030 có 100% cán bộ đạt chuẩn.", "2030-12-31", "đến năm 2030"],
    ["Duy trì đến hết nhiệm kỳ 2025-2030.", "2030-12-31", "đến hết nhiệm kỳ 2025-2030"],
    ["Bảo đảm trong nhiệm kỳ 2025-2030 có cán bộ nữ.", "2030-12-31", "trong nhiệm kỳ 2025-2030"],
  ])("%s", (text, due, phrase) => {
    expect(read(text)).toEqual(["period_end", due, null, phrase]);
  });

  it("keeps a term without years but invents no date for it", () => {
    expect(read("Hoàn thành trong nhiệm kỳ này.")).toEqual(["period_end", null, null, "trong nhiệm kỳ này"]);
  });

  it("ignores a term that qualifies a noun", () => {
    expect(read("Rà soát quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2025-2030.")[0]).toBe("none");
    expect(read("Bồi dưỡng cán bộ trẻ được quy hoạch nhiệm kỳ 2020-2025, 2025-2030.")[0]).toBe("none");
    expect(
      read("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020-2025, về cán bộ.")[0],
    ).toBe("none");
  });
});

describe("time limits counted from an event (23-2012-n-cp, 47-2009-ttlt-btc-bltbxh, 836-2024-vbhn-bldtbxh)", () => {
  it.each([
    [
      "Trong thời hạn không quá 7 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định, Ủy ban nhân dân cấp xã hoàn thành việc tổng hợp.",
      "Trong thời hạn không quá 7 ngày làm việc, kể từ ngày nhận đủ hồ sơ",
    ],
    [
      "Bộ Tài chính thông báo bằng văn bản kết quả thẩm tra trong vòng 7 ngày làm việc, kể từ khi nhận được phương án phân bổ.",
      "trong vòng 7 ngày làm việc, kể từ khi nhận được phương án phân bổ",
    ],
    ["Sau 15 ngày, nếu không có khiếu kiện thì Ủy ban nhân dân cấp xã lập Biên bản.", "Sau 15 ngày"],
    ["Hồ sơ được giải quyết chậm nhất 10 ngày sau khi nhận.", "chậm nhất 10 ngày sau khi nhận"],
    // 230-2025-nd-cp: a bare cap counted from an event.
    [
      "Không quá 30 ngày kể từ ngày nhận Giấy đề nghị, cơ quan thuế ban hành Quyết định giảm tiền thuê đất.",
      "Không quá 30 ngày kể từ ngày nhận Giấy",
    ],
  ])("%s", (text, phrase) => {
    expect(read(text)).toEqual(["event", null, null, phrase]);
  });

  it("leaves how long something lasts, and a look back, alone", () => {
    expect(read("Tổ chức tập huấn trong 3 ngày cho cán bộ cấp xã.")).toEqual(["none", null, null, ""]);
    expect(read("Thời gian lưu trú của người lao động không quá 30 ngày.")).toEqual(["none", null, null, ""]);
    expect(read("Sau 06 tháng thực hiện, kết quả đạt được khá toàn diện.")).toEqual(["none", null, null, ""]);
  });
});

describe("events", () => {
  it.each([
    [
      "Giải quyết dứt điểm trước đại hội cấp cơ sở nhiệm kỳ 2025-2030.",
      "trước đại hội cấp cơ sở nhiệm kỳ 2025-2030",
    ],
    ["Kiện toàn trước Đại hội đảng bộ các cấp, bảo đảm cơ cấu.", "trước Đại hội đảng bộ các cấp"],
    ["Thực hiện kể từ nhiệm kỳ Trưởng thôn 2025-2027.", "kể từ nhiệm kỳ Trưởng thôn 2025-2027"],
    ["Trình đề án trước kỳ họp thứ 20 Hội đồng nhân dân tỉnh.", "trước kỳ họp thứ 20 Hội đồng nhân dân tỉnh"],
    ["Hoàn thành trước Đại hội lần thứ XIV của Đảng để chuẩn bị nhân sự.", "trước Đại hội lần thứ XIV"],
  ])("%s", (text, phrase) => {
    expect(read(text)).toEqual(["event", null, null, phrase]);
  });

  it("resolves the date from the events calendar", () => {
    const events = calendarOf([{ name: "cơ sở", match: ["dai hoi cap co so"], date: "2025-06-30" }]);
    const text = "Giải quyết dứt điểm trước Đại hội cấp cơ sở nhiệm kỳ 2025-2030.";
    expect(deadlineOf(text, { documentDate: null, events }).due).toBe("2025-06-30");
    expect(deadlineOf(text, { documentDate: null }).due).toBeNull();
  });

  it("does not read a mention of a congress as an event deadline", () => {
    expect(read("Từ nay đến cuối năm chuẩn bị cho Đại hội đảng các cấp, tiến tới Đại hội XIV.")[0]).toBe(
      "date",
    );
    expect(phrases("Quán triệt Nghị quyết đại hội đảng bộ các cấp.")).toEqual([]);
  });
});

describe("continuous cues and recurrences", () => {
  it.each([
    ["Thường xuyên kiểm tra, theo dõi.", "Thường xuyên"],
    ["Kịp thời tháo gỡ khó khăn.", "Kịp thời"],
    ["Cập nhật liên tục dữ liệu cán bộ.", "liên tục"],
  ])("%s", (text, phrase) => {
    expect(read(text)).toEqual(["continuous", null, null, phrase]);
  });

  it("reads a day 'của năm liền kề sau năm báo cáo' as a report due every year (CV 5141/SNNMT-KS, Lào Cai 2025)", () => {
    expect(read("Báo cáo gửi trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo.")).toEqual([
      "date",
      null,
      "yearly",
      "trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo",
    ]);
  });

  it("joins continuous cues written together", () => {
    expect(read("Theo dõi thường xuyên, kịp thời.")).toEqual([
      "continuous",
      null,
      null,
      "thường xuyên, kịp thời",
    ]);
  });

  it("reads 'mỗi năm' as a recurrence only as a clause of its own", () => {
    expect(phrases("Mỗi năm công tác được cộng thêm 1.500.000 đồng.")).toEqual([]);
  });

  it("does not read the budget term 'chi thường xuyên' (recurrent spending) as a cadence (02-2020-ubtvqh14, Điều 50)", () => {
    expect(
      phrases("Hướng dẫn việc quản lý và sử dụng kinh phí chi thường xuyên thực hiện chính sách."),
    ).toEqual([]);
    expect(phrases("Kinh phí chi trả trợ cấp theo chế độ thường xuyên: căn cứ dự toán được giao.")).toEqual(
      [],
    );
    expect(phrases("Thường xuyên kiểm tra việc chi trả.")).toEqual([
      ["continuous", null, null, "Thường xuyên"],
    ]);
  });

  it("reads a time limit counted in minutes ('chậm nhất là 15 phút, trước giờ khai mạc'), not a duration", () => {
    expect(
      phrases("Người được triệu tập phải có mặt chậm nhất là 15 phút, trước giờ khai mạc phiên tòa."),
    ).toEqual([["event", null, null, "chậm nhất là 15 phút"]]);
    expect(phrases("Phiên họp kéo dài 30 phút.")).toEqual([]);
  });

  it("does not read the school 'giáo dục thường xuyên' (continuing education) as continuous work", () => {
    expect(phrases("Trung tâm giáo dục thường xuyên thực hiện chương trình quy định tại khoản 1.")).toEqual(
      [],
    );
  });

  it("does not read 'đã … trước ngày' (something that happened before a day) as a time limit (04-2001-tt-bxd)", () => {
    expect(phrases("Cả 2 người đã mất trước ngày 18/2/2000 mà các con có khó khăn về nhà ở.")).toEqual([]);
    expect(phrases("Các huyện báo cáo trước ngày 18/2/2025.")).toEqual([
      ["date", "2025-02-18", null, "trước ngày 18/2/2025"],
    ]);
  });

  it("ignores negated cues", () => {
    expect(phrases("Tham mưu kết luận chưa kịp thời, không thường xuyên.")).toEqual([]);
  });

  it.each([
    ["Đánh giá, xếp loại hằng năm.", "yearly", "hằng năm"],
    ["Đánh giá, xếp loại hàng năm.", "yearly", "hàng năm"],
    ["Báo cáo hằng quý.", "quarterly", "hằng quý"],
    ["Giao ban hàng quý.", "quarterly", "hàng quý"],
    ["Cập nhật hằng tháng.", "monthly", "hằng tháng"],
    ["Tổng hợp hàng tháng.", "monthly", "hàng tháng"],
    ["Định kỳ tổng hợp kết quả.", "periodic", "Định kỳ"],
    ["Báo cáo định kỳ 6 tháng.", "periodic", "định kỳ 6 tháng"],
    ["Sơ kết định kỳ 6 tháng/lần.", "periodic", "định kỳ 6 tháng/lần"],
    ["Báo cáo định kỳ hằng quý.", "quarterly", "định kỳ hằng quý"],
    ["Mỗi năm, Sở Nội vụ tổ chức kiểm tra.", "yearly", "Mỗi năm"],
    ["Sở Nội vụ kiểm tra mỗi quý.", "quarterly", "mỗi quý"],
    ["Sở Nội vụ báo cáo kết quả 06 tháng, 01 năm.", "periodic", "06 tháng, 01 năm"],
    // Several cadences are none of them alone (Quyết định 26/2025/QĐ-UBND, Thái Nguyên).
    ["Xây dựng phương hướng hằng tháng, quý, 6 tháng và đột xuất.", "periodic", "hằng tháng, quý, 6 tháng"],
  ])("a recurrence alone sets no kind: %s", (text, recurrence, phrase) => {
    expect(phrases(text)).toEqual([["none", null, recurrence, phrase]]);
    expect(read(text)).toEqual(["none", null, recurrence, ""]);
  });

  it("keeps a recurrence with a stronger kind", () => {
    expect(read("Thường xuyên đôn đốc; định kỳ tổng hợp, báo cáo.")).toEqual([
      "continuous",
      null,
      "periodic",
      "Thường xuyên",
    ]);
  });
});

describe("combining phrases", () => {
  it.each([
    ["Thường xuyên theo dõi; hằng năm sơ kết.", "continuous", "Thường xuyên"],
    ["Thường xuyên theo dõi; rà soát trước đại hội cấp cơ sở.", "event", "trước đại hội cấp cơ sở"],
    [
      "Rà soát trước đại hội cấp cơ sở; đào tạo trong giai đoạn 2021-2025.",
      "period_end",
      "trong giai đoạn 2021-2025",
    ],
    ["Đào tạo trong giai đoạn 2021-2025; báo cáo trước ngày 30/9/2025.", "date", "trước ngày 30/9/2025"],
    [
      "Thường xuyên theo dõi; hằng năm sơ kết; trước đại hội cấp cơ sở rà soát; trong giai đoạn 2021-2025 đào tạo; báo cáo trước ngày 30/9/2025.",
      "date",
      "trước ngày 30/9/2025",
    ],
  ])("ranks date > period_end > event > continuous > none: %s", (text, kind, phrase) => {
    const d = deadlineOf(text, NO_DATE);
    expect([d.kind, d.text]).toEqual([kind, phrase]);
  });

  it("spans joined phrases and takes the earliest date", () => {
    expect(read("Trước ngày 31/12/2024 và hàng năm, rà soát quy hoạch.")).toEqual([
      "date",
      "2024-12-31",
      "yearly",
      "Trước ngày 31/12/2024 và hàng năm",
    ]);
    expect(read("Hoàn thành trong quý I/2025 hoặc chậm nhất ngày 15/3/2025.")).toEqual([
      "date",
      "2025-03-15",
      null,
      "trong quý I/2025 hoặc chậm nhất ngày 15/3/2025",
    ]);
    expect(read("Từ nay đến cuối năm và đầu năm 2025 chuẩn bị nhân sự.", JUNE_2024)).toEqual([
      "date",
      "2024-12-31",
      null,
      "Từ nay đến cuối năm và đầu năm 2025",
    ]);
  });

  it("falls back to the earliest resolvable date of joined phrases", () => {
    expect(read("Từ nay đến cuối năm và đầu năm 2025 chuẩn bị nhân sự.", NO_DATE)[1]).toBe("2025-03-31");
  });

  it("keeps the main phrase and a distant recurrence", () => {
    expect(read("Trong năm 2025 hoàn thành rà soát. Các cơ quan báo cáo kết quả hằng năm.")).toEqual([
      "date",
      "2025-12-31",
      "yearly",
      "Trong năm 2025",
    ]);
  });

  it("gives nothing for a text without a deadline", () => {
    const none: Deadline = { kind: "none", due: null, recurrence: null, text: "" };
    expect(deadlineOf("Nâng cao chất lượng sinh hoạt chi bộ.", NO_DATE)).toEqual(none);
    expect(deadlineOf("", NO_DATE)).toEqual(none);
  });
});

describe("references are not deadlines", () => {
  it("skips dates of referenced documents", () => {
    expect(phrases("Thực hiện theo đúng Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị.")).toEqual([]);
    expect(phrases("Theo tinh thần Đề án 07-ĐA/TU ngày 28/10/2021 của Ban Thường vụ Tỉnh ủy.")).toEqual([]);
    expect(phrases("Nghị quyết số 17-NQ/TU, ngày 12 tháng 8 năm 2021 về nâng cao chất lượng.")).toEqual([]);
    expect(phrases("Ban hành Nghị quyết số 162-NQ/TU, ngày 22/5/2024 của Tỉnh ủy.")).toEqual([]);
  });

  it("skips periods in the title of a referenced document, up to ; or the sentence end", () => {
    const text =
      "Thực hiện Nghị quyết số 09-NQ/TU ngày 01/6/2022 về cán bộ cấp xã đến năm 2025, định hướng đến năm 2030; trong năm 2025 tổng kết.";
    expect(phrases(text)).toEqual([["date", "2025-12-31", null, "trong năm 2025"]]);
  });

  it("keeps an event and a cued day after a reference", () => {
    expect(
      read("Thực hiện Đề án 07-ĐA/TU ngày 28/10/2021 trong toàn tỉnh kể từ nhiệm kỳ Trưởng thôn 2025-2027."),
    ).toEqual(["event", null, null, "kể từ nhiệm kỳ Trưởng thôn 2025-2027"]);
    expect(read("Thực hiện Kế hoạch số 10-KH/TU ngày 02/01/2025, hoàn thành trước ngày 30/6/2025.")[1]).toBe(
      "2025-06-30",
    );
  });
});

describe("matching", () => {
  it("ignores case and diacritics and keeps the text verbatim", () => {
    expect(read("TRƯỚC NGÀY 31/12/2024 VÀ HÀNG NĂM")).toEqual([
      "date",
      "2024-12-31",
      "yearly",
      "TRƯỚC NGÀY 31/12/2024 VÀ HÀNG NĂM",
    ]);
    expect(read("hoan thanh truoc ngay 31/12/2024")).toEqual([
      "date",
      "2024-12-31",
      null,
      "truoc ngay 31/12/2024",
    ]);
  });

  it("maps offsets of decomposed (NFD) input back to the input", () => {
    const text = "Đổi mới. Trước ngày 31/12/2024 và hằng năm, rà soát.".normalize("NFD");
    const d = deadlineOf(text, NO_DATE);
    expect(d.text).toBe("Trước ngày 31/12/2024 và hằng năm".normalize("NFD"));
    expect(text.includes(d.text)).toBe(true);
    for (const p of findDeadlinePhrases(text, NO_DATE)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("gives offsets into the input for every phrase of the corpus", () => {
    for (const document of documents.values()) {
      const context = { documentDate: document.meta.issuedDate || document.meta.meetingDate || null };
      for (const p of document.passages) {
        for (const phrase of findDeadlinePhrases(p.text, context)) {
          expect(p.text.slice(phrase.start, phrase.end)).toBe(phrase.text);
        }
        expect(p.text.includes(deadlineOf(p.text, context).text)).toBe(true);
      }
    }
  });
});

describe("the real passages of the guideline", () => {
  it("ls-tb-kl-btc-2024#3: a relative period joined to a year", () => {
    expect(read(passage("ls-tb-kl-btc-2024#3"), JUNE_2024)).toEqual([
      "date",
      "2024-12-31",
      null,
      "Từ nay đến cuối năm và đầu năm 2025",
    ]);
  });

  it("hy-kl-can-bo-tre-2024#2.2-y1: a date with a yearly recurrence", () => {
    const sentence = sentenceOf("hy-kl-can-bo-tre-2024#2.2-y1", "Trước ngày");
    expect(read(sentence)).toEqual(["date", "2024-12-31", "yearly", "Trước ngày 31/12/2024 và hàng năm"]);
    expect(read(passage("hy-kl-can-bo-tre-2024#2.2-y1"))).toEqual(read(sentence));
  });

  it("hy-kl-can-bo-tre-2024#2.2-y2: a year that bounds the action, a programme's period that does not", () => {
    const first = sentenceOf("hy-kl-can-bo-tre-2024#2.2-y2", "Chương trình số 37-CTr/TU");
    expect(read(first)).toEqual(["none", null, null, ""]);
    expect(read(sentenceOf("hy-kl-can-bo-tre-2024#2.2-y2", "Trong năm 2024"))).toEqual([
      "date",
      "2024-12-31",
      null,
      "Trong năm 2024",
    ]);
  });

  it("hy-kl-can-bo-tre-2024#3.3: continuous with a periodic report", () => {
    expect(read(passage("hy-kl-can-bo-tre-2024#3.3"))).toEqual([
      "continuous",
      null,
      "periodic",
      "thường xuyên",
    ]);
  });

  it("kl-hnbch-14-nq17#4: a yearly recurrence alone", () => {
    expect(read(sentenceOf("kl-hnbch-14-nq17#4", "hằng năm"))).toEqual(["none", null, "yearly", ""]);
  });

  it("btc-cv-cong-tac-can-bo: events", () => {
    expect(read(passage("btc-cv-cong-tac-can-bo#2-y3"))).toEqual([
      "event",
      null,
      null,
      "trước đại hội cấp cơ sở nhiệm kỳ 2025-2030",
    ]);
    expect(read(passage("btc-cv-cong-tac-can-bo#1-y4"))).toEqual([
      "event",
      null,
      null,
      "kể từ nhiệm kỳ Trưởng thôn 2025-2027",
    ]);
  });

  it.each([
    "btc-cv-cong-tac-can-bo#2-y1",
    "btc-cv-cong-tac-can-bo#2-y5",
    "btc-cv-cong-tac-can-bo#3-y1",
    "ls-tb-kl-btc-2024#3.2",
  ])("%s: only reference titles, no deadline", (id) => {
    expect(phrases(passage(id), JUNE_2024)).toEqual([]);
  });
});

describe("real layouts (issue 11): recurring days, cadences, events, fields", () => {
  it.each([
    // 47-2009-ttlt-btc-bltbxh, Điều 14: the year is the one before the budget year, left implicit.
    [
      "Thủ trưởng cơ quan có trách nhiệm gửi một lần ban đầu cho Kho bạc Nhà nước trước ngày 20/12 của năm trước.",
      "trước ngày 20/12",
    ],
    ["Chậm nhất ngày 15 tháng 3, các Sở gửi báo cáo.", "Chậm nhất ngày 15 tháng 3"],
  ])(
    "a day and month after a time-limit cue, with no year: a date due on no known day: %s",
    (text, phrase) => {
      expect(read(text, JUNE_2024)).toEqual(["date", null, null, phrase]);
    },
  );

  it("reads no time limit in a day and month that only place an event ('từ ngày 01/7')", () => {
    expect(read("Thực hiện từ ngày 01/7 theo mức mới.", JUNE_2024)[0]).not.toBe("date");
  });

  it.each([
    // 101-2018-tt-btc, Điều 15 khoản 3 and Điều 16 khoản 2.
    [
      "Trước ngày 25 hằng tháng, cơ quan LĐTBXH căn cứ danh sách đối tượng thụ hưởng.",
      "monthly",
      "Trước ngày 25 hằng tháng",
    ],
    ["Gửi Sở LĐTBXH trước ngày 20 tháng 6 hằng năm;", "yearly", "trước ngày 20 tháng 6 hằng năm"],
    ["Gửi Bộ Tài chính trước ngày 31/10 hằng năm.", "yearly", "trước ngày 31/10 hằng năm"],
    // A plan's time column often drops "ngày".
    ["Báo cáo kết quả trước 15/01 hằng năm.", "yearly", "trước 15/01 hằng năm"],
    ["Báo cáo trước ngày 20 tháng cuối quý.", "quarterly", "trước ngày 20 tháng cuối quý"],
    ["Báo cáo kết quả về Ủy ban nhân dân tỉnh trong tháng 12 hằng năm.", "yearly", "trong tháng 12 hằng năm"],
  ])("a day that recurs is a date without a year: %s", (text, recurrence, phrase) => {
    // eval/dev/README.md: "trước ngày 05 tháng 7 hàng năm" is kind date, due null, with its recurrence.
    expect(read(text, JUNE_2024)).toEqual(["date", null, recurrence, phrase]);
  });

  it.each([
    ["Phòng gửi báo cáo hàng tháng trước ngày 25.", "monthly", "hàng tháng trước ngày 25"],
    [
      "Hằng tháng, chậm nhất ngày 05 của tháng sau, Phòng gửi báo cáo.",
      "monthly",
      "Hằng tháng, chậm nhất ngày 05 của tháng sau",
    ],
    ["Hàng quý, các xã báo cáo chậm nhất vào ngày 10.", "quarterly", "chậm nhất vào ngày 10"],
  ])("a day with no month is a day of the period the text repeats: %s", (text, recurrence, phrase) => {
    expect(read(text, JUNE_2024)).toEqual(["date", null, recurrence, phrase]);
  });

  it("reads no bare day in a full date, a day and month, or a day without a time-limit cue", () => {
    expect(read("Gửi báo cáo trước ngày 25 tháng 12 năm 2024.", JUNE_2024)).toEqual([
      "date",
      "2024-12-25",
      null,
      "trước ngày 25 tháng 12 năm 2024",
    ]);
    expect(read("Gửi báo cáo trước ngày 25.12.2024.", JUNE_2024)[1]).toBe("2024-12-25");
    expect(read("Ngày 25 các đơn vị họp giao ban.", JUNE_2024)[0]).toBe("none");
  });

  it("reads 'định kỳ hàng quý (trước ngày 20 tháng cuối quý)' as one quarterly deadline", () => {
    expect(read("Báo cáo định kỳ hàng quý (trước ngày 20 tháng cuối quý) về Sở Nội vụ.")).toEqual([
      "date",
      null,
      "quarterly",
      "định kỳ hàng quý (trước ngày 20 tháng cuối quý)",
    ]);
  });

  it("rejects a recurring day that does not exist", () => {
    expect(phrases("Báo cáo trước ngày 31/02 hằng năm.")).toEqual([["none", null, "yearly", "hằng năm"]]);
  });

  it.each([
    ["Hàng tháng có báo cáo nhanh, 3 tháng một lần có báo cáo định kỳ.", "3 tháng một lần", "quarterly"],
    ["Sơ kết 6 tháng/lần.", "6 tháng/lần", "periodic"],
    ["Kiểm tra mỗi quý một lần.", "mỗi quý một lần", "quarterly"],
    ["Điều dưỡng phục hồi sức khỏe hai năm một lần.", "hai năm một lần", "periodic"],
    ["Báo cáo 6 tháng, hằng năm về Bộ.", "6 tháng, hằng năm", "periodic"],
    ["Báo cáo định kỳ 3 tháng.", "định kỳ 3 tháng", "quarterly"],
  ])("a cadence written as a count: %s", (text, phrase, recurrence) => {
    expect(phrases(text)).toContainEqual(["none", null, recurrence, phrase]);
  });

  it("does not take the period of a payment for the work's (40-2011-qd-ttg, Điều 7)", () => {
    expect(read("Chỉ đạo tổ chức việc xét duyệt, ra quyết định hưởng chế độ trợ cấp hàng tháng.")).toEqual([
      "none",
      null,
      null,
      "",
    ]);
    expect(read("Bộ Tài chính chịu trách nhiệm bố trí ngân sách hàng năm.")[2]).toBe("yearly");
  });

  it.each([
    [
      // 895-2013-cv-ltbxh, khoản 1.
      "Sau khi Nghị định quy định chi tiết, hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng được Chính phủ ban hành, Bộ sẽ có văn bản hướng dẫn.",
      "Sau khi Nghị định quy định chi tiết, hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng được Chính phủ ban hành",
    ],
    [
      "Giải quyết các hồ sơ khác khi Quyết định số 12/2024/QĐ-UBND được ban hành.",
      "khi Quyết định số 12/2024/QĐ-UBND được ban hành",
    ],
    ["Báo cáo ngay khi xảy ra sự cố.", "ngay khi xảy ra sự cố"],
    // At once ("ngay", not "ngày"): Luật Phòng, chống ma túy; Luật Trọng tài thương mại.
    ["Cơ sở y tế có trách nhiệm gửi ngay kết quả đến cơ quan đề nghị.", "gửi ngay"],
    ["Phán quyết trọng tài phải được gửi cho các bên ngay sau ngày ban hành.", "ngay sau ngày ban hành"],
    // A time ahead of an event, counted back from it (Luật Viên chức, Điều 46).
    [
      "Trước 06 tháng, tính đến ngày viên chức nghỉ hưu, đơn vị quản lý viên chức phải thông báo bằng văn bản.",
      "Trước 06 tháng, tính đến ngày viên chức nghỉ hưu",
    ],
    ["Ngay khi xảy ra, báo cáo Ủy ban nhân dân tỉnh.", "Ngay khi xảy ra"],
    ["Thực hiện khi Kế hoạch có hiệu lực.", "khi Kế hoạch có hiệu lực"],
    [
      // 47-2009-ttlt-btc-bltbxh, Điều 10 khoản 2: a clause opening with "Sau khi", whatever the event.
      "Sau khi dự toán và phương án phân bổ ngân sách chi trợ cấp ưu đãi người có công với cách mạng được cơ quan nhà nước có thẩm quyền quyết định, Kho bạc Nhà nước thực hiện thu hồi số kinh phí tạm cấp.",
      "Sau khi dự toán và phương án phân bổ ngân sách chi trợ cấp ưu đãi người có công với cách mạng được cơ quan nhà nước có thẩm quyền quyết định",
    ],
    [
      // Luật Trọng tài thương mại, Điều 43: so does one opening with "Trước khi".
      "Trước khi xem xét nội dung vụ tranh chấp, Hội đồng trọng tài phải xem xét hiệu lực của thỏa thuận trọng tài.",
      "Trước khi xem xét nội dung vụ tranh chấp",
    ],
  ])("an event deadline: %s", (text, phrase) => {
    expect(read(text)).toEqual(["event", null, null, phrase]);
  });

  it.each([
    // Luật Điện ảnh: a request in writing.
    [
      "Gỡ bỏ phim vi phạm quy định tại Điều 9 của Luật này khi có yêu cầu bằng văn bản của cơ quan nhà nước có thẩm quyền.",
      "khi có yêu cầu bằng văn bản của cơ quan nhà nước có thẩm quyền",
    ],
    // Luật Tố tụng hành chính: a party's request.
    [
      "Giải trình về hành vi bị tố cáo; cung cấp thông tin, tài liệu liên quan khi cơ quan, tổ chức, cá nhân có thẩm quyền yêu cầu.",
      "khi cơ quan, tổ chức, cá nhân có thẩm quyền yêu cầu",
    ],
    // Luật Trồng trọt: a finding, over "kịp thời".
    [
      "Tổ chức, cá nhân kịp thời thông báo cho Ủy ban nhân dân cấp xã khi phát hiện dấu hiệu bất thường về ô nhiễm môi trường.",
      "khi phát hiện dấu hiệu bất thường về ô nhiễm môi trường",
    ],
    [
      "Cơ quan công an phối hợp, hỗ trợ lực lượng khi nhận được yêu cầu hỗ trợ của cơ quan hải quan.",
      "khi nhận được yêu cầu hỗ trợ của cơ quan hải quan",
    ],
    // 47-2009-ttlt-btc-bltbxh, Điều 4: another body's opinion comes first.
    [
      "Mức chi do Bộ trưởng Bộ Lao động – Thương binh và Xã hội quyết định sau khi có ý kiến thỏa thuận bằng văn bản của Bộ Tài Chính.",
      "sau khi có ý kiến thỏa thuận bằng văn bản của Bộ Tài Chính",
    ],
  ])("a deadline set off by a request, a finding or an incident: %s", (text, phrase) => {
    expect(read(text)).toEqual(["event", null, null, phrase]);
  });

  it.each([
    // Thông tư 02/2021/TT-BLĐTBXH, Điều 6: twice a year.
    [
      "Tổng hợp, báo cáo định kỳ gửi Phòng Lao động - Thương binh và Xã hội trước ngày 15 tháng 6 và 15 tháng 12 hằng năm.",
      "periodic",
    ],
    ["Báo cáo Bộ trước ngày 15/01 và 15/7 hằng năm.", "periodic"],
    ["Báo cáo trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm.", "quarterly"],
    ["Báo cáo trước ngày 15/12 hằng năm.", "yearly"],
  ])("reads several days of every year as their cadence: %s", (text, recurrence) => {
    expect(read(text).slice(0, 3)).toEqual(["date", null, recurrence]);
  });

  it("ends an event's name where a second deadline starts (Thông tư 20/2021/TT-BLĐTBXH, Điều 11)", () => {
    expect(
      read(
        "Trong thời hạn 05 ngày kể từ ngày người lao động xuất cảnh và trước ngày 20 hằng tháng, doanh nghiệp cập nhật thông tin.",
      ).slice(0, 3),
    ).toEqual(["date", null, "monthly"]);
  });

  it("keeps a recurrence whose extras come on request ('hoặc đột xuất khi có yêu cầu')", () => {
    expect(read("Sở Tài chính báo cáo định kỳ hằng quý hoặc đột xuất khi có yêu cầu.")).toEqual([
      "none",
      null,
      "quarterly",
      "",
    ]);
    // While doing the work is no trigger.
    expect(read("Đơn vị thực hiện nhiệm vụ khi triển khai theo yêu cầu của Bộ.")[0]).toBe("none");
  });

  it("does not read a day ('báo cáo ngày 20/12') as 'at once' ('báo cáo ngay')", () => {
    expect(read("Sở Tài chính báo cáo ngày 20/12/2024 kết quả thực hiện.")[0]).not.toBe("event");
  });

  it("does not read a condition as an event", () => {
    expect(read("Khi người có công chết thì thân nhân được hưởng trợ cấp mai táng.")[0]).toBe("none");
    // Without "ngày" or a cue before it, "15/01 hằng năm" is no day to meet.
    expect(read("Số liệu 15/01 hằng năm được tổng hợp.")[0]).toBe("none");
  });

  it("reads a deadline that ends a year (494-2012-nq-ubtvqh13, Điều 3)", () => {
    expect(read("Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội.")).toEqual([
      "date",
      "2013-12-31",
      null,
      "Kết thúc năm 2013",
    ]);
  });

  it("reads a range of years as a period only with a cue (494-2012-nq-ubtvqh13, Điều 2)", () => {
    expect(read("Cân đối ngân sách để thực hiện cơ bản xong trong hai năm 2012 - 2013.")).toEqual([
      "period_end",
      "2013-12-31",
      null,
      "trong hai năm 2012 - 2013",
    ]);
    expect(read("Kế hoạch năm 2012-2013 đã được duyệt.")[0]).toBe("none");
  });

  it("does not take the period in the name of an unnumbered document for a deadline", () => {
    expect(
      read("Tiếp tục thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025."),
    ).toEqual(["none", null, null, ""]);
    expect(
      read(
        "Triển khai Chiến lược phát triển thanh niên đến năm 2030, tầm nhìn đến năm 2045; hoàn thành trong năm 2024.",
      ),
    ).toEqual(["date", "2024-12-31", null, "trong năm 2024"]);
    // A year that bounds the work stays a deadline even inside a long object (494-2012-nq-ubtvqh13, Điều 2).
    expect(
      read("Phê duyệt Đề án xác định danh tính hài cốt liệt sỹ còn thiếu thông tin trong năm 2012.")[1],
    ).toBe("2012-12-31");
  });
});

describe("history is not a deadline", () => {
  it("drops a day or period before the document was written (773-2018-q-ttg, 12-2012-q-ubnd)", () => {
    const march2018 = { documentDate: "2018-03-22" };
    expect(
      read(
        "Nghiên cứu chính sách đối với người tham gia kháng chiến trong giai đoạn 1974 - 1975.",
        march2018,
      ),
    ).toEqual(["none", null, null, ""]);
    expect(
      read("Thương binh loại B được công nhận từ trước ngày 31 tháng 12 năm 1993 đang hưởng trợ cấp.", {
        documentDate: "2012-06-25",
      }),
    ).toEqual(["none", null, null, ""]);
    expect(read("Năm 2018: Rà soát, tổng kết hệ thống văn bản chính sách.", march2018)[1]).toBe("2018-12-31");
  });
});

describe("deadlineOfField: the value of a time column or label", () => {
  it.each([
    ["trước 15/01/2021", "date", "2021-01-15", null, "trước 15/01/2021"],
    ["15/01/2021", "date", "2021-01-15", null, "15/01/2021"],
    ["Tháng 3/2021", "date", "2021-03-31", null, "Tháng 3/2021"],
    ["Quý I/2021", "date", "2021-03-31", null, "Quý I/2021"],
    ["Năm 2021", "date", "2021-12-31", null, "Năm 2021"],
    // A year or a month and year alone in the column (Kế hoạch 980/KH-UBND, Nghệ An 2025, appendix).
    ["2021", "date", "2021-12-31", null, "2021"],
    ["3/2021", "date", "2021-03-31", null, "3/2021"],
    ["Từ tháng 1 đến tháng 3/2021", "date", "2021-03-31", null, "đến tháng 3/2021"],
    ["Hằng tháng", "none", null, "monthly", ""],
    ["Thường xuyên", "continuous", null, null, "Thường xuyên"],
    ["Ngày 20 hằng tháng", "date", null, "monthly", "Ngày 20 hằng tháng"],
    // Quyết định 2820/QĐ-UBND, Thành phố Hồ Chí Minh 2025, appendix: a time column that names a happening.
    ["Khi có phát sinh.", "event", null, null, "Khi có phát sinh"],
    // Commune election plans, 2025–2026 (outside batch 13): a time field that names what comes before the work.
    ["Sau hội nghị hiệp thương lần thứ hai", "event", null, null, "Sau hội nghị hiệp thương lần thứ hai"],
    ["Kết thúc cuộc bầu cử.", "event", null, null, "Kết thúc cuộc bầu cử"],
    // …and a range of days written with a dash, due on its last day; a dash after a number that is no day is none.
    ["Từ ngày 05/02/2026 - 08/02/2026", "date", "2026-02-08", null, "Từ ngày 05/02/2026 - 08/02/2026"],
    ["từ 05/02 – 08/02/2026", "date", "2026-02-08", null, "từ 05/02 – 08/02/2026"],
    ["Điều 5 - 12/3/2025", "none", null, null, ""],
    // Quyết định 173/QĐ-BTP (2015): the whole year, and two quarters listed (the first due) or ranged (the last).
    ["Cả năm 2021.", "date", "2021-12-31", null, "Cả năm 2021."],
    ["Quý II, III/2021", "date", "2021-06-30", null, "Quý II, III/2021"],
    ["Quý II - III/2021", "date", "2021-09-30", null, "Quý II - III/2021"],
  ])("%s", (value, kind, due, recurrence, text) => {
    expect(deadlineOfField(value, { documentDate: "2020-12-01" })).toEqual({ kind, due, recurrence, text });
  });
});

describe("a plan's time lines (Kế hoạch tổng kiểm kê tài sản, Quảng Ngãi 2025, outside the dev corpus)", () => {
  const OCTOBER_2025: DeadlineContext = { documentDate: "2025-10-20" };

  it("ends a range of months of one year with its last month", () => {
    expect(read("Thời gian hoàn thành: Tháng 11 - 12/2025.", OCTOBER_2025)).toEqual([
      "date",
      "2025-12-31",
      null,
      "Tháng 11 - 12/2025",
    ]);
  });

  it("reads work that waits for a body above to act as due on that event (182/KH-UBND, Đồng Nai 2025)", () => {
    expect(
      read(
        "Tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế triển khai Dự án 3 khi Bộ Y tế có văn bản triển khai.",
      ),
    ).toEqual(["event", null, null, "khi Bộ Y tế có văn bản triển khai"]);
    expect(read("Tổ chức triển khai các tiểu dự án (khi Bộ Công an triển khai):")[3]).toBe(
      "khi Bộ Công an triển khai",
    );
    // No body after "khi": while doing the work, not waiting for anyone.
    expect(read("Khi triển khai thực hiện, các sở phải hướng dẫn cụ thể.")[0]).toBe("none");
  });

  it("reads a day named with its weekday ('trước Thứ Tư ngày 03/12/2025', Công văn 174/CV-BCĐ)", () => {
    const december: DeadlineContext = { documentDate: "2025-12-02" };
    expect(read("Các Bộ báo cáo kết quả trước Thứ Tư ngày 03/12/2025.", december).slice(0, 2)).toEqual([
      "date",
      "2025-12-03",
    ]);
    expect(read("Gửi báo cáo trước thứ Sáu, ngày 05/12/2025.", december)[1]).toBe("2025-12-05");
    // "thứ tự" (order) before a day names no weekday.
    expect(read("Sắp xếp theo thứ tự ngày 31/12/2025.", december)[0]).toBe("none");
  });

  it("reads work that runs until something happens as due on that event", () => {
    expect(
      read("Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.", OCTOBER_2025),
    ).toEqual(["event", null, null, "đến khi kết thúc Tổng kiểm kê"]);
  });
});

describe("a time field's value", () => {
  it("is the deadline it states even when that day is before the document's", () => {
    const late: DeadlineContext = { documentDate: "2025-11-21" };
    expect(deadlineOfField("Trước ngày 15/11/2025.", late).due).toBe("2025-11-15");
    // In running text such a day is history, not a deadline.
    expect(deadlineOf("Thương binh được công nhận trước ngày 15/11/2025.", late).kind).toBe("none");
  });
});

describe("a time column's bare period", () => {
  it("ends with its last year ('Năm 2025 - 2026' under 'Thời gian dự kiến hoàn thành')", () => {
    expect(deadlineOfField("Năm 2025 - 2026", { documentDate: "2025-11-20" })).toMatchObject({
      kind: "period_end",
      due: "2026-12-31",
    });
    // In running text a bare period names a time, it bounds nothing.
    expect(deadlineOf("Năm 2012 - 2013 tỉnh đã thực hiện tốt.", NO_DATE).kind).toBe("none");
  });
});

describe("a named cadence beside 'định kỳ' (Quyết định 84/2025/QĐ-UBND, Bắc Ninh)", () => {
  it("reads 'định kỳ trước ngày 15 tháng 02 hàng năm' as yearly, not merely periodic", () => {
    const found = deadlineOf("Các doanh nghiệp gửi báo cáo định kỳ trước ngày 15 tháng 02 hàng năm.", {
      documentDate: "2025-11-28",
    });
    expect(found).toMatchObject({ kind: "date", recurrence: "yearly" });
  });
});

describe("how often, and months listed before their year (Kế hoạch 235/KH-UBND, Thanh Hóa 2025)", () => {
  const plan: DeadlineContext = { documentDate: "2025-11-18" };
  const found = (text: string) => findDeadlinePhrases(text, plan).map((d) => [d.kind, d.due, d.recurrence]);

  it("reads 'N lần/tháng' as a cadence: periodic unless once a named period", () => {
    expect(found("quan trắc với tần suất 2 lần/tháng")).toEqual([["none", null, "periodic"]]);
    expect(found("quan trắc với tần suất 02 lần/năm")).toEqual([["none", null, "periodic"]]);
    expect(found("kiểm tra 1 lần/năm")).toEqual([["none", null, "yearly"]]);
  });

  it("takes the first of months that share a year as the earliest due", () => {
    expect(found("thời gian quan trắc vào tháng 4 và tháng 8 năm 2026")).toEqual([
      ["date", "2026-04-30", null],
    ]);
    expect(found("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026")).toEqual([
      ["date", "2026-10-31", null],
    ]);
  });
});

describe("an hour of the clock before the day, and 'không muộn hơn' (Công văn 9634/BCT-TTTN, Công điện 229/CĐ-TTg, 2025)", () => {
  const context = { documentDate: "2025-12-04" };
  it("reads the day after 'trước 15 giờ', '15h00', 'không muộn hơn 15 giờ 00’'", () => {
    expect(
      findDeadlinePhrases("báo cáo Thủ tướng Chính phủ trước 15 giờ ngày 10/12/2025.", context)[0]?.due,
    ).toBe("2025-12-10");
    expect(findDeadlinePhrases("gửi trước 15h00 ngày 10/12/2025", context)[0]?.due).toBe("2025-12-10");
    expect(
      findDeadlinePhrases(
        "do thương nhân quy định nhưng không muộn hơn 15 giờ 00’ ngày 04 tháng 12 năm 2025 đối với mặt hàng giảm giá",
        context,
      )[0]?.due,
    ).toBe("2025-12-04");
  });
});

describe("a time after a cited document that a verb of finishing leads (Công văn 6278/BVHTTDL-VP, 2025)", () => {
  it("is the work's time, while a year in the cited text's description stays the text's", () => {
    const context = { documentDate: "2025-11-20" };
    expect(
      findDeadlinePhrases(
        "Khẩn trương hoàn thành thực thi phương án đã được phê duyệt tại Quyết định số 1015/QĐ-TTg của Thủ tướng Chính phủ theo đúng lộ trình được giao hoàn thành trong năm 2025.",
        context,
      )[0]?.due,
    ).toBe("2025-12-31");
    expect(
      findDeadlinePhrases("thực hiện Kế hoạch số 12/KH-UBND về chuyển đổi số năm 2025", context),
    ).toEqual([]);
  });
});

describe("a cued time after a cited document (Nghị quyết 03/NQ-CP, 2025)", () => {
  const JANUARY_2025: DeadlineContext = { documentDate: "2025-01-09" };

  it("is the work's deadline when it closes the sentence", () => {
    expect(
      read(
        "Các bộ xây dựng và tổ chức thực hiện kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Chương trình hành động của Chính phủ trong tháng 01 năm 2025.",
        JANUARY_2025,
      ),
    ).toEqual(["date", "2025-01-31", null, "trong tháng 01 năm 2025"]);
  });

  it("stays the cited document's own when uncued or followed by more of the sentence", () => {
    expect(read("Thực hiện Kế hoạch số 12/KH-UBND về tổ chức lễ hội tháng 6/2025.", JANUARY_2025)[0]).toBe(
      "none",
    );
    expect(
      read(
        "Thực hiện Kế hoạch số 12/KH-UBND về lễ hội trong tháng 6/2025, bảo đảm an toàn.",
        JANUARY_2025,
      )[0],
    ).toBe("none");
  });
});

describe("a paper laid before a council's session (Nghị quyết chất vấn, Bà Rịa-Vũng Tàu 2017)", () => {
  const JULY_2017: DeadlineContext = { documentDate: "2017-07-13" };

  it("is due at that session when something is submitted or reported there", () => {
    expect(
      read(
        "Xây dựng và trình Hội đồng nhân dân tỉnh “Quy hoạch, kế hoạch bảo vệ và phát triển rừng tỉnh Bà Rịa-Vũng Tàu” tại Kỳ họp thứ Sáu, làm cơ sở xây dựng lộ trình triển khai.",
        JULY_2017,
      ),
    ).toEqual(["event", null, null, "tại Kỳ họp thứ Sáu"]);
  });

  it("is no deadline where the session only tells what happened, or what was explained there", () => {
    expect(read("Tại kỳ họp thứ 5, Hội đồng nhân dân tỉnh đã thông qua nghị quyết.", JULY_2017)[0]).toBe(
      "none",
    );
    expect(read("Tài liệu trình bày tại kỳ họp thứ hai đã được gửi đại biểu.", JULY_2017)[0]).toBe("none");
  });
});

describe("a period a standard applies for (Nghị quyết kinh tế - xã hội, Hậu Giang 2017)", () => {
  const JULY_2017: DeadlineContext = { documentDate: "2017-07-13" };

  it("is the standard's, not the work's deadline", () => {
    expect(
      read(
        "Giải quyết việc làm, giảm nghèo bền vững theo chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016 - 2020; tăng cường kiểm tra việc thực hiện chính sách.",
        JULY_2017,
      )[0],
    ).toBe("none");
  });

  it("stays the work's when nothing is applied", () => {
    expect(read("Hoàn thành các tiêu chí nông thôn mới cho giai đoạn 2016 - 2020.", JULY_2017)).toEqual([
      "period_end",
      "2020-12-31",
      null,
      "cho giai đoạn 2016 - 2020",
    ]);
  });
});

describe("round the clock (Chỉ thị 012/CT-UBND, Đắk Lắk 2025)", () => {
  const NOVEMBER_2025: DeadlineContext = { documentDate: "2025-11-26" };

  it("is continuous work, not a day", () => {
    expect(
      read(
        "Bảo đảm hệ thống thông tin giải quyết thủ tục hành chính vận hành thông suốt 24/7.",
        NOVEMBER_2025,
      ),
    ).toEqual(["continuous", null, null, "24/7"]);
    expect(read("Tổ chức trực ban 24/24 giờ trong dịp Tết.", NOVEMBER_2025)[0]).toBe("continuous");
    expect(read("Báo cáo kết quả trước ngày 24/7/2026.", NOVEMBER_2025)).toEqual([
      "date",
      "2026-07-24",
      null,
      "trước ngày 24/7/2026",
    ]);
  });
});

describe("a quarter written with a hyphen or the older spelling 'Quí' (Kế hoạch 617/KH-UBND, Đồng Tháp 2025)", () => {
  const DECEMBER_2025: DeadlineContext = { documentDate: "2025-12-01" };

  it("ends with the quarter", () => {
    expect(read("Quí IV-2025", DECEMBER_2025)).toEqual(["date", "2025-12-31", null, "Quí IV-2025"]);
    expect(read("Hoàn thành trong quý 1-2026.", DECEMBER_2025)[1]).toBe("2026-03-31");
    expect(read("Hoàn thành trong tháng 12-2025.", DECEMBER_2025)[1]).toBe("2025-12-31");
  });
});

describe("the moment of a budget cycle opening the sentence (Quyết định 03/2025/QĐ-UBND, Hà Nội)", () => {
  const JANUARY_2025: DeadlineContext = { documentDate: "2025-01-17" };

  it("is an event, recurring when the cycle is yearly", () => {
    expect(
      read(
        "Vào thời điểm xây dựng dự toán ngân sách hằng năm, căn cứ hướng dẫn của cấp có thẩm quyền, cơ quan, đơn vị lập dự toán kinh phí.",
        JANUARY_2025,
      ),
    ).toEqual(["event", null, "yearly", "Vào thời điểm xây dựng dự toán ngân sách hằng năm"]);
    expect(
      read("Kết thúc năm ngân sách, các cơ quan, đơn vị tổng hợp kinh phí thực hiện.", JANUARY_2025),
    ).toEqual(["event", null, null, "Kết thúc năm ngân sách"]);
    // Not inside a sentence: "… báo cáo kết quả vào thời điểm kết thúc, …" names no moment of its own.
    expect(read("Sở Tài chính tổng hợp, vào thời điểm thích hợp, báo cáo.", JANUARY_2025)[0]).toBe("none");
  });
});

describe("'trước khi' / 'sau khi' inside the clause (Luật Tố tụng hành chính, Luật Bảo vệ môi trường, Bộ luật Dân sự)", () => {
  it.each([
    [
      "Quyết định thay đổi Thẩm phán, Hội thẩm nhân dân, Thư ký Tòa án trước khi mở phiên tòa.",
      "trước khi mở phiên tòa",
    ],
    [
      "Thu gom, xử lý nước thải đáp ứng yêu cầu về bảo vệ môi trường trước khi xả ra môi trường.",
      "trước khi xả ra môi trường",
    ],
    [
      "Bảo quản và phải giao lại cho bên sử dụng dịch vụ tài liệu và phương tiện được giao sau khi hoàn thành công việc.",
      "sau khi hoàn thành công việc",
    ],
    // Blind annotators of laws and decrees read it so (sixty-fourth session: kept-back halves of six sets rose, three
    // fell by one task each).
    [
      "Đơn vị báo cáo kết quả sau khi hoàn thành việc rà soát, gửi Sở Tài chính.",
      "sau khi hoàn thành việc rà soát",
    ],
  ])("%s", (text, phrase) => {
    expect(read(text)).toEqual(["event", null, null, phrase]);
  });

  it("leaves it to a purpose or a matter named by 'việc', which it times instead of the work", () => {
    expect(
      read(
        "Đề nghị các Bộ lập danh sách gửi về Ban Tổ chức Trung ương thẩm định, để có văn bản thống nhất trước khi Uỷ ban nhân dân cấp tỉnh quyết định hỗ trợ.",
      )[0],
    ).toBe("none");
    expect(
      read(
        "Thực hiện nghiêm việc nhận xét, đánh giá đối với cán bộ trước khi thực hiện công tác quy hoạch và sử dụng.",
      )[0],
    ).toBe("none");
  });
});

describe("a filing made by the period (Nghị định 117/2025/NĐ-CP, 122/2025/NĐ-CP)", () => {
  it("reads 'kê khai … theo tháng', 'cấp … theo năm' as a cadence", () => {
    expect(
      read(
        "Các tổ chức quản lý nền tảng thương mại điện tử thực hiện kê khai số thuế đã khấu trừ theo tháng.",
      ),
    ).toEqual(["none", null, "monthly", ""]);
    expect(
      read(
        "Cấp chứng từ khấu trừ thuế theo Mẫu số 01/CTKT-TMĐT ban hành kèm theo Nghị định này theo năm bằng phương thức điện tử cho hộ, cá nhân.",
      )[2],
    ).toBe("yearly");
  });

  it("leaves 'theo quy định', a year, a counted average and a list of kinds of filing alone", () => {
    expect(read("Nộp hồ sơ khai thuế theo quy định.")[2]).toBeNull();
    expect(read("Nộp báo cáo theo năm 2024.")[2]).toBeNull();
    expect(read("Tiền lương được tính bình quân theo tháng.")[2]).toBeNull();
    expect(
      read(
        "Hồ sơ khai thuế; loại thuế khai theo tháng, khai theo quý, khai theo năm, khai quyết toán thuế; tiêu chí để khai thuế theo quý.",
      )[2],
    ).toBeNull();
  });
});

describe("'khi có' a thing that comes to be (Luật Cư trú, Luật Trọng tài thương mại)", () => {
  it("reads it as the event the work waits for", () => {
    expect(
      read(
        "Khi có người đến lưu trú, thành viên hộ gia đình có trách nhiệm thông báo việc lưu trú với cơ quan đăng ký cư trú.",
      ),
    ).toEqual(["event", null, null, "Khi có người đến lưu trú"]);
    expect(read("Các bên phải thỏa thuận lại về hình thức trọng tài khi có tranh chấp.")[0]).toBe("event");
  });

  it("leaves what may be done, a reason and a case alone", () => {
    expect(read("Tòa án xem xét thay đổi mức cấp dưỡng khi có lý do chính đáng.")[0]).toBe("none");
    expect(
      read("Chủ dự án thực hiện đánh giá tác động môi trường khi có một trong các thay đổi sau đây:")[0],
    ).toBe("none");
    expect(read("Sở báo cáo khi có thể.")[0]).toBe("none");
  });
});

describe("a fee paid by the year is no recurrence of the work (Nghị định 230/2025/NĐ-CP, Nghị quyết 132/2020/QH14)", () => {
  it("reads 'tiền thuê đất hằng năm', 'tiền sử dụng đất hằng năm' as the fee's period", () => {
    expect(
      read(
        "Chủ đầu tư được Nhà nước cho thuê đất trả tiền thuê đất hằng năm phải thực hiện phân bổ số tiền thuê đất được giảm.",
      )[2],
    ).toBeNull();
    expect(
      read("Đơn vị, doanh nghiệp nộp tiền sử dụng đất hằng năm theo quy định tại Nghị quyết này.")[2],
    ).toBeNull();
  });
});

describe("the day the papers arrive (Nghị định 102/2017/NĐ-CP)", () => {
  it("reads '(ngay) trong ngày nhận hồ sơ' and 'trong ngày làm việc tiếp theo' as the event the work waits for", () => {
    expect(
      read("Trường hợp hồ sơ không hợp lệ, ngay trong ngày nhận hồ sơ, người tiếp nhận lập văn bản từ chối."),
    ).toEqual(["event", null, null, "ngay trong ngày nhận hồ sơ"]);
    expect(
      read("Nếu nhận hồ sơ sau 15 giờ, thì việc từ chối được thực hiện trong ngày làm việc tiếp theo.")[0],
    ).toBe("event");
  });

  it("leaves a day of the month alone ('trong ngày 20 hằng tháng')", () => {
    expect(read("Báo cáo trong ngày 20 hằng tháng.")[0]).toBe("date");
  });
});

describe("a request that may come, and the time a procedure allows (Nghị định 102/2017/NĐ-CP)", () => {
  it("reads 'nếu có yêu cầu' closing a clause, and 'trong thời hạn giải quyết hồ sơ', as events", () => {
    expect(read("Cơ quan đăng ký cấp bản sao văn bản chứng nhận, nếu có yêu cầu.")).toEqual([
      "event",
      null,
      null,
      "nếu có yêu cầu",
    ]);
    expect(read("Trong thời hạn giải quyết hồ sơ, cơ quan đăng ký ghi thời điểm nhận phiếu.")[0]).toBe(
      "event",
    );
  });

  it("leaves a case about a matter alone ('Nếu có yêu cầu về con và tài sản thì …')", () => {
    expect(read("Nếu có yêu cầu về con và tài sản thì Tòa án giải quyết.")[0]).toBe("none");
  });
});

describe("a quarter of every year and a time ahead of a named day (Thông tư 10/2021/TT-BTC)", () => {
  it("reads 'trong quý I hàng năm' as a yearly date, not one opening with 'từ'", () => {
    expect(read("Thông báo cho Tổng cục Thuế trong quý I hàng năm.")).toEqual([
      "date",
      null,
      "yearly",
      "trong quý I hàng năm",
    ]);
    expect(read("Từ quý II hằng năm, đơn vị báo cáo.")[0]).toBe("none");
  });

  it("reads 'trước ngày thi ít nhất 45 ngày' as a time ahead of the event", () => {
    expect(read("Hội đồng thi thông báo trước ngày thi ít nhất 45 ngày.")).toEqual([
      "event",
      null,
      null,
      "trước ngày thi ít nhất 45 ngày",
    ]);
  });
});
