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
