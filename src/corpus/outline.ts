import type { Block, MarkerStyle } from "./text-blocks.ts";

/** A place in the document outline that passages hang from: a division, a numbered item, the opening… */
export interface Item {
  path: string;
  /** How a reader cites it: "Điều 3, khoản 2", "phần II, mục 1.2", "Phụ lục 01". */
  section: string;
  /** Ancestors' headings, outermost first. */
  headings: string[];
  /** This item's own heading, passed on to its children and passages. */
  heading: string;
  titleOnly: boolean;
  /** Rank of a division (smaller is higher), undefined for list items. */
  rank?: number;
  /** Passages emitted under this item so far, by kind. */
  paragraphs: number;
  bullets: number;
  rows: number;
  hasLead: boolean;
  /** The numbered block that opened it. */
  block?: Block;
}

/** Divisions from the outermost in: a container (Phụ lục, attached text) holds parts, chapters, articles… */
const RANK: Partial<Record<MarkerStyle | "attachment", number>> = {
  appendix: 0,
  attachment: 0,
  part: 1,
  chapter: 2,
  muc: 3,
  article: 4,
  roman: 5,
  step: 6,
};

export function newItem(path: string, section: string, headings: string[] = [], heading = ""): Item {
  return {
    path,
    section,
    headings,
    heading,
    titleOnly: false,
    paragraphs: 0,
    bullets: 0,
    rows: 0,
    hasLead: false,
  };
}

const join = (...parts: string[]) => parts.filter(Boolean).join(".");
const cite = (...parts: string[]) => parts.filter(Boolean).join(", ");
/** "01" → "1": the path is a key, the label keeps the number as written. */
const key = (marker: string) => (/^\d+$/.test(marker) ? String(Number(marker)) : marker);

/**
 * Tracks where the parser is in the outline and gives every numbered block a unique, stable path and a label.
 * Paths: "2.2", "II.1", "dieu3.2.a", "pl1.II.1", "kem1.dieu2"; a path seen before in the document gets "~2", "~3"…
 * so that numbering restarting under an unnumbered heading never collides.
 *
 * @example
 * const outline = new Outline();
 * outline.place(articleBlock).section // "Điều 3"
 */
export class Outline {
  private levels: Item[] = [];
  private items = new Map<string, Item>();
  private used = new Set<string>();
  private containers = 0;
  /** The innermost numbered item (list item or division). */
  current: Item | null = null;
  /** The last plain number ("3" of "3.") placed right under each division, by the division's path. */
  private lastNumbers = new Map<string, number>();

