/**
 * Names of responsible parties: the nouns that open one ("Sở", "Ủy ban", "Chủ tịch", "các cấp ủy"…), the words that
 * end a subject (its predicate), and how a list of parties is split into parties without splitting a name.
 */

import { PROVINCE_NAMES_SOURCE } from "../corpus/provinces.ts";
import { bracketDepth } from "../language/sentences.ts";
import { foldKeepingOffsets, grammar, type PartyView, partyView, W0, W1 } from "./party-view.ts";

/** A run of responsible parties found in a sentence, with offsets into that sentence. */
export interface PartySpan {
  /** The parties as written, e.g. ["các cấp ủy, tổ chức đảng", "người đứng đầu cơ quan, đơn vị, địa phương"]. */
  parties: string[];
  start: number;
  end: number;
  /** The word that ends the subject ("chủ trì", "có trách nhiệm", "đã"…), empty for a bare list. */
  predicate?: string;
}

/**
 * The nouns that open a party: bodies ("Sở", "Ban", "Ủy ban", "Phòng", "Cục", "Bộ", "Văn phòng", "Hội", "Đoàn",
 * "Công an"…), their heads ("Chủ tịch", "Giám đốc", "Thủ trưởng", "Chánh Văn phòng"…) and the categories of
 * conclusions ("cấp ủy", "tổ chức đảng", "người đứng đầu"…), optionally after "các" / "toàn thể" / "mọi" / "từng".
 * Matched with their diacritics: "sở" is a department, "số" a number; "bộ" a ministry, "bỏ" a verb.
 */
/**
 * "Các tỉnh, thành phố trực thuộc Trung ương lập đề án …": the provinces acting as one, never a lone "tỉnh" (a place).
 */
export const PROVINCES = "tỉnh(?:,| và| hoặc) thành phố";
/** "tỉnh Sơn La", "thành phố Đà Nẵng": a province by its name, lower-cased as the party view reads it. */
const NAMED_PROVINCE = `(?:tỉnh|thành phố|tp\\.?) (?:${PROVINCE_NAMES_SOURCE})`;
const HEAD_NOUNS = [
  // "Tiểu ban giúp việc Ban Chỉ đạo 934": a sub-committee, named before "ban" so its name is kept whole.
  "tiểu ban",
  "ban(?! hành)",
  "đảng đoàn",
  "đảng ủy",
  "đảng bộ",
  "huyện ủy",
  "thị ủy",
  "thành ủy",
  "tỉnh ủy",
  "quận ủy",
  "cấp ủy",
  // "Quân ủy Trung ương" (the Party's military commission), "Đảng ủy Quân sự tỉnh".
  "quân ủy",
  // "các đồng chí Ủy viên Bộ Chính trị, Ban Bí thư", "Ủy viên Ban Thường vụ phụ trách địa bàn": members by office.
  "ủy viên",
  "chi bộ",
  // Members of a body, by the body: "Các thành viên Đảng đoàn Quốc hội", "thành viên Ban Chỉ đạo tỉnh".
  "thành viên (?:ban|ủy ban|uỷ ban|hội đồng|đảng đoàn|đảng ủy|ubnd|bch|btv|bcđ|thường trực)",
  // A Party cell in a body: "Tổ đảng ở Thường trực Ủy ban Kinh tế" ("tổ" alone heads teams named by their tasks).
  "tổ đảng",
  "người đứng đầu",
  // People named by the work they hold: "người làm công tác dược lâm sàng",
  // "Người chịu trách nhiệm chuyên môn" of a pharmacy (a role, not the duty "chịu trách nhiệm về …").
  "người (?:làm công tác|chịu trách nhiệm chuyên môn)",
  // Whoever receives the papers at a registry's desk: "người tiếp nhận kiểm tra tính hợp lệ của hồ sơ".
  "người tiếp nhận",
  // Agents licensed to act for others: "Đại lý thuế gửi hồ sơ …", "đại lý làm thủ tục hải quan".
  "đại lý(?= (?:thuế|hải quan|làm thủ tục|bảo hiểm))",
  // Officials named by the service they work in or their post: "công chức hải quan kiểm tra …", "Công chức giám sát
  // hướng dẫn …", "Công chức Tư pháp - Hộ tịch xã" (a bare "công chức" is bound only by a duty word).
  "công chức (?:hải quan|thuế|kho bạc|giám sát|tư pháp|địa chính)",
  // The employer, as labour law names it: "Người sử dụng lao động gửi hồ sơ …" ("sử dụng" is not its predicate).
  // (The taxpayer, "người nộp thuế", as a party took a tax office's request to taxpayers for the taxpayers' task.)
  "người sử dụng lao động",
  // A hospital's department: "Khoa dược", "khoa lâm sàng" (not "khoa học").
  "khoa(?! học)",
  "tập thể lãnh đạo",
  "lãnh đạo (?:các )?(?:cơ quan|đơn vị|sở|địa phương|ban|ngành)",
  "ủy ban",
  "ubnd",
  "hđnd",
  "ubmttq",
  "mttq",
  "hội đồng",
  "mặt trận",
  "sở",
  // "Phòng, chống khủng bố mạng" is a verb pair (prevent and combat), not an office.
  "phòng(?!,? chống)",
  "cục",
  "tổng cục",
  "chi cục",
  "bộ",
  "tỉnh đoàn",
  "đoàn",
  "đài (?:phát thanh|truyền hình|khí tượng)",
  // A province's newspaper and broadcaster merged in 2025: "Báo và Phát thanh, Truyền hình thành phố"; "báo" alone is
  // the verb of "báo cáo", "thông báo". Also written without the comma or with a dash ("Báo và Phát thanh Truyền
  // hình Lai Châu", "Báo và Phát thanh - Truyền hình Đắk Lắk").
  "báo và phát thanh(?:,| -| –)? truyền hình",
  "trường (?:chính trị|đại học|cao đẳng|trung cấp|trung học|tiểu học|mầm non|dân tộc|phổ thông|quân sự)",
  // "Hội Nông dân", not "hội nhập" (integrate), "hội đủ" (meet), "hội tụ", "hội thảo", "hội nghị".
  "hội(?! nhập| đủ| tụ| thảo| nghị)",
  "liên đoàn",
  // "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh", "Liên hiệp các tổ chức hữu nghị": federations of associations.
  "liên hiệp",
  // "Liên minh Hợp tác xã tỉnh", "Hiệp hội Doanh nghiệp tỉnh": the cooperative alliance and business associations.
  "liên minh",
  "hiệp hội",
  "công đoàn",
  "văn phòng",
  "thường trực",
  "bí thư",
  "tổ chức đảng",
  "tổ chức chính trị",
  // The Front's member organisations; the secretary of a meeting ("Thư ký hội nghị đọc …"). Not a team named by its
  // tasks ("Tổ tiếp công dân, xử lý khiếu nại, …"): its name holds verbs and commas, and its heading names it whole.
  "tổ chức thành viên",
  "thư ký",
  // Councillors and their groups, whom a council's resolution gives its watch: "Các Tổ đại biểu và đại biểu Hội đồng
  // nhân dân tỉnh chủ động lựa chọn nội dung giám sát".
  "tổ đại biểu",
  "đại biểu (?:hội đồng nhân dân|hđnd|quốc hội)",
  // Staff by the field they handle: "Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng", "Cán bộ phụ trách lĩnh vực
  // giám sát …" (not "cán bộ, công chức", whom a rule is about).
  "chuyên viên",
  "cán bộ (?:phụ trách|chuyên trách|đầu mối)",
  "cơ quan",
  // "Đơn vị tính: đồng" names the unit a table is measured in.
  "đơn vị(?! tính)",
  "địa phương",
  PROVINCES,
  // A province or city named as the actor: "thành phố Đà Nẵng cần tập trung …", "tỉnh Sơn La khẩn trương …".
  NAMED_PROVINCE,
  // "Ngành Lao động – Thương binh và Xã hội", "các ngành": a sector acting as one (not "ngành nghề", nor "ngành, lĩnh
  // vực", a field of management: "căn cứ chức năng quản lý, ngành, lĩnh vực, phạm vi quản lý").
  "ngành(?! nghề)(?!,? lĩnh vực)",
  "đoàn thể",
  "btv",
  "kbnn",
  "bhxh",
  "bch",
  "công an",
  // The tax office of a province since 2025: "Thuế tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Môi trường rà soát".
  "thuế (?:tỉnh|thành phố|cơ sở)",
  "chủ tịch",
  "phó chủ tịch",
  "giám đốc",
  "phó giám đốc",
  "chánh văn phòng",
  // "Chủ nhiệm Văn phòng Quốc hội", "Chủ nhiệm Ủy ban Kiểm tra": who chairs a committee or heads an office.
  "chủ nhiệm",
  "chánh thanh tra",
  "thủ trưởng",
  // Office holders named by their office: "Chánh án Tòa án", "Viện trưởng Viện kiểm sát", "Cục trưởng Cục Thuế".
  "chánh án",
  // Judges, by office: "Thẩm phán, Hội thẩm xét xử độc lập …".
  "thẩm phán",
  // Offices the law names by their holder: "Công chứng viên, người có thẩm quyền chứng thực tra cứu …", "Chấp hành viên".
  "(?:công chứng|chấp hành|kiểm sát|kiểm toán|hòa giải|hoà giải|trọng tài|điều tra) viên",
  "(?:viện|cục|tổng cục|chi cục|vụ|hiệu|tổ) trưởng",
  "tổng giám đốc",
  "trưởng ban",
  "trưởng phòng",
  "kho bạc",
  "trung tâm",
  "ngân hàng",
  "bảo hiểm xã hội",
  "thanh tra",
  "viện",
  "tòa án",
  "chính phủ",
  "quốc hội",
  "thủ tướng",
  "bộ trưởng",
  "bộ chỉ huy",
  "ban chỉ huy",
  // "Tổ chức hội nghị …" is a verb; an organisation is named by what it does or is.
  "tổ chức(?= (?:làm|dịch vụ|chính trị|đảng|hành nghề|tín dụng|xã hội|kinh tế|cá nhân|và cá nhân|có liên quan|liên quan|thực hiện chi trả)|,)",
  // After a plural word it is a noun whatever follows: "các tổ chức cung cấp dịch vụ chi trả".
  "(?<=(?:các|những) )tổ chức",
  // Farms and plants by what they do: "cơ sở nuôi trồng thủy sản", "cơ sở chăn nuôi". ("cơ sở sản xuất, kinh doanh"
  // as a party cost the obligations read from laws nobody tuned on: eval/law-obligations.ts.)
  "cơ sở (?:giáo dục|y tế|đào tạo|nuôi dưỡng|điều dưỡng|bảo trợ|nuôi trồng|chăn nuôi|chế biến)",
  // Bodies that treat, trade or farm: "Bệnh viện, cơ sở y tế khác", "Trạm y tế xã", "Doanh nghiệp", "Hợp tác xã".
  "bệnh viện",
  "trạm y tế",
  "doanh nghiệp",
  // "Các thương nhân đầu mối kinh doanh xăng dầu": traders, as trade law names them.
  "thương nhân",
  // An actor as laws name it: "Chủ thể phát hành trái phiếu xanh phải …", "Chủ thể phổ biến phim trên không gian mạng".
  // ("Pháp nhân" as a head cost two law samples' kept-back halves: eval/law-obligations.ts.)
  "chủ thể",
  // State groups and corporations that get tasks: "Tập đoàn Điện lực Việt Nam", "Tổng công ty Đường sắt Việt Nam".
  "tập đoàn",
  "tổng công ty",
  "hợp tác xã",
  // Forces and owners that act in laws: "Lực lượng chuyên trách bảo vệ an ninh mạng", "Chủ quản hệ thống thông tin",
  // "chủ đầu tư", "chủ dự án", "chủ rừng" (forest owners).
  "lực lượng",
  "chủ (?:quản|đầu tư|dự án|cơ sở|sở hữu|rừng|hộ|phương tiện)",
  // A person by role: "<việc> viên" ("Trọng tài viên", "Kiểm sát viên", "Hướng dẫn viên du lịch").
  "(?:trọng tài|kiểm sát|thẩm tra|điều tra|hướng dẫn|chấp hành) viên",
].join("|");
/**
 * "Trưởng Công an xã", "Trưởng Đoàn kiểm tra", "Trưởng Thuế các tỉnh, thành phố" (the head of a tax office since
 * 2025): the head of a body, named by the body.
 */
