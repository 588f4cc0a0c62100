import type { Answer } from "../answer/answer.ts";
import type { AskContext } from "../answer/obligation-answerer.ts";
import { validateQuestion } from "../answer/validate-question.ts";
import type { Db } from "../db/open-database.ts";
import { InputError, TrolyError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { findMember, listMembers, type Member } from "../obligations/member-registry.ts";
import type { PassageIndex } from "../search/passage-index.ts";
import { answerReply, sourceReply } from "./answer-reply.ts";
import type { ChatMessage, Reply } from "./chat-message.ts";
import { ChatStore } from "./chat-store.ts";
import { parseCommand } from "./command-parser.ts";
import {
  ADMIN_ONLY_REPLY,
  helpText,
  NON_TEXT_REPLY,
  NOT_MEMBER_REPLY,
  RATE_LIMITED_REPLY,
} from "./help-text.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { RegistrationCodes } from "./registration-codes.ts";
import { TaskReplies } from "./task-replies.ts";

export interface ConversationDeps {
  db: Db;
  index: PassageIndex;
  answerer: { answer(question: string, k?: number, context?: AskContext): Promise<Answer> };
  /** Platform user ids that are admins whatever the database says (ADMIN_TELEGRAM_IDS, ADMIN_ZALO_IDS). */
  admins: Partial<Record<ChatMessage["platform"], readonly string[]>>;
  logger: Logger;
  clock?: () => Date;
  limiter?: RateLimiter;
  codes?: RegistrationCodes;
  /** Snoozing and "remind now"; absent where reminders are not wired (e.g. a bare conversation in tests). */
  reminders?: {
    snooze(taskId: string, platform: "telegram" | "zalo", chatId: string): string | null;
    runOnce(): Promise<{ inserted: number; sent: number; retried: number; dead: number }>;
  };
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
  private readonly limiter: RateLimiter;
  private readonly codes: RegistrationCodes;
  private readonly tasks: TaskReplies;

  constructor(private readonly deps: ConversationDeps) {
    const clock = deps.clock ?? (() => new Date());
    this.store = new ChatStore(deps.db, clock);
    this.limiter = deps.limiter ?? new RateLimiter();
    this.codes = deps.codes ?? new RegistrationCodes(deps.db, clock);
    this.tasks = new TaskReplies(deps.db, this.store, clock);
  }

  async handle(message: ChatMessage): Promise<Reply[]> {
    if (message.updateKey && !this.store.firstDelivery(message.updateKey)) return [];
    const sender = this.sender(message);
    try {
      return await this.dispatch(sender);
    } catch (error) {
      return this.failure(error, sender);
    }
  }

  /** A button press: `src:<n>`, `fb:1|-1`, `done:<taskId>`. Roles are checked again here, never trusted. */
  async handleAction(message: ChatMessage, action: string): Promise<Reply[]> {
    const sender = this.sender(message);
    try {
      const [kind, value = ""] = action.split(":");
      if (kind === "src") return [sourceReply(this.deps.index, this.memory(sender).lastSources, value)];
      if (kind === "fb") {
        this.store.saveFeedback(
          message.platform,
          message.userId,
          this.memory(sender).lastQuestion,
          value === "1" ? 1 : -1,
        );
        return [{ text: "Cảm ơn anh/chị đã góp ý." }];
      }
      if (kind === "done") return [this.tasks.markDone(sender, value)];
      if (kind === "prog")
        return [this.tasks.progress(sender, `${value} Đang thực hiện (báo từ nút nhắc việc)`)];
      if (kind === "snooze") return [this.snooze(sender, value)];
      if (kind === "doc") return [this.tasks.source(sender, value, this.deps.index)];
      return [{ text: "Nút này đã cũ. Gõ /huongdan để xem các lệnh." }];
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

  private memory(sender: Sender) {
    return this.store.recall(sender.message.platform, sender.message.chatId);
  }

  private async dispatch(sender: Sender): Promise<Reply[]> {
    const { message } = sender;
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
        return [{ text: helpText({ member: member !== null, admin: sender.admin }) }];
      case "ask":
        return args
          ? this.ask(sender, args)
          : [{ text: "Gõ câu hỏi sau lệnh, ví dụ: /hoi Hạn rà soát quy hoạch cán bộ trẻ?" }];
      case "documents":
        return [documentsReply(this.deps.index)];
      case "source":
        return [sourceReply(this.deps.index, this.memory(sender).lastSources, args)];
      case "tasks":
        return [member ? this.tasks.openTasks(sender, member) : { text: NOT_MEMBER_REPLY }];
      case "deadlines":
        return [this.tasks.upcoming(sender, args)];
      case "done":
        return [
          member || sender.admin
            ? this.tasks.markDone(sender, this.tasks.resolve(sender, args))
            : { text: NOT_MEMBER_REPLY },
        ];
      case "progress":
        return [member || sender.admin ? this.tasks.progress(sender, args) : { text: NOT_MEMBER_REPLY }];
      case "register": {
        const joined = this.codes.redeem(args, message.platform, message.userId, message.displayName);
        return [
          {
            text: `Đã gắn tài khoản với đơn vị ${joined.unitId} (vai trò ${joined.role}). Gõ /nhiemvu để xem nhiệm vụ.`,
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
      default:
        return [{ text: `Không có lệnh /${command.typed}. Gõ /huongdan để xem các lệnh.` }];
    }
  }

  private async ask(sender: Sender, raw: string): Promise<Reply[]> {
    if (!this.limiter.allow(sender.actor)) return [{ text: RATE_LIMITED_REPLY }];
    const question = validateQuestion(raw);
    const answer = await this.deps.answerer.answer(question, undefined, {
      unitId: sender.member?.unitId ?? null,
    });
    this.store.remember(sender.message.platform, sender.message.chatId, {
      lastQuestion: question,
      lastSources: answer.citations.map((c) => c.passageId),
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
    return [answerReply(answer)];
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

  private createCode(sender: Sender, args: string): Reply {
    const [unitId = "", role = "officer"] = args.split(/\s+/).filter(Boolean);
    if (!unitId) return { text: "Cú pháp: /taoma <mã đơn vị> <vai trò: officer|head|admin>" };
    const code = this.codes.create(unitId, role, sender.actor);
    return {
      text: `Mã đăng ký cho ${unitId} (${role}): ${code}\nCó hiệu lực 7 ngày, dùng một lần: /dangky ${code}`,
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

function membersReply(db: Db): Reply {
  const rows = listMembers(db);
  if (rows.length === 0) return { text: "Chưa có thành viên nào." };
  const lines = rows.map((m) => `• ${m.displayName || m.userId} (${m.platform}) — ${m.unitId}, ${m.role}`);
  return { text: `Thành viên (${rows.length}):\n${lines.join("\n")}` };
}
