import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db/open-database.ts";
import { members, units } from "../db/schema.ts";
import { InputError, NotFoundError } from "../errors.ts";

export const PLATFORMS = ["telegram", "zalo", "web"] as const;
export const ROLES = ["officer", "head", "admin"] as const;
export type Platform = (typeof PLATFORMS)[number];
export type Role = (typeof ROLES)[number];

export interface Member {
  id: number;
  platform: Platform;
  userId: string;
  unitId: string;
  role: Role;
  displayName: string;
}

/** A members row (SQLite or PostgreSQL: same shape) as a Member. */
export const toMember = (row: typeof members.$inferSelect): Member => ({
  id: row.id,
  platform: row.platform as Platform,
  userId: row.userId,
  unitId: row.unitId,
  role: row.role as Role,
  displayName: row.displayName,
});

/**
 * Ties a chat user to a unit with a role; adding the same platform user again moves them (one unit per user).
 *
 * @example
 * addMember(db, { platform: "telegram", userId: "42", unitId: "hy-btc", role: "head" })
 */
export function addMember(
  db: Db,
  input: { platform: string; userId: string; unitId: string; role: string; displayName?: string },
  now = new Date(),
): Member {
  if (!(PLATFORMS as readonly string[]).includes(input.platform))
    throw new InputError(
      `unknown platform "${input.platform}" (use ${PLATFORMS.join(", ")})`,
      "Nền tảng không hợp lệ.",
    );
  if (!(ROLES as readonly string[]).includes(input.role))
    throw new InputError(`unknown role "${input.role}" (use ${ROLES.join(", ")})`, "Vai trò không hợp lệ.");
  if (!input.userId.trim()) throw new InputError("user id is empty", "Thiếu mã người dùng.");
  if (!db.select().from(units).where(eq(units.id, input.unitId)).get())
    throw new NotFoundError(
      "unit",
      input.unitId,
      "Import units first (`troly units import FILE.csv`) or check `troly units list`.",
      "Xem danh sách đơn vị bằng lệnh troly units list, hoặc nạp danh mục bằng troly units import TỆP.csv.",
    );
  const values = {
    platform: input.platform,
    userId: input.userId.trim(),
    unitId: input.unitId,
    role: input.role,
    displayName: input.displayName ?? "",
    createdAt: now.toISOString(),
  };
  db.insert(members)
    .values(values)
    .onConflictDoUpdate({
      target: [members.platform, members.userId],
      set: { unitId: values.unitId, role: values.role, displayName: values.displayName },
    })
    .run();
  return findMember(db, input.platform as Platform, values.userId) as Member;
}

export function findMember(db: Db, platform: Platform, userId: string): Member | null {
  const row = db
    .select()
    .from(members)
    .where(and(eq(members.platform, platform), eq(members.userId, userId)))
    .get();
  return row ? toMember(row) : null;
}

export function listMembers(db: Db, filter: { unitId?: string } = {}): Member[] {
  const query = db.select().from(members);
  const rows = filter.unitId
    ? query.where(eq(members.unitId, filter.unitId)).orderBy(asc(members.id)).all()
    : query.orderBy(asc(members.id)).all();
  return rows.map(toMember);
}