  /** Reserves a path (fixed ones such as "md-d1" too), adding "~n" when it is taken. */
  unique(path: string): string {
    let candidate = path;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${path}~${n}`;
    this.used.add(candidate);
    return candidate;
  }

  /** Starts an attached text (a plan or regulation issued with a decision, after its signature). */
  attachment(): Item {
    this.containers++;
    this.current = this.division("attachment", `kem${this.containers}`, "văn bản kèm theo", "");
    this.current.titleOnly = true;
    return this.current;
  }

  /** Places a numbered block and makes it the current item. */
  place(block: Block, titleOnly: boolean): Item {
    const style = block.markerStyle;
    const rank = RANK[style];
    const heading = headingOf(block);
    const item =
      rank === undefined
        ? this.listItem(block, heading)
        : this.division(style, this.divisionKey(style, block.marker), labelOf(style, block.marker), heading);
    item.titleOnly = titleOnly;
    this.current = item;
    return item;
  }

  /**
   * The last plain number placed right under the innermost division, 0 before the first; null outside an article.
   *
   * @example
   * outline.place(article3); outline.place(clause2); outline.lastClause() // 2
   */
  lastClause(): number | null {
    const top = this.levels.at(-1);
    if (!top || top.rank !== RANK.article) return null;
    return this.lastNumbers.get(top.path) ?? 0;
  }

  private divisionKey(style: MarkerStyle, marker: string): string {
    const m = key(marker);
    switch (style) {
      case "appendix":
        this.containers++;
        return `pl${m || this.containers}`;
      case "part":
        return `phan${m}`;
      case "chapter":
        return `chuong${m}`;
      case "muc":
        return `muc${m}`;
      case "article":
        return `dieu${m}`;
      case "step":
        return `buoc${m}`;
      default:
        return m;
    }
  }

  private division(style: MarkerStyle | "attachment", ownKey: string, label: string, heading: string): Item {
    const rank = RANK[style] as number;
    while (this.levels.length && ((this.levels.at(-1) as Item).rank as number) >= rank) this.levels.pop();
    // Articles, chapters and Mục are numbered through the whole text: only a container or part prefixes them.
    const parent =
      rank >= 2 && rank <= 4
        ? [...this.levels].reverse().find((l) => (l.rank as number) <= 1)
        : this.levels.at(-1);
    const path = this.unique(join(parent?.path ?? "", ownKey));
    const section = cite(parent?.section ?? "", label);
    const headings = this.levels.flatMap((l) => [l.heading]).filter(Boolean);
    const item = { ...newItem(path, section, headings, heading), rank };
    this.levels.push(item);
    this.items.set(path, item);
    return item;
  }

  private listItem(block: Block, heading: string): Item {
    const top = this.levels.at(-1);
    const base = top?.path ?? "";
    const underArticle = top?.rank === RANK.article;
    let path: string;
    let section: string;
    let parent: Item | undefined;
    if (block.markerStyle === "letter") {
      const owner = this.current && this.current.rank === undefined ? this.current : top;
      // After a sub-point ("a.4)"), the next point ("b)") is its point's sibling.
      const ownerPath = owner?.path.replace(/\.[a-zđ](?:\.\d+)?(~\d+)?$/u, "") ?? "";
      parent = ownerPath ? (this.items.get(ownerPath) ?? owner) : undefined;
      path = join(ownerPath, block.marker);
      section = cite(parent?.section.replace(/, điểm [a-zđ](?:\.\d+)?$/u, "") ?? "", `điểm ${block.marker}`);
    } else if (block.markerStyle === "subpoint") {
      // "a1)", "a.1)" under "a)": the point's own sub-point, "…#dieu5.3.a.1", cited "điểm a.1".
      const letter = block.marker.charAt(0);
      const number = block.marker.replace(/^[a-zđ]\.?/u, "");
      const owner = this.current && this.current.rank === undefined ? this.current : top;
      const ownerPath = owner?.path.replace(/\.\d+(~\d+)?$/u, "") ?? "";
      const underPoint = ownerPath.endsWith(`.${letter}`) || ownerPath === letter;
      parent = underPoint ? (this.items.get(ownerPath) ?? owner) : owner;
      path = underPoint ? join(ownerPath, number) : join(ownerPath, `${letter}${number}`);
      section = cite(
        parent?.section.replace(/, điểm [a-zđ](?:\.\d+)?$/u, "") ?? "",
        `điểm ${letter}.${number}`,
      );
    } else if (block.markerStyle === "paren") {
      // "(1)", "(2)" under "2. Về nhiệm vụ trọng tâm": tasks of the item above, cited "mục 2, ý (1)".
      const owner = this.current && this.current.rank === undefined ? this.current : top;
      const ownerPath = owner?.path.replace(/\.y\d+(~\d+)?$/u, "") ?? "";
      parent = ownerPath ? (this.items.get(ownerPath) ?? owner) : undefined;
      path = join(ownerPath, `y${block.marker}`);
      section = cite(parent?.section.replace(/, ý \(\d+\)$/u, "") ?? "", `ý (${block.marker})`);
    } else {
      const [numbers, letter] = splitLetter(block.marker);
      if (/^\d+$/.test(block.marker)) this.lastNumbers.set(base, Number(block.marker));
      path = join(base, block.marker);
      parent = this.items.get(join(base, numbers.split(".").slice(0, -1).join("."))) ?? top;
      const own = `${underArticle ? "khoản" : "mục"} ${numbers}`;
      section = cite(top?.section ?? "", own, letter ? `điểm ${letter}` : "");
    }
    path = this.unique(path);
    const headings = parent ? [...parent.headings, parent.heading].filter(Boolean) : [];
    const item = newItem(path, section, headings, heading);
    this.items.set(path, item);
    return item;
  }
}

function splitLetter(marker: string): [string, string] {
  const m = /^(.*)\.([a-zđ])$/u.exec(marker);
  return m ? [m[1], m[2]] : [marker, ""];
}

function labelOf(style: MarkerStyle, marker: string): string {
  switch (style) {
    case "appendix":
      return marker ? `Phụ lục ${marker}` : "Phụ lục";
    case "part":
      return `Phần ${marker}`;
    case "chapter":
      return `Chương ${marker}`;
    case "muc":
      return `Mục ${marker}`;
    case "article":
      return `Điều ${marker}`;
    case "step":
      return `Bước ${marker}`;
    case "roman":
      return `phần ${marker}`;
    default:
      return marker;
  }
}

const NAMED: Partial<Record<MarkerStyle, string>> = {
  appendix: "Phụ lục",
  part: "Phần",
  chapter: "Chương",
  muc: "Mục",
  article: "Điều",
  step: "Bước",
};

/** The heading a block gives its children: its number and first sentence, e.g. "Điều 3. Trách nhiệm thi hành". */
export function headingOf(block: Block): string {
  // "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các xã, phường": a short title joins its parts with ";".
  // "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh": a title that ends no sentence keeps what follows its
  // colon, the parties it names.
  const whole =
    block.text.length <= 160 &&
    !/[.!?]\s/u.test(block.text) &&
    (!/:\s/u.test(block.text) || !/[.:;!?]$/u.test(block.text.trimEnd()));
  const firstSentence = whole ? block.text : (block.text.split(/(?<=[.:;!?])\s/u)[0] ?? block.text);
  const title = firstSentence.length > 160 ? `${firstSentence.slice(0, 157)}…` : firstSentence;
  const named = NAMED[block.markerStyle];
  const number = named ? `${named} ${block.marker}`.trim() : block.marker;
  if (!number) return title;
  if (block.markerStyle === "paren") return `(${number}) ${title}`.trim();
  return title ? `${number}. ${title}` : number;
}
