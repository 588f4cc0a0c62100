import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../src/errors.ts";
import { deadlineOf } from "../../src/obligations/deadline-grammar.ts";
import { calendarOf, EMPTY_CALENDAR, loadEventsCalendar } from "../../src/obligations/events-calendar.ts";
import { ROOT, tempDir } from "../helpers.ts";

const writeCalendar = (text: string) => {
  const file = path.join(tempDir(), "events.yaml");
  writeFileSync(file, text);
  return file;
};

/** The problems an ImportError carries, or fails the test when the call does not throw one. */
function problemsOf(call: () => unknown): { line: number; message: string }[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).problems;
  }
  throw new Error("expected an ImportError");
}

const VALID = `# test calendar
- name: Đại hội cấp cơ sở
  match:
    - đại hội cấp cơ sở
    - dai hoi chi bo
  date: "2025-06-30"
- name: Đại hội (chung)
  match: [đại hội]
  date: "2025-10-15"
- name: Trưởng thôn
  match: ["nhiệm kỳ Trưởng thôn 2025-2027"]
  date: 2025-03-01
`;

describe("loadEventsCalendar", () => {
  it("resolves event phrases ignoring case and diacritics", () => {
    const events = loadEventsCalendar(writeCalendar(VALID));
    expect(events.resolve("trước Đại hội cấp cơ sở nhiệm kỳ 2025-2030")).toBe("2025-06-30");
    expect(events.resolve("TRƯỚC ĐẠI HỘI CHI BỘ")).toBe("2025-06-30");
    expect(events.resolve("kể từ nhiệm kỳ Trưởng thôn 2025-2027")).toBe("2025-03-01");
  });

  it("prefers the entry with the longest matching phrase", () => {
    const events = loadEventsCalendar(writeCalendar(VALID));
    expect(events.resolve("trước đại hội đảng bộ tỉnh")).toBe("2025-10-15");
    expect(events.resolve("trước đại hội cấp cơ sở")).toBe("2025-06-30");
  });

  it("returns null for an event no entry names", () => {
    expect(loadEventsCalendar(writeCalendar(VALID)).resolve("trước kỳ họp thứ 20 HĐND tỉnh")).toBeNull();
  });

  it("gives an empty calendar for a missing file and for a file of comments only", () => {
    expect(loadEventsCalendar(path.join(tempDir(), "absent.yaml"))).toBe(EMPTY_CALENDAR);
    expect(loadEventsCalendar(writeCalendar("# nothing yet\n")).resolve("trước đại hội")).toBeNull();
    expect(EMPTY_CALENDAR.resolve("trước đại hội")).toBeNull();
  });

  it("loads the documented example file", () => {
    const events = loadEventsCalendar(path.join(ROOT, "config", "events.example.yaml"));
    expect(events.resolve("trước đại hội cấp cơ sở")).toBeNull();
  });

  it("rejects invalid YAML with its line", () => {
    const problems = problemsOf(() =>
      loadEventsCalendar(writeCalendar('- name: a\n  match: ["x"\n  date: x\n')),
    );
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(problems[0]?.message).toMatch(/not valid YAML/);
  });

  it("names the line of each bad field", () => {
    const text = [
      "- name: ok", //                              1
      "  match: [đại hội]", //                      2
      '  date: "2025-06-30"', //                    3
      "- name: bad day", //                         4
      "  match: [kỳ họp]", //                       5
      '  date: "2025-02-30"', //                    6
      "- name: missing date", //                    7
      "  match: [bầu cử]", //                       8
      "- name: bad match", //                       9
      "  match: đại hội", //                        10
      '  date: "2025-13-01"', //                    11
      "  when: tomorrow", //                        12
    ].join("\n");
    const problems = problemsOf(() => loadEventsCalendar(writeCalendar(text)));
    const lines = problems.map((p) => p.line);
    expect(lines).toContain(6);
    expect(lines).toContain(7);
    expect(lines).toContain(10);
    expect(lines).toContain(11);
    expect(lines).toContain(12);
    expect(problems.find((p) => p.line === 6)?.message).toMatch(/not a day of the calendar/);
    expect(problems.find((p) => p.line === 7)?.message).toBe("event 3 (date): date is missing");
    expect(problems.find((p) => p.line === 10)?.message).toMatch(/match must be a list/);
    expect(problems.find((p) => p.line === 12)?.message).toMatch(/unknown key "when"/);
    expect(problems.every((p) => p.line !== 1)).toBe(true);
  });

  it("rejects a file that is not a list of events", () => {
    const problems = problemsOf(() => loadEventsCalendar(writeCalendar("name: x\ndate: 2025-01-01\n")));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(1);
    expect(problems[0]?.message).toMatch(/list of events/);
  });

  it("puts the file name and lines in the error message", () => {
    const file = writeCalendar("- name: x\n  match: []\n  date: '2025-01-01'\n");
    expect(() => loadEventsCalendar(file)).toThrow(`${file}:2:`);
  });
});

describe("event deadlines resolved through the calendar", () => {
  const events = calendarOf([{ name: "cơ sở", match: ["đại hội cấp cơ sở"], date: "2025-06-30" }]);

  it("sets due from the calendar and keeps the phrase verbatim", () => {
    const text =
      "Kiên quyết giải quyết dứt điểm những trường hợp chưa đủ tiêu chuẩn trước đại hội cấp cơ sở nhiệm kỳ 2025-2030.";
    expect(deadlineOf(text, { documentDate: null, events })).toEqual({
      kind: "event",
      due: "2025-06-30",
      recurrence: null,
      text: "trước đại hội cấp cơ sở nhiệm kỳ 2025-2030",
    });
  });

  it("leaves due null when the calendar does not know the event", () => {
    const text = "Hoàn thành trước kỳ họp thứ 20 Hội đồng nhân dân tỉnh.";
    expect(deadlineOf(text, { documentDate: null, events })).toMatchObject({ kind: "event", due: null });
  });
});