const HEAD_OF_BODY = `trưởng (?:${HEAD_NOUNS}|thuế)`;
const HEAD = grammar(
  // "Quý cơ quan", "Quý Bộ": a letter's polite name for whom it is sent to.
  String.raw`^(?:(?:các|toàn thể|tất cả(?: các)?|mọi|mỗi|từng|quý) )?(?:(?:đồng chí|đ\/c) )?(?:${HEAD_OF_BODY}|${HEAD_NOUNS})${W1}`,
  "u",
);

/**
 * A ministry's department, told by its capitals from "vụ" the case or event ("vụ việc", "vụ án"): "Vụ Pháp chế",
 * "các Vụ Tổ chức cán bộ, Kế hoạch - Tài chính".
 */
const DEPARTMENT = /^(?:(?:các|Các|CÁC) )?(?:Vụ|VỤ) \p{Lu}/u;

/**
 * "Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán, Tổng cục trưởng Tổng cục Thuế …": a proper name may hold a
 * comma, and the lower-case verb after it is the name's when the list of parties goes on after it with a capitalised
 * head. Not "Sở Y tế, chủ trì …" (no party after), nor "…, chỉ đạo UBND cấp xã, Công an xã …" (a capital inside).
 */
function commaInName(sentence: string, view: PartyView, start: number, at: number): boolean {
  const before = sentence.slice(start, at);
  if (!/,\s*$/u.test(before)) return false;
  // The name before the comma is proper: a head, then a capitalised word within its last three.
  const name = before.replace(/,\s*$/u, "").split(/[,;]/u).at(-1) ?? "";
  if (!/\s\p{Lu}\S*(?:\s\S+){0,2}$/u.test(name)) return false;
  const rest = /^([^,;:.()]{1,60}),\s+(?:[^,;:.()]{1,40},\s+)?(?=\p{Lu})/u.exec(sentence.slice(at));
  if (!rest || /\p{Lu}/u.test(rest[1] ?? "")) return false;
  const next = at + rest[0].length;
  return headAt(view, next);
}

/** Whether a party phrase starts at `at` of the view. */
export function headAt(view: PartyView, at: number): boolean {
  return HEAD(view).test(view.text.slice(at)) || DEPARTMENT.test(view.source.slice(at));
}

/**
 * Multi-word names and categories that contain a word which is also a verb ("tổ chức đảng", "chuyên trách tham
 * mưu, giúp việc"); masked before looking for the predicate. Capitalised names need no entry: a predicate is
 * never capitalised inside a sentence ("Ủy ban Kiểm tra", "Ban Chỉ đạo", "Sở Xây dựng").
 */
