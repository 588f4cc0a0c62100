import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  DEFAULT_WORKING_POLICY,
  isWorkingDay,
  nextWorkingSlot,
  vietnameseHolidays,
  type WorkingPolicy,
} from "../../src/reminders/working-calendar.ts";

/** An instant given as Vietnamese wall-clock time ("2025-03-08T10:00"). */
const vn = (local: string) => new Date(`${local}+07:00`);
/** The next working slot of a Vietnamese wall-clock time, as Vietnamese wall-clock time. */
const slot = (local: string, policy?: WorkingPolicy) => {
  const next = nextWorkingSlot(vn(local), policy);
  return new Date(next.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace(/:00$/, "");
};

describe("vietnameseHolidays", () => {
  it("lists the 11 public holidays of 2025 in date order", () => {
    expect(vietnameseHolidays(2025)).toEqual([
      { date: "2025-01-01", name: "Tết Dương lịch" },
      { date: "2025-01-28", name: "Tết Nguyên đán (29 tháng Chạp)" },
      { date: "2025-01-29", name: "Tết Nguyên đán (mùng 1 tháng Giêng)" },
      { date: "2025-01-30", name: "Tết Nguyên đán (mùng 2 tháng Giêng)" },
      { date: "2025-01-31", name: "Tết Nguyên đán (mùng 3 tháng Giêng)" },
      { date: "2025-02-01", name: "Tết Nguyên đán (mùng 4 tháng Giêng)" },
      { date: "2025-04-07", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
      { date: "2025-04-30", name: "Ngày Chiến thắng (30/4)" },
      { date: "2025-05-01", name: "Ngày Quốc tế Lao động (1/5)" },
      { date: "2025-09-01", name: "Quốc khánh (ngày liền kề 2/9)" },
      { date: "2025-09-02", name: "Quốc khánh (2/9)" },
    ]);
  });

  it.each([
    [2024, ["2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13"], "2024-04-18"],
    [2026, ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"], "2026-04-26"],
  ])("puts Tết %i on %j and Giỗ Tổ on %s", (year, tet, gioTo) => {
    const dates = vietnameseHolidays(year).map((h) => h.date);
    expect(dates).toEqual([
      `${year}-01-01`,
      ...tet,
      gioTo,
      `${year}-04-30`,
      `${year}-05-01`,
      `${year}-09-01`,
      `${year}-09-02`,
    ]);
  });

  it("names the eve 30 tháng Chạp when the twelfth month is full", () => {
    expect(vietnameseHolidays(2024)[1]).toEqual({
      date: "2024-02-09",
      name: "Tết Nguyên đán (30 tháng Chạp)",
    });
  });
});

describe("isWorkingDay", () => {
  it("works Monday to Friday except public holidays", () => {
    expect(isWorkingDay("2025-03-07")).toBe(true); // Friday
    expect(isWorkingDay("2025-03-08")).toBe(false); // Saturday
    expect(isWorkingDay("2025-03-09")).toBe(false); // Sunday
    expect(isWorkingDay("2025-04-07")).toBe(false); // Giỗ Tổ, a Monday
    expect(isWorkingDay("2025-04-30")).toBe(false);
    expect(isWorkingDay("2025-09-01")).toBe(false);
  });

  it("applies announced compensatory days off and make-up Saturdays", () => {
    // 2025: Friday 2/5 off, made up on Saturday 26/4.
    const policy = {
      ...DEFAULT_WORKING_POLICY,
      extraHolidays: ["2025-05-02"],
      extraWorkdays: ["2025-04-26"],
    };
    expect(isWorkingDay("2025-05-02", policy)).toBe(false);
    expect(isWorkingDay("2025-04-26", policy)).toBe(true);
    expect(isWorkingDay("2025-05-02")).toBe(true);
    expect(isWorkingDay("2025-04-26")).toBe(false);
  });

  it("rejects a malformed day", () => {
    expect(() => isWorkingDay("2025-02-30")).toThrow(RangeError);
  });
});

describe("nextWorkingSlot", () => {
  it("keeps an instant inside working hours", () => {
    const instant = vn("2025-03-11T10:15:42.500");
    expect(nextWorkingSlot(instant).getTime()).toBe(instant.getTime());
    expect(slot("2025-03-11T07:30")).toBe("2025-03-11T07:30");
    expect(slot("2025-03-11T16:59")).toBe("2025-03-11T16:59");
  });

  it("waits for the morning, and for Monday across the weekend", () => {
    expect(slot("2025-03-11T06:00")).toBe("2025-03-11T07:30"); // Tuesday
    expect(slot("2025-03-11T17:00")).toBe("2025-03-12T07:30");
    expect(slot("2025-03-07T17:30")).toBe("2025-03-10T07:30"); // Friday → Monday
    expect(slot("2025-03-08T10:00")).toBe("2025-03-10T07:30"); // Saturday → Monday
    expect(slot("2025-03-09T23:59")).toBe("2025-03-10T07:30");
  });

  it("returns a UTC instant for a UTC input", () => {
    // Friday 2025-03-07 23:00 UTC is Saturday 06:00 in Vietnam.
    expect(nextWorkingSlot(new Date("2025-03-07T23:00:00Z")).toISOString()).toBe("2025-03-10T00:30:00.000Z");
  });

  it("skips 30/4 and 1/5 (Wednesday and Thursday in 2025)", () => {
    expect(slot("2025-04-29T17:30")).toBe("2025-05-02T07:30");
    expect(slot("2025-04-30T09:00")).toBe("2025-05-02T07:30");
    expect(slot("2025-05-01T06:00")).toBe("2025-05-02T07:30");
  });

  it("skips Tết 2025 (2025-01-28 … 2025-02-01) and the weekend after it", () => {
    expect(slot("2025-01-27T17:30")).toBe("2025-02-03T07:30");
    expect(slot("2025-01-28T08:00")).toBe("2025-02-03T07:30");
    expect(slot("2025-01-31T10:00")).toBe("2025-02-03T07:30");
  });

  it("crosses the year boundary over Tết Dương lịch", () => {
    expect(slot("2025-12-31T17:30")).toBe("2026-01-02T07:30");
    expect(nextWorkingSlot(vn("2025-12-31T17:30")).toISOString()).toBe("2026-01-02T00:30:00.000Z");
  });

  it("follows announced extra holidays and workdays", () => {
    const policy = {
      ...DEFAULT_WORKING_POLICY,
      extraHolidays: ["2025-05-02"],
      extraWorkdays: ["2025-04-26"],
    };
    expect(slot("2025-04-25T18:00", policy)).toBe("2025-04-26T07:30"); // make-up Saturday
    expect(slot("2025-04-29T17:30", policy)).toBe("2025-05-05T07:30");
    const tet = { ...DEFAULT_WORKING_POLICY, extraHolidays: ["2025-01-27"] };
    expect(slot("2025-01-24T17:30", tet)).toBe("2025-02-03T07:30");
  });

  it("honours another timezone, window and week", () => {
    const policy: WorkingPolicy = {
      ...DEFAULT_WORKING_POLICY,
      timeZone: "UTC",
      start: "08:00",
      end: "12:00",
      weekdays: [1, 2, 3, 4, 5, 6],
    };
    expect(nextWorkingSlot(new Date("2025-03-08T12:00:00Z"), policy).toISOString()).toBe(
      "2025-03-10T08:00:00.000Z",
    );
    expect(nextWorkingSlot(new Date("2025-03-07T13:00:00Z"), policy).toISOString()).toBe(
      "2025-03-08T08:00:00.000Z",
    );
  });

  it("rejects a policy without working time", () => {
    expect(() =>
      nextWorkingSlot(vn("2025-03-08T10:00"), { ...DEFAULT_WORKING_POLICY, weekdays: [] }),
    ).toThrow(RangeError);
    expect(() =>
      nextWorkingSlot(vn("2025-03-08T10:00"), { ...DEFAULT_WORKING_POLICY, start: "7:30" }),
    ).toThrow(RangeError);
    expect(() =>
      nextWorkingSlot(vn("2025-03-08T10:00"), { ...DEFAULT_WORKING_POLICY, end: "07:00" }),
    ).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("snoozes by working days", () => {
    expect(addWorkingDays("2025-03-11", 1)).toBe("2025-03-12");
    expect(addWorkingDays("2025-03-07", 1)).toBe("2025-03-10");
    expect(addWorkingDays("2025-03-07", 5)).toBe("2025-03-14");
    expect(addWorkingDays("2025-01-27", 1)).toBe("2025-02-03");
    expect(addWorkingDays("2025-12-31", 1)).toBe("2026-01-02");
  });

  it("goes back for negative counts and stays put for zero", () => {
    expect(addWorkingDays("2025-02-03", -1)).toBe("2025-01-27");
    expect(addWorkingDays("2025-03-08", 0)).toBe("2025-03-08");
  });
});
