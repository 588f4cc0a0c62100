/**
 * HTML tables inside Markdown, as pandoc's GitHub-flavoured writer leaves a Word table it cannot draw with pipes
 * (merged or multi-paragraph cells): `<table><thead><tr><th>Nội dung</th>…</tr></thead><tbody><tr><td>…`.
 * Cells are read as text; rows of `<th>` cells, or rows inside `<thead>`, are the column headers.
 */

/** The line that opens an HTML table. */
export const HTML_TABLE_START = /^\s*<table\b/i;
/** The line that closes it. */
export const HTML_TABLE_END = /<\/table>\s*$/i;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** A cell's text: tags dropped (a `<br>` or `<p>` is a space), entities decoded, whitespace collapsed. */
function cellText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/li)\b[^>]*>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X"))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The rows of an HTML table (each with its cells' text and its offsets in the source) and how many are headers.
 *
 * @example
 * htmlTableRows("<table><tr><th>Nội dung</th></tr><tr><td>Rà soát</td></tr></table>", 0).rows.map((r) => r.cells)
 * // [["Nội dung"], ["Rà soát"]]
 */
export function htmlTableRows(
  html: string,
  base: number,
): { rows: { cells: string[]; start: number; end: number }[]; headerRows: number } {
  const rows: { cells: string[]; start: number; end: number }[] = [];
  let headerRows = 0;
  const theadEnd = html.search(/<\/thead>/i);
  for (const tr of html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const inner = tr[1] ?? "";
    const cells = [...inner.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/gi)];
    if (cells.length === 0) continue;
    const at = tr.index ?? 0;
    const header = (theadEnd >= 0 && at < theadEnd) || cells.every((c) => c[1]?.toLowerCase() === "h");
    if (header && headerRows === rows.length) headerRows++;
    rows.push({
      cells: cells.map((c) => cellText(c[2] ?? "")),
      start: base + at,
      end: base + at + tr[0].length,
    });
  }
  return { rows, headerRows };
}
