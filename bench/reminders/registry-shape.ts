/** What the synthetic registry is made of: provinces, the kinds of their units, the deadlines of the obligations. */

export const PROVINCES = [
  "Hà Nội",
  "Huế",
  "Lai Châu",
  "Điện Biên",
  "Sơn La",
  "Lạng Sơn",
  "Quảng Ninh",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Cao Bằng",
  "Tuyên Quang",
  "Lào Cai",
  "Thái Nguyên",
  "Phú Thọ",
  "Bắc Ninh",
  "Hưng Yên",
  "Hải Phòng",
  "Ninh Bình",
  "Quảng Trị",
  "Đà Nẵng",
  "Quảng Ngãi",
  "Gia Lai",
  "Khánh Hòa",
  "Lâm Đồng",
  "Đắk Lắk",
  "Hồ Chí Minh",
  "Đồng Nai",
  "Tây Ninh",
  "Cần Thơ",
  "Vĩnh Long",
  "Đồng Tháp",
  "Cà Mau",
  "An Giang",
];

/** Kinds of the ordinary units of a province, cycled: mostly communes, some departments, a few abolished districts. */
export const KIND_CYCLE = [
  ...Array<string>(12).fill("commune_party_committee"),
  ...Array<string>(3).fill("department"),
  ...Array<string>(2).fill("affiliated_party_committee"),
  "district_party_committee",
  "mass_organization",
  "party_delegation",
];
export const KIND_NAMES: Record<string, string> = {
  commune_party_committee: "Đảng ủy xã",
  department: "Sở",
  affiliated_party_committee: "Đảng ủy khối",
  district_party_committee: "Huyện ủy",
  mass_organization: "Hội",
  party_delegation: "Ban cán sự đảng",
};

export interface ObligationSpec {
  offset: number | null;
  kind: string;
  recurrence: string | null;
  text: string;
}

/**
 * Fifty deadlines relative to the benchmark day: 8 long overdue (past every reminder round), 8 overdue within the
 * four weekly rounds (4 of them over the 14-day escalation), 6 within the 14-day lead window, 18 later, 6 events
 * the calendar cannot date yet and 4 continuous duties (no due day); every 5th dated one monthly, 7th quarterly,
 * 11th yearly.
 */
export const SPECS: ObligationSpec[] = (() => {
  const dated = [
    ...[-150, -120, -90, -75, -60, -45, -35, -30],
    ...[-28, -22, -18, -15, -12, -8, -5, -2],
    ...[0, 1, 3, 6, 9, 13],
    ...[15, 20, 30, 45, 60, 80, 100, 130, 160, 200, 240, 280, 310, 340, 365, 400, 450, 500],
  ].map((offset, i): ObligationSpec => {
    const recurrence = i % 5 === 4 ? "monthly" : i % 7 === 6 ? "quarterly" : i % 11 === 10 ? "yearly" : null;
    return {
      offset,
      kind: recurrence === "quarterly" ? "period_end" : "date",
      recurrence,
      text: recurrence ? `định kỳ (${recurrence})` : "trước ngày hạn",
    };
  });
  const events = Array.from({ length: 6 }, () => ({
    offset: null,
    kind: "event",
    recurrence: null,
    text: "sau Đại hội Đảng bộ tỉnh",
  }));
  const continuous = Array.from({ length: 4 }, () => ({
    offset: null,
    kind: "continuous",
    recurrence: null,
    text: "thường xuyên",
  }));
  return [...dated, ...events, ...continuous];
})();
