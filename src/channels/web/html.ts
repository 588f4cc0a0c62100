/** A string already safe to put in HTML. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** Marks trusted markup (our own templates) so `html` does not escape it. */
export const raw = (value: string) => new SafeHtml(value);

type Value = string | number | boolean | null | undefined | SafeHtml | Value[];

const render = (value: Value): string => {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (value instanceof SafeHtml) return value.value;
  return escapeHtml(String(value));
};

/**
 * Tagged template that escapes every interpolated value unless it is `SafeHtml` (nested `html` results are).
 *
 * @example
 * html`<p>${userText}</p>` // user text escaped
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i] as Value) : ""), ""),
  );
}

export { vnDate } from "../../format.ts";

/** A table cell with a class, e.g. `cell(due, "half")` (half the card's width on a phone). */
export class Cell {
  constructor(
    readonly value: Value,
    readonly className: string,
  ) {}
}
export const cell = (value: Value, className: string) => new Cell(value, className);

export interface TableRow {
  cells: (Value | Cell)[];
  className?: string;
  /** `data-*` attributes of the row, e.g. `{ task: "t1a2b" }` → `data-task="t1a2b"`. */
  data?: Record<string, string>;
}

/**
 * A data table that reads as cards on a phone: each cell carries its column name (`data-label`), which the
 * stylesheet shows above the value below 600 px, where the header row is hidden. `keep` keeps a narrow table (a few
 * short columns of figures) a table on a phone too.
 *
 * @example
 * dataTable(["Mã", "Tên"], units.map((u) => ({ cells: [u.id, u.name] })))
 */
export function dataTable(columns: string[], rows: TableRow[], options: { keep?: boolean } = {}): SafeHtml {
  const body = rows.map((row) => {
    const data = Object.entries(row.data ?? {}).map(
      ([k, v]) => html` data-${raw(k.replace(/[^a-z-]/g, ""))}="${v}"`,
    );
    const cells = row.cells.map((item, i) => {
      const label = columns[i] ?? "";
      const [value, className] = item instanceof Cell ? [item.value, item.className] : [item, ""];
      const attrs = html`${label ? html` data-label="${label}"` : ""}${className ? html` class="${className}"` : ""}`;
      return html`<td${attrs}>${value}</td>`;
    });
    return html`<tr${row.className ? html` class="${row.className}"` : ""}${data}>${cells}</tr>`;
  });
  return html`<table${options.keep ? html` class="keep"` : ""}><thead><tr>${columns.map((c) => html`<th>${c}</th>`)}</tr></thead><tbody>${body}</tbody></table>`;
}
