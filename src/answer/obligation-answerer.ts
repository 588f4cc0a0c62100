import { documentLabel } from "../corpus/document-label.ts";
import type { Db } from "../db/open-database.ts";
import { vnDate } from "../format.ts";
import { calendarDay } from "../obligations/calendar-day.ts";
import type { Recurrence } from "../obligations/deadline.ts";
import { findDeadlinePhrases } from "../obligations/deadline-grammar.ts";
import type { Obligation } from "../obligations/obligation.ts";
import { listObligations } from "../obligations/obligation-store.ts";
import { listTasks } from "../obligations/task-list.ts";
import { listUnits } from "../obligations/unit-registry.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import { fold, normalize } from "../search/vietnamese-analyzer.ts";
import type { Answer } from "./answer.ts";
import { askedParty, asksDuties, DUTIES } from "./asked-party.ts";
import { firstSentence, listReply, passagesReply } from "./obligation-reply.ts";
import { partyDuties } from "./party-duties.ts";
import { heldDocumentsNamed, heldDocumentsOfPlaces, questionEntities } from "./question-entities.ts";
import { ASKING_CLAUSE } from "./question-proper.ts";

/** Who is asking: a member's unit makes "đơn vị tôi" answerable; `today` judges "quá hạn". */
export interface AskContext {
  unitId?: string | null;
  today?: string;
  /** A conversation thread ("telegram:42", "cli:default") whose history resolves follow-ups. */
  chatId?: string;
  /** What to tell an asker with no unit how to get one, in their channel's terms (the CLI command by default). */
  noUnitHint?: string;
}

// "… báo cáo hằng năm về việc … trước ngày nào?" asks a day, not which tasks: "nào" of a time is no list's.
const LIST =
  /\b(?:viec|nhiem vu|cong viec|nghia vu|noi dung)\b.*(?<!\b(?:ngay|khi|thang|nam|quy|luc|hom) )\b(?:nao|gi)\b|\bnhung gi\b|\bliet ke\b/;
const OVERDUE = /\b(?:qua han|tre han|tre hen|cham tien do)\b/;
/** A question for a time ("khi nào", "trước ngày nào"): what a text sets, not which tasks are late. */
const ASKS_TIME = /\b(?:khi nao|ngay nao|bao gio|luc nao|thang nao|nam nao|thoi han nao)\b/;
const MUST_FINISH = /\b(?:phai|can|hoan thanh|xong|han)\b/;
/** "Việc nào sắp đến hạn trong 30 ngày tới?", "… đến hạn trong tuần tới", "nhiệm vụ nào sắp hết hạn?". */
const UPCOMING = /\bsap (?:den|het|toi) han\b/;
const WITHIN = /\btrong (?:vong )?(\d{1,4}) (ngay|tuan|thang)\b|\btrong (tuan|thang) (?:toi|nay|sap toi)\b/;
const UPCOMING_DAYS = 30;
/** Question words that ask a figure, a length of time or a manner: a question about content, not a task list. */
const ASKS_CONTENT =
  /\b(?:bao nhieu|may)\b(?! (?:viec|nhiem vu|cong viec|nghia vu|noi dung))|\b(?:bao lau|the nao|ra sao)\b/;
const RECURRENCES: [RegExp, Recurrence][] = [
  [/\bha[nn]g nam\b/, "yearly"],
  [/\bhang quy\b/, "quarterly"],
  [/\bhang thang\b/, "monthly"],
  [/\bdinh ky\b/, "periodic"],
];
/** Kinds of party a question can name, folded; matched against obligations' parties as written. */
const PARTIES = [
  "huyen uy",
  "thi uy",
  "thanh uy",
  "ban to chuc",
  "dang doan",
  "ban can su dang",
  "mttq",
  "to chuc chinh tri - xa hoi",
  "dang uy khoi",
  "cap uy",
];

