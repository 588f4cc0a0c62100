import { randomInt } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { registrationCodes, units } from "../db/schema.ts";
import { InputError } from "../errors.ts";
import { addMember, type Member, type Platform, ROLES } from "../obligations/member-registry.ts";
import { ROLE_LABEL } from "./roles.ts";

/** Letters and digits that cannot be misread on a phone (no 0/O, 1/I/L). */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const VALID_DAYS = 7;

/**
 * Admins create one-time codes (`/taoma`); a user who sends `/dangky <mã>` joins that unit with that role.
 * Randomness and the clock are injected so tests can predict codes and expiry.
 *
 * @example
 * const code = codes.create("hy-btc", "head", "telegram:1"); // "K7QM2P"
 * codes.redeem(code, "telegram", "42", "Nguyễn Văn A");
 */
export class RegistrationCodes {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
    private readonly random: (max: number) => number = randomInt,
  ) {}

  create(unitId: string, role: string, createdBy: string): string {
    if (!(ROLES as readonly string[]).includes(role))
      throw new InputError(
        `unknown role ${role}`,
        `Vai trò "${role}" không hợp lệ; dùng: ${Object.values(ROLE_LABEL).join(", ")}.`,
      );
    if (!this.db.select().from(units).where(eq(units.id, unitId)).get())
      throw new InputError(`unknown unit ${unitId}`, `Không có đơn vị "${unitId}" trong danh sách đơn vị.`);
    const now = this.clock();
    const code = Array.from({ length: 6 }, () => ALPHABET[this.random(ALPHABET.length)]).join("");
    this.db
      .insert(registrationCodes)
      .values({
        code,
        unitId,
        role,
        createdBy,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + VALID_DAYS * 86_400_000).toISOString(),
      })
      .run();
    return code;
  }

  redeem(code: string, platform: Platform, userId: string, displayName: string): Member {
    const normalized = code.trim().toUpperCase();
    const row = this.db
      .select()
      .from(registrationCodes)
      .where(and(eq(registrationCodes.code, normalized), isNull(registrationCodes.usedAt)))
      .get();
    const now = this.clock();
    if (!row || row.expiresAt < now.toISOString())
      throw new InputError(
        "registration code invalid, used or expired",
        "Mã đăng ký không đúng, đã dùng hoặc đã hết hạn. Xin quản trị viên mã mới.",
      );
    return this.db.transaction(() => {
      this.db
        .update(registrationCodes)
        .set({ usedBy: `${platform}:${userId}`, usedAt: now.toISOString() })
        .where(eq(registrationCodes.code, normalized))
        .run();
      return addMember(this.db, { platform, userId, unitId: row.unitId, role: row.role, displayName }, now);
    });
  }
}