const PROTECTED = grammar(
  [
    "ủy ban kiểm tra",
    // Teams named by their task: "các đoàn kiểm tra của Bộ Chính trị", "Đoàn giám sát", "đoàn công tác".
    "đoàn (?:kiểm tra|giám sát|công tác|thanh tra)",
    // "đơn vị sự nghiệp công lập", "trường ngoài công lập": public, not the verb "lập" (draw up).
    "công lập",
    // Bodies by their role, not the verbs "tham mưu" (advise) and "quản lý" (manage): "Thủ trưởng các cơ quan tham mưu,
    // quản lý nhà nước thuộc Bộ", "cơ quan quản lý nhà nước về …".
    "cơ quan tham mưu(?:, (?:quản lý nhà nước|giúp việc))?",
    "cơ quan quản lý nhà nước",
    "chuyên trách tham mưu, giúp việc",
    "tham mưu, giúp việc",
    // An agent noun, not the verb it is made of: "nhà cung cấp dịch vụ" (provider), "nhà đầu tư" (investor).
    "nhà (?:cung cấp|đầu tư|sản xuất|phân phối|tài trợ|quản lý|khai thác|xuất bản|nhập khẩu|xuất khẩu)",
    "tổ chức đảng",
    "tổ chức chính trị - xã hội",
    // The Front's member organisations: "Các tổ chức thành viên của MTTQ Việt Nam phường tham gia …".
    "tổ chức thành viên",
    "tổ chức chính trị",
    "tổ chức hành nghề",
    // A pharmacy's professional in charge, a role: "Người chịu trách nhiệm chuyên môn hoặc người làm công tác …".
    "người chịu trách nhiệm chuyên môn",
    // The employer and the taxpayer, not the verbs "sử dụng" (use) and "nộp" (pay).
    "người (?:sử dụng lao động|nộp thuế)",
    // The supervising customs official, not the verb "giám sát" (supervise).
    "công chức (?:hải quan )?giám sát",
    // A compound noun, not the verb "tổ chức" (organise): "tổ chức kinh tế, tổ chức xã hội, đơn vị vũ trang".
    "tổ chức (?:kinh tế|xã hội(?: - nghề nghiệp)?|thành viên|tôn giáo|quốc tế|sự nghiệp|phi chính phủ|tín dụng|đoàn thể)",
    "các tổ chức",
    "tổ chức,? cá nhân",
    // "Cơ quan, tổ chức có trách nhiệm …": in a list of parties, "tổ chức" bound by a duty is a noun, not "organise".
    "(?<=, )tổ chức(?= (?:có trách nhiệm|chịu trách nhiệm|phải|cần|có nhiệm vụ))",
    "tập thể lãnh đạo",
    "lãnh đạo (?:các )?(?:cơ quan|đơn vị|sở|địa phương|ban|ngành)",
    // A person by role: "hướng dẫn viên", "kiểm sát viên" are nouns, not the verbs "hướng dẫn", "kiểm sát".
    "(?:trọng tài|kiểm sát|thẩm tra|điều tra|hướng dẫn|chấp hành) viên",
    "chủ quản",
    "ban tổ chức",
    "ban cán sự đảng",
    "ban thường vụ",
    "ban chấp hành",
    "ban chỉ đạo",
    "ban chỉ huy",
    "thường trực",
    "giúp việc",
    // Continuing education, a kind of school: "Trung tâm giáo dục thường xuyên", not "always".
    "giáo dục thường xuyên",
    // Schools by what they do: "các cơ sở đào tạo trực thuộc Bộ", not the verb "đào tạo" (train).
    "cơ sở (?:đào tạo|giáo dục)",
    // A court or office by its instance or rank: "Tòa án cấp phúc thẩm", "Viện kiểm sát cấp trên", not "cấp" (grant).
    // A hospital by its technical level (Luật Khám bệnh, chữa bệnh 2023): "Các bệnh viện cấp chuyên sâu, cấp cơ bản".
    "cấp (?:sơ thẩm|phúc thẩm|giám đốc thẩm|tái thẩm|trên|dưới|chuyên sâu|cơ bản|ban đầu)",
  ].join("|"),
);

/**
 * Whether `at` sits inside a bracket of names ("(Cục Bản đồ …", "(Bộ Xây dựng, …") opened after `start` and closed
 * soon after, within the sentence. A scope in brackets ("(theo phạm vi, lĩnh vực)") still ends the subject.
 */
