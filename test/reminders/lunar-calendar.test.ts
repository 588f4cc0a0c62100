import { describe, expect, it } from "vitest";
import { lunarToSolar, solarToLunar } from "../../src/reminders/lunar-calendar.ts";

/** Every ISO day from `from` to `to`, both included. */
const daysBetween = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
};

describe("Vietnamese lunar calendar", () => {
  it.each([
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [1985, "1985-01-21"], // the Chinese calendar (UTC+8) had 1985-02-20
    [2007, "2007-02-17"], // China: 2007-02-18
    [1968, "1968-01-29"], // Tết Mậu Thân in the North, the first year reckoned in UTC+7
  ])("puts Tết %i (mùng 1 tháng Giêng) on %s", (year, day) => {
    expect(lunarToSolar(1, 1, year)).toBe(day);
    expect(solarToLunar(day)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it("reckons 1985-02-20 as the first of the second month in Vietnam", () => {
    expect(solarToLunar("1985-02-20")).toEqual({ day: 1, month: 2, year: 1985, leap: false });
    expect(solarToLunar("1985-01-20")).toEqual({ day: 30, month: 12, year: 1984, leap: false });
  });

  it.each([
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("puts Giỗ Tổ Hùng Vương %i (10/3) on %s", (year, day) => {
    expect(lunarToSolar(10, 3, year)).toBe(day);
  });

  it("knows the last day of the lunar year, 29 or 30 tháng Chạp", () => {
    expect(solarToLunar("2024-02-09")).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(solarToLunar("2025-01-28")).toEqual({ day: 29, month: 12, year: 2024, leap: false });
    expect(solarToLunar("2026-02-16")).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it.each([
    [2020, 4, "2020-05-23"],
    [2023, 2, "2023-03-22"],
    [2025, 6, "2025-07-25"],
    [2033, 11, "2033-12-22"],
  ])("places the leap month of %i after month %i, starting %s", (year, month, day) => {
    expect(lunarToSolar(1, month, year, true)).toBe(day);
    expect(solarToLunar(day)).toEqual({ day: 1, month, year, leap: true });
    expect(lunarToSolar(1, month, year)).not.toBe(day);
  });

  it("round-trips every day of 2024–2026", () => {
    const days = daysBetween("2024-01-01", "2026-12-31");
    for (const day of days) {
      const lunar = solarToLunar(day);
      expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(day);
    }
    const firsts = days.filter((day) => solarToLunar(day).day === 1);
    expect(firsts.length).toBe(37); // 36 months plus the leap month 6 of 2025
  });

  it("round-trips the first day of every month across 1900–2100", () => {
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        const day = `${year}-${String(month).padStart(2, "0")}-01`;
        const lunar = solarToLunar(day);
        expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(day);
      }
    }
  });

  it("rejects lunar dates that do not exist", () => {
    expect(() => lunarToSolar(30, 12, 2024)).toThrow(RangeError); // tháng Chạp Giáp Thìn has 29 days
    expect(() => lunarToSolar(1, 3, 2025, true)).toThrow(RangeError); // 2025's leap month is the 6th
    expect(() => lunarToSolar(1, 1, 2024, true)).toThrow(RangeError); // 2024 has no leap month
    expect(() => lunarToSolar(0, 1, 2024)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2024)).toThrow(RangeError);
    expect(() => solarToLunar("2025-02-29")).toThrow(RangeError);
  });
});