/** Asks who must act; the answerer then names the parties, inherited ones included. */
export const WHO =
  /\b(?:ai|don vi nao|co quan nao|noi nao)\b.*\b(?:chiu trach nhiem|trach nhiem|phai|chu tri|duoc giao|lam|thuc hien|don doc|tham muu)\b|\bai (?:chiu|co|phai|duoc)\b/;

/**
 * Answers questions about obligations from the obligations and task tables rather than from prose: "Những việc
 * nào phải xong trước 31/12/2024?", "Việc nào phải làm hằng năm?", "Đơn vị tôi còn nhiệm vụ nào quá hạn?",
 * "Ai chịu trách nhiệm đôn đốc…?". Every item cites its passage. Returns null for other questions.
 *
 * @example
 * await new ObligationAnswerer(db, index).answer("Việc nào phải làm hằng năm?") // { answer: "…[1]…", … }
 */
export class ObligationAnswerer {
  constructor(
    private readonly db: Db,
    private readonly index: PassageIndex,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async answer(question: string, context: AskContext = {}): Promise<Omit<Answer, "ms"> | null> {
    const q = fold(normalize(question));
    const today = context.today ?? calendarDay(this.clock());
    // "sắp hết hạn tạm trú thì phải gia hạn trước bao nhiêu ngày?", "quá hạn thì xử lý thế nào?" ask what a text
    // says, not which tasks are due.
    if (ASKS_CONTENT.test(q)) return null;
    // "… thu hồi đất dự án chậm tiến độ phải xong khi nào": the late projects are the text's topic, a time is asked.
    if (OVERDUE.test(q) && !ASKS_TIME.test(q))
      return this.overdue(question, context.unitId ?? null, today, context.noUnitHint);
    if (UPCOMING.test(q) || (/\bden han\b/.test(q) && WITHIN.test(q)))
      return this.upcoming(question, context.unitId ?? null, today, withinDays(q));
    const recurrence = RECURRENCES.find(([pattern]) => pattern.test(q))?.[1];
    // "TT 04/2001 tính cả người kết nạp trước 19/8/1945; vậy phải nộp giấy tờ gì?": a day in the context is a
    // fact stated, not the bound of a task list; only the question proper can ask for one.
    const asking = ASKING_CLAUSE.exec(question)?.[1] ?? question;
    const a = fold(normalize(asking));
    const bound = LIST.test(a) && MUST_FINISH.test(a) ? dueBound(asking, today) : null;
    // "Việc nào phải làm hằng năm theo TTLT 47/2009?": only that document's; a number no document has is the
    // passages' to refuse.
    // "… làm việc với tỉnh Lai Châu …, phải báo cáo trước ngày nào": only that place's texts.
    const entities = recurrence || bound ? questionEntities(question) : undefined;
    const documents = () => this.index.documents.values();
    const byNumber = entities ? heldDocumentsNamed(entities, documents()) : undefined;
    const named =
      entities && byNumber === undefined ? heldDocumentsOfPlaces(entities, documents()) : byNumber;
    const scope = named ? new Set(named.map((d) => d.id)) : undefined;
    if (named === null) return null;
    const all = () => listObligations(this.db).filter((o) => !scope || scope.has(o.documentId));
    if (recurrence && LIST.test(q)) {
      const items = all().filter((o) => o.deadline.recurrence === recurrence);
      return this.list(question, `Các việc phải làm ${recurrenceLabel(recurrence)}${this.of(scope)}:`, items);
    }
    if (bound) {
      const items = all()
        .filter((o) => o.deadline.due !== null && o.deadline.due <= bound)
        .sort((a, b) => (a.deadline.due ?? "").localeCompare(b.deadline.due ?? ""));
      return this.list(question, `Các việc có hạn đến ngày ${vnDate(bound)}${this.of(scope)}:`, items);
    }
    const party = DUTIES.test(q) ? PARTIES.find((p) => new RegExp(`\\b${p}\\b`).test(q)) : undefined;
    if (party) return this.duties(question, party);
    const asked = asksDuties(q) ? askedParty(question) : null;
    return asked ? partyDuties(this.db, this.index, question, asked) : null;
  }

  /** " theo <the document>" when a list is of the one document the question names. */
  private of(scope: Set<string> | undefined): string {
    const [id] = scope ?? [];
    const document = scope?.size === 1 && id ? this.index.documents.get(id) : undefined;
    return document ? ` theo ${documentLabel(document)}` : "";
  }

  /**
   * "Huyện ủy … phải làm những gì?": the obligations whose parties include that kind of unit, in the documents the
   * question is about (the documents of its best passages), so the answer lists every duty, each cited.
   */
  private async duties(question: string, party: string): Promise<Omit<Answer, "ms"> | null> {
    const hits = await this.index.search(question, 5);
    const documents = new Set(hits.slice(0, 3).map((h) => h.document.id));
    const items = listObligations(this.db).filter(
      (o) => documents.has(o.documentId) && o.responsible.some((r) => fold(normalize(r)).includes(party)),
    );
    if (items.length === 0) return null;
    const named = items[0]?.responsible.find((r) => fold(normalize(r)).includes(party)) ?? party;
    const who = named.charAt(0).toLowerCase() + named.slice(1);
    const reply = this.list(question, `Việc ${who} được giao đích danh trong văn bản:`, items);
    return {
      ...reply,
      answer: `${reply.answer}\n(Các việc giao chung cho "các cấp ủy, tổ chức đảng" có trong bảng nhiệm vụ của đơn vị: /nhiemvu.)`,
    };
  }

  /** "Chịu trách nhiệm: …" for a passage's obligations, or null when it assigns none. */
  responsibleFor(passageId: string): string | null {
    const parties = this.partiesOf(passageId);
    return parties.length > 0 ? `Chịu trách nhiệm: ${parties.join(", ")}.` : null;
  }

  /** The parties a passage's obligations name, as written. */
  partiesOf(passageId: string): string[] {
    // Only the passage's document's obligations (an indexed query), not every obligation on every "who" question.
    const documentId = this.index.passage(passageId)?.documentId;
    if (!documentId) return [];
    return [
      ...new Set(
        listObligations(this.db, { documentId })
          .filter((o) => o.passageId === passageId)
          .flatMap((o) => o.responsible),
      ),
    ];
  }

  private overdue(
    question: string,
    unitId: string | null,
    today: string,
    noUnitHint = "Hãy nhờ quản trị viên thêm anh/chị vào đơn vị (lệnh troly members add) rồi hỏi lại.",
  ): Omit<Answer, "ms"> {
    if (!unitId)
      return {
        ...this.reply(
          question,
          `Anh/chị chưa được gắn với đơn vị nào nên chưa xem được nhiệm vụ quá hạn. ${noUnitHint}`,
          [],
        ),
        refused: true,
      };
    const unit = listUnits(this.db).find((u) => u.id === unitId);
    const tasks = listTasks(this.db, { unitId, status: "overdue", today });
    const name = unit?.name ?? unitId;
    if (tasks.length === 0)
      return this.reply(question, `${name} không có nhiệm vụ quá hạn (tính đến ngày ${vnDate(today)}).`, []);
    const passages: string[] = [];
    const lines = tasks.map((t) => {
      if (!passages.includes(t.passageId)) passages.push(t.passageId);
      const n = passages.indexOf(t.passageId) + 1;
      return `• ${t.id}: ${firstSentence(t.action)} — hạn ${vnDate(t.due ?? today)} (${t.deadlineText}) [${n}]`;
    });
    const header = `${name} có ${tasks.length} nhiệm vụ quá hạn (tính đến ngày ${vnDate(today)}):`;
    return this.reply(question, `${header}\n${lines.join("\n")}`, passages);
  }

  /**
   * Deadlines from today to today + `days`, from the task table: the unit's unfinished tasks when the asker has a
   * unit, else every unfinished task grouped by obligation (with how many units still owe it); the documents'
   * dated obligations when no unit is registered at all.
   */
  private upcoming(question: string, unitId: string | null, today: string, days: number): Omit<Answer, "ms"> {
    const until = addDays(today, days);
    const window = `từ nay đến ngày ${vnDate(until)}`;
    const tasks = listTasks(this.db, {
      unitId: unitId ?? undefined,
      today,
      dueFrom: today,
      dueBefore: until,
      notDone: true,
    });
    const passages: string[] = [];
    const cite = (passageId: string) => {
      if (!passages.includes(passageId)) passages.push(passageId);
      return passages.indexOf(passageId) + 1;
    };
    if (unitId) {
      const name = listUnits(this.db).find((u) => u.id === unitId)?.name ?? unitId;
      if (tasks.length === 0)
        return this.reply(question, `${name} không có nhiệm vụ nào đến hạn ${window}.`, []);
      const lines = tasks.map(
        (t) =>
          `• ${t.id}: ${firstSentence(t.action)} — hạn ${vnDate(t.due)} (${t.deadlineText}) [${cite(t.passageId)}]`,
      );
      return this.reply(
        question,
        `${name} có ${tasks.length} nhiệm vụ đến hạn ${window}:\n${lines.join("\n")}`,
        passages,
      );
    }
    const byObligation = new Map<string, typeof tasks>();
    for (const t of tasks) byObligation.set(t.obligationId, [...(byObligation.get(t.obligationId) ?? []), t]);
    if (byObligation.size === 0) {
      const items = listObligations(this.db).filter(
        (o) => o.deadline.due !== null && o.deadline.due >= today && o.deadline.due <= until,
      );
      return this.list(question, `Các việc có hạn ${window}:`, items);
    }
    const lines = [...byObligation.values()].map((group) => {
      const t = group[0] as (typeof tasks)[number];
      const units = group.length === 1 ? t.currentUnitName : `${group.length} đơn vị chưa xong`;
      return `• ${firstSentence(t.action)} — hạn ${vnDate(t.due)} (${t.deadlineText}); ${units} [${cite(t.passageId)}]`;
    });
    return this.reply(
      question,
      `Các việc đến hạn ${window} (${byObligation.size} việc):\n${lines.join("\n")}`,
      passages,
    );
  }

  private list(question: string, header: string, items: Obligation[]): Omit<Answer, "ms"> {
    return listReply(this.index, question, header, items);
  }

  private reply(question: string, answer: string, passageIds: string[]): Omit<Answer, "ms"> {
    return passagesReply(this.index, question, answer, passageIds);
  }
}

function recurrenceLabel(recurrence: Recurrence): string {
  return { yearly: "hằng năm", quarterly: "hằng quý", monthly: "hằng tháng", periodic: "định kỳ" }[
    recurrence
  ];
}

/** "trong 30 ngày tới" → 30, "trong 2 tuần" → 14, "trong tháng tới" → 30; 30 when the question gives no window. */
function withinDays(folded: string): number {
  const match = WITHIN.exec(folded);
  if (!match) return UPCOMING_DAYS;
  const unit = match[2] ?? match[3];
  const count = match[1] ? Number(match[1]) : 1;
  const days = count * (unit === "tuan" ? 7 : unit === "thang" ? 30 : 1);
  return Math.min(Math.max(days, 1), 3650);
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The last day a "phải xong trước …" question allows, read with the same grammar as the documents. */
function dueBound(question: string, today: string): string | null {
  // A day the question names is the bound even when it is past ("trước 31/12/2024" asked in 2026); only relative
  // phrases ("cuối năm nay") are read from today.
  const named = findDeadlinePhrases(question, { documentDate: null }).filter((p) => p.due);
  const dated = named.length
    ? named
    : findDeadlinePhrases(question, { documentDate: today }).filter((p) => p.due);
  return dated.at(-1)?.due ?? null;
}