function insideBracket(sentence: string, start: number, at: number): boolean {
  const before = sentence.slice(start, at);
  if (before.split("(").length <= before.split(")").length) return false;
  if (!/^\(\s*\p{Lu}/u.test(before.slice(before.lastIndexOf("(")))) return false;
  const close = sentence.indexOf(")", at);
  return close > 0 && close - at <= 150 && !/[.;:]\s/u.test(sentence.slice(at, close));
}

/** A bare category of bodies ending the subject read so far: "cơ quan", "…, các đơn vị"; what names it comes next. */
const BARE_CATEGORY_END =
  /(?:^|[,;]\s*)(?:(?:các|cac|Các) )?(?:cơ quan|co quan|đơn vị|don vi|Cơ quan|Đơn vị)\s*$/u;
/** A bare category then "có chức năng" ending the subject read so far: "…, cơ quan có chức năng". */
const namedByFunction = (before: string) =>
  /\s+có chức năng\s*$/u.test(before) && BARE_CATEGORY_END.test(before.replace(/\s+có chức năng\s*$/u, ""));

/** An open bracket that names a body's role: "Sở Tài chính (cơ quan chủ trì", "(đơn vị phối hợp". */
const ROLE_BRACKET = /\((?:là )?(?:cơ quan|đơn vị)\s*$/iu;

/** Where the predicate starts: the first of these words after the parties ends the subject. */
const PREDICATE = grammar(
  `${W0}(?:${[
    "cần",
    "phải",
    "tham mưu",
    // "Phó Chủ tịch nước giúp Chủ tịch nước …", "Bộ Tư pháp giúp Chính phủ …" ("giúp việc" is masked above); not the
    // compound "trợ giúp" (aid) of a name: "Cục Trợ giúp pháp lý chủ trì …".
    "(?<![Tt]rợ |TRỢ )giúp",
    "chủ trì",
    "phối hợp",
    "lãnh đạo",
    "chỉ đạo",
    "quán triệt",
    "triển khai",
    "tổ chức thực hiện",
    "tổ chức",
    "xem xét",
    "rà soát",
    // "Khai thác thông tin của người bệnh, … bao gồm:" (not "nhà khai thác", masked as a noun).
    "khai thác",
    "tiếp tục",
    "tăng cường",
    "thực hiện",
    "khẩn trương",
    "nghiên cứu",
    // "Ủy ban nhân dân tỉnh tìm giải pháp, nhanh chóng đưa …"; not "Ban Chỉ huy … tìm kiếm cứu nạn", a body's name.
    "tìm(?! kiếm)",
    // "Ban Thường trực … xã họp với người phụ trách …": a meeting held, not a word of the body's name.
    "họp",
    "xây dựng",
    "tập trung",
    "quan tâm",
    "chủ động",
    "kịp thời",
    "cụ thể hoá",
    "cụ thể hóa",
    "thường xuyên",
    // A recurrence between the subject and its verb: "Sở Tài chính định kỳ hằng quý tổng hợp báo cáo …".
    "định kỳ",
    "(?:hằng|hàng) (?:ngày|tuần|tháng|quý|năm)",
    "có trách nhiệm",
    // "Hội đồng trọng tài có quyền buộc …": a power, the subject ends before it.
    "có quyền(?! và| hạn)",
    // "Cơ quan nhà nước từ chối cung cấp thông tin …".
    "từ chối",
    "chịu trách nhiệm",
    // "Chính phủ có những nhiệm vụ và quyền hạn sau đây", "X là cơ quan đầu mối …": the subject ends at its verb.
    "có (?:những|các) (?:nhiệm vụ|quyền hạn|trách nhiệm)",
    "có (?:quyền,? (?:và )?)?nghĩa vụ",
    // "là" as the copula that says what the subject is ("… là cơ quan đầu mối"), not inside a qualifier ("đối với các
    // đối tượng là công an").
    "là(?= (?:cơ quan|đơn vị|tổ chức|đầu mối|người|thành viên))",
    // "Các Phó Chủ tịch Hội đồng gồm: …", "Ủy viên Hội đồng bao gồm: …": what the subject is made of; no name holds it.
    "(?:bao )?gồm(?= |:)",
    "nâng cao",
    "bổ sung",
    "ban hành",
    "hướng dẫn",
    "theo dõi",
    "đôn đốc",
    "kiểm tra",
    // The verb, not the office: "Bộ Nội vụ thanh tra việc tuyển dụng …" ("Thanh tra tỉnh" is capitalised; "cơ quan
    // thanh tra", "thanh tra viên" are nouns).
    "(?<!cơ quan |đoàn |tổ |chánh |công tác )thanh tra(?! viên)",
    "giám sát",
    // "… thông báo cho các cơ quan, đơn vị biết, thực hiện": who is told ends at "biết" ("hiểu biết" is a noun).
    "(?<!hiểu )biết(?= |,|;|\\.|$)",
    "báo cáo",
    "sửa đổi",
    "hoàn thiện",
    "chuẩn bị",
    "đẩy mạnh",
    "đẩy nhanh",
    // "Bộ Xây dựng với vai trò là cơ quan thường trực …": the role qualifies the subject, which ends before it.
    "với vai trò",
    "đổi mới",
    "hoàn thành",
    "bảo đảm",
    "đảm bảo",
    "đánh giá",
    "tổng kết",
    "sơ kết",
    // Not the agencies: "Các cơ quan tuyên truyền, báo chí …".
    "(?<!cơ quan )tuyên truyền",
    "giải quyết",
    "xử lý",
    // Acts of courts and tribunals: "Tòa án cấp phúc thẩm đình chỉ …", "Hội đồng trọng tài hủy bỏ …".
    // "Tòa án nhân dân xét xử tập thể …" ("Hội đồng xét xử", "phiên tòa xét xử" are names).
    "(?<!hội đồng |phiên tòa |phiên toà |cấp |thẩm quyền )xét xử",
    "đình chỉ",
    // "… thì Hội đồng xét xử phúc thẩm nhận định về việc …": the court's finding, not part of its name.
    "nhận định",
    "h(?:ủy|uỷ) bỏ",
    "phát huy",
    "một số",
    "những nội dung",
    "các nội dung",
    "nội dung",
    "lập",
    "tổng hợp",
    // "Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu …".
    "thu thập",
    "thẩm định",
    "tiếp nhận",
    "(?<!chương |quy |công |tờ |lộ |quá |tiến )trình",
    "gửi",
    // Not a level: "cấp xã", "cấp học", "cấp độ", "đơn vị dự toán cấp I" ("Trường phổ thông có nhiều cấp học").
    "(?<!các |mọi |từng |hai |ba |nhiều )cấp(?! (?:ủy|xã|huyện|tỉnh|cơ sở|trên|dưới|cao|có thẩm quyền|trung ương|phường|quận|học|độ|bậc|chuyên sâu|cơ bản|ban đầu|[ivx]{1,3}(?!\\p{L})|\\d))",
    "phân bổ",
    "bố trí",
    "căn cứ",
    "quyết định",
    "được",
    // A passive that befalls the subject ("Doanh nghiệp bị thu hồi giấy phép …"), not the "bị" of "thiết bị", nor a
    // party named by what befell it ("bị đơn", "người bị kiện").
    "(?<!thiết |trang |dự |chuẩn |phòng |sơ |người )bị(?! đơn| cáo| can| hại)",
    "sẽ",
    "đã",
    "chấp hành",
    "thi hành",
    "trao",
    "chi trả",
    "quyết toán",
    "công bố",
    "cập nhật",
    "nghiêm túc",
    "tích cực",
    "đồng ý",
    "nhất trí",
    "thông báo",
    "có ý kiến",
    // "Văn phòng tỉnh ủy có chức năng tham mưu …": what a body is for opens its predicate.
    "có (?:chức năng|nhiệm vụ|vai trò)",
    "trả lời",
    "tán thành",
    // A scope adverbial ends the subject: "các bộ, ngành có liên quan theo phạm vi chức năng, nhiệm vụ …".
    "theo (?:chức năng|thẩm quyền|quy định|phân cấp|phạm vi|lĩnh vực|địa bàn|nhiệm vụ)",
    // A form or a provision the act follows: "… thông báo cho cơ quan thuế cơ sở theo Mẫu số 02/XOANO …".
    "theo (?:[Mm]ẫu|[Bb]iểu mẫu|[Pp]hụ lục|Điều|điều|[Kk]hoản|điểm)(?= )",
    "trong phạm vi",
    // "các bộ, ngành, địa phương … trên tinh thần “tất cả vì Tổ quốc” …": the spirit qualifies the act.
    "trên tinh thần",
    // "… Bộ Chỉ huy Quân sự tỉnh nắm bắt tình hình", "công chứng viên, người có thẩm quyền chứng thực tra cứu các thông
    // tin …" (not the tool: "hệ thống tra cứu", "chức năng tra cứu").
    "nắm (?:bắt|chắc|vững)",
    "(?<!hệ thống |công cụ |phần mềm |chức năng |cổng |trang )tra cứu",
    // Moving data: "Cục Thuế Doanh nghiệp lớn truyền trực tiếp dữ liệu cho …", "cơ quan Thuế có thể kết xuất dữ
    // liệu", "Cơ quan Thuế không chia sẻ dữ liệu trực tiếp …" (not the media, television, tradition or a disease:
    // "cơ quan truyền thông", "Đài Truyền hình", "Bệnh viện Y học cổ truyền").
    "(?<!cổ |tuyên )truyền(?! thông| hình| thống| nhiễm)",
    "kết xuất",
    "chia sẻ",
    // A registry's acts on its books: "Văn phòng đăng ký đất đai ghi nội dung …", "… đính chính thông tin …", "cơ quan
    // đăng ký chỉnh lý thông tin …", "Cơ quan đăng ký trả văn bản …" (not whoever keeps the minutes, a record, "Bộ
    // phận tiếp nhận và trả kết quả", nor "Lãi suất phát sinh do chậm trả tiền"), and "chỉ" (only) before the act it
    // limits. The look-backs stand after the word they guard, so they are tried only where it occurs.
    "ghi(?<!(?:người|bản|thư ký) ghi)(?! chú| âm| hình| nhớ)",
    "đính chính",
    "chỉnh lý",
    "trả(?<!(?:và|tiếp nhận,|chậm) trả)(?= (?:văn bản|kết quả|hồ sơ|lại|phiếu))",
    "chỉ(?= (?:thực hiện|được|có|cấp|ghi|nộp|gửi|áp dụng|xem xét|tiếp nhận|đăng ký|ký|cung cấp))",
    // "người tiếp nhận vào Sổ tiếp nhận": entering in the book is the act.
    "vào [Ss]ổ",
    // A manner between the subject and its verb: "Ủy ban Mặt trận Tổ quốc tỉnh và các Đoàn thể tỉnh bằng nhiều hình
    // thức …, tổ chức tuyên truyền" (not the "bằng" of "đồng bằng", "công bằng").
    "(?<!đồng |công )bằng (?:nhiều|các|mọi|những)(?= )",
    // "Sở Tài chính, trên cơ sở đề xuất của các cơ quan, …, chủ trì tổng hợp …": the basis qualifies the act.
    "trên cơ sở",
    // A case that qualifies the subject: "Viện kiểm sát trong trường hợp Tòa án khởi tố … có trách nhiệm …".
    "trong trường hợp",
    // A time limit between commas after the subject: "Cục Chính trị quân khu, trong thời hạn 10 ngày làm việc, …".
    "trong thời hạn",
    "trong thời gian",
    "trong vòng",
    // Not the second syllable of "Bộ Ngoại giao".
    "(?<!ngoại )giao",
    // "… thì cơ quan thuế yêu cầu cung cấp bản sao …": a request with no one named opens the predicate (not the
    // requester named by it: "người yêu cầu công chứng", "bên có yêu cầu").
    "yêu cầu(?<!(?:người|bên|có|theo) yêu cầu)(?= (?:cung cấp|bổ sung|nộp|xuất trình|giải trình|làm rõ))",
    "có văn bản",
    // "Chính phủ có chính sách hỗ trợ …": having a policy or a plan is what the subject does, not part of its name.
    "có (?:chính sách|biện pháp|kế hoạch|phương án|chương trình|cơ chế)",
    // Not the budget unit: "Thủ trưởng đơn vị dự toán cấp I phê duyệt …".
    "(?<!đơn vị |đơn vi )dự toán",
    "phản ánh",
    "xác định",
    "xác nhận",
    "đề xuất",
    "kiến nghị",
    // "vận chuyển", "luân chuyển", "di chuyển" are the nouns of a party's trade ("Tổ chức, cá nhân vận chuyển hàng nguy
    // hiểm phải …"), not the verb "chuyển" (pass on).
    "(?<!vận |luân |di |dịch )chuyển",
    "nộp",
    "thanh toán",
    "thu hồi",
    "phê duyệt",
    "cung cấp",
    "quản lý",
    "điều chỉnh",
    "tạo điều kiện",
    "ưu tiên",
    "tham gia",
    "tiến hành",
    "bồi dưỡng",
    "đào tạo",
    "tập huấn",
    "lựa chọn",
    // Not the second syllable of a word: "Hội đồng bầu cử quốc gia", "Thư ký Tòa án", "cơ quan đăng ký cư trú".
    "(?<!(?:bầu|ứng|đề|tuyển) )cử",
    "vận động",
    "khắc phục",
    "công khai",
    "niêm yết",
    "bàn giao",
    "tiếp thu",
    // "Đại biểu Quốc hội tiếp xúc cử tri …": meeting voters is a councillor's and a deputy's work.
    "tiếp xúc",
    "xét duyệt",
    "ra quyết định",
    "(?<!(?:đăng|chữ|thư) )ký",
    "thống nhất",
    "quy định(?! tại)",
    "dự kiến",
    "ủy quyền",
    "uỷ quyền",
    "làm thủ tục",
    "có thể",
    "giải thích",
    "sửa chữa",
    "chỉ định",
    "phân công",
    "gia hạn",
    // Common verbs of plans that open a predicate: "Sở Tài chính cân đối, bố trí …", "Tỉnh đoàn phát động …".
    "cân đối",
    // "Ban Tổ chức Trung ương lấy ý kiến …", "… đơn vị phân tích kỹ lưỡng, cân nhắc toàn diện …".
    "lấy ý kiến",
    // "Mỗi tỉnh ủy, thành ủy chọn cử tối đa 05 người".
    "chọn cử",
    "phân tích",
    "cân nhắc",
    "phát động",
    // "Các cơ quan chuyên môn … thi đua làm tốt công tác …": to emulate, in a plan of emulation ("Hội đồng Thi đua -
    // Khen thưởng" is capitalised).
    "(?<!(?:hội đồng|ban|phong trào|khối|cụm) )thi đua",
    "huy động",
    "thành lập",
    // "Cục Hải quan các tỉnh, thành phố thiết lập số điện thoại …": to set up (not "lập" alone, after "thiết").
    "thiết lập",
    "kiện toàn",
    "củng cố",
    "duy trì",
    "sắp xếp",
    "đưa tin",
    "đăng tải",
    "khảo sát",
    "nghiệm thu",
    "kêu gọi",
    "khuyến khích",
    "chăm lo",
    "thăm hỏi",
    "mở (?:lớp|các lớp|chuyên mục|chuyên trang|đợt|rộng)",
    "vận hành",
    // The court's and a council's own acts: "Tòa án thụ lý đơn …", "Hội đồng … làm việc theo chế độ tập thể".
    "thụ lý",
    // "Tòa án áp dụng biện pháp khẩn cấp tạm thời …".
    "áp dụng",
    "(?<!(?:ngày|giờ|tổ|nhóm|đoàn|buổi|chỗ|nơi|môi trường) )làm việc",
    // "… các cơ quan, đơn vị, doanh nghiệp phản hồi về Ban Chỉ đạo …", "Trưởng Ban công tác Mặt trận triệu tập …".
    "phản hồi",
    "triệu tập",
    // "Hội Phụ nữ hỗ trợ người dân …"; not a body or a thing named for its support ("Quỹ Hỗ trợ nông dân", "Trung tâm
    // hỗ trợ …", "đơn vị hỗ trợ", "mức hỗ trợ", "làm nhiệm vụ bồi thường, hỗ trợ tái định cư").
    "(?<!(?:quỹ|trung tâm|tổng đài|dịch vụ|chính sách|mức|kinh phí|tiền|được|đơn vị|bộ phận|tổ|nhóm|cơ quan|đối tượng|bồi thường,?) )hỗ trợ",
    // Steps on an online system: "… công dân Việt Nam đăng nhập vào tài khoản, truy cập vào mục …".
    "đăng nhập",
    "truy cập",
    // Acts of an office on papers it receives: "Cơ quan hải quan chấp nhận chứng từ …", "… đối chiếu sự phù hợp …".
    "chấp nhận",
    "đối chiếu",
    // A council's own acts on people: "Hội đồng thảo luận, nhận xét, đánh giá và biểu quyết …", "Chủ tịch Hội đồng
    // bổ nhiệm, miễn nhiệm …", "Hội đồng xin ý kiến đơn vị …" (not "người được giới thiệu", "quyết định bổ nhiệm").
    "thảo luận",
    "nhận xét",
    "biểu quyết",
    "(?<!(?:quyết định|được|đề nghị|hồ sơ|thủ tục|việc) )(?:bổ nhiệm|miễn nhiệm)",
    "(?<!(?:được|người|bài) )giới thiệu",
    "xin ý kiến",
    // How a body works: "Hội đồng hoạt động theo nguyên tắc tập thể, …", "Văn phòng … hoạt động theo Quy chế …".
    "hoạt động theo (?:nguyên tắc|quy chế|chế độ)",
    "để",
  ].join("|")})${W1}`,
);

/**
 * Whether a phrase opens with a verb of the predicate list: "Lập kế hoạch phải …", "Báo cáo quyết toán phải …" are
 * acts and documents, not parties, whatever modal follows them.
 */
export function opensWithPredicate(phrase: string): boolean {
  const view = partyView(phrase);
  const m = PREDICATE(view).exec(view.text);
  // "Trên cơ sở kết quả họp xét …": a basis ends a subject before it, but opens no act.
  return m?.index === 0 && !/^tren co so\b/.test(foldKeepingOffsets(m[0]));
}

/** The categories a distributive colon names its members under: "Giám đốc các Sở: …", "Các Bộ, cơ quan: …". */
const MEMBER_HEADS = "sở|bộ|ban|ngành|phòng|cơ quan|đơn vị";
/** A colon after a category that a list of names follows ("Giám đốc các Sở: Tài chính, Y tế…"). */
const DISTRIBUTIVE_COLON = grammar(
  String.raw`${W0}(?:các|những) (?:${MEMBER_HEADS})(?:, (?:${MEMBER_HEADS}))*\s*:$`,
  "u",
);

/**
 * The few words before the first predicate of a sentence that opens with a capital ("Thanh niên xung phong lập bản
 * khai cá nhân" → "Thanh niên xung phong"), whatever noun they are: for items whose heading already says they are
 * someone's responsibility. Null when the sentence opens with its verb or the phrase runs longer than `maxWords`.
 */
export function subjectBeforePredicate(sentence: string, maxWords = 6): string | null {
  if (!/^\p{Lu}/u.test(sentence)) return null;
  const view = partyView(sentence);
  const masked = view.text.replace(PROTECTED(view), (m) => "x".repeat(m.length));
  const predicates = PREDICATE(view);
  // "Phối hợp trong tuyên truyền …": a sentence that opens with its verb has no subject before it.
  const first = predicates.exec(masked);
  if (first?.index === 0) return null;
  predicates.lastIndex = 1;
  const m = predicates.exec(masked);
  if (!m) return null;
  const text = sentence.slice(0, m.index).trim();
  // "Bên vận chuyển không phải bồi thường …": a lifted duty names no one who must act.
  if (NEGATION.test(text)) return null;
  const words = text.split(/\s+/).length;
  // "Việc xác nhận … phải bảo đảm công khai": a clause about an act, not an actor.
  if (NOT_ACTOR(view).test(view.text)) return null;
  return text && words <= maxWords && !/[,;:.()]/u.test(text) ? text : null;
}

/**
 * Things a rule may bind ("Phương pháp giáo dục phải khoa học", "Quy chuẩn kỹ thuật … phải quy định …", "Kinh phí
 * … do … bảo đảm"), which are no one who acts.
 */
const THINGS =
  "phương pháp|quy chuẩn|tiêu chuẩn|kinh phí|nội dung|chương trình|văn bản|thông tin|dữ liệu|số liệu|sản phẩm|hàng hóa|tài sản|giấy phép|giấy chứng nhận|danh sách|nguồn";

/**
 * Words that open a clause about an act, a case, a time, a place or a basis, never an actor: "Việc …", "Trường hợp
 * …", "Hồ sơ …", "Nếu …", "Căn cứ …", "Mức …", "Phát triển giáo dục phải …", "Vùng chăn nuôi … phải …".
 */
export const NOT_ACTOR = grammar(
  // "Tôi xác nhận rằng …": the one speaking in a form's own words is no party.
  String.raw`^(?:việc|trường hợp|nếu|khi|hồ sơ|trong|sau|trước|đối với|theo|căn cứ|để|ngoài|thời gian|thời hạn|mức|phát triển|hoạt động|công tác|vùng|tôi|chúng tôi|${THINGS})${W1}`,
  "u",
);

/** Words that negate a predicate, as written and folded. */
export const NEGATIONS = "không|chưa|chẳng|khong|chua";
/** A negation that ends what was read as a subject: it belongs to the predicate after it. */
const NEGATION = new RegExp(String.raw`\s(?:${NEGATIONS})$`, "iu");

/**
 * Who heads or speaks for a body, before its name, folded: "Giám đốc Sở Tài chính" is a task of the Sở Tài chính,
 * "các đồng chí Giám đốc Sở" names the kind of body only.
 */
export const TITLE_PREFIX =
  /^(?:cac )?(?:(?:dong chi|d\/c) )?(?:ban thuong vu |btv |tap the lanh dao |thuong truc |lanh dao |(?:pho )?giam doc |(?:pho )?chu tich |chanh |thu truong |truong ban |truong |bi thu |nguoi dung dau )?/;

/**
 * A party's name without the title of who heads it, as written.
 *
 * @example
 * withoutTitle("các đồng chí Giám đốc Sở") // "Sở"
 */
export function withoutTitle(party: string): string {
  const text = party.normalize("NFC").trim();
  const title = TITLE_PREFIX.exec(foldKeepingOffsets(text))?.[0].length ?? 0;
  return text.slice(title);
}

/**
 * "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung …": a person's roles that a colon closes are
 * the party whole, though the unit's name holds a verb ("xây dựng") or runs on in lower case.
 */
const PERSON_LABEL = /^((?:[Đđ]ồng chí|[Đđ]\/[cC])\s[^.;:!?()]{3,140}?)\s*:(?=\s)/u;

/** A name that opens a clause of place, whose own verb comes next: "Chi cục Hải quan nơi" (ban hành …). */
const PLACE_CLAUSE_OPEN = /\s(?:nơi|noi)\s*$/u;
/** … or whose subject comes first, before a passive: "Chi cục Hải quan nơi hàng hóa" (được vận chuyển đến). */
const PLACE_CLAUSE_SUBJECT = /\s(?:nơi|noi)(?:\s\S+){1,3}\s*$/u;
/** How long a subject may be, in words, when nothing but its end marks it. */
const MAX_SUBJECT_WORDS = 100;

/**
 * The party list that starts at `start`, ending at the predicate, at a colon that closes it ("Sở Tài chính, Kho
 * bạc Nhà nước tỉnh: Thẩm định dự toán…") or, when `whole`, at the end of the text.
 */
export function partiesAt(
  sentence: string,
  view: PartyView,
  start: number,
  whole: boolean,
): PartySpan | null {
  const person = PERSON_LABEL.exec(sentence.slice(start));
  if (person) {
    const text = (person[1] ?? "").trimEnd();
    return { parties: splitParties(text), start, end: start + text.length, predicate: "" };
  }
  if (!headAt(view, start)) return null;
  const masked = view.text.replace(PROTECTED(view), (m) => "x".repeat(m.length));
  let end = -1;
  const predicates = PREDICATE(view);
  predicates.lastIndex = start + 1;
  for (let m = predicates.exec(masked); m; m = predicates.exec(masked)) {
    // A capitalised word inside the sentence belongs to a name ("Ban Chỉ đạo", "Sở Xây dựng"), unless the name
    // before it is complete: a title wrapped onto its body, "Giao Công an Thành phố Chỉ đạo Công an các phường …".
    if (/\p{Lu}/u.test(sentence[m.index] ?? "") && !capitalisedPredicate(sentence, view, start, m.index))
      continue;
    // "Sở Tài chính (cơ quan chủ trì)": a role in brackets qualifies the name; the predicate comes after it.
    if (ROLE_BRACKET.test(sentence.slice(start, m.index))) continue;
    // "Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu) có trách nhiệm", "Các Bộ khác … (Bộ Xây dựng, Bộ Thủy lợi, …) có trách
    // nhiệm": a verb inside a bracket that the subject opened is the aside's, not the predicate.
    if (insideBracket(sentence, start, m.index)) continue;
    // "Vụ Các vấn đề chung về xây dựng pháp luật chủ trì …": after "về" (about) a verb names a field, inside the name.
    if (/\s(?:về|ve)\s*$/u.test(view.text.slice(start, m.index))) continue;
    if (commaInName(sentence, view, start, m.index)) continue;
    // "Chi cục Hải quan nơi ban hành Quyết định … thực hiện", "… nơi hàng hóa được vận chuyển đến kiểm tra": the verb of
    // a clause "nơi …" says which office it is; the predicate comes after the clause.
    const named = view.text.slice(start, m.index);
    const next = view.text.slice(m.index).trimStart();
    if (
      PLACE_CLAUSE_OPEN.test(named) ||
      (PLACE_CLAUSE_SUBJECT.test(named) &&
        // "… nơi ban hành Quyết định dừng …": a capital after the clause's verb opens its object's name.
        (/^(?:được|duoc)\s/u.test(next) || /^\p{Lu}/u.test(sentence.slice(m.index).trimStart())))
    )
      continue;
    // "cơ quan quản lý chuyên ngành về trồng trọt công bố …": a bare category is named by what it manages.
    // "…, Ban quản lý Khu Kinh tế Phú Yên, …", "Sở quản lý ngành, lĩnh vực", "các cơ quan chuyên môn quản lý ngành":
    // right after a bare head noun, "quản lý" says which body it is.
    if (
      /^(?:quản lý|quan ly)(?!\p{L})/u.test(view.text.slice(m.index).trimStart()) &&
      // "Các tổ chức quản lý nền tảng thương mại điện tử thực hiện kê khai …": so is an organisation's.
      // "cơ quan, đơn vị quản lý, sử dụng công trình thực hiện …": or a list of them.
      (/^(?:(?:các|cac) )?(?:(?:cơ quan|co quan|đơn vị|don vi|tổ chức|to chuc),\s*)*(?:cơ quan|co quan|đơn vị|don vi|tổ chức|to chuc)\s*$/u.test(
        view.text.slice(start, m.index),
      ) ||
        /(?:^|[,;]\s*|\s)(?:(?:các|Các) )?(?:Ban|Sở|cơ quan chuyên môn|Cơ quan chuyên môn)\s*$/u.test(
          sentence.slice(start, m.index),
        ) ||
        // "cơ quan có chức năng quản lý nhà nước về đất đai …": a bare category named by its function.
        namedByFunction(sentence.slice(start, m.index)))
    )
      continue;
    // "Cơ quan thuế cấp tỉnh quản lý trực tiếp người nộp thuế lập và gửi hồ sơ …": whom an office manages directly
    // says which office it is, when the predicate follows close after, in the same clause.
    const directly = DIRECTLY_MANAGES.exec(view.text.slice(m.index));
    if (directly) {
      const after = PREDICATE(view);
      after.lastIndex = m.index + directly[0].length;
      const next = after.exec(masked);
      if (
        next &&
        next.index - m.index <= DIRECTLY_MANAGED_REACH &&
        !/[,;:.()]/u.test(masked.slice(m.index, next.index))
      ) {
        predicates.lastIndex = next.index;
        continue;
      }
    }
    // "cơ quan có chức năng quản lý nhà nước về đất đai phối hợp …": right after a bare category, its function names it.
    if (
      /^(?:có|co) (?:chức năng|chuc nang)(?!\p{L})/u.test(view.text.slice(m.index).trimStart()) &&
      BARE_CATEGORY_END.test(sentence.slice(start, m.index))
    )
      continue;
    // "cơ quan tiếp nhận có trách nhiệm …", "Cơ quan chủ trì phải …": right after a bare category, a role verb and a
    // few words before a duty say which body it is; the duty is the predicate.
    // Not a series of acts: "Các cơ quan chủ trì, phối hợp với …".
    if (
      ROLE_VERB.test(view.text.slice(m.index).trimStart()) &&
      !/^\S+\s\S+\s*,/u.test(view.text.slice(m.index).trimStart()) &&
      // "người tiếp nhận kiểm tra tính hợp lệ …": so does a person named by the role.
      /^(?:(?:các|cac) )?(?:cơ quan|co quan|đơn vị|don vi|người|nguoi)\s*$/iu.test(
        view.text.slice(start, m.index),
      )
    ) {
      // "Cơ quan chủ trì có văn bản đề nghị …": or another predicate close after it.
      const after = PREDICATE(view);
      after.lastIndex = m.index + m[0].trimEnd().length;
      const next = after.exec(masked);
      const duty = DUTY_AFTER.exec(masked.slice(m.index, m.index + ROLE_REACH));
      // In a title read whole, only a "có …" act: "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án" names the body
      // by its whole role.
      const close = next !== null && next.index - m.index <= ROLE_REACH;
      const having = close && (!whole || /^\s*(?:có|co)\s/u.test(masked.slice(next?.index ?? 0)));
      const at = duty ? m.index + duty.index : having && next ? next.index : -1;
      if (at > m.index) {
        predicates.lastIndex = at;
        continue;
      }
    }
    // "Cơ quan, tổ chức thực hiện …": after a category and a comma, "tổ chức" is one more category of party.
    if (
      /^(?:tổ chức|to chuc)(?!\p{L})/u.test(view.text.slice(m.index).trimStart()) &&
      /(?:cơ quan|co quan|đơn vị|don vi|cá nhân|ca nhan),\s*$/u.test(view.text.slice(start, m.index))
    )
      continue;
    // "các đơn vị được giao làm Bên mời thầu …", "Các cơ quan được phân công chủ trì … có trách nhiệm …": after a
    // category (no proper name in it), the passive of assignment says which of them, and the duty comes after it.
    const assigned = ASSIGNED.exec(view.text.slice(m.index));
    const before = lastName(sentence.slice(start, m.index));
    // Not a case not yet given: "Đơn vị chưa được giao quyền tự chủ …".
    if (assigned && !/\s\p{Lu}/u.test(before) && !/(?:chưa|không|chua|khong)\s*$/u.test(before)) {
      const duty = DUTY_AFTER.exec(masked.slice(m.index));
      // "… được giao nhiệm vụ thực hiện lập dự toán và phải đảm bảo …": a duty joined by "và" is the second of two
      // predicates; the first verb after what was given is the first.
      const joined = duty && /\s(?:và|hoặc|va|hoac)$/u.test(masked.slice(m.index, m.index + duty.index));
      // "được giao quyền tự chủ" grants a right; "được giao quản lý …" is itself the predicate when no duty follows.
      if (duty && !joined && !assigned[1]) {
        predicates.lastIndex = m.index + duty.index;
        continue;
      }
      if (assigned[2]) {
        predicates.lastIndex = m.index + assigned[0].length;
        continue;
      }
    }
    end = m.index;
    break;
  }
  const colon = closingColon(view, start, end < 0 ? view.text.length : end);
  if (colon >= 0) end = colon;
  else if (end < 0) {
    if (!whole) return null;
    end = sentence.length;
  }
  // "… lực lượng chuyên trách và áp dụng …": a conjunction before the predicate joins two acts, not two names.
  let text = sentence
    .slice(start, end)
    // "Đảng uỷ Quốc hội (theo phạm vi, lĩnh vực) chủ trì": a bracket the predicate opens is not the name's.
    .replace(/[\s,;:./–(-]+$/u, "")
    .replace(/\s+(?:và|hoặc|va|hoac)$/u, "");
  // "Bên vận chuyển không phải bồi thường …", "Tổ chức, cá nhân không được chiếu …": the negation opens the predicate.
  const negation = NEGATION.exec(text);
  if (negation) {
    text = text.slice(0, negation.index);
    end = start + text.length + 1;
  }
  if (!text || text.split(/\s+/).length > MAX_SUBJECT_WORDS) return null;
  // "Tổ chức chỉ đạo …", "Thanh tra, kiểm tra việc thu, chi …" open with a verb: a body of that name is always
  // qualified ("Tổ chức làm nhiệm vụ bồi thường", "Thanh tra tỉnh").
  if (/^(?:tổ chức|to chuc|thanh tra)$/u.test(text.toLowerCase())) return null;
  // "TỔ CHỨC, QUẢN LÝ THÔNG TIN, DỮ LIỆU …": such a head then an item that names no party is a series of acts.
  const verbHead = /^(?:tổ chức|to chuc|thanh tra)\s*,\s*/u.exec(text.toLowerCase());
  if (verbHead) {
    const rest = text.slice(verbHead[0].length);
    const restView = partyView(rest);
    const act = PREDICATE(restView).exec(restView.text);
    if (act?.index === 0 && !startsParty(rest)) return null;
  }
  // "đơn vị nào có số lượng … cao hơn thì xếp hạng cao hơn": whichever body, a rule of ranking, not a party.
  if (/^(?:\p{L}+\s){1,3}?(?:nào|nao)(?!\p{L})/iu.test(text)) return null;
  const predicate = colon >= 0 ? "" : (/^\S+(?:\s\S+)?/u.exec(view.text.slice(end))?.[0] ?? "");
  return { parties: splitParties(text), start, end: start + text.length, predicate };
}

/** "quản lý trực tiếp" where a predicate was found: whom an office manages directly names it. */
const DIRECTLY_MANAGES = /^\s*(?:quản lý|quan ly) (?:trực tiếp|truc tiep)(?!\p{L})/u;
/** How far after "quản lý trực tiếp" the predicate may stand: whom it manages, in a few words. */
const DIRECTLY_MANAGED_REACH = 60;

/** A name's word that may follow a head or a joiner: "Ban Chỉ đạo", "Sở Xây dựng", "Ban Kinh tế và Xây dựng". */
const NAME_CONTINUES = grammar(String.raw`(?:(?:^|\s)(?:${HEAD_NOUNS}|và|thuộc|của|tại|ở)|[,&–-])\s*$`, "u");

/**
 * Whether a capitalised predicate word at `at` opens the predicate after a complete name: a name runs on with a
 * capital only right after its head or a joiner, so "Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ …" ends
 * before "Khẩn trương" while "Ban Chỉ đạo" keeps its name.
 */
function capitalisedPredicate(sentence: string, view: PartyView, start: number, at: number): boolean {
  const before = view.text.slice(start, at);
  // One word more than a head: a lone head ("Ban", "Sở") takes the capitalised word as its name.
  if (!/\p{L}\s+\p{L}/u.test(before.trim()) || NAME_CONTINUES(view).test(before)) return false;
  // "… công nghiệp Cần Thơ", "… Quy định này": a place or a paper's name, capitalised on its next word or pointed at.
  const after = sentence.slice(at).match(/^\S+\s+(\S+)(?:\s+(\S+))?/u);
  return !/^\p{Lu}/u.test(after?.[1] ?? "") && !/^(?:này|nay|số|so)$/u.test(after?.[2] ?? after?.[1] ?? "");
}

/**
 * The passive of assignment, as written and folded: "được giao", "được phân công"; then what was given, a right
 * (group 1: "quyền") or a task or the means for one (group 2: "nhiệm vụ", "làm", "kinh phí", "vốn", "dự toán").
 */
const ASSIGNED =
  /^\s*(?:được|duoc) (?:giao|phân công|phan cong)(?: (?:(quyền|quyen)|(nhiệm vụ|nhiem vu|làm|lam|kinh phí|kinh phi|vốn|von|dự toán|du toan)))?(?!\p{L})/u;
/** A predicate of duty later in the sentence: where the subject a passive of assignment qualifies ends. */
const DUTY_AFTER =
  /\s(?=(?:có|co|chịu|chiu) (?:trách nhiệm|trach nhiem|nhiệm vụ|nhiem vu)|(?:phải|phai|cần|can) )/u;
/** Verbs that name a body's role in a procedure: "cơ quan tiếp nhận", "cơ quan chủ trì", "đơn vị phối hợp". */
const ROLE_VERB =
  /^(?:tiếp nhận|tiep nhan|chủ trì|chu tri|phối hợp|phoi hop|xử lý|xu ly|giải quyết|giai quyet|thẩm định|tham dinh)(?!\p{L})/u;
/** How far after a role verb the duty that binds the body may come ("cơ quan tiếp nhận hồ sơ có trách nhiệm"). */
const ROLE_REACH = 30;
/** The last name of a list so far: "UBND các xã, phường, các đơn vị " → "các đơn vị ". */
const lastName = (text: string) => text.split(/[,;]/).at(-1) ?? text;

/** The first colon between `from` and `to` that closes a subject, not one that opens a list of names. */
function closingColon(view: PartyView, from: number, to: number): number {
  for (let i = view.text.indexOf(":", from); i >= 0 && i < to; i = view.text.indexOf(":", i + 1)) {
    if (!DISTRIBUTIVE_COLON(view).test(view.text.slice(from, i + 1))) return i;
  }
  return -1;
}

/**
 * Items that continue the previous party rather than name a new one: another category of the same enumeration
 * ("…huyện ủy, thị ủy, thành ủy", "cơ quan, đơn vị liên quan"), written in lower case and without "các".
 */
const CONTINUATION =
  /^(?:thi uy|thanh uy|huyen uy|quan uy|to chuc dang|ban|nganh|don vi|dia phuong|doan the|co quan|ban can su dang|thanh pho|thi xa|xa|phuong|thi tran|giup viec)(?: (?:cap tinh|cap huyen|cap xa|(?:cua )?tinh|tinh uy|(?:co )?lien quan|truc thuoc(?: [^,;]*)?|tren dia ban(?: [^,;]*)?|duoc (?:giao|phan cong)(?: [^,;]*)?))?$/;

/** Names that contain a separator before another head: the Front and its member organisations are one party. */
const UNSPLIT = grammar(
  String.raw`(?:ủy ban |ub)?(?:mặt trận tổ quốc|mttq)(?: việt nam)?(?: (?:tỉnh|huyện|xã|các cấp))?(?:,| và) các (?:đoàn thể|tổ chức chính trị - xã hội)`,
);

/**
 * A bracket that defines a short name: "(sau đây gọi là cơ sở đào tạo)", "(gọi tắt là Sở)", and up to three
 * lower-case words after it, which belong to the clause, not the name ("… (sau đây gọi chung là BHXH huyện) tạm thời").
 */
const SHORT_NAME =
  /\s*\((?:[Ss]au đây|[Ss]au day)? ?(?:[Gg]ọi|[Đđ]ược gọi|[Vv]iết|[Gg]oi|[Vv]iet)(?: tắt| chung| tat)? là[^()]*\)(?:\s+\p{Ll}[^\s,;]*){0,3}$/u;

/** A reference to a provision of the text itself closing a name: "… quy định tại khoản 1 Điều này". */
const SELF_REFERENCE_TAIL =
  /\s+(?:quy định|nêu) tại (?:(?:điểm [a-zđ]|khoản \d{1,2}|Điều \d{1,3})(?:,? (?:và )?)?)+(?:của )?(?:Điều|Luật|Bộ luật|Nghị định|Quyết định|Thông tư|Quy chế|Quy định) này$/u;
/** How many words make a name specific enough to stand without a reference. */
const QUALIFIED_NAME_WORDS = 6;

/** A separator between two items of a list: a comma or semicolon (a bullet dash may follow), or " và ". */
const SEPARATOR = /\s*[,;]\s*(?:[-–+]\s+)?|\s+và\s+/gu;

/**
 * Splits a party list only between parties: at ",", ";" and " và " where the next item starts a new party
 * ("Sở …", "Ban …", "Ủy ban …", "UBND …", "Phòng …", "Chủ tịch …", "các …"), never inside a name whose head
 * already opened ("Sở Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Lao động - Thương
 * binh và Xã hội"), and keeping enumerations of one category together ("các huyện ủy, thị ủy, thành ủy"). A list
 * of names after a category ("Giám đốc các Sở: Tài chính, Y tế") becomes one party per name ("Giám đốc Sở Tài
 * chính", "Giám đốc Sở Y tế").
 *
 * @example
 * splitParties("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch")
 * // ["Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
 */
export function splitParties(text: string): string[] {
  const clean = text
    .replace(/^[\s\-–•+]+/u, "")
    // "các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở đào tạo)": the short name a text defines is no party,
    // and a name ends with it ("… quận, huyện, thị xã (sau đây gọi chung là BHXH huyện) tạm thời thực hiện …").
    .replace(SHORT_NAME, "")
    // "cơ quan thuế (đối với trường hợp giảm tiền thuê đất), cơ quan …": the case a body acts in is no part of its name.
    .replace(/\s*\((?:đối với|trong|với) (?:trường hợp|các trường hợp)[^()]*\)/gu, "")
    // "Tổ chức, cá nhân khi tổ chức việc cưới, việc tang": when they act is no part of who they are.
    .replace(/(?<=\S) (?:ngay )?(?:(?:sau|trước|trong) khi|khi|lúc)(?: .*)?$/u, "")
    // "Chủ thể phổ biến phim trên không gian mạng quy định tại khoản 1 Điều này": a name that already says which
    // parties it means needs no reference; a bare category keeps it ("Tổ chức, cá nhân quy định tại khoản 1 Điều
    // này" is who the reference names).
    .replace(SELF_REFERENCE_TAIL, (tail, offset: number, whole: string) => {
      const name = whole.slice(0, offset);
      // "Tổ chức, cá nhân có hoạt động quy định tại điểm c khoản 2 Điều này": the reference says which activity.
      const completes = /(?:hoạt động|trường hợp|đối tượng|điều kiện|hành vi|dự án|cơ sở)$/u.test(name);
      return !completes && name.split(/[\s,;]+/u).filter(Boolean).length >= QUALIFIED_NAME_WORDS ? "" : tail;
    })
    .trim();
  // "Các Bộ, cơ quan: Tài chính, Xây dựng, …": the colon's members, not the commas of the categories before it.
  if (DISTRIBUTED.test(clean)) return distribute(clean);
  const view = partyView(clean);
  const unsplit = [...view.text.matchAll(UNSPLIT(view))].map((m) => [m.index, m.index + m[0].length]);
  const out: string[] = [];
  let current = "";
  let from = 0;
  let separator = "";
  for (const sep of [...clean.matchAll(SEPARATOR), null]) {
    const at = sep ? sep.index : clean.length;
    if (sep && unsplit.some(([s, e]) => at > (s ?? 0) && at < (e ?? 0))) continue;
    // "đơn vị sử dụng ngân sách (Sở …, cơ sở nuôi dưỡng …)": a bracket explains one party; it is not a list.
    // Inside round brackets (an unclosed one runs to the end).
    if (sep && bracketDepth(clean.slice(0, at)) > 0) continue;
    const item = clean.slice(from, at).trim();
    if (!current) current = item;
    else if (
      item &&
      (startsParty(item) || headSpansSeparator(clean.slice(from), item.length)) &&
      !CONTINUATION.test(foldKeepingOffsets(item))
    ) {
      out.push(current);
      current = item;
    } else if (item) current += separator + item;
    if (sep) {
      separator = sep[0].replace(/[-–+]\s+$/u, "");
      from = at + sep[0].length;
    }
  }
  if (current) out.push(current);
  return out.flatMap(distribute).filter((p) => /\p{L}/u.test(p));
}

function startsParty(item: string): boolean {
  return headAt(partyView(item), 0);
}

/** A head that runs past the item's own words, over a separator: "Báo" of "Báo và Phát thanh Truyền hình …". */
function headSpansSeparator(rest: string, itemLength: number): boolean {
  const view = partyView(rest);
  const m = HEAD(view).exec(view.text);
  return m !== null && m[0].trimEnd().length > itemLength;
}

const DISTRIBUTED = new RegExp(
  String.raw`^(?<title>(?:[^:,;]*?\s)?)(?:các|những)\s(?<head>${MEMBER_HEADS})(?:,\s(?:${MEMBER_HEADS}))*\s*:\s*(?<names>.+)$`,
  "iu",
);
/** A ministry's or department's name that holds a comma: "Văn hóa, Thể thao và Du lịch". */
const COMMA_NAME = /Văn hóa, Thể thao|Văn hoá, Thể thao/gu;

/**
 * "Giám đốc các Sở: Tài chính, Y tế" → ["Giám đốc Sở Tài chính", "Giám đốc Sở Y tế"]; "Các Bộ, cơ quan: Tài chính, Văn
 * hóa, Thể thao và Du lịch, Tập đoàn Điện lực Việt Nam" → ["Bộ Tài chính", "Bộ Văn hóa, Thể thao và Du lịch", "Tập
 * đoàn Điện lực Việt Nam"]: a member already named with its own head keeps it.
 */
function distribute(party: string): string[] {
  const m = DISTRIBUTED.exec(party);
  if (!m?.groups) return [party];
  const { title = "", head = "", names = "" } = m.groups;
  const noun = head.charAt(0).toUpperCase() + head.slice(1).toLowerCase();
  return names
    .replace(COMMA_NAME, (name) => name.replace(",", "\u0000"))
    .split(/\s*[,;]\s*/)
    .map((name) => name.trim().replace("\u0000", ","))
    .filter(Boolean)
    .map((name) => (startsParty(name) ? name : `${title}${noun} ${name}`));
}
