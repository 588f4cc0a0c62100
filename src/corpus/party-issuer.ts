/**
 * A Party body's header is two lines, the committee above and the body under it ("BAN CHẤP HÀNH TRUNG ƯƠNG" /
 * "BAN TỔ CHỨC", "TỈNH ỦY LẠNG SƠN" / "VĂN PHÒNG", "ĐẢNG BỘ TỈNH TUYÊN QUANG" / "TỈNH ỦY"). Joined, they read
 * "BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC"; officers name the body as "Ban Tổ chức Trung ương", "Văn phòng Tỉnh ủy
 * Lạng Sơn", "Tỉnh ủy Tuyên Quang".
 */

/** The Central Committee, above a body of its own. */
const CENTRAL = /^BAN CHẤP HÀNH TRUNG ƯƠNG(?: ĐẢNG)?\s+(.+)$/u;
/** A provincial, city or district committee ("TỈNH ỦY LẠNG SƠN"), above a body of its own. */
const COMMITTEE =
  /^((?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY)\s+(.+?)\s+((?:BAN|VĂN PHÒNG|ỦY BAN KIỂM TRA|ĐẢNG ỦY)\b.*)$/u;
/** A provincial or district Party organisation ("ĐẢNG BỘ TỈNH TUYÊN QUANG"), above its committee ("TỈNH ỦY"). */
const ORGANISATION =
  /^ĐẢNG BỘ (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(.+?)\s+((?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY)$/u;
/** A Party delegation, personnel board or committee in a state body, under the Central Committee. */
const DELEGATION = /^BAN CHẤP HÀNH TRUNG ƯƠNG\s+(ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG|ĐẢNG ỦY)\s+(.+)$/u;
/** The bodies a committee has: what its second line may start with. */
const BODY = /^(?:BAN|VĂN PHÒNG|ỦY BAN KIỂM TRA)\b/u;

const lower = (text: string) => text.toLocaleLowerCase("vi");
const capital = (word: string) => word.charAt(0).toLocaleUpperCase("vi") + lower(word.slice(1));

/** "LẠNG SƠN" → "Lạng Sơn": a place's every syllable starts with a capital. */
const placeName = (text: string) => text.split(/\s+/u).map(capital).join(" ");

/**
 * "BAN TUYÊN GIÁO VÀ DÂN VẬN" → "Ban Tuyên giáo và Dân vận", "VĂN PHÒNG" → "Văn phòng", "ỦY BAN KIỂM TRA" → "Ủy ban
 * Kiểm tra": the kind of body in small letters after its first, each field it covers with a capital.
 */
function bodyName(text: string): string {
  const head = /^(BAN|VĂN PHÒNG|ỦY BAN|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|ĐẢNG ỦY)\b\s*(.*)$/u.exec(
    text,
  );
  if (!head) return capital(text);
  const [, kind = "", rest = ""] = head;
  const fields = rest
    .split(/\s+(VÀ)\s+|,\s*/u)
    .filter((part) => part !== undefined && part !== "")
    .map((part) => (part === "VÀ" ? "và" : capital(part)));
  return [capital(kind), fields.join(" ")].filter(Boolean).join(" ");
}

/**
 * The Party body a joined two-line header names, as officers write it; the header unchanged when it is not one.
 *
 * @example
 * partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC") // "Ban Tổ chức Trung ương"
 * partyIssuer("TỈNH ỦY LẠNG SƠN VĂN PHÒNG") // "Văn phòng Tỉnh ủy Lạng Sơn"
 * partyIssuer("ĐẢNG BỘ TỈNH TUYÊN QUANG TỈNH ỦY") // "Tỉnh ủy Tuyên Quang"
 * partyIssuer("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG ĐOÀN QUỐC HỘI") // "Đảng đoàn Quốc hội"
 */
export function partyIssuer(header: string): string {
  // "UỶ" and "ỦY" are one spelling.
  const text = header.replace(/\s+/gu, " ").replace(/UỶ/gu, "ỦY").trim();
  // "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐẢNG ĐOÀN QUỐC HỘI": a Party delegation, personnel board or committee in a state body
  // is named by that body ("Đảng đoàn Quốc hội", "Ban cán sự đảng Chính phủ", "Đảng ủy Chính phủ").
  const delegation = DELEGATION.exec(text);
  if (delegation) {
    const [, kind = "", body = ""] = delegation;
    return `${capital(kind)} ${capital(body)}`;
  }
  const central = CENTRAL.exec(text);
  if (central?.[1] && BODY.test(central[1])) {
    // The Central Committee's office is "Văn phòng Trung ương Đảng".
    const body = bodyName(central[1]);
    return body === "Văn phòng" ? "Văn phòng Trung ương Đảng" : `${body} Trung ương`;
  }
  const committee = COMMITTEE.exec(text);
  if (committee) {
    const [, level = "", place = "", body = ""] = committee;
    return `${bodyName(body)} ${capital(level)} ${placeName(place)}`;
  }
  const organisation = ORGANISATION.exec(text);
  if (organisation) {
    const [, place = "", level = ""] = organisation;
    return `${capital(level)} ${placeName(place)}`;
  }
  return header;
}
