import type { Db } from "../db/open-database.ts";
import { listMembers, type Member } from "../obligations/member-registry.ts";
import { foldKeepingOffsets } from "../obligations/party-view.ts";
import { currentUnit, listUnits, type Unit } from "../obligations/unit-registry.ts";

/**
 * Who hears about a unit's tasks: its heads (of the unit that holds the work today, following successors) on every
 * channel they registered; a unit without heads falls back to the heads of the province's organization board, so
 * no task silently goes unreminded. Loaded once per planning run.
 *
 * @example
 * const recipients = Recipients.load(db); recipients.headsFor("hy-huyen-uy-van-lam")
 */
export class Recipients {
  private constructor(
    private readonly units: ReadonlyMap<string, Unit>,
    private readonly heads: ReadonlyMap<string, Member[]>,
  ) {}

  static load(db: Db): Recipients {
    return Recipients.of(listUnits(db), listMembers(db));
  }

  /** From the registry's rows, whichever database they came from. */
  static of(unitList: readonly Unit[], memberList: readonly Member[]): Recipients {
    const units = new Map(unitList.map((u) => [u.id, u]));
    const heads = new Map<string, Member[]>();
    for (const m of memberList.filter((m) => m.role === "head" && m.platform !== "web"))
      heads.set(m.unitId, [...(heads.get(m.unitId) ?? []), m]);
    return new Recipients(units, heads);
  }

  unit(id: string): Unit | undefined {
    return this.units.get(id);
  }

  /** The organization board (Ban Tổ chức) of a province, if registered. */
  board(province: string): Unit | undefined {
    const key = foldKeepingOffsets(province);
    return [...this.units.values()].find(
      (u) =>
        u.kind === "provincial_board" &&
        foldKeepingOffsets(u.province) === key &&
        /ban to chuc/.test(foldKeepingOffsets(u.name)),
    );
  }

  private readonly resolved = new Map<string, { members: Member[]; fallback: boolean }>();

  /** Heads for a unit's task, with `fallback: true` when the board stands in for a unit without heads. */
  headsFor(unitId: string): { members: Member[]; fallback: boolean } {
    let found = this.resolved.get(unitId);
    if (!found) {
      found = this.resolve(unitId);
      this.resolved.set(unitId, found);
    }
    return found;
  }

  private resolve(unitId: string): { members: Member[]; fallback: boolean } {
    const unit = this.units.get(unitId);
    if (!unit) return { members: [], fallback: false };
    const holder = currentUnit(unit, this.units);
    const own = this.heads.get(holder.id) ?? [];
    if (own.length > 0) return { members: own, fallback: false };
    const board = this.board(holder.province);
    return { members: board ? (this.heads.get(board.id) ?? []) : [], fallback: true };
  }

  /** Heads of the parent of the unit holding the work, for escalation. */
  parentHeadsFor(unitId: string): { members: Member[]; parent: Unit | undefined } {
    const unit = this.units.get(unitId);
    const holder = unit && currentUnit(unit, this.units);
    const parent = holder?.parentId ? this.units.get(holder.parentId) : undefined;
    return { members: parent ? this.headsFor(parent.id).members : [], parent };
  }

  /** Every registered province that has an organization board, with the board's heads (digest recipients). */
  boards(): { province: string; board: Unit; members: Member[] }[] {
    const provinces = new Set([...this.units.values()].map((u) => u.province).filter(Boolean));
    return [...provinces].flatMap((province) => {
      const board = this.board(province);
      return board ? [{ province, board, members: this.heads.get(board.id) ?? [] }] : [];
    });
  }
}
