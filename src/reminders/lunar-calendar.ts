/**
 * The Vietnamese lunar calendar (âm lịch), after the astronomical algorithm published by Hồ Ngọc Đức.
 *
 * A lunar month starts on the local day of a new moon; month 11 is the month containing the winter
 * solstice; a lunar year with 13 months between two months 11 repeats (as a leap month, tháng nhuận) the
 * first month that contains no major solar term. All days are reckoned in UTC+7, which is why the calendar
 * sometimes differs from the Chinese one (reckoned in UTC+8): Tết 1985 was on 21 January in Vietnam but on
 * 20 February in China. The new moon and sun formulas (Meeus) are accurate to a few minutes for 1900–2100,
 * so a month may start a day off only when a new moon or major term falls within minutes of midnight.
 * Days before 1968 are computed in UTC+7 too, although Vietnam then still followed the Chinese calendar.
 */
import { isIsoDay } from "../obligations/calendar-day.ts";

/** A day of the lunar calendar; `leap` marks the repeated (nhuận) month. */
export type LunarDate = { day: number; month: number; year: number; leap: boolean };

/** Vietnam's offset from UTC, in hours: lunar days start at midnight in UTC+7. */
const TIME_ZONE = 7;
/** Mean length of the synodic month, in days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon near 1900-01-01, new moon number 0. */
const NEW_MOON_EPOCH = 2415021.076998695;
/** Julian day number of 1970-01-01. */
const UNIX_EPOCH_JDN = 2440588;
const DAY_MS = 86_400_000;
const DEG = Math.PI / 180;

/** Julian day number of an ISO day ("2000-01-01" → 2451545). */
function julianDay(iso: string): number {
  if (!isIsoDay(iso)) throw new RangeError(`Not a YYYY-MM-DD day: ${iso}`);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS + UNIX_EPOCH_JDN;
}

/** The ISO day of a Julian day number. */
function isoDay(jdn: number): string {
  return new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS).toISOString().slice(0, 10);
}

/** Julian day (UTC, fractional) of new moon number `k`, counted from 1900-01-01 (Meeus, ch. 49). */
function newMoon(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900
  const [t2, t3] = [t * t, t * t * t];
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitude + sunAnomaly) -
    0.0004 * Math.sin(2 * latitude - sunAnomaly) -
    0.0006 * Math.sin(2 * latitude + moonAnomaly) +
    0.001 * Math.sin(2 * latitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly) +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** Julian day number of the local (UTC+7) day on which new moon `k` falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** The sun's apparent longitude at Julian day `jd`, in radians within [0, 2π) (Meeus, ch. 25). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries since J2000
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t * t - 0.00000048 * t * t * t) * DEG;
  const mean = 280.46645 + 36000.76983 * t + 0.0003032 * t * t;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.00029 * Math.sin(3 * anomaly);
  const longitude = (mean + center) * DEG;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Which 30° sector (0–11) the sun is in at the local start of a day: the major solar term in force. */
function solarTerm(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** The new moon number whose day is at or just before a Julian day number. */
function lunationAt(jdn: number): number {
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH); // a first guess, off by at most one
  while (newMoonDay(k) > jdn) k--;
  while (newMoonDay(k + 1) <= jdn) k++;
  return k;
}

/** Julian day number on which lunar month 11 (the one containing the winter solstice) starts in `year`. */
function month11(year: number): number {
  const k = Math.floor((julianDay(`${year}-12-31`) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return solarTerm(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a leap year starting at month 11 `a11`, how many months after it the leap month comes (1–13). */
function leapMonthOffset(a11: number): number {
  const k = lunationAt(a11);
  let offset = 1; // the month at `offset` has no major term when the sun is in the same sector at both its ends
  while (offset < 13 && solarTerm(newMoonDay(k + offset)) !== solarTerm(newMoonDay(k + offset + 1))) offset++;
  return offset;
}

/**
 * The lunar date of a Gregorian day.
 *
 * @example
 * solarToLunar("2025-01-29") // { day: 1, month: 1, year: 2025, leap: false } (Tết Ất Tỵ)
 */
export function solarToLunar(iso: string): LunarDate {
  const jdn = julianDay(iso);
  const monthStart = newMoonDay(lunationAt(jdn));
  let year = Number(iso.slice(0, 4));
  let a11 = month11(year);
  let b11 = a11;
  if (a11 >= monthStart) a11 = month11(year - 1);
  else b11 = month11(++year);
  const diff = Math.floor((monthStart - a11) / 29); // months since month 11
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) month = diff + 10;
    leap = diff === leapOffset;
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year--;
  return { day: jdn - monthStart + 1, month, year, leap };
}

/**
 * The Gregorian day (`YYYY-MM-DD`) of a lunar date; throws a RangeError if it does not exist.
 *
 * @example
 * lunarToSolar(10, 3, 2025) // "2025-04-07" (Giỗ Tổ Hùng Vương)
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): string {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) {
    throw new RangeError(`No lunar date ${day}/${month}/${year}`);
  }
  const a11 = month < 11 ? month11(year - 1) : month11(year);
  const b11 = month < 11 ? month11(year) : month11(year + 1);
  let offset = (month + 1) % 12; // months after month 11
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    const leapMonth = (leapOffset + 10) % 12 || 12;
    if (leap && month !== leapMonth) throw new RangeError(`${year} has no leap month ${month}`);
    if (leap || offset >= leapOffset) offset++;
  } else if (leap) {
    throw new RangeError(`${year} has no leap month`);
  }
  const k = lunationAt(a11) + offset;
  const start = newMoonDay(k);
  if (day > newMoonDay(k + 1) - start) throw new RangeError(`Lunar month ${month}/${year} has no day ${day}`);
  return isoDay(start + day - 1);
}
