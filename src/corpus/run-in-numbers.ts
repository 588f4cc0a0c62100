/**
 * A text saved by a site crawler may run an item's first sub-number onto the end of the item's title, or into the
 * line: "1. Tăng cường sự lãnh đạo … và tiến bộ 1.1" over the sub-item's text, "3. Giải quyết tốt tranh chấp lao
 * động và đình công 3.1. Rà soát, kiện toàn …". Read as text, the sub-item joins its parent's title and every task
 * under it is lost. The sign is structural: the parent's own number followed by ".1", the first child's.
 */

/** An item's number opening its line: "1. ", "2.3. ". */
const ITEM = /^\s*(\d{1,2}(?:\.\d{1,2})?)\.\s/u;

/**
 * Moves a first sub-number run onto its parent's line to a line of its own, by turning the space before it into a
 * line break (offsets stay; the line count grows by one, as the crawler's source had it).
 *
 * @example
 * splitRunInNumbers("3. Giải quyết tranh chấp 3.1. Rà soát thiết chế.") // "3. Giải quyết tranh chấp\n3.1. Rà soát thiết chế."
 */
export function splitRunInNumbers(text: string): string {
  let changed = false;
  const lines = text.split("\n").map((line) => {
    const item = ITEM.exec(line);
    if (!item) return line;
    const child = `${item[1]}.1`;
    // The child's number at the end of the line, or before its capitalised text.
    const at = new RegExp(`\\s${child.replace(/\./g, "\\.")}(?:\\.?\\s*$|\\.\\s+(?=\\p{Lu}))`, "u").exec(
      line.slice(item[0].length),
    );
    if (!at) return line;
    const cut = item[0].length + at.index;
    changed = true;
    return `${line.slice(0, cut)}\n${line.slice(cut + 1)}`;
  });
  return changed ? lines.join("\n") : text;
}
