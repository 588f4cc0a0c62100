import type { Answer } from "../answer/answer.ts";
import { recordVote, votedCitations } from "../answer/answer-feedback.ts";
import type { AskContext } from "../answer/obligation-answerer.ts";
import { validateQuestion } from "../answer/validate-question.ts";
import { type InboundDedupe, sqliteInboundDedupe } from "../db/inbound-dedupe.ts";
import type { Db } from "../db/open-database.ts";
import { InputError, TrolyError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { findMember, listMembers, type Member, type Role } from "../obligations/member-registry.ts";
import { listUnits, type Unit } from "../obligations/unit-registry.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import { answerReply, MAX_ACTION_BYTES, sourceReply } from "./answer-reply.ts";
import type { ChatAttachment, ChatMessage, Reply } from "./chat-message.ts";
import { ChatStore, type StoredAnswer } from "./chat-store.ts";
import { parseCommand } from "./command-parser.ts";
import { DocumentUploads } from "./document-uploads.ts";
import {
  ADMIN_ONLY_REPLY,
  EXAMPLE_QUESTION,
  helpText,
  NON_TEXT_REPLY,
  NOT_MEMBER_REPLY,
  RATE_LIMITED_REPLY,
} from "./help-text.ts";
import { type Limiter, RateLimiter } from "./rate-limiter.ts";
import { RegistrationCodes } from "./registration-codes.ts";
import { type ChatRole, isRole, ROLE_LABEL, splitRole } from "./roles.ts";
import { TASK_PAGE_SIZE, TaskReplies } from "./task-replies.ts";
import { findUnits } from "./unit-lookup.ts";
import type { UploadDesk } from "./upload-desk.ts";

export interface ConversationDeps {
  db: Db;
  index: PassageIndex;
  answerer: { answer(question: string, k?: number, context?: AskContext): Promise<Answer> };
  /** Platform user ids that are admins whatever the database says (ADMIN_TELEGRAM_IDS, ADMIN_ZALO_IDS). */
  admins: Partial<Record<ChatMessage["platform"], readonly string[]>>;
  logger: Logger;
  clock?: () => Date;
  limiter?: Limiter;
  codes?: RegistrationCodes;
  /** Updates already handled: the SQLite file by default, shared through PostgreSQL with DATABASE_URL. */
  inbound?: InboundDedupe;
  /** Told which tasks a chat command changed (the app writes them through to PostgreSQL with DATABASE_URL). */
  onTasksChanged?: (ids: (string | undefined)[]) => void;
  /** Tasks per /nhiemvu page (10). */
  taskPageSize?: number;
  /** Snoozing and "remind now"; absent where reminders are not wired (e.g. a bare conversation in tests). */
  reminders?: {
    snooze(taskId: string, platform: "telegram" | "zalo", chatId: string): string | null;
    runOnce(): Promise<{ inserted: number; sent: number; retried: number; dead: number }>;
  };
  /** Admins' document uploads (preview, then /xacnhan); absent where uploads are not wired. */
  uploads?: { desk: UploadDesk; maxBytes?: number };
}

/** Who is writing, resolved once per message from the database and the admin lists. */
export interface Sender {
  message: ChatMessage;
  member: Member | null;
  admin: boolean;
  /** "telegram:42": how audit rows name the actor. */
  actor: string;
}

/**
 * The channel-agnostic conversation: a message or a button press in, replies out. Channels translate their
 * updates into `ChatMessage` and render `Reply`; everything else — commands, roles, tasks, answers — lives here.
 *
 * @example
 * const replies = await conversation.handle({ platform: "telegram", chatId: "1", chatType: "private",
 *   userId: "1", displayName: "An", text: "/nhiemvu" });
 */
export class Conversation {
  private readonly store: ChatStore;
  private readonly limiter: Limiter;
  private readonly codes: RegistrationCodes;
  private readonly tasks: TaskReplies;
  private readonly clock: () => Date;
  private readonly uploads: DocumentUploads | null;
  private readonly inbound: InboundDedupe;

  constructor(private readonly deps: ConversationDeps) {
    const clock = deps.clock ?? (() => new Date());
    this.clock = clock;
    this.store = new ChatStore(deps.db, clock);
    this.inbound = deps.inbound ?? sqliteInboundDedupe(deps.db);
    this.limiter = deps.limiter ?? new RateLimiter();
    this.codes = deps.codes ?? new RegistrationCodes(deps.db, clock);
    this.tasks = new TaskReplies(deps.db, this.store, clock, (ids) => deps.onTasksChanged?.(ids));
    this.uploads = deps.uploads ? new DocumentUploads({ ...deps.uploads, logger: deps.logger, clock }) : null;
  }

  async handle(message: ChatMessage): Promise<Reply[]> {
    if (message.updateKey && !(await this.inbound.firstDelivery(message.updateKey, this.clock()))) return [];
    const sender = this.sender(message);
    try {
      return await this.dispatch(sender);
    } catch (error) {
      return this.failure(error, sender);
    }
  }

  /**
   * A button press: `src:<answer>:<n>`, `fb:<answer>:1|-1`, `done:<task>`, `prog:<task>`, `snooze:<task>`,
   * `doc:<task>`, `tasks:<page>`, `tm:<unit>:<role>`, `up:ok|no:<upload>`. Roles are checked again here, never
   * trusted; an answer (or a pending upload) is looked up in the chat the button was pressed in.
   */
  async handleAction(message: ChatMessage, action: string): Promise<Reply[]> {
    const sender = this.sender(message);
    try {
      const [kind = "", ...values] = action.split(":");
      const value = values[0] ?? "";
      switch (kind) {
        case "src": {
          const [answer, n] = this.namedAnswer(message, values);
          return [sourceReply(this.deps.index, answer?.sources ?? null, n)];
        }
        case "fb": {
          const [answer, vote] = this.namedAnswer(message, values);
          if (!answer) return [{ text: "Câu trả lời này đã quá cũ để góp ý." }];
          return [{ text: VOTE_REPLY[this.vote(message, answer, vote === "1" ? 1 : -1)] }];
        }
        case "done":
          return [this.tasks.markDone(sender, value)];
        case "prog":
          return [this.tasks.progress(sender, `${value} Đang thực hiện (báo từ nút nhắc việc)`)];
        case "snooze":
          return [this.snooze(sender, value)];
        case "doc":
          return [this.tasks.source(sender, value, this.deps.index)];
        case "tasks":
          return [this.taskList(sender, value)];
        case "tm":
          return [
            sender.admin ? this.issueCode(sender, value, values[1] ?? "officer") : { text: ADMIN_ONLY_REPLY },
          ];
        case "up":
          return [await this.uploadDecision(sender, value === "ok", values[1])];
        default:
          return [{ text: "Nút này đã cũ. Gõ /huongdan để xem các lệnh." }];
      }
    } catch (error) {
      return this.failure(error, sender);
    }
  }

  private sender(message: ChatMessage): Sender {
    const member = findMember(this.deps.db, message.platform, message.userId);
    const listed = this.deps.admins[message.platform]?.includes(message.userId) ?? false;
    return {
      message,
      member,
      admin: listed || member?.role === "admin",
      actor: `${message.platform}:${message.userId}`,
    };
  }

  /**
   * The answer a button names and the button's last value: "src:<answer>:<n>" → that answer of this chat (null when
   * it is not one); "src:<n>", from buttons sent before answers had ids, → the chat's newest answer.
   */
  private namedAnswer(message: ChatMessage, values: string[]): [StoredAnswer | null, string] {
    const { platform, chatId } = message;
    if (values.length < 2) return [this.store.answer(platform, chatId), values[0] ?? ""];
    const id = Number(values[0]);
    return [Number.isSafeInteger(id) ? this.store.answer(platform, chatId, id) : null, values[1] ?? ""];
  }

  /** One vote per user and answer, kept with the answer and its cited passages (they feed the eval). */
  private vote(message: ChatMessage, answer: StoredAnswer, value: 1 | -1): "new" | "changed" | "same" {
    const citations = votedCitations(answer.sources, (id) => this.deps.index.passage(id));
    const { platform, userId } = message;
    const { question, answer: text, id: answerId } = answer;
    return recordVote(
      this.deps.db,
      { platform, userId, answerId, question, answer: text, citations, value },
      this.clock(),
    );
  }

  private role(sender: Sender): ChatRole {
    return sender.admin ? "admin" : (sender.member?.role ?? "guest");
  }

  private unitName(unitId: string): string {
    return listUnits(this.deps.db).find((u) => u.id === unitId)?.name ?? unitId;
  }

  private taskList(sender: Sender, page: string): Reply {
    if (!sender.member) return { text: NOT_MEMBER_REPLY };
    return this.tasks.openTasks(sender, sender.member, page, this.deps.taskPageSize ?? TASK_PAGE_SIZE);
  }

  private async dispatch(sender: Sender): Promise<Reply[]> {
    const { message } = sender;
    if (message.attachment) return this.attachment(sender, message.attachment);
    if (message.text === undefined) return message.chatType === "private" ? [{ text: NON_TEXT_REPLY }] : [];
    const command = parseCommand(message.text);
    if (!command) {
      if (message.chatType === "group" && !message.addressed) return [];
      return this.ask(sender, message.text);
    }
    const { name, args } = command;
    const member = sender.member;
    switch (name) {
      case "start":
      case "help":
        return [
          {
            text: helpText({
              role: this.role(sender),
              unitName: member ? this.unitName(member.unitId) : undefined,
              reminders: this.deps.reminders !== undefined,
              uploads: this.uploads !== null,
            }),
          },
        ];
      case "ask":
        return args
          ? this.ask(sender, args)
          : [{ text: `Gõ câu hỏi sau lệnh, ví dụ: /hoi ${EXAMPLE_QUESTION}` }];
      case "documents":
        return [documentsReply(this.deps.index)];
      case "source": {
        const last = this.store.answer(message.platform, message.chatId);
        return [sourceReply(this.deps.index, last?.sources ?? null, args)];
      }
      case "tasks":
        return [this.taskList(sender, args)];
      case "deadlines":
        return [this.tasks.upcoming(sender, args)];
      case "done":
        return [
          member || sender.admin
            ? this.tasks.markDone(sender, this.tasks.resolve(sender, args), args.trim().split(/\s+/)[1])
            : { text: NOT_MEMBER_REPLY },
        ];
      case "progress":
        return [member || sender.admin ? this.tasks.progress(sender, args) : { text: NOT_MEMBER_REPLY }];
      case "register": {
        const joined = this.codes.redeem(args, message.platform, message.userId, message.displayName);
        return [
          {
            text: `Đã gắn tài khoản với ${this.unitName(joined.unitId)}, vai trò ${ROLE_LABEL[joined.role]}. Gõ /nhiemvu để xem nhiệm vụ của đơn vị, /huongdan để xem các lệnh.`,
          },
        ];
      }
      case "createCode":
        return [sender.admin ? this.createCode(sender, args) : { text: ADMIN_ONLY_REPLY }];
      case "members":
        return [sender.admin ? membersReply(this.deps.db) : { text: ADMIN_ONLY_REPLY }];
      case "snooze":
        return [
          member || sender.admin
            ? this.snooze(sender, this.tasks.resolve(sender, args))
            : { text: NOT_MEMBER_REPLY },
        ];
      case "remindNow":
        return [sender.admin ? await this.remindNow() : { text: ADMIN_ONLY_REPLY }];
      case "confirmUpload":
        return [await this.uploadDecision(sender, true)];
      case "cancelUpload":
        return [await this.uploadDecision(sender, false)];
      default:
        return [{ text: `Không có lệnh /${command.typed}. Gõ /huongdan để xem các lệnh.` }];
    }
  }

  private async ask(sender: Sender, raw: string): Promise<Reply[]> {
    if (!(await this.limiter.allow(sender.actor))) return [{ text: RATE_LIMITED_REPLY }];
    const question = validateQuestion(raw);
    const { platform, chatId } = sender.message;
    const answer = await this.deps.answerer.answer(question, undefined, {
      unitId: sender.member?.unitId ?? null,
      // The answerer's conversation memory: "Việc đó ai chịu trách nhiệm?" follows the question before it.
      chatId: `${platform}:${chatId}`,
      noUnitHint: "Hãy xin quản trị viên mã đăng ký rồi gõ /dangky <mã>, sau đó hỏi lại.",
    });
    const answerId = this.store.saveAnswer(platform, chatId, {
      question,
      answer: answer.answer,
      sources: answer.citations.map((c) => c.passageId),
    });
    this.deps.logger.info(
      {
        platform: sender.message.platform,
        refused: answer.refused,
        citations: answer.citations.length,
        ms: answer.ms,
      },
      "question answered",
    );
    return [answerReply(answer, answerId)];
  }

  /**
   * A file or photo: an admin's becomes an upload preview; others are refused politely. In a group only a file
   * addressed to the bot (mention in the caption, or a reply to it) is looked at.
   */
  private async attachment(sender: Sender, attachment: ChatAttachment): Promise<Reply[]> {
    const { message } = sender;
    if (message.chatType === "group" && !message.addressed) return [];
    if (this.uploads) return [await this.uploads.receive(sender, attachment)];
    if (!sender.admin) return [{ text: NON_TEXT_REPLY }];
    return [
      {
        text: "Kênh này chưa bật nạp văn bản qua trò chuyện; hãy tải văn bản lên trang Văn bản của trang web.",
      },
    ];
  }

  /** `/xacnhan`, `/huy` and the preview's buttons (`token` names the preview a button was under). */
  private async uploadDecision(sender: Sender, confirm: boolean, token?: string): Promise<Reply> {
    if (!sender.admin) return { text: ADMIN_ONLY_REPLY };
    if (!this.uploads) return { text: "Kênh này chưa bật nạp văn bản qua trò chuyện." };
    return confirm ? this.uploads.confirm(sender, token) : this.uploads.cancel(sender, token);
  }

  private snooze(sender: Sender, taskId: string): Reply {
    const task = this.tasks.authorize(sender, taskId);
    const platform = sender.message.platform;
    const day =
      platform === "web" ? null : this.deps.reminders?.snooze(task.id, platform, sender.message.chatId);
    if (!day) return { text: "Không đặt được lời nhắc cho kênh này." };
    return { text: `🔔 Sẽ nhắc lại vào ngày làm việc ${day.split("-").reverse().join("/")}.` };
  }

  private async remindNow(): Promise<Reply> {
    if (!this.deps.reminders) return { text: "Dịch vụ nhắc việc chưa được bật." };
    const r = await this.deps.reminders.runOnce();
    return {
      text: `Đã chạy nhắc việc: ${r.inserted} lời nhắc mới, đã gửi ${r.sent}, chờ gửi lại ${r.retried}, lỗi ${r.dead}.`,
    };
  }

  /**
   * `/taoma <đơn vị> [vai trò]`: the unit by id or by name without accents, the role in Vietnamese (cán bộ by
   * default); several matching units get a choice (buttons, and the exact command to type on Zalo).
   */
  private createCode(sender: Sender, args: string): Reply {
    const { unit: typed, role = "officer" } = splitRole(args);
    if (!typed)
      return {
        text: "Cú pháp: /taoma <tên đơn vị> [vai trò], ví dụ: /taoma Ban Tổ chức Tỉnh ủy Hưng Yên trưởng đơn vị\nVai trò: cán bộ (mặc định), trưởng đơn vị, quản trị.",
      };
    const matches = findUnits(listUnits(this.deps.db), typed);
    if (matches.length === 0)
      return {
        text: `Không tìm thấy đơn vị “${typed}”. Hãy gõ tên đơn vị (có dấu hoặc không dấu), ví dụ: /taoma Ban Tổ chức Tỉnh ủy Hưng Yên`,
      };
    const [only] = matches;
    if (matches.length === 1 && only) return this.issueCode(sender, only.id, role);
    return unitChoice(matches, role);
  }

  private issueCode(sender: Sender, unitId: string, role: string): Reply {
    if (!isRole(role)) return { text: "Vai trò không hợp lệ; dùng: cán bộ, trưởng đơn vị, quản trị." };
    const code = this.codes.create(unitId, role, sender.actor);
    return {
      text: `Mã đăng ký cho ${this.unitName(unitId)}, vai trò ${ROLE_LABEL[role]}: ${code}\nCó hiệu lực 7 ngày, dùng một lần: /dangky ${code}`,
    };
  }

  private failure(error: unknown, sender: Sender): Reply[] {
    if (error instanceof InputError) return [{ text: error.userMessage }];
    if (error instanceof TrolyError && error.code === "not_found")
      return [{ text: "Không tìm thấy nhiệm vụ này. Gõ /nhiemvu để xem danh sách mới." }];
    this.deps.logger.error({ err: error, platform: sender.message.platform }, "message handling failed");
    return [{ text: "Xin lỗi, đã có lỗi khi xử lý. Anh/chị thử lại sau ít phút." }];
  }
}

function documentsReply(index: PassageIndex): Reply {
  const lines = [...index.documents.values()].map((d, i) => {
    const when = d.issuedDate || d.meetingDate;
    const details = [
      d.number && `số ${d.number}`,
      when && `ngày ${when.split("-").reverse().join("/")}`,
    ].filter(Boolean);
    return `${i + 1}. ${d.title}${details.length ? ` (${details.join(", ")})` : ""}`;
  });
  return {
    text: lines.length ? `Các văn bản đã nạp:\n${lines.join("\n")}` : "Chưa có văn bản nào được nạp.",
  };
}

const VOTE_REPLY = {
  new: "Cảm ơn anh/chị đã góp ý.",
  changed: "Đã đổi góp ý của anh/chị cho câu trả lời này.",
  same: "Anh/chị đã góp ý như vậy cho câu trả lời này rồi.",
} as const;

const PLATFORM_LABEL: Record<Member["platform"], string> = { telegram: "Telegram", zalo: "Zalo", web: "web" };
const MAX_UNIT_CHOICES = 8;

function membersReply(db: Db): Reply {
  const rows = listMembers(db);
  if (rows.length === 0) return { text: "Chưa có thành viên nào." };
  const names = new Map(listUnits(db).map((u) => [u.id, u.name]));
  const lines = rows.map(
    (m) =>
      `• ${m.displayName || m.userId} (${PLATFORM_LABEL[m.platform]}) — ${names.get(m.unitId) ?? m.unitId}, ${ROLE_LABEL[m.role]}`,
  );
  return { text: `Thành viên (${rows.length}):\n${lines.join("\n")}` };
}

/** Several units match a `/taoma` name: one button per unit (Telegram), the command to type for each (Zalo). */
function unitChoice(units: readonly Unit[], role: Role): Reply {
  const shown = units.slice(0, MAX_UNIT_CHOICES);
  const roleWords = ROLE_LABEL[role];
  const lines = shown.map((u, i) => `${i + 1}. ${u.name} — /taoma ${u.id} ${roleWords}`);
  const more =
    units.length > shown.length
      ? `\n… và ${units.length - shown.length} đơn vị khác: hãy gõ tên cụ thể hơn (thêm tỉnh, huyện…).`
      : "";
  return {
    text: `Có ${units.length} đơn vị khớp với tên này. Chọn đơn vị để tạo mã (vai trò ${roleWords}):\n${lines.join("\n")}${more}`,
    buttons: shown
      .map((u) => ({ label: u.name, action: `tm:${u.id}:${role}` }))
      .filter((b) => Buffer.byteLength(b.action) <= MAX_ACTION_BYTES)
      .map((b) => [b]),
  };
}
