/**
 * Rosters: a lead-in that lists bodies one per bullet, each with the field it answers for, and then their duties.
 *
 *   2. Các sở quản lý nhà nước chuyên ngành về hạ tầng
 *   Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:
 *   - Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp và hạ tầng thương mại);
 *   - Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị);
 *   Có trách nhiệm:
 *   a) Chủ trì, phối hợp … tổ chức rà soát …
 *
 * The bullets say who, not what: they are no tasks, and the items of the same section are theirs as well.
 */
import type { Passage } from "../corpus/types.ts";
import type { Obligation } from "./obligation.ts";
import { partiesAt } from "./party-names.ts";
import { partyView } from "./party-view.ts";

/** A lead-in that lists members: "… theo ngành, lĩnh vực gồm:", "… bao gồm:". */
const LISTS_MEMBERS = /\b(?:bao gồm|gồm có|gồm)\s*:\s*$/u;
/** A bullet's closing aside and punctuation: "(đối với tài sản kết cấu hạ tầng đô thị);". */
const ASIDE_END = /\s*(?:\([^()]*\)?)?\s*[;.,]?\s*$/u;

/** The bodies a bullet names, when the bullet is nothing but their names (and an aside on what they answer for). */
function namesOnly(text: string): string[] | null {
  const name = text.replace(ASIDE_END, "").trim();
  if (name === "" || !/^\p{Lu}/u.test(name)) return null;
  const span = partiesAt(name, partyView(name), 0, true);
  return span && span.start === 0 && span.end >= name.length - 1 ? span.parties : null;
}

/**
 * Drops the bullets of a roster from the obligations and adds its bodies to the parties of the section's items.
 *
 * @example
 * withRosters(passages, obligations) // "2-y1" (Sở Công Thương (…)) gone; "2.a" now also names Sở Công Thương
 */
export function withRosters(passages: readonly Passage[], obligations: Obligation[]): Obligation[] {
  const rosters = new Map<string, { bullets: Set<string>; names: string[] }>();
  for (const lead of passages) {
    if (!LISTS_MEMBERS.test(lead.text)) continue;
    const bullets = passages.filter(
      (p) => p.path.startsWith(`${lead.path}-y`) && /^\d+$/.test(p.path.slice(lead.path.length + 2)),
    );
    const named = bullets.map((p) => namesOnly(p.text));
    // Two bodies at least, every bullet a name: a list of tasks that opens with a body's name is no roster.
    if (bullets.length < 2 || named.some((n) => n === null)) continue;
    rosters.set(lead.path, {
      bullets: new Set(bullets.map((p) => p.id)),
      names: [...new Set(named.flat() as string[])],
    });
  }
  if (rosters.size === 0) return obligations;
  const pathOf = new Map(passages.map((p) => [p.id, p.path]));
  return obligations.flatMap((o) => {
    const path = pathOf.get(o.passageId) ?? "";
    let responsible = o.responsible;
    for (const [lead, roster] of rosters) {
      if (roster.bullets.has(o.passageId)) return [];
      if (path.startsWith(`${lead}.`))
        responsible = [...new Set([...responsible, ...roster.names.filter((n) => !responsible.includes(n))])];
    }
    return responsible === o.responsible ? [o] : [{ ...o, responsible }];
  });
}
