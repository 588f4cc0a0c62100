import { parse } from "yaml";
import { CorpusParseError } from "../errors.ts";

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Offset of the body in the file text. */
  bodyStart: number;
}

/**
 * Splits optional YAML front matter (`---` … `---`) from the body.
 *
 * @example
 * splitFrontMatter("---\nid: a\n---\nBody", "a.md") // { data: { id: "a" }, body: "Body", bodyStart: 14 }
 */
export function splitFrontMatter(text: string, file: string): FrontMatter {
  if (!/^---\r?\n/.test(text)) return { data: {}, body: text, bodyStart: 0 };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = 3;
  const end = close.exec(text);
  if (!end)
    throw new CorpusParseError(file, 1, "front matter opened with --- is never closed with a --- line");
  const yamlText = text.slice(4, end.index);
  let data: unknown;
  try {
    data = parse(yamlText) ?? {};
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    throw new CorpusParseError(
      file,
      line + 1,
      `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  if (typeof data !== "object" || Array.isArray(data) || data === null) {
    throw new CorpusParseError(file, 2, "front matter must be a YAML mapping (key: value lines)");
  }
  const bodyStart = end.index + end[0].length;
  return { data: data as Record<string, unknown>, body: text.slice(bodyStart), bodyStart };
}
